"""Pengaturan › Pertukaran data: what it lists and to whom (issues 5 and 16)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import office
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import registry_import
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.settings_pages.data_exchange import DataExchangePage
from puskesos_desktop.ui.tabs.settings import page_entries
from tests.helpers.jobs import wait_for_jobs
from tests.helpers.ui_thread import statements_on_this_thread
from tests.services.dx_data import HEADER, extract_row, nik_of, write_xlsx

N1 = nik_of(dt.date(1990, 5, 12), "L", 1)


# --- import -----------------------------------------------------------------------------------------------------


# --- export -----------------------------------------------------------------------------------------------------


# --- feedback ---------------------------------------------------------------------------------------------------


# --- the page ---------------------------------------------------------------------------------------------------


def test_data_exchange_page_lists_and_permissions(
    qtbot: QtBot, db: Database, coordinator: Actor, front: Actor, tmp_path: Path
) -> None:
    registry_import.import_registry(db, coordinator, write_xlsx(tmp_path / "d.xlsx", [HEADER, extract_row(N1)]))
    page = DataExchangePage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    with statements_on_this_thread() as seen:
        page.refresh()
        assert page.reading()  # the rights and both lists are read on a worker
        wait_for_jobs(qtbot)
    assert page.imports.source.rowCount() == 1 and page.export_button.isEnabled()
    assert len(seen) <= 2  # the page's own right only (page_base.refresh): not the lists nor each button's
    other = DataExchangePage(AppContext(db, front))
    qtbot.addWidget(other)
    other.refresh()
    wait_for_jobs(qtbot)
    assert not other.import_button.isEnabled() and not other.export_button.isEnabled()
    assert "koordinator" in other.message.text()
    titles = [entry.title for entry in page_entries()]
    assert "Pertukaran data" in titles and "Musyawarah Desa" in titles
    assert office.load_settings(db).import_column_mapping == {}


def test_data_exchange_page_offers_desil_to_the_coordinator_only(qtbot: QtBot, db: Database, coordinator: Actor,
                                                                  front: Actor) -> None:  # fmt: skip
    page = DataExchangePage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.refresh()
    wait_for_jobs(qtbot)
    assert page.desil_button.isEnabled() and "desil" in page.desil_button.text().lower()
    other = DataExchangePage(AppContext(db, front))
    qtbot.addWidget(other)
    other.refresh()
    wait_for_jobs(qtbot)
    assert not other.desil_button.isEnabled()
