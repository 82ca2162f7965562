"""Pengaturan › Pertukaran data: the three wizards (registry import, monthly batch, district feedback) and the
lists of past imports and batches."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.exchange import batch as exchange
from puskesos_desktop.services.exchange.batch import BatchInfo
from puskesos_desktop.services.registry import registry_import
from puskesos_desktop.ui.context import AppContext, rights_of
from puskesos_desktop.ui.dialogs.exchange.desil_wizard import DesilWizard
from puskesos_desktop.ui.dialogs.exchange.export_wizard import ExportWizard
from puskesos_desktop.ui.dialogs.exchange.feedback_wizard import FeedbackWizard
from puskesos_desktop.ui.dialogs.exchange.import_wizard import ImportWizard
from puskesos_desktop.ui.dialogs.exchange.population_wizard import PopulationWizard
from puskesos_desktop.ui.errors import refusal_text
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.settings_pages.page_base import SettingsPage
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.loading import ListLoader, report_failure
from puskesos_desktop.ui.widgets.table import RecordTable

IMPORT_COLUMNS = [
    Column("imported_at", "Waktu"),
    Column("filename", "Berkas"),
    Column("extract_date", "Tanggal ekstrak"),
    Column("imported", "Baru", align_right=True),
    Column("updated", "Diperbarui", align_right=True),
    Column("unchanged", "Tetap", align_right=True),
    Column("removed", "Keluar", align_right=True),
    Column("rejected", "Ditolak", align_right=True),
    Column("warnings", "Peringatan", align_right=True),
]


def _superseded(b: BatchInfo) -> str:
    return f"→ {b.superseded_by:02d}" if b.superseded_by else ""


BATCH_COLUMNS = [
    Column("created_at", "Dibuat"),
    Column("month", "Periode"),
    Column("seq", "No", getter=lambda b: f"{b.seq:02d}"),
    Column("complaints", "Keluhan", getter=lambda b: b.counts.get("Keluhan", 0), align_right=True),
    Column("referrals", "Rujukan", getter=lambda b: b.counts.get("Rujukan", 0), align_right=True),
    Column("proposals", "Usulan", getter=lambda b: b.counts.get("Usulan DTKS", 0), align_right=True),
    Column("encrypted", "Berkata sandi"),
    Column("superseded", "Digantikan", getter=_superseded),
    Column("actor", "Oleh"),
    Column("filename", "Berkas"),
]


class _PageRead(NamedTuple):
    rights: frozenset[Permission]
    imports: list[registry_import.ImportSummary]
    batches: list[BatchInfo]


def _read_page(db: Database, actor: Actor) -> _PageRead:
    """On a worker: the account's rights and both lists."""
    return _PageRead(rights_of(actor), registry_import.list_imports(db), exchange.list_batches(db))


class DataExchangePage(SettingsPage):
    has_save = False
    stretch_end = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        ctx.data_changed.connect(self._changed)

    def build_body(self, layout: QVBoxLayout) -> None:
        self.explain.setObjectName("hint")
        row = QHBoxLayout()
        self.import_button = QPushButton()
        self.import_button.setObjectName("primary")
        self.export_button = QPushButton()
        self.feedback_button = QPushButton()
        self.desil_button = QPushButton()  # issue 16: the SIKS-NG desil workbook
        self.population_button = QPushButton()  # issue 16: the village's population register (OpenSID)
        for b in (self.import_button, self.desil_button, self.population_button, self.export_button,
                  self.feedback_button):  # fmt: skip
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.lists = QTabWidget()
        self.imports = RecordTable(IMPORT_COLUMNS)
        self.imports.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.batches = RecordTable(BATCH_COLUMNS)
        self.batches.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.lists.addTab(self.batches, "")
        self.lists.addTab(self.imports, "")
        self.loader = ListLoader(self, self.lists, "data_exchange")
        layout.addWidget(self.lists, 1)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self.open_export)
        self.feedback_button.clicked.connect(self.open_feedback)
        self.desil_button.clicked.connect(self.open_desil)
        self.population_button.clicked.connect(lambda: self._open(PopulationWizard(self.ctx, self)))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.import_button.setText(self.tr("&Impor DTKS/DTSEN…"))
        self.export_button.setText(self.tr("&Ekspor batch bulanan…"))
        self.feedback_button.setText(self.tr("Impor &umpan balik…"))
        self.desil_button.setText(self.tr("Impor &desil…"))
        self.population_button.setText(self.tr("Impor data &penduduk…"))
        self.lists.setTabText(0, self.tr("Batch terkirim"))
        self.lists.setTabText(1, self.tr("Impor DTKS/DTSEN"))

    def title(self) -> str:
        return self.tr("Pertukaran data")

    def heading_text(self) -> str:
        return self.tr("Pertukaran data dengan kabupaten")

    def intro_text(self) -> str:
        return self.tr(
            "Data berpindah lewat flashdisk: ekstrak DTKS/DTSEN masuk dari kabupaten, batch bulanan keluar, "
            "dan jawaban kabupaten kembali sebagai umpan balik."
        )

    def read_only_text(self) -> str:
        return self.tr("Hanya koordinator yang mengimpor dan mengekspor data.")

    def may_with(self, rights: frozenset[Permission]) -> bool:
        return Permission.IMPORT in rights or Permission.EXPORT in rights

    def load_page(self) -> None:
        # Read on a worker: after an import or an export the page read both lists and the rights five times on
        # the window's thread (64 statements in the bench's session, issue 12 §4).
        db, actor = self.ctx.db, self.ctx.actor
        self.loader.load(lambda: _read_page(db, actor), self._show_page, self._read_failed)

    def reading(self) -> bool:
        return self.loader.loading

    def _show_page(self, read: _PageRead) -> None:
        for button in (self.import_button, self.feedback_button, self.desil_button, self.population_button):
            button.setEnabled(Permission.IMPORT in read.rights)
        self.export_button.setEnabled(Permission.EXPORT in read.rights)
        self.imports.set_rows(read.imports)
        self.batches.set_rows(read.batches)

    def _read_failed(self, exc: BaseException) -> None:
        if isinstance(exc, PuskesosError):
            self.status.setText(refusal_text(exc))
        else:
            report_failure(self, exc)

    def _changed(self, what: str) -> None:
        if what in (Topic.REGISTRY, Topic.EXCHANGE) and self.isVisible():
            self.refresh()

    def _open(self, dialog: QDialog) -> None:
        dialog.exec()
        self.refresh()

    def open_import(self) -> None:
        self._open(ImportWizard(self.ctx, self))

    def open_desil(self) -> None:
        self._open(DesilWizard(self.ctx, self))

    def open_export(self) -> None:
        self._open(ExportWizard(self.ctx, self))

    def open_feedback(self) -> None:
        self._open(FeedbackWizard(self.ctx, self))
