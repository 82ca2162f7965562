"""Issue 15 §5: a change made on another PC (a second Database) shows in this window's list without refresh.

The same tests run on SQLite (PRAGMA data_version, polled every second) and, with PUSKESOS_TEST_PG, on PostgreSQL
(LISTEN/NOTIFY through the listener thread)."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from puskesos_desktop.db import changes
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import office
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.change_watch import ChangeWatch
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.tabs.back_office import BackOfficeTab
from puskesos_desktop.ui.topics import Topic
from tests.conftest import PG_URL
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.services import bo_helpers as h


def test_every_topic_word_is_a_topic() -> None:
    words = {w for topics in changes.TABLE_TOPICS.values() for w in topics}
    assert sorted(words - {t.value for t in Topic}) == []


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """Another PC (or window, or the command line) on the same office database."""
    second = Database(db.url)
    yield second
    second.dispose()


def _tab(qtbot: QtBot, db: Database, back: Actor) -> tuple[BackOfficeTab, ChangeWatch]:
    tab = BackOfficeTab(AppContext(db, back))
    qtbot.addWidget(tab)
    watch = ChangeWatch(tab.ctx, tab)
    tab.resize(1366, 700)
    tab.show()
    wait_for_jobs(qtbot)
    if watch.listener is not None:
        wait_until(qtbot, watch.listener.connected.is_set)
    return tab, watch


def test_a_complaint_registered_elsewhere_appears(
    qtbot: QtBot, db: Database, other: Database, front: Actor, back: Actor
) -> None:
    tab, watch = _tab(qtbot, db, back)
    try:
        assert tab.table.proxy.rowCount() == 0
        started = time.monotonic()
        h.complaint(other, front)
        wait_until(qtbot, lambda: tab.table.proxy.rowCount() == 1)
        print(f"shown after {time.monotonic() - started:.2f} s")  # noqa: T201 - the latency, for the record
    finally:
        watch.stop()


def test_own_writes_are_not_announced_again(
    qtbot: QtBot, db: Database, other: Database, front: Actor, coordinator: Actor
) -> None:
    tab, watch = _tab(qtbot, db, front)
    heard: list[str] = []
    tab.ctx.data_changed.connect(heard.append)
    try:
        h.complaint(db, front)  # this window's own Database (its job would announce it)
        if watch.counter is not None:
            assert watch.counter.poll() is False
        else:
            # On one channel the notifications arrive in order: once the other PC's is heard, ours was passed over.
            office.update_settings(other, coordinator, lambda st: dataclasses.replace(st, followup_days=21))
            wait_until(qtbot, lambda: Topic.SETTINGS in heard)
            assert Topic.COMPLAINTS not in heard and Topic.RESIDENTS not in heard
    finally:
        watch.stop()


def test_stops_cleanly(qtbot: QtBot, db: Database, back: Actor, recwarn: pytest.WarningsRecorder) -> None:
    tab, watch = _tab(qtbot, db, back)
    watch.stop()
    watch.stop()  # again at exit: nothing more
    assert not [t for t in threading.enumerate() if t.name == "puskesos-listen"]
    assert db.commit_guards == []
    watch.deleteLater()
    wait_for_jobs(qtbot)
    assert [str(w.message) for w in recwarn] == []


@pytest.mark.skipif(not PG_URL, reason="PostgreSQL only (PUSKESOS_TEST_PG)")
def test_listener_reconnects_after_the_server_drops_it(
    qtbot: QtBot, db: Database, other: Database, front: Actor, back: Actor
) -> None:
    tab, watch = _tab(qtbot, db, back)
    listener = watch.listener
    assert listener is not None
    try:
        before = listener.backend_pid
        with other.engine.connect() as conn:  # as a server restart does to every connection
            conn.exec_driver_sql(f"SELECT pg_terminate_backend({before})")
        wait_until(qtbot, lambda: listener.connected.is_set() and listener.backend_pid != before)
        wait_for_jobs(qtbot)
        h.complaint(other, front)
        wait_until(qtbot, lambda: tab.table.proxy.rowCount() == 1)
    finally:
        watch.stop()
    assert not listener.is_alive()
