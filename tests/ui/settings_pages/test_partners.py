"""Pengaturan › Mitra on the catalogue base: create, refuse with the field marked, deactivate."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.form_base import select_data
from puskesos_desktop.ui.settings_pages.partners import PartnersPage
from tests.helpers.driving import watch


def test_partner_page_create_refuse_deactivate(
    qtbot: QtBot, db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = watch(monkeypatch)
    page = PartnersPage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.table.proxy.rowCount() == len(catalogue.list_partners(db))
    page.button_new.click()
    page.name.setText("CSR Bank Kalteng")
    page.kind.setCurrentText("CSR")
    select_data(page.field, "Pendidikan")
    page.phone.setText("nomor kantor")
    page.button_save.click()
    assert page.phone.property("invalid") == "true" and "Telepon" in screen.warnings[-1]
    assert "CSR Bank Kalteng" not in [p.name for p in catalogue.partner_rows(db)]
    page.phone.setText("0532-21777")
    page.contact.setText("Ibu Rina")
    page.button_save.click()
    saved = next(p for p in catalogue.partner_rows(db) if p.name == "CSR Bank Kalteng")
    assert saved.field == "Pendidikan" and saved.contact_person == "Ibu Rina"
    assert page.current is not None and page.current.id == saved.id
    page.button_toggle.click()
    assert not next(p for p in catalogue.partner_rows(db) if p.id == saved.id).active
    assert page.show_inactive.isChecked()
    page.button_delete.click()  # never used: it may go
    assert saved.id not in [p.id for p in catalogue.partner_rows(db)]
