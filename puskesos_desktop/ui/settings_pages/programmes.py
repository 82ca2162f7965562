"""Pengaturan › Program: the programmes of the catalogue (central, province, district, village, private)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QWidget

from puskesos_desktop.core.errors import FormField
from puskesos_desktop.db.models.catalogue import LEVELS
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.admin.catalogue import ProgrammeInfo, ProgrammeInput
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.form_base import PlainText
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.settings_pages.catalogue_base import CataloguePage


class ProgrammesPage(CataloguePage):
    columns = (
        Column("code", "Kode"),
        Column("name", "Nama program"),
        Column("level", "Tingkat"),
        Column("organiser", "Penyelenggara"),
        Column("in_registry", "Kolom DTKS"),
        Column("used", "Dipakai", align_right=True),
        Column("active", "Aktif"),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)

    def title(self) -> str:
        return self.tr("Program")

    def build_form(self, form: QFormLayout) -> None:
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.level = QComboBox()
        self.level.addItems(list(LEVELS))
        self.organiser = QLineEdit()
        self.in_registry = QCheckBox(self.tr("Keanggotaan tercantum di data &DTKS/DTSEN"))
        self.criteria = PlainText(lines=3)
        self.documents = PlainText(lines=4)
        self.documents.setPlaceholderText(self.tr("Satu dokumen per baris"))
        self.description = PlainText(lines=2)
        self.register(FormField.CODE, self.code, self.tr("K&ode"))
        self.register(FormField.PROGRAMME_NAME, self.name, self.tr("Na&ma program"))
        self.register(FormField.LEVEL, self.level, self.tr("&Tingkat"))
        self.register(FormField.ORGANISER, self.organiser, self.tr("&Penyelenggara"))
        self.register(FormField.CRITERIA, self.criteria, self.tr("K&riteria"))
        self.register(FormField.DOCUMENTS, self.documents, self.tr("Dok&umen"))
        self.register(FormField.REMARKS, self.description, self.tr("&Keterangan"))
        self.register(FormField.IN_REGISTRY, self.in_registry, "")

    def rows(self) -> list[Any]:
        return list(catalogue.programme_rows(self.ctx.db))

    def describe(self, row: Any) -> str:
        return f"{row.code} — {row.name}"

    def fill(self, row: Any | None) -> None:
        p: ProgrammeInfo | None = row
        self.code.setText(p.code if p else "")
        self.name.setText(p.name if p else "")
        self.level.setCurrentText(p.level if p else "Desa")
        self.organiser.setText(p.organiser if p else "")
        self.in_registry.setChecked(bool(p.in_registry) if p else False)
        self.criteria.setPlainText(p.criteria if p else "")
        self.documents.setPlainText("\n".join(p.documents) if p else "")
        self.description.setPlainText(p.description if p else "")

    def data(self) -> ProgrammeInput:
        return ProgrammeInput(
            code=self.code.text(),
            name=self.name.text(),
            level=self.level.currentText(),
            organiser=self.organiser.text(),
            description=self.description.toPlainText(),
            criteria=self.criteria.toPlainText(),
            documents=tuple(self.documents.toPlainText().splitlines()),
            in_registry=self.in_registry.isChecked(),
        )

    def create_record(self) -> ProgrammeInfo:
        return catalogue.create_programme(self.ctx.db, self.ctx.actor, self.data())

    def update_record(self, row: Any) -> ProgrammeInfo:
        return catalogue.update_programme(self.ctx.db, self.ctx.actor, row.id, self.data())

    def set_active(self, row: Any, active: bool) -> None:
        catalogue.set_programme_active(self.ctx.db, self.ctx.actor, row.id, active)

    def remove(self, row: Any) -> None:
        catalogue.delete_programme(self.ctx.db, self.ctx.actor, row.id)
