"""Pengaturan › Retensi (issue 14, item 8): previews, confirms and applies."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from puskesos_desktop.core import clock
from puskesos_desktop.db.models import Resident
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.people import retention, search
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.settings_pages.retention_page import RetentionPage
from tests.helpers.jobs import wait_for_jobs
from tests.services.pdp_data import demo_copy

SHOTS = Path("/tmp/pdp-shots")


def _shot(widget: object, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


def test_retention_page_previews_confirms_and_applies(
    qtbot: QtBot, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, boxes: list[str]
) -> None:
    db = demo_copy(tmp_path, tmp_path_factory.getbasetemp())
    clock.set_clock(lambda: dt.datetime(2028, 1, 15, 9, 0))
    front = users.get_user(db, "frontoffice").actor()
    denied = RetentionPage(AppContext(db, front))
    qtbot.addWidget(denied)
    denied.refresh()
    assert not denied.years.isEnabled() and not denied.preview_button.isEnabled()
    assert not denied.apply_button.isEnabled() and "koordinator" in denied.message.text()

    coordinator = users.get_user(db, "koordinator").actor()
    page = RetentionPage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    page.refresh()
    assert page.years.value() == 0 and not page.apply_button.isEnabled()
    page.years.setValue(1)
    page.save_button.click()
    wait_for_jobs(qtbot)
    assert retention.years(db) == 1
    page.preview_button.click()
    wait_for_jobs(qtbot)
    expected = retention.preview(db, coordinator)
    assert page.table.model().rowCount() == len(expected.candidates) > 0
    assert page.apply_button.isEnabled() and str(len(expected.candidates)) in page.apply_button.text()
    _shot(page, "retention-page.png")
    page.apply_button.click()  # the confirmation is answered Yes
    wait_for_jobs(qtbot)
    assert f"{len(expected.candidates)} warga dianonimkan" in page.message.text()
    with db.read() as s:
        done = s.execute(select(func.count()).select_from(Resident).where(Resident.anonymised_at.is_not(None)))
        assert done.scalar_one() == len(expected.candidates)
    assert retention.preview(db, coordinator).candidates == ()
    search.release(db)
