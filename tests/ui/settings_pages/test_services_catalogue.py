"""Pengaturan › Layanan on the catalogue base: requirements and target days edited."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.form_base import select_data
from puskesos_desktop.ui.settings_pages.services_catalogue import ServicesPage
from tests.helpers.driving import watch
from tests.services import bo_helpers as h


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
