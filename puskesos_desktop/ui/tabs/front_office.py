"""Front Office: the complaints registered at the desk (replaced by the full desk in the front-office issue)."""

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


class FrontOfficeTab(BaseTab):
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
        self.heading.setText(self.tr("Keluhan yang terdaftar"))
        self.filter.setPlaceholderText(self.tr("Saring: nama, NIK, nomor resi…"))

    def title(self) -> str:
        return self.tr("Front Office")

    def refresh(self) -> None:
        self.table.set_rows(lists.list_records(self.ctx.db, "complaints"))
