"""Pengaturan › Musyawarah Desa: only the coordinator records a deliberation."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.settings_pages.musdes import MusdesPage


def test_only_the_coordinator_records(qtbot: QtBot, db: Database, front: Actor) -> None:
    page = MusdesPage(AppContext(db, front))
    qtbot.addWidget(page)
    page.refresh()
    assert not page.record.isEnabled()
