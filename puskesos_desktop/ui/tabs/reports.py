"""Laporan: record counts per kind (replaced by the monthly report and dashboard in the report issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from puskesos_desktop.services import lists
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.tabs.base_tab import BaseTab
from puskesos_desktop.ui.widgets.table import RecordTable

LABELS = {
    "residents": "Warga",
    "registry": "Data DTKS/DTSEN",
    "complaints": "Keluhan",
    "referrals": "Rujukan",
    "proposals": "Usulan DTKS",
    "letters": "Surat",
}


class ReportsTab(BaseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Jumlah data"))
        self.heading.setObjectName("heading")
        self.table = RecordTable([Column("what", "Data"), Column("count", "Jumlah", align_right=True)])
        layout.addWidget(self.heading)
        layout.addWidget(self.table)

    def title(self) -> str:
        return self.tr("Laporan")

    def refresh(self) -> None:
        rows = [{"what": self.tr(LABELS[k]), "count": len(lists.list_records(self.ctx.db, k))} for k in lists.KINDS]
        self.table.set_rows(rows)
