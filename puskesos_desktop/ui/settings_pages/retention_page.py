"""Pengaturan › Retensi data: the retention period (UU 27/2022), who would be anonymised, and doing it.

Only the coordinator sets the period, sees the list and confirms; the service checks again on every action.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core import fmt
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.services.people import retention
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.errors import show_fault
from puskesos_desktop.ui.jobs import jobs
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.settings_pages.page_base import SettingsPage
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.table import RecordTable

CANDIDATES = [
    Column("resident_id", "ID", align_right=True),
    Column("name", "Nama"),
    Column("nik", "NIK"),
    Column("last_activity", "Kegiatan terakhir"),
    Column("open_cases", "Kasus terbuka", align_right=True),
]


class RetentionPage(SettingsPage):
    right = Permission.SETTINGS
    stretch_end = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.preview: retention.Preview | None = None
        super().__init__(ctx, parent)

    def build_body(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.label_years = QLabel()
        self.years = QSpinBox()
        self.years.setRange(0, retention.MAX_YEARS)
        row.addWidget(self.label_years)
        row.addWidget(self.years)
        self.place_save(row)
        row.addStretch(1)
        layout.addLayout(row)
        self.label_years.setBuddy(self.years)
        actions = QHBoxLayout()
        self.preview_button = QPushButton()
        self.apply_button = QPushButton()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.apply_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = RecordTable(CANDIDATES)
        layout.addWidget(self.table, 1)
        self.preview_button.clicked.connect(self.load_preview)
        self.apply_button.clicked.connect(self.apply)
        self.years.valueChanged.connect(lambda _v: self._clear_preview())

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.label_years.setText(self.tr("&Masa retensi (tahun, 0 = tidak aktif):"))
        self.preview_button.setText(self.tr("&Tampilkan siapa yang akan dianonimkan"))
        self.apply_button.setText(self.tr("&Anonimkan…"))

    def title(self) -> str:
        return self.tr("Retensi data")

    def heading_text(self) -> str:
        return self.tr("Retensi data warga")

    def intro_text(self) -> str:
        return self.tr(
            "UU 27/2022 (Pelindungan Data Pribadi): data pribadi disimpan tidak lebih lama dari yang diperlukan. "
            "Warga yang tidak punya kasus terbuka (keluhan belum selesai, usulan DTSEN belum diputus) dan tidak "
            "ada kegiatan apa pun selama masa retensi dapat dianonimkan: nama, NIK, No. KK, tempat dan tanggal "
            "lahir, alamat, telepon dan catatan dihapus, juga dari riwayat perubahan, salinan surat dan salinan "
            "data DTKS/DTSEN di kantor. Jumlah pada laporan yang lalu tidak berubah. Warga yang dianonimkan "
            "tidak dapat dicari lagi; bila datang kembali, daftarkan sebagai warga baru. Tidak dapat dibatalkan."
        )

    def save_text(self) -> str:
        return self.tr("&Simpan")

    def read_only_text(self) -> str:
        return self.tr("Hanya koordinator yang mengatur retensi data.")

    def editors(self) -> Sequence[QWidget]:
        return (self.years, self.preview_button)

    def load_page(self) -> None:
        self.years.blockSignals(True)
        self.years.setValue(retention.years(self.ctx.db))
        self.years.blockSignals(False)
        self._clear_preview()

    def _clear_preview(self) -> None:
        self.preview = None
        self.table.set_rows([])
        self.summary.clear()
        self.apply_button.setEnabled(False)

    def save_work(self) -> Callable[[], int]:
        db, actor, value = self.ctx.db, self.ctx.actor, self.years.value()

        def work() -> int:
            retention.set_years(db, actor, value)
            return value

        return work

    def saved(self, result: int) -> None:
        self._clear_preview()
        self.message.setText(
            self.tr("Tersimpan: masa retensi {0} tahun.").format(result)
            if result
            else self.tr("Tersimpan: retensi tidak aktif.")
        )

    def load_preview(self) -> None:
        if self.years.value() != retention.years(self.ctx.db):
            self.message.setText(self.tr("Simpan masa retensi terlebih dahulu."))
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.preview_button.setEnabled(False)
        jobs().run(
            lambda: retention.preview(db, actor),
            self._show_preview,
            self._failed,
            key="retention-preview",
            parent=self,
        )

    def _show_preview(self, preview: retention.Preview) -> None:
        self.preview_button.setEnabled(self.ctx.actor.can(Permission.SETTINGS))
        self.preview = preview
        self.table.set_rows(list(preview.candidates))
        if preview.years == 0:
            self.summary.setText(self.tr("Retensi tidak aktif: tidak ada yang dianonimkan."))
        else:
            self.summary.setText(
                self.tr("{0} warga tanpa kasus terbuka dan tanpa kegiatan sejak sebelum {1}.").format(
                    len(preview.candidates), fmt.tanggal(preview.cutoff)
                )
            )
        self.apply_button.setEnabled(bool(preview.candidates))
        self.apply_button.setText(
            self.tr("&Anonimkan {0} warga…").format(len(preview.candidates))
            if preview.candidates
            else self.tr("&Anonimkan…")
        )

    def _failed(self, exc: BaseException) -> None:
        self.preview_button.setEnabled(self.allowed())
        show_fault(self, exc)  # a refusal as a refusal; anything else in plain words

    def apply(self) -> None:
        preview = self.preview
        if preview is None or not preview.candidates:
            return
        count = len(preview.candidates)
        answer = QMessageBox.question(
            self,
            self.tr("Anonimkan data warga"),
            self.tr(
                "Data pribadi {0} warga dalam daftar akan dihapus dan tidak dapat dikembalikan. "
                "Jumlah pada laporan tetap. Lanjutkan?"
            ).format(count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor = self.ctx.db, self.ctx.actor
        ids = [c.resident_id for c in preview.candidates]
        self.apply_button.setEnabled(False)
        # One transaction: a district-sized list takes tens of seconds, so show that work is going on.
        jobs().run_with_progress(
            self,
            self.tr("Anonimkan data warga"),
            self.tr("Menganonimkan {0} warga…").format(count),
            lambda _control: retention.apply(db, actor, confirmed=ids),
            self._applied,
            self._failed,
            cancellable=False,
        )

    def _applied(self, done: retention.Applied) -> None:
        self._clear_preview()
        self.message.setText(self.tr("{0} warga dianonimkan. Tercatat di jejak audit.").format(done.count))
        self.ctx.changed(Topic.RESIDENTS)
