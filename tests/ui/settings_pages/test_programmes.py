"""Pengaturan › Program on the catalogue base; read-only for the front office."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.settings_pages.partners import PartnersPage
from puskesos_desktop.ui.settings_pages.programmes import ProgrammesPage
from puskesos_desktop.ui.tabs.settings import SettingsTab
from tests.helpers.driving import watch


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
