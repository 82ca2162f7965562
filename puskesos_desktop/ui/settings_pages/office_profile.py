"""Pengaturan › Profil kantor: the office profile as stored (edited by the coordinator)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from puskesos_desktop.core import regions
from puskesos_desktop.ui.context import AppContext


class OfficeProfilePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = QFormLayout(self)
        self.labels: dict[str, QLabel] = {}
        for key, text in [
            ("village", self.tr("Desa/Kelurahan")),
            ("code", self.tr("Kode desa")),
            ("kecamatan", self.tr("Kecamatan")),
            ("kabupaten", self.tr("Kabupaten/Kota")),
            ("head", self.tr("Kepala desa")),
            ("coordinator", self.tr("Koordinator")),
            ("paper", self.tr("Kertas")),
        ]:
            label = QLabel()
            self.labels[key] = label
            self.form.addRow(text, label)

    def title(self) -> str:
        return self.tr("Profil kantor")

    def refresh(self) -> None:
        p = self.ctx.office()
        if p is None:
            return
        values = {
            "village": p.village_name,
            "code": regions.dotted(p.village_code),
            "kecamatan": p.kecamatan_name,
            "kabupaten": p.kabupaten_name,
            "head": p.head_name,
            "coordinator": p.coordinator_name,
            "paper": p.paper_size,
        }
        for key, value in values.items():
            self.labels[key].setText(value)
