"""Pengaturan › Katalog layanan: each service's field, requirements, target working days, default destination."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from puskesos_desktop.core.errors import FormField
from puskesos_desktop.core.statuses import Field
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.admin.catalogue import ServiceInfo, ServiceInput
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.form_base import PlainText, combo_data, select_data
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.settings_pages.catalogue_base import CataloguePage


class ServicesPage(CataloguePage):
    columns = (
        Column("code", "Kode"),
        Column("name", "Nama layanan"),
        Column("field", "Bidang"),
        Column("target_days", "Target (hari kerja)", align_right=True),
        Column("default_partner", "Tujuan bawaan"),
        Column("requirements", "Persyaratan", lambda s: len(s.requirements), align_right=True),
        Column("active", "Aktif"),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)

    def title(self) -> str:
        return self.tr("Katalog layanan")

    def build_form(self, form: QFormLayout) -> None:
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.field = QComboBox()
        for f in Field:
            self.field.addItem(f.value, f.value)
        self.target = QSpinBox()
        self.target.setRange(0, catalogue.MAX_TARGET_DAYS)
        self.target.setSuffix(self.tr(" hari kerja"))
        self.partner = QComboBox()
        self.programme = QComboBox()
        self.at_desk = QCheckBox(self.tr("Dija&wab langsung di meja layanan (informasi)"))
        self.requirements = PlainText(lines=6)
        self.requirements.setPlaceholderText(self.tr("Satu persyaratan per baris"))
        self.description = PlainText(lines=2)
        self.register(FormField.CODE, self.code, self.tr("K&ode"))
        self.register(FormField.SERVICE_NAME, self.name, self.tr("Na&ma layanan"))
        self.register(FormField.FIELD, self.field, self.tr("B&idang"))
        self.register(FormField.TARGET_DAYS, self.target, self.tr("&Target"))
        self.register(FormField.DEFAULT_PARTNER, self.partner, self.tr("T&ujuan bawaan"))
        self.register(FormField.PROGRAMME, self.programme, self.tr("&Program"))
        self.register(FormField.REQUIREMENTS, self.requirements, self.tr("Pe&rsyaratan"))
        self.register(FormField.REMARKS, self.description, self.tr("&Keterangan"))
        self.register(FormField.AT_DESK, self.at_desk, "")

    def _fill_choices(self) -> None:
        keep_partner, keep_programme = combo_data(self.partner), combo_data(self.programme)
        self.partner.clear()
        self.partner.addItem(self.tr("(tidak ada)"), None)
        for p in catalogue.list_partners(self.ctx.db):
            self.partner.addItem(p.name, p.id)
        self.programme.clear()
        self.programme.addItem(self.tr("(tidak ada)"), None)
        for g in catalogue.list_programmes(self.ctx.db):
            self.programme.addItem(f"{g.code} — {g.name}", g.id)
        select_data(self.partner, keep_partner)
        select_data(self.programme, keep_programme)

    def refresh(self) -> None:
        self._fill_choices()
        super().refresh()

    def rows(self) -> list[Any]:
        return list(catalogue.list_services(self.ctx.db, active_only=False))

    def describe(self, row: Any) -> str:
        return f"{row.code} — {row.name}"

    def fill(self, row: Any | None) -> None:
        s: ServiceInfo | None = row
        self.code.setText(s.code if s else "")
        self.name.setText(s.name if s else "")
        select_data(self.field, s.field if s else Field.KESEHATAN.value)
        self.target.setValue(s.target_days if s else 5)
        select_data(self.partner, s.default_partner_id if s else None)
        if s and s.default_partner_id is not None and self.partner.findData(s.default_partner_id) < 0:
            self.partner.addItem(self.tr("{0} (nonaktif)").format(s.default_partner), s.default_partner_id)
            select_data(self.partner, s.default_partner_id)
        select_data(self.programme, s.programme_id if s else None)
        self.at_desk.setChecked(bool(s and s.answered_at_desk))
        self.requirements.setPlainText("\n".join(s.requirements) if s else "")
        self.description.setPlainText(s.description if s else "")

    def data(self) -> ServiceInput:
        partner, programme = combo_data(self.partner), combo_data(self.programme)
        return ServiceInput(
            code=self.code.text(),
            name=self.name.text(),
            field=str(combo_data(self.field) or ""),
            target_days=self.target.value(),
            requirements=tuple(self.requirements.toPlainText().splitlines()),
            default_partner_id=partner if isinstance(partner, int) else None,
            programme_id=programme if isinstance(programme, int) else None,
            description=self.description.toPlainText(),
            answered_at_desk=self.at_desk.isChecked(),
        )

    def create_record(self) -> ServiceInfo:
        return catalogue.create_service(self.ctx.db, self.ctx.actor, self.data())

    def update_record(self, row: Any) -> ServiceInfo:
        return catalogue.update_service(self.ctx.db, self.ctx.actor, row.id, self.data())

    def set_active(self, row: Any, active: bool) -> None:
        catalogue.set_service_active(self.ctx.db, self.ctx.actor, row.id, active)

    def remove(self, row: Any) -> None:
        catalogue.delete_service(self.ctx.db, self.ctx.actor, row.id)
