"""Back Office: complaints forwarded for handling (replaced by the work queue in the back-office issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from puskesos_desktop.services import lists
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.tabs.base_tab import BaseTab
from puskesos_desktop.ui.widgets.table import RecordTable

COLUMNS = [
    Column("number", "No Resi"),
    Column("registered_at", "Tanggal"),
    Column("name", "Nama"),
    Column("nik", "NIK"),
    Column("field", "Bidang"),
    Column("service", "Layanan"),
    Column("status", "Status"),
]


class BackOfficeTab(BaseTab):
    watches = frozenset({"complaints", "residents"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.filter = QLineEdit()
        self.table = RecordTable(COLUMNS)
        self.filter.textChanged.connect(self.table.proxy.setFilterFixedString)
        layout.addWidget(self.heading)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Keluhan yang diteruskan ke back office"))
        self.filter.setPlaceholderText(self.tr("Saring: nama, NIK, nomor resi…"))

    def title(self) -> str:
        return self.tr("Back Office")

    def refresh(self) -> None:
        rows = lists.list_records(self.ctx.db, "complaints")
        self.table.set_rows([r for r in rows if r["status"] == "Diteruskan ke Back Office"])
