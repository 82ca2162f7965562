"""Pengaturan › Kalender DTSEN (issue 16 §7): saved, and refused with the field named."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import district_calendar as cal
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.settings_pages.district_calendar import DistrictCalendarPage
from tests.helpers.jobs import wait_for_jobs


@pytest.fixture(autouse=True)
def _quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda _p, _t, text, *a, **k: said.append(text)))
    return said


def test_calendar_page_saves_and_refuses(qtbot: QtBot, db: Database, coordinator: Actor, front: Actor,
                                         _quiet: list[str]) -> None:  # fmt: skip
    page = DistrictCalendarPage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.refresh()
    first, last = page.days["musdesus"]
    first.setValue(20)
    last.setValue(10)
    page.save()
    wait_for_jobs(qtbot)
    assert first.property("invalid") == "true" and _quiet and cal.get_calendar(db).musdesus == (1, 14)
    first.setValue(15)
    last.setValue(22)
    page.cadence.setCurrentIndex(page.cadence.findData("triwulanan"))
    page.save()
    wait_for_jobs(qtbot)
    saved = cal.get_calendar(db)
    assert saved.musdesus == (15, 22) and saved.cadence == "triwulanan"
    assert "Musdesus" in page.next_dates.text()
    other = DistrictCalendarPage(AppContext(db, front))
    qtbot.addWidget(other)
    other.refresh()
    assert not other.save_button.isEnabled()
