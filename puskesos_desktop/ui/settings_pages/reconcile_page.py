"""Pengaturan › Rekonsiliasi (issue 16 §5): where the DTSEN registry, the village's population register and the desil
disagree — meninggal, pindah, ganda, tidak dikenal, belum menerima, belum terdaftar — each with its suggestion; the
chosen rows (or all) become Draf proposals with the reason, ready for the village deliberation. The list is read and
the proposals made off the window's thread (a district-sized registry takes a while)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.services.registry import reconcile
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.exchange.population_differences import PopulationDifferencesDialog
from puskesos_desktop.ui.errors import show_fault
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.settings_pages.page_base import SettingsPage
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.table import RecordTable

FINDINGS = [
    Column("nik", "NIK"),
    Column("kk", "No. KK"),
    Column("name", "Nama"),
    Column("reason", "Alasan"),
    Column("suggested", "Saran"),
    Column("detail", "Keterangan"),
]
REASONS = ("meninggal", "pindah", "ganda", "tidak dikenal", "belum menerima", "belum terdaftar")
# The reasons are the command line's words (data); on screen they are labels in the interface language.
_REASON_LABELS: dict[str, str] = {
    "meninggal": str(QT_TRANSLATE_NOOP("ReconcilePage", "meninggal")),
    "pindah": str(QT_TRANSLATE_NOOP("ReconcilePage", "pindah")),
    "ganda": str(QT_TRANSLATE_NOOP("ReconcilePage", "ganda")),
    "tidak dikenal": str(QT_TRANSLATE_NOOP("ReconcilePage", "tidak dikenal")),
    "belum menerima": str(QT_TRANSLATE_NOOP("ReconcilePage", "belum menerima")),
    "belum terdaftar": str(QT_TRANSLATE_NOOP("ReconcilePage", "belum terdaftar")),
}


class ReconcilePage(SettingsPage):
    right = Permission.PROPOSAL
    has_save = False
    stretch_end = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.findings: list[reconcile.Finding] = []
        super().__init__(ctx, parent)

    def build_body(self, layout: QVBoxLayout) -> None:
        bar = QHBoxLayout()
        self.label_reason = QLabel()
        self.reason = QComboBox()
        self.label_reason.setBuddy(self.reason)
        self.button_check = QPushButton()
        bar.addWidget(self.label_reason)
        bar.addWidget(self.reason)
        bar.addWidget(self.button_check)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = RecordTable(FINDINGS)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(False)  # the service's order: by reason, then name
        self.table.proxy.sort(-1)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.button_chosen = QPushButton()
        self.button_all = QPushButton()
        self.button_differences = QPushButton()  # the population register's values waiting for the office (§4)
        row.addWidget(self.button_chosen)
        row.addWidget(self.button_all)
        row.addStretch(1)
        row.addWidget(self.button_differences)
        layout.addLayout(row)
        self.reason.currentIndexChanged.connect(lambda _i: self._show())
        self.button_check.clicked.connect(self.refresh)
        self.button_chosen.clicked.connect(lambda: self.propose(self.table.selected_rows()))
        self.button_all.clicked.connect(lambda: self.propose(self._shown()))
        self.button_differences.clicked.connect(lambda: PopulationDifferencesDialog(self.ctx, self).exec())

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.label_reason.setText(self.tr("Ala&san:"))
        current = self.reason.currentData()
        self.reason.blockSignals(True)
        self.reason.clear()
        self.reason.addItem(self.tr("— semua —"), "")
        for word in REASONS:
            self.reason.addItem(self.tr(_REASON_LABELS[word]), word)
        self.reason.setCurrentIndex(max(0, self.reason.findData(current)))
        self.reason.blockSignals(False)
        self.button_check.setText(self.tr("&Periksa ulang"))
        self.button_chosen.setText(self.tr("Jadikan &usulan (baris terpilih)"))
        self.button_all.setText(self.tr("Semua yang &tampil jadi usulan"))
        self.button_differences.setText(self.tr("Perbedaan data pen&duduk…"))

    def title(self) -> str:
        return self.tr("Rekonsiliasi")

    def heading_text(self) -> str:
        return self.tr("Rekonsiliasi DTSEN dengan data desa")

    def intro_text(self) -> str:
        return self.tr(
            "Perbedaan antara DTSEN, data penduduk desa dan desil: meninggal atau pindah menurut data desa "
            "(Hapus), satu orang dua kali (ganda) dan NIK yang tidak dikenal desa (Periksa), keluarga desil "
            "rendah atau dengan keluhan kemiskinan yang belum menerima program (Perbarui), warga yang meminta "
            "bantuan tetapi belum terdaftar (Tambah). Baris yang dipilih menjadi usulan Draf beserta alasannya."
        )

    def load_page(self) -> None:
        allowed = self.allowed()
        self.button_chosen.setVisible(allowed)
        self.button_all.setVisible(allowed)
        self.message.setText(self.tr("Memeriksa…"))
        db, actor = self.ctx.db, self.ctx.actor
        jobs.run(lambda: reconcile.reconcile(db, actor), self._loaded, self._failed, key="settings.reconcile",
                 parent=self)  # fmt: skip

    def _loaded(self, findings: list[reconcile.Finding]) -> None:
        self.findings = findings
        counts = {r: sum(1 for f in findings if f.reason == r) for r in REASONS}
        said = ", ".join(f"{self.tr(_REASON_LABELS[r])} {n}" for r, n in counts.items())
        self.message.setText(self.tr("{0} temuan: {1}.").format(len(findings), said))
        self._show()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText("")
        show_fault(self, exc)

    def _shown(self) -> list[reconcile.Finding]:
        word = self.reason.currentData() or ""
        return [f for f in self.findings if not word or f.reason == word]

    def _show(self) -> None:
        self.table.set_rows(self._shown())

    def propose(self, chosen: list[reconcile.Finding]) -> None:
        if not chosen:
            self.message.setText(self.tr("Pilih barisnya dulu di tabel."))
            return
        db, actor = self.ctx.db, self.ctx.actor
        jobs.run(lambda: reconcile.propose(db, actor, chosen), self._proposed, self._refused,
                 topics=(Topic.PROPOSALS,), parent=self)  # fmt: skip

    def _refused(self, exc: BaseException) -> None:
        show_fault(self, exc)  # a refusal as a refusal; anything else in plain words

    def _proposed(self, done: reconcile.Proposed) -> None:
        text = self.tr("{0} usulan Draf dibuat atau ditambah: {1}.").format(len(done.made), ", ".join(done.made) or "-")
        if done.skipped:
            text += " " + self.tr("{0} baris dilewati (Periksa, atau belum ada warganya di data kantor).").format(
                len(done.skipped)
            )
        self.message.setText(text)
