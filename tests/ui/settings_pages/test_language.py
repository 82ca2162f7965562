"""Pengaturan › Bahasa: the office chooses the interface language; it applies from the next start."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models.office import AuditEntry
from puskesos_desktop.services import office
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui import i18n
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.settings_pages.language import LanguagePage
from puskesos_desktop.ui.tabs.settings import SettingsTab
from tests.helpers.jobs import wait_for_jobs


@pytest.fixture(autouse=True)
def _no_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(i18n.ENV_LANGUAGE, raising=False)


def page_for(qtbot: QtBot, db: Database, actor: Actor) -> LanguagePage:
    page = LanguagePage(AppContext(db, actor))
    qtbot.addWidget(page)
    page.refresh()
    return page


def test_coordinator_chooses_english_for_the_next_start(qtbot: QtBot, db: Database, coordinator: Actor) -> None:
    page = page_for(qtbot, db, coordinator)
    assert page.buttons["id"].isChecked()  # Indonesian is the default
    assert [b.text() for b in page.buttons.values()] == ["Bahasa Indonesia", "English"]
    page.buttons["en"].click()
    page.save_button.click()
    wait_for_jobs(qtbot)
    assert office.load_settings(db).language == "en"
    assert "buka lagi" in page.message.text()  # applies from the next start, and says so
    assert i18n.current_language() == "id"  # nothing switched under the open windows
    assert i18n.office_language(db) == "en"
    with db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == "language")))
    assert actions == ["setting.update"]
    # Opened again, the page shows the saved choice.
    again = page_for(qtbot, db, coordinator)
    assert again.buttons["en"].isChecked()


def test_a_pc_override_is_mentioned(
    qtbot: QtBot, db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(i18n.ENV_LANGUAGE, "id")
    page = page_for(qtbot, db, coordinator)
    page.buttons["en"].click()
    page.save()
    wait_for_jobs(qtbot)
    assert "PUSKESOS_LANG=id" in page.message.text()


def test_only_the_coordinator_may_change_it(qtbot: QtBot, db: Database, front: Actor) -> None:
    page = page_for(qtbot, db, front)
    assert not page.save_button.isEnabled()
    assert not page.box.isEnabled()
    assert "koordinator" in page.message.text()


def test_the_page_is_in_settings(qtbot: QtBot, db: Database, coordinator: Actor) -> None:
    tab = SettingsTab(AppContext(db, coordinator))
    qtbot.addWidget(tab)
    assert any(isinstance(tab.page_at(i), LanguagePage) for i in range(tab.index.count()))
    assert "Bahasa" in [tab.index.item(i).text() for i in range(tab.index.count())]
