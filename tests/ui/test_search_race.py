"""The search race (issue 12, item 5): a misspelt name typed while the name index is still being built is answered
once the index is ready, and the result list updates by itself."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import search
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.jobs import jobs
from puskesos_desktop.ui.tabs import front_office
from puskesos_desktop.ui.tabs.front_office import FrontOfficeTab
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.services.fo_data import resident


@pytest.fixture
def slow_index(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The name index takes as long as the test says (a district-sized registry takes seconds)."""
    release = threading.Event()
    building = threading.Event()
    load = search.MemoryNameIndex._load

    def slow_load(self: search.MemoryNameIndex, *args: Any) -> None:
        building.set()
        release.wait(30)
        load(self, *args)

    monkeypatch.setattr(search.MemoryNameIndex, "_load", slow_load)
    release.building = building  # type: ignore[attr-defined]
    yield release
    release.set()


def test_a_name_typed_while_the_index_builds_is_answered_when_it_is_ready(
    qtbot: QtBot, db: Database, front: Actor, slow_index: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    resident(db, front, "Muhammad Yusuf", "6201021205900001", "6201021205900002")
    resident(db, front, "Siti Aminah", "6201024506800003", "6201021205900002")
    monkeypatch.setattr(front_office, "WARM_UP_DELAY_MS", 0)
    tab = FrontOfficeTab(AppContext(db, front))
    qtbot.addWidget(tab)
    tab.show()  # the warm-up starts: the index is being built
    wait_until(qtbot, slow_index.building.is_set)  # type: ignore[attr-defined]
    qtbot.keyClicks(tab.search_box, "moh yusup")
    # Answered at once from the name prefixes (nothing starts so), and said to be provisional.
    wait_until(qtbot, lambda: tab._shown_text == "moh yusup")
    assert tab.results.source.rowCount() == 0 and "disiapkan" in tab.message.text()
    # The index is ready: nobody types again, and the person appears.
    slow_index.set()
    wait_until(qtbot, lambda: tab.results.source.rowCount() > 0)
    assert tab.results.row_at_proxy(0).name == "Muhammad Yusuf" and "disiapkan" not in tab.message.text()
    wait_for_jobs(qtbot)
    search.release(db)


def test_an_answer_arriving_after_the_index_is_ready_is_asked_again(
    qtbot: QtBot, db: Database, front: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other order: the index finished while the provisional answer was on its way."""
    resident(db, front, "Muhammad Yusuf", "6201021205900001", "6201021205900002")
    tab = FrontOfficeTab(AppContext(db, front))
    qtbot.addWidget(tab)
    tab._index_ready = True
    tab.search_box.setText("moh yusup")
    tab._show_hits("moh yusup", search.Answer([], provisional=True))
    wait_until(qtbot, lambda: tab.results.source.rowCount() > 0)
    assert tab.results.row_at_proxy(0).name == "Muhammad Yusuf" and not tab._provisional
    wait_for_jobs(qtbot)
    assert jobs().is_idle()
    search.release(db)
