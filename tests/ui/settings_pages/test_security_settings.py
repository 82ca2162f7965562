"""Pengaturan › Keamanan (issue 7)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import auth
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.settings_pages.security_settings import SecuritySettingsPage
from tests.helpers.jobs import wait_for_jobs


def test_security_page(qtbot: QtBot, db: Database, coordinator: Actor, front: Actor) -> None:
    ctx = AppContext(db, coordinator)
    seen: list[str] = []
    ctx.data_changed.connect(seen.append)
    page = SecuritySettingsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.minutes.value() == 10
    page.minutes.setValue(3)
    page.save()
    wait_for_jobs(qtbot)
    assert auth.idle_minutes(db) == 3 and "settings" in seen
    other = SecuritySettingsPage(AppContext(db, front))
    qtbot.addWidget(other)
    other.refresh()
    assert not other.minutes.isEnabled() and other.password_button.isEnabled()
