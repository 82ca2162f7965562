"""Pengaturan › Cadangan: back up now or to a file (optionally with a password), the second folder, the list,
whether this PC makes the automatic backups, and restoring a backup (the program then starts again on it)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core import fmt
from puskesos_desktop.core.errors import FormField, PuskesosError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import backup, restore
from puskesos_desktop.services.people import attachments
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.admin.change_password import FilePasswordDialog, password_edit
from puskesos_desktop.ui.dialogs.common.form_base import set_invalid
from puskesos_desktop.ui.errors import field_widget, message_text, show_error, show_fault
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.settings_pages.page_base import SettingsPage
from puskesos_desktop.ui.widgets.busy_action import acting, run_action
from puskesos_desktop.ui.widgets.path_row import PathRow
from puskesos_desktop.ui.widgets.table import RecordTable

COLUMNS = [
    Column("at", "Waktu"),
    Column("folder", "Folder"),
    Column("size", "Ukuran", getter=lambda b: fmt.ukuran(b.size), align_right=True),
    Column("path", "Berkas", getter=lambda b: str(b.path)),
]


class BackupPage(SettingsPage):
    right = Permission.BACKUP
    has_save = False
    stretch_end = False
    hide_when_read_only = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.busy = False
        super().__init__(ctx, parent)

    def build_body(self, body: QVBoxLayout) -> None:
        self.explain.setObjectName("hint")  # what backups do here: said again whenever it changes
        self._build_folders(body)
        self._build_actions(body)

    def _build_folders(self, body: QVBoxLayout) -> None:
        form = QFormLayout()
        self.main_folder = QLabel()
        self.main_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.second_row = PathRow(folder=True)
        self.second = self.second_row.edit
        self.save_second = QPushButton()
        self.second_row.row.addWidget(self.save_second)
        self.label_main, self.label_second = QLabel(), QLabel()
        self.label_second.setBuddy(self.second)
        form.addRow(self.label_main, self.main_folder)
        form.addRow(self.label_second, self.second_row)
        # Per PC: with a server database one PC backs the office up, not every PC that is open.
        self.auto_here = QCheckBox()
        form.addRow("", self.auto_here)
        # Issue 20: scans and photos live in the database, so they are in every backup; their total is shown here.
        self.label_attachments = QLabel()
        self.attachments_total = QLabel()
        form.addRow(self.label_attachments, self.attachments_total)
        body.addLayout(form)

    def _build_actions(self, body: QVBoxLayout) -> None:
        buttons = QHBoxLayout()
        self.now_button = QPushButton()
        self.now_button.setObjectName("primary")
        self.file_button = QPushButton()
        self.restore_button = QPushButton()
        buttons.addWidget(self.now_button)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        body.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        body.addWidget(self.status)
        self.table = RecordTable(COLUMNS)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        body.addWidget(self.table, 1)
        self.restore_hint = QLabel()
        self.restore_hint.setObjectName("hint")
        self.restore_hint.setWordWrap(True)
        self.restore_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.addWidget(self.restore_hint)
        self.now_button.clicked.connect(self.backup_now)
        self.file_button.clicked.connect(self.backup_to_file)
        self.save_second.clicked.connect(self.store_second)
        self.restore_button.clicked.connect(self.restore_from_file)
        self.auto_here.toggled.connect(self.store_auto_here)
        self.prepared: restore.PreparedRestore | None = None
        # Replaced in tests: the real one starts the program again and quits this one.
        self.restart: Callable[[], None] = restart_program

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.label_main.setText(self.tr("Folder cadangan"))
        self.label_second.setText(self.tr("Folder &kedua (flashdisk)"))
        self.second.setPlaceholderText(self.tr("kosong: tanpa salinan kedua"))
        self.label_attachments.setText(self.tr("Lampiran (pindaian dan foto)"))
        self.second_row.retranslate(self.tr("&Pilih…"), caption=self.tr("Folder kedua"), name=self.label_second.text())
        self.save_second.setText(self.tr("Simpan &folder"))
        self.now_button.setText(self.tr("Cadangkan &sekarang"))
        self.file_button.setText(self.tr("Cadangkan ke berk&as…"))
        self.restore_button.setText(self.tr("Pu&lihkan dari cadangan…"))
        self.auto_here.setText(self.tr("Komputer ini membuat cadangan &harian dan saat program ditutup"))
        self.restore_hint.setText(
            self.tr(
                "Memulihkan cadangan mengganti seluruh data dengan isi berkas cadangan, lalu program dimulai ulang. "
                "Data yang sekarang disimpan lebih dahulu sebagai berkas, agar pemulihan dapat dibatalkan. Program "
                "Puskesos di PC lain harus ditutup dahulu."
            )
        )

    def title(self) -> str:
        return self.tr("Cadangan")

    def intro_text(self) -> str:
        return self.truth() if self.allowed() else ""

    def read_only_text(self) -> str:
        return self.tr("Hanya koordinator yang mengelola cadangan.")

    def truth(self) -> str:
        """What the backups do here, on this engine and this PC (issue 15.6: the page says what is true)."""
        db = self.ctx.db
        here = backup.auto_backups_here(db)
        if db.path is not None:
            text = self.tr(
                "Cadangan adalah salinan konsisten berkas database (dibuat walau program berjalan), yang dapat "
                "dipulihkan ke database berkas maupun server."
            )
        else:
            text = self.tr(
                "Database ada di server {0}. Cadangan menyalin setiap tabel ke satu berkas di komputer ini, yang "
                "dapat dipulihkan ke server maupun ke database berkas."
            ).format(backup.server_key(db.url))
        if here:
            text += " " + self.tr(
                "Komputer ini membuat cadangan otomatis setiap hari dan setiap kali program ditutup, menyimpan "
                "7 harian, 4 mingguan dan 12 bulanan, juga di folder kedua bila diisi."
            )
        elif db.path is not None:
            text += " " + self.tr(
                "Cadangan otomatis dimatikan di komputer ini: hanya cadangan yang dibuat dengan tombol."
            )
        else:
            text += " " + self.tr(
                "Komputer ini tidak membuat cadangan otomatis. Nyalakan di satu komputer saja (yang selalu "
                "menyala di kantor), agar kantor dicadangkan setiap hari."
            )
        return text

    def load_page(self) -> None:
        self.explain.setText(self.truth())
        self.auto_here.blockSignals(True)
        self.auto_here.setChecked(backup.auto_backups_here(self.ctx.db))
        self.auto_here.blockSignals(False)
        try:
            self.main_folder.setText(str(backup.backups_dir(self.ctx.db)))
            second = backup.second_folder(self.ctx.db)
            self.second.setText(str(second) if second else "")
            self.table.set_rows(backup.list_backups(self.ctx.db))
            total = attachments.storage_total(self.ctx.db, self.ctx.actor)
            self.attachments_total.setText(
                self.tr("{0} berkas, {1} (ikut dalam setiap cadangan)").format(
                    total.count, fmt.ukuran(total.bytes) if total.bytes else "0 KB"
                )
            )
        except PuskesosError as exc:
            self.status.setText(message_text(exc.said))

    def _start(self, text: str) -> bool:
        if self.busy:
            return False
        self._set_busy(True)
        self.status.setText(text)
        return True

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.now_button, self.file_button, self.restore_button):
            button.setEnabled(not busy)

    def _done(self, result: backup.BackupResult) -> None:
        self._set_busy(False)
        lock = self.tr(", terenkripsi") if result.encrypted else ""
        text = self.tr("Cadangan tersimpan: {0} ({1}{2}).").format(result.path, fmt.ukuran(result.size), lock)
        if result.second_copy:
            text += " " + self.tr("Salinan kedua: {0}.").format(result.second_copy)
        if result.second_error:
            text += " " + result.second_error
        self.status.setText(text)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status.setText("")
        show_fault(self, exc)

    def backup_now(self) -> None:
        if self._start(self.tr("Mencadangkan…")):
            db, actor = self.ctx.db, self.ctx.actor
            jobs.run(lambda: backup.backup_now(db, actor), self._done, self._failed, parent=self)

    def backup_to_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Cadangkan ke berkas"), "cadangan-puskesos.sqlite3", self.tr("Cadangan (*.sqlite3 *.bak)")
        )
        if not name:
            return
        dialog = FilePasswordDialog(self.tr("Cadangan"), backup.MIN_BACKUP_PASSWORD, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        password = dialog.password or None
        if self._start(self.tr("Mencadangkan ke {0}…").format(name)):
            db, actor = self.ctx.db, self.ctx.actor
            jobs.run(
                lambda: backup.create_backup(db, actor, Path(name), password), self._done, self._failed, parent=self
            )

    def store_second(self) -> None:
        set_invalid(self.second, False)
        db, actor, folder = self.ctx.db, self.ctx.actor, self.second.text()
        run_action(
            self,
            lambda: backup.set_second_folder(db, actor, folder),
            self._second_stored,
            on_failed=self._second_refused,
            state=lambda: self.save_second.setEnabled(self.allowed() and not acting(self, "second")),
            name="second",
        )

    def _second_stored(self, _result: None) -> None:
        self.status.setText(self.tr("Folder kedua tersimpan."))
        self.refresh()

    def _second_refused(self, exc: BaseException) -> None:
        widget = field_widget({FormField.SECOND_FOLDER: self.second}, exc)
        if widget is not None:
            set_invalid(widget, True)
            widget.setFocus()
        show_fault(self, exc)

    def store_auto_here(self, on: bool) -> None:
        try:
            backup.set_auto_backups_here(self.ctx.db, self.ctx.actor, on)
        except PuskesosError as exc:
            show_error(self, exc)
        self.refresh()

    # --- restore (issue 17.12) ---------------------------------------------------------------------------------

    def restore_from_file(self) -> None:
        """Choose a backup, check it off the UI thread, show what it holds, and restore it after a confirmation."""
        if self.busy:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pulihkan dari cadangan"),
            str(backup.backups_dir(self.ctx.db)),
            self.tr("Cadangan (*.sqlite3 *.bak);;Semua berkas (*)"),
        )
        if not name:
            return
        password: str | None = None
        try:
            encrypted = backup.is_encrypted(name)
        except OSError:
            encrypted = False  # prepare says what is wrong with the file
        if encrypted:
            ask = BackupPasswordDialog(Path(name).name, self)
            if ask.exec() != QDialog.DialogCode.Accepted:
                return
            password = ask.password.text()
        url = self.ctx.db.url
        self._start(self.tr("Memeriksa berkas cadangan…"))
        jobs.run_with_progress(
            self,
            self.tr("Pulihkan dari cadangan"),
            self.tr("Memeriksa berkas cadangan…"),
            lambda _control: restore.prepare(url, name, password),
            self._checked,
            self._restore_failed,
            cancellable=False,
        )

    def _checked(self, prepared: restore.PreparedRestore) -> None:
        self._set_busy(False)
        self.status.setText("")
        self.prepared = prepared
        dialog = RestoreConfirmDialog(prepared, self.ctx.db, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            restore.discard(prepared)
            self.prepared = None
            self.status.setText(self.tr("Pemulihan dibatalkan; tidak ada yang berubah."))
            return
        actor = self.ctx.actor
        self._start(self.tr("Memulihkan…"))
        jobs.run_with_progress(
            self,
            self.tr("Pulihkan dari cadangan"),
            self.tr("Memulihkan data dari cadangan…"),
            lambda _control: restore.apply_restore(prepared, actor),
            self._restored,
            self._restore_failed,
            cancellable=False,
        )

    def _forget_prepared(self) -> None:
        if self.prepared is not None:
            restore.discard(self.prepared)
            self.prepared = None

    def _restored(self, result: restore.RestoreResult) -> None:
        self._forget_prepared()
        self._set_busy(False)
        aside = (
            self.tr(" Data sebelumnya disimpan di {0}; memulihkan berkas itu membatalkan pemulihan ini.").format(
                result.aside
            )
            if result.aside
            else ""
        )
        self.status.setText(self.tr("Data dipulihkan.") + aside)
        QMessageBox.information(
            self,
            self.tr("Pulihkan dari cadangan"),
            self.tr("Data dipulihkan dari cadangan.{0} Program sekarang dimulai ulang.").format(aside),
        )
        self.restart()

    def _restore_failed(self, exc: BaseException) -> None:
        self._forget_prepared()
        self._set_busy(False)
        self.status.setText(self.tr("Pemulihan tidak dilakukan: data yang sekarang tetap utuh."))
        show_fault(self, exc)


class BackupPasswordDialog(QDialog):
    """The password of an encrypted backup, asked once (it was chosen when the backup was made)."""

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kata sandi cadangan"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr("Berkas {0} terenkripsi. Tulis kata sandi yang dipasang saat cadangan dibuat.").format(file_name)
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.password = password_edit()
        label = QLabel(self.tr("&Kata sandi"))
        label.setBuddy(self.password)
        form.addRow(label, self.password)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Lanjut"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class RestoreConfirmDialog(QDialog):
    """What the chosen backup holds and what it will replace; restoring needs a deliberate yes."""

    def __init__(self, prepared: restore.PreparedRestore, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self.setMinimumWidth(560)
        info = prepared.info
        layout = QVBoxLayout(self)
        form = QFormLayout()
        labels = {
            "warga": self.tr("warga"),
            "keluhan": self.tr("keluhan"),
            "rujukan": self.tr("rujukan"),
            "akun": self.tr("akun"),
        }
        try:
            made = dt.datetime.fromtimestamp(prepared.source.stat().st_mtime)
        except OSError:
            made = None
        version = info.revision
        if info.needs_migration:
            version += " " + self.tr("(akan dimutakhirkan ke {0})").format(info.head)
        target = str(db.path) if db.path is not None else backup.server_key(db.url)
        self.values: dict[str, str] = {
            "file": str(prepared.source),
            "made": f"{made:%d-%m-%Y %H:%M}" if made else "-",
            "last": f"{info.last_entry_at:%d-%m-%Y %H:%M}" if info.last_entry_at else "-",
            "office": info.village or self.tr("(tanpa profil kantor)"),
            "counts": ", ".join(f"{n} {labels.get(k, k)}" for k, n in info.counts.items()),
            "version": version,
            "encrypted": self.tr("ya") if info.encrypted else self.tr("tidak"),
            "target": target,
        }
        rows = [
            (self.tr("Berkas"), "file"),
            (self.tr("Tanggal berkas"), "made"),
            (self.tr("Data sampai"), "last"),
            (self.tr("Kantor"), "office"),
            (self.tr("Isi"), "counts"),
            (self.tr("Versi skema"), "version"),
            (self.tr("Terenkripsi"), "encrypted"),
            (self.tr("Akan mengganti"), "target"),
        ]
        for caption, key in rows:
            value = QLabel(self.values[key])
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
        layout.addLayout(form)
        warning = QLabel(
            self.tr(
                "Seluruh data yang sekarang diganti dengan isi cadangan ini. Data yang sekarang disimpan dahulu "
                "sebagai berkas, dan nomor dokumen yang sudah diberikan tidak akan diberikan lagi. Setelah itu "
                "program dimulai ulang."
            )
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Pulihkan dan mulai ulang"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Batal"))
        cancel.setDefault(True)  # Enter alone must not replace the office's data
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)


def restart_program() -> None:
    """Start this program again (same arguments: the same database) and quit this one; quitting runs the usual
    closing work (ui/session.py) on the restored data."""
    if getattr(sys, "frozen", False):
        QProcess.startDetached(sys.executable, sys.argv[1:])
    else:
        QProcess.startDetached(sys.executable, sys.argv)
    QApplication.quit()
