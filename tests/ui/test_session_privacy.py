"""Issue 14: a session keeps no right the account lost (14.5), and switching user or locking leaves nothing of the
previous person's work on screen (14.2)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QVBoxLayout
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.front.resident_page import ResidentPageDialog
from puskesos_desktop.ui.errors import attempt
from puskesos_desktop.ui.main_window import MainWindow
from puskesos_desktop.ui.session import SessionController
from puskesos_desktop.ui.tabs.front_office import FrontOfficeTab
from tests.conftest import TEST_PASSWORD
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.services.fo_data import resident


@pytest.fixture
def session(qtbot: QtBot, db: Database, front: Actor) -> Iterator[tuple[SessionController, MainWindow]]:
    ctx = AppContext(db, front)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    controller = SessionController(ctx, window, clock=lambda: 1000.0, start_timers=False)
    yield controller, window
    if controller.lock_screen is not None:
        controller.lock_screen.release()
        controller.lock_screen.deleteLater()
    controller.stop_watching()
    QApplication.processEvents()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


def test_disabled_while_signed_in_is_refused_and_signed_out(
    session: tuple[SessionController, MainWindow], db: Database, coordinator: Actor, warnings: list[str]
) -> None:
    controller, window = session
    ctx = controller.ctx
    rid = resident(db, ctx.actor, "Siti Aminah", "6201025205900001", "6201021205900002")
    users.set_active(db, coordinator, "fo", False)
    done = attempt(
        window, lambda: complaints.register_complaint(db, ctx.actor, complaints.ComplaintInput(rid, "Sosial", "Uji"))
    )
    assert done is None and warnings and "dinonaktifkan" in warnings[-1]
    screen = controller.lock_screen
    assert controller.is_locked and screen is not None and screen.switch_mode  # someone must sign in anew
    assert not window.centralWidget().isVisible()
    with db.read() as s:
        last = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
    assert (last.action, json.loads(last.details)) == ("screen.lock", {"reason": "revoked"})
    assert complaints.recent(db, None, 10) == []


def _front_office(window: MainWindow) -> FrontOfficeTab:
    tab = window.tab_pages[0]
    assert isinstance(tab, FrontOfficeTab)
    return tab


def _searched(qtbot: QtBot, tab: FrontOfficeTab, text: str) -> None:
    tab.search_box.setText(text)
    tab.start_search(text)
    wait_until(qtbot, lambda: tab.results.source.rowCount() > 0)


def test_switching_user_leaves_nothing_of_the_previous_clerk_on_screen(
    session: tuple[SessionController, MainWindow], db: Database, qtbot: QtBot
) -> None:
    controller, window = session
    ctx = controller.ctx
    rid = resident(db, ctx.actor, "Siti Aminah", "6201025205900001", "6201021205900002")
    tab = _front_office(window)
    _searched(qtbot, tab, "Siti Aminah")
    page = ResidentPageDialog(ctx, rid, window)
    page.show()
    wait_for_jobs(qtbot)  # the page is read on a worker
    form = QDialog(window)
    form.setLayout(QVBoxLayout())
    form.layout().addWidget(QLineEdit("Rumah Siti Aminah bocor"))
    form.show()
    window.switch_user_requested.emit()
    # Already behind the lock screen: the search, its results and the view of the resident are gone.
    assert tab.search_box.text() == "" and tab.results.source.rowCount() == 0
    assert not page.isVisible()
    assert form.isVisible()  # covered until we know who signs in
    screen = controller.lock_screen
    assert screen is not None
    screen.username.setText("bo")
    screen.password.setText(TEST_PASSWORD)
    screen.submit()
    assert ctx.actor.username == "bo" and not controller.is_locked
    assert not form.isVisible()
    assert tab.search_box.text() == "" and tab.results.source.rowCount() == 0
    texts = [w.text() for w in window.findChildren(QLineEdit) if w.isVisible()]
    assert not [t for t in texts if "Siti" in t or "6201025205900001" in t]


def test_locking_clears_the_search_and_the_same_user_gets_the_lists_back(
    session: tuple[SessionController, MainWindow], db: Database, qtbot: QtBot
) -> None:
    controller, window = session
    ctx = controller.ctx
    rid = resident(db, ctx.actor, "Siti Aminah", "6201025205900001", "6201021205900002")
    complaints.register_complaint(db, ctx.actor, complaints.ComplaintInput(rid, "Sosial", "Rumah bocor"))
    tab = _front_office(window)
    tab.refresh()
    wait_for_jobs(qtbot)
    assert tab.recent.source.rowCount() == 1
    _searched(qtbot, tab, "Siti")
    window.action_lock.trigger()
    assert tab.search_box.text() == "" and tab.results.source.rowCount() == 0 and tab.recent.source.rowCount() == 0
    wait_for_jobs(qtbot)  # a search that was still running lands nowhere (its job was cancelled at the lock)
    assert tab.results.source.rowCount() == 0
    screen = controller.lock_screen
    assert screen is not None
    screen.password.setText(TEST_PASSWORD)
    screen.submit()
    assert not controller.is_locked
    wait_until(qtbot, lambda: tab.recent.source.rowCount() == 1)  # reloaded for whoever unlocked


def test_a_tab_reloading_for_a_disabled_account_signs_out(
    session: tuple[SessionController, MainWindow], db: Database, coordinator: Actor, warnings: list[str], qtbot: QtBot
) -> None:
    controller, window = session
    users.set_active(db, coordinator, "fo", False)
    controller.ctx.changed("complaints")  # the front office tab reloads its lists: a read, refused now
    wait_until(qtbot, lambda: bool(warnings))
    assert warnings and "dinonaktifkan" in warnings[-1]
    assert controller.is_locked and controller.lock_screen is not None and controller.lock_screen.switch_mode
