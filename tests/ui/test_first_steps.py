"""An empty office gets a short first-steps list on the front desk until the registry is imported, residents are
registered and the staff have accounts (issue 17, item 11)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import office
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import search
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.tabs.front_office import FrontOfficeTab
from tests.helpers.jobs import wait_for_jobs
from tests.services.fo_data import add_registry, resident


@pytest.fixture(autouse=True)
def _settle(qtbot: QtBot, db: Database) -> Iterator[None]:
    yield
    wait_for_jobs(qtbot)
    search.release(db)


def test_first_steps_until_done(qtbot: QtBot, db: Database, front: Actor) -> None:
    steps = office.first_steps(db)
    assert not steps.registry_imported and not steps.residents_registered and steps.staff_accounts
    tab = FrontOfficeTab(AppContext(db, front))
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    wait_for_jobs(qtbot)
    assert tab.first_steps.isVisible()
    assert "Impor data DTKS/DTSEN" in tab.first_steps.text() and "Daftarkan warga" in tab.first_steps.text()
    assert "data DTKS/DTSEN belum diimpor" in tab._not_found_text()
    add_registry(db, "6201026303750008", "SITI RAHMAWATI", kk="6201021303750009")
    resident(db, front, "Muhammad Yusuf", "6201021205900001", "6201021205900002")
    assert office.first_steps(db).done
    tab.refresh()
    wait_for_jobs(qtbot)
    assert not tab.first_steps.isVisible()
    assert tab._not_found_text().startswith("Tidak ditemukan. ")
