"""Pengaturan › Pertukaran data › Ekspor batch bulanan: month, USB drive (with its free space), optional password →
progress → result. The batch is written, read back and checked off the UI thread; only then is it recorded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStorageInfo
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core import clock, fmt
from puskesos_desktop.core.errors import FormField
from puskesos_desktop.services.exchange import batch as exchange
from puskesos_desktop.services.exchange.batch import ExportResult
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.form_base import set_invalid
from puskesos_desktop.ui.dialogs.exchange.wizard_base import FilePage, WizardDialog
from puskesos_desktop.ui.jobs import JobControl
from puskesos_desktop.ui.topics import Topic

CHOOSE, RESULT = range(2)
MIN_PASSWORD = 8
MONTHS_OFFERED = 13
# File systems that are never a place to carry a batch away.
_PSEUDO = {"tmpfs", "devtmpfs", "proc", "sysfs", "overlay", "squashfs", "ramfs", "cgroup", "cgroup2", "nsfs"}


def drives() -> list[tuple[str, str, int, int]]:
    """(label, root path, free bytes, total bytes) of the mounted volumes that can be written to; removable
    places (/media, /run/media, /mnt, drive letters other than C:) first."""
    out = []
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        kind = bytes(volume.fileSystemType().data()).decode("ascii", "replace").lower()
        if kind in _PSEUDO:
            continue
        root = volume.rootPath()
        label = volume.displayName() or root
        out.append((label, root, int(volume.bytesAvailable()), int(volume.bytesTotal())))

    def removable_first(item: tuple[str, str, int, int]) -> tuple[int, str]:
        root = item[1].replace("\\", "/").upper()
        likely = root.startswith(("/MEDIA", "/RUN/MEDIA", "/MNT", "/VOLUMES")) or (
            len(root) <= 3 and root[:1].isalpha() and not root.startswith("C")
        )
        return (0 if likely else 1, root)

    return sorted(out, key=removable_first)


def months_offered(today: dt.date) -> list[tuple[str, str]]:
    """(label, 'YYYY-MM') from this month back a year."""
    out = []
    year, month = today.year, today.month
    for _ in range(MONTHS_OFFERED):
        out.append((fmt.bulan_tahun((year, month)), f"{year:04d}-{month:02d}"))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out


class ExportWizard(WizardDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outcome: ExportResult | None = None
        self.task = 0  # the running job's number (ui/jobs.py), 0 when none
        self.setup_ui()
        self.retranslate_ui()
        self.fill_choices()
        self.show_page(CHOOSE)

    def setup_ui(self) -> None:
        # The same first page as the import wizards, choosing where the file goes instead of a file.
        self.file_page = first = FilePage(self, choose_file=False)
        self.month = QComboBox()
        self.drive = QComboBox()
        self.other = QPushButton()
        self.refresh_drives = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.drive, 1)
        row.addWidget(self.refresh_drives)
        row.addWidget(self.other)
        self.free = QLabel()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.label_month, self.label_drive, self.label_password, self.label_repeat = (QLabel() for _ in range(4))
        first.add_row(self.label_month, self.month, "Bulan")
        first.add_row(self.label_drive, row, "Tujuan", buddy=self.drive)
        first.form.addRow("", self.free)
        first.add_row(self.label_password, self.password, FormField.PASSWORD)
        first.add_row(self.label_repeat, self.repeat)
        self.password_hint = QLabel()
        self.password_hint.setWordWrap(True)
        self.password_hint.setObjectName("hint")
        first.below.addWidget(self.password_hint)
        self.add_page(first, "")
        self.register("Nomor Batch", self.drive)

        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("summary")
        layout.addWidget(self.summary)
        self.details = QLabel()
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.add_page(page, "")
        self.drive.currentIndexChanged.connect(self.show_free)
        self.other.clicked.connect(self.choose_folder)
        self.refresh_drives.clicked.connect(self.fill_drives)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Ekspor batch bulanan"))
        self.set_titles([self.tr("Pilih bulan dan flashdisk"), self.tr("Hasil ekspor")])
        self.file_page.retranslate(
            self.tr(
                "Batch berisi keluhan dan rujukan yang dibuat atau berubah status pada bulan itu, dan usulan yang "
                "sudah disahkan Musyawarah Desa. Mengekspor bulan yang sama lagi membuat batch baru bernomor "
                "berikutnya yang menggantikan batch sebelumnya."
            )
        )
        self.label_month.setText(self.tr("&Bulan"))
        self.label_drive.setText(self.tr("&Simpan ke"))
        self.other.setText(self.tr("Folder &lain…"))
        self.refresh_drives.setText(self.tr("&Muat ulang"))
        self.label_password.setText(self.tr("Kata sa&ndi (opsional)"))
        self.label_repeat.setText(self.tr("&Ulangi kata sandi"))
        self.password_hint.setText(
            self.tr(
                "Kata sandi mengunci buku kerja agar flashdisk yang hilang tidak membocorkan data warga. Kata sandi "
                "tidak disimpan: sampaikan kepada kabupaten lewat jalur lain."
            )
        )

    def fill_choices(self) -> None:
        today = clock.today()
        for label, value in months_offered(today):
            self.month.addItem(label, value)
        self.month.setCurrentIndex(1 if today.day <= 15 else 0)  # early in a month: last month's batch is due
        self.fill_drives()

    def fill_drives(self) -> None:
        current = self.drive.currentData()
        self.drive.clear()
        for label, root, free, total in drives():
            self.drive.addItem(
                self.tr("{0} ({1}) — kosong {2} dari {3}").format(label, root, fmt.ukuran(free), fmt.ukuran(total)),
                root,
            )
        if current:
            self._select_folder(str(current))
        self.show_free()

    def _select_folder(self, folder: str) -> None:
        index = self.drive.findData(folder)
        if index < 0:
            self.drive.addItem(folder, folder)
            index = self.drive.count() - 1
        self.drive.setCurrentIndex(index)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Simpan batch ke folder"), str(self.target() or ""))
        if folder:
            self._select_folder(folder)

    def target(self) -> Path | None:
        data = self.drive.currentData()
        return Path(str(data)) if data else None

    def show_free(self) -> None:
        folder = self.target()
        free = exchange.free_space(folder) if folder is not None else None
        if folder is None:
            self.free.setText(self.tr("Pasang flashdisk, lalu tekan Muat ulang."))
        elif free is None:
            self.free.setText(self.tr("Folder ini tidak dapat diakses."))
        else:
            self.free.setText(self.tr("Ruang kosong: {0}").format(fmt.ukuran(free)))

    def next_text(self, index: int) -> str:
        return self.tr("&Ekspor")

    def page_shown(self, index: int) -> None:
        (self.month if index == CHOOSE else self.button_next).setFocus()

    def next_step(self, index: int) -> None:
        folder = self.target()
        if folder is None:
            set_invalid(self.drive, True)
            self.drive.setFocus()
            self.say(self.tr("Pilih flashdisk atau folder tujuan."))
            return
        password = self.password.text()
        if password and len(password) < MIN_PASSWORD:
            set_invalid(self.password, True)
            self.password.setFocus()
            self.say(self.tr("Kata sandi minimal {0} karakter.").format(MIN_PASSWORD))
            return
        if password != self.repeat.text():
            set_invalid(self.repeat, True)
            self.repeat.setFocus()
            self.say(self.tr("Kedua kata sandi tidak sama."))
            return
        month = str(self.month.currentData())
        db, actor = self.ctx.db, self.ctx.actor

        def work(control: JobControl) -> ExportResult:
            return exchange.export_month(
                db, actor, month, folder, password or None, progress=control.progress, cancelled=control.cancelled
            )

        self.busy(True)
        self.task = jobs.run_with_progress(
            self, self.tr("Ekspor batch"), self.tr("Menulis dan memeriksa batch {0} di {1}…").format(month, folder),
            work, self._exported, self._refused, self._cancelled, topics=(Topic.EXCHANGE,),
        )  # fmt: skip

    def _refused(self, exc: BaseException) -> None:
        self.busy(False)
        self.show_free()  # a pulled stick: what is there now
        self.refuse(exc)

    def _cancelled(self) -> None:
        self.busy(False)
        self.say(self.tr("Ekspor dibatalkan. Tidak ada yang ditandai sebagai terkirim."), box=False)
        QMessageBox.information(self, self.tr("Ekspor dibatalkan"), self.tr("Tidak ada berkas yang ditulis."))

    def _exported(self, result: ExportResult) -> None:
        self.busy(False)
        self.outcome = result
        c = result.counts
        self.summary.setText(self.tr("Batch {0} nomor {1:02d} tersimpan dan sudah diperiksa:\n{2}").format(
            result.month, result.seq, result.path))  # fmt: skip
        lines = [
            self.tr("Keluhan: {0} · Rujukan: {1} · Usulan DTSEN: {2}").format(
                c.get("Keluhan", 0), c.get("Rujukan", 0), c.get("Usulan DTKS", 0)
            ),
            self.tr("Surat rekomendasi: {0} · Warga dilayani: {1}").format(
                c.get("letters_issued", 0), c.get("residents_served", 0)
            ),
            self.tr("Berkas pemeriksa: {0}").format(result.sha256_path.name),
            self.tr("SHA-256: {0}").format(result.sha256),
            self.tr("Ukuran: {0}; ruang kosong sebelum ekspor: {1}").format(
                fmt.ukuran(result.size), fmt.ukuran(result.free_before)
            ),
        ]
        if result.encrypted:
            lines.append(self.tr("Buku kerja terkunci kata sandi."))
        if result.superseded:
            lines.append(self.tr("Menggantikan batch sebelumnya: {0}").format(", ".join(result.superseded)))
        self.details.setText("\n".join(lines))
        self.password.clear()
        self.repeat.clear()
        self.show_page(RESULT)

    def reject(self) -> None:
        if self.task and jobs.jobs().running(self.task):
            jobs.jobs().press_cancel(self.task)  # as the progress dialog's Cancel: stops at the next step, or goes on
            return
        super().reject()
