"""A list that loads off the window's thread: covered by "Memuat…" while it loads, the latest request wins, and an
answer for a widget already gone is dropped."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QListWidget, QWidget
from pytestqt.qtbot import QtBot

from puskesos_desktop.ui.widgets.loading import ListLoader
from tests.helpers.jobs import wait_for_jobs, wait_until


def test_the_overlay_covers_the_list_while_it_loads_and_the_latest_request_wins(qtbot: QtBot) -> None:
    owner = QWidget()
    listing = QListWidget(owner)
    qtbot.addWidget(owner)
    owner.show()
    loader = ListLoader(owner, listing, "uji")
    gate = threading.Event()
    shown: list[str] = []
    threads: list[bool] = []

    def slow() -> str:
        gate.wait(5)
        return "lama"

    def fast() -> str:
        return "baru"

    def done(answer: str) -> None:
        threads.append(threading.current_thread() is threading.main_thread())
        shown.append(answer)

    loader.load(slow, done)
    assert loader.loading and loader.overlay is not None and loader.overlay.isVisible()
    assert loader.overlay.geometry() == listing.rect()
    loader.load(fast, done)  # the filter changed again before the first answer came
    wait_until(qtbot, lambda: shown == ["baru"])
    gate.set()
    wait_for_jobs(qtbot)
    assert shown == ["baru"] and threads == [True]  # the older answer is never shown
    assert not loader.loading and not loader.overlay.isVisible()


def test_a_failure_goes_to_its_handler_and_a_deleted_owner_gets_nothing(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    loader = ListLoader(owner, None, "uji")  # no list to cover: a filter's choices
    failed: list[str] = []

    def broken() -> str:
        raise OSError("disk")

    loader.load(broken, lambda _r: None, lambda exc: failed.append(str(exc)))
    wait_for_jobs(qtbot)
    assert failed == ["disk"] and not loader.loading
    gone = QWidget()
    late = ListLoader(gone, None, "uji")
    answers: list[str] = []
    deleted = threading.Event()

    def after_delete() -> str:
        deleted.wait(5)  # the answer must come after the owner is gone, not race its deferred delete
        return "x"

    gone.destroyed.connect(lambda *_: deleted.set())
    late.load(after_delete, answers.append)
    gone.deleteLater()
    wait_until(qtbot, deleted.is_set)
    wait_for_jobs(qtbot)
    assert answers == []
