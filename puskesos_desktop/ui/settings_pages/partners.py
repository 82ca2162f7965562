"""Pengaturan › Mitra rujukan: the partner directory (referral destinations and village partners)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QWidget

from puskesos_desktop.core.errors import FormField
from puskesos_desktop.core.statuses import Field
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.admin.catalogue import PartnerInfo, PartnerInput
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.form_base import PlainText, combo_data, select_data
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.settings_pages.catalogue_base import CataloguePage


class PartnersPage(CataloguePage):
    columns = (
        Column("name", "Nama"),
        Column("kind", "Jenis"),
        Column("field", "Bidang"),
        Column("in_village", "Di desa"),
        Column("phone", "Telepon"),
        Column("contact_person", "Narahubung"),
        Column("used", "Dipakai", align_right=True),
        Column("active", "Aktif"),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)

    def title(self) -> str:
        return self.tr("Mitra rujukan")

    def build_form(self, form: QFormLayout) -> None:
        self.name = QLineEdit()
        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.kind.addItems(list(catalogue.PARTNER_KINDS))
        self.field = QComboBox()
        self.field.addItem(self.tr("(semua bidang)"), None)
        for f in Field:
            self.field.addItem(f.value, f.value)
        self.address = QLineEdit()
        self.contact = QLineEdit()
        self.phone = QLineEdit()
        self.in_village = QCheckBox(self.tr("Mitra di &desa: rujukan ke sini langsung dikirim tanpa persetujuan"))
        self.notes = PlainText(lines=3)
        self.register(FormField.PARTNER_NAME, self.name, self.tr("Na&ma"))
        self.register(FormField.KIND, self.kind, self.tr("&Jenis"))
        self.register(FormField.FIELD, self.field, self.tr("B&idang"))
        self.register(FormField.ADDRESS, self.address, self.tr("A&lamat"))
        self.register(FormField.CONTACT_PERSON, self.contact, self.tr("Na&rahubung"))
        self.register(FormField.PHONE, self.phone, self.tr("&Telepon"))
        self.register(FormField.IN_VILLAGE, self.in_village, "")
        self.register(FormField.NOTES, self.notes, self.tr("&Catatan"))

    def rows(self) -> list[Any]:
        return list(catalogue.partner_rows(self.ctx.db))

    def fill(self, row: Any | None) -> None:
        p: PartnerInfo | None = row
        self.name.setText(p.name if p else "")
        self.kind.setCurrentText(p.kind if p else "")
        select_data(self.field, p.field if p else None)
        self.address.setText(p.address if p else "")
        self.contact.setText(p.contact_person if p else "")
        self.phone.setText(p.phone if p else "")
        self.in_village.setChecked(bool(p and p.in_village))
        self.notes.setPlainText(p.notes if p else "")

    def data(self) -> PartnerInput:
        field = combo_data(self.field)
        return PartnerInput(
            name=self.name.text(),
            kind=self.kind.currentText(),
            field=str(field) if field else None,
            address=self.address.text(),
            contact_person=self.contact.text(),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
            in_village=self.in_village.isChecked(),
        )

    def create_record(self) -> PartnerInfo:
        return catalogue.create_partner(self.ctx.db, self.ctx.actor, self.data())

    def update_record(self, row: Any) -> PartnerInfo:
        return catalogue.update_partner(self.ctx.db, self.ctx.actor, row.id, self.data())

    def set_active(self, row: Any, active: bool) -> None:
        catalogue.set_partner_active(self.ctx.db, self.ctx.actor, row.id, active)

    def remove(self, row: Any) -> None:
        catalogue.delete_partner(self.ctx.db, self.ctx.actor, row.id)
