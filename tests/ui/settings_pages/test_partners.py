"""The coordinator's catalogue pages: create, refuse with the field marked, deactivate; read-only for others."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.form_base import select_data
from puskesos_desktop.ui.settings_pages.partners import PartnersPage
from puskesos_desktop.ui.settings_pages.programmes import ProgrammesPage
from puskesos_desktop.ui.settings_pages.services_catalogue import ServicesPage
from puskesos_desktop.ui.tabs.settings import SettingsTab
from tests.helpers.driving import watch
from tests.services import bo_helpers as h


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


def test_service_page_edits_requirements_and_target(
    qtbot: QtBot, db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch(monkeypatch)
    page = ServicesPage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    sid = h.service_id(db, "SKTM-SEKOLAH")
    page.select_id(sid)
    assert page.code.text() == "SKTM-SEKOLAH"
    page.target.setValue(4)
    page.requirements.setPlainText("Fotokopi KK\nSurat pengantar RT\nFotokopi rapor")
    select_data(page.partner, h.partner_id(db, "Dinas Pendidikan Kabupaten"))
    page.button_save.click()
    svc = next(s for s in catalogue.list_services(db) if s.id == sid)
    assert svc.target_days == 4 and svc.requirements[-1] == "Fotokopi rapor"
    assert svc.default_partner == "Dinas Pendidikan Kabupaten"


def test_programme_page_and_read_only_for_front_office(
    qtbot: QtBot, db: Database, coordinator: Actor, front: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch(monkeypatch)
    page = ProgrammesPage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.button_new.click()
    page.code.setText("jamban")
    page.name.setText("Jamban sehat Dana Desa")
    page.level.setCurrentText("Desa")
    page.documents.setPlainText("Fotokopi KK")
    page.button_save.click()
    made = next(p for p in catalogue.programme_rows(db) if p.code == "JAMBAN")
    assert made.documents == ("Fotokopi KK",) and made.level == "Desa"
    tab = SettingsTab(AppContext(db, front))
    qtbot.addWidget(tab)
    titles = [tab.index.item(i).text() for i in range(tab.index.count())]
    assert {"Mitra rujukan", "Katalog layanan", "Program"} <= set(titles)
    readonly = PartnersPage(AppContext(db, front))
    qtbot.addWidget(readonly)
    readonly.refresh()
    assert not readonly.button_save.isEnabled() and not readonly.name.isEnabled()
    assert "Hanya koordinator" in readonly.message.text()
