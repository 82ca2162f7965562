"""Idle lock, Ctrl+L, the lock screen hiding everything, switch user, and the program's own backups."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry
from puskesos_desktop.services import office
from puskesos_desktop.services.admin import backup
from puskesos_desktop.services.context import SYSTEM, Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.main_window import MainWindow
from puskesos_desktop.ui.session import Cover, SessionController
from tests.conftest import TEST_PASSWORD
from tests.helpers.jobs import wait_for_jobs, wait_until


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def session(qtbot: QtBot, db: Database, front: Actor) -> Iterator[tuple[SessionController, MainWindow, FakeClock]]:
    clock = FakeClock()
    ctx = AppContext(db, front)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    controller = SessionController(ctx, window, clock=clock, start_timers=False)  # before it shows, as the program
    window.show()
    yield controller, window, clock
    if controller.lock_screen is not None:
        controller.lock_screen.release()
        controller.lock_screen.deleteLater()
    controller.stop_watching()
    QApplication.processEvents()


def _trail(db: Database) -> list[tuple[str, str, dict[str, object]]]:
    with db.read() as s:
        return [
            (e.action, e.actor, json.loads(e.details))
            for e in s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()
        ]


def _open_dialog(window: MainWindow) -> QDialog:
    d = QDialog(window)
    layout = QVBoxLayout(d)
    layout.addWidget(QLabel("NIK 6201025205900001 Siti Aminah"))
    layout.addWidget(QLineEdit("catatan"))
    d.show()
    return d


def test_ctrl_l_hides_everything_and_only_the_password_opens(
    session: tuple[SessionController, MainWindow, FakeClock], db: Database
) -> None:
    controller, window, _ = session
    dialog = _open_dialog(window)
    window.action_lock.trigger()  # Ctrl+L
    screen = controller.lock_screen
    assert screen is not None and screen.isVisible() and screen.isFullScreen()
    assert not window.centralWidget().isVisible() and not window.menuBar().isEnabled()
    covers = dialog.findChildren(Cover)
    assert covers and covers[0].isVisible() and covers[0].geometry() == dialog.rect()
    # The lock screen shows no personal data: only the office, who locked it, and the password field.
    texts = " ".join(label.text() for label in screen.findChildren(QLabel))
    assert "Sukamaju" in texts and "Dewi Lestari" in texts and "Siti" not in texts and "6201" not in texts
    assert not screen.username.isVisible()
    # Escape and Alt+F4 do not open it.
    screen.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
    close = QCloseEvent()
    screen.closeEvent(close)
    assert not close.isAccepted() and controller.is_locked
    screen.password.setText("salah-sekali-1")
    screen.submit()
    assert controller.is_locked and "salah" in screen.error.text()
    screen.password.setText(TEST_PASSWORD)
    screen.submit()
    assert not controller.is_locked
    assert window.centralWidget().isVisible() and window.menuBar().isEnabled()
    assert dialog.isVisible() and not [c for c in dialog.findChildren(Cover) if c.isVisible()]
    actions = [(a, d) for a, _, d in _trail(db)][-3:]
    assert actions == [
        ("screen.lock", {"reason": "manual"}),
        ("unlock.failed", {"reason": "password", "attempt": 1}),
        ("unlock", {}),
    ]


def test_idle_minutes_lock_the_screen(
    session: tuple[SessionController, MainWindow, FakeClock], db: Database, coordinator: Actor, qtbot: QtBot
) -> None:
    controller, window, clock = session
    assert controller.minutes == 10  # the default
    office.update_settings(db, coordinator, lambda st: dataclasses.replace(st, idle_lock_minutes=2))
    controller.ctx.changed("settings")
    assert controller.minutes == 2
    clock.t += 119
    assert not controller.check_idle()
    # A key press anywhere counts as activity: it arrives at the window from the system before any widget sees it.
    handle = window.windowHandle()
    assert handle is not None
    QApplication.sendEvent(handle, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier))
    clock.t += 60
    assert not controller.check_idle()
    # ...in a dialog too, once it has had the focus.
    dialog = _open_dialog(window)
    dialog.activateWindow()
    dialog_handle = dialog.windowHandle()
    assert dialog_handle is not None
    wait_until(qtbot, lambda: QGuiApplication.focusWindow() is dialog_handle)
    clock.t += 60
    QApplication.sendEvent(dialog_handle, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier))
    clock.t += 119
    assert not controller.check_idle()
    dialog.close()
    clock.t += 2
    assert controller.check_idle() and controller.is_locked
    assert _trail(db)[-1][:1] == ("screen.lock",) and _trail(db)[-1][2] == {"reason": "idle"}


def test_switch_user_without_closing(session: tuple[SessionController, MainWindow, FakeClock], db: Database) -> None:
    controller, window, _ = session
    dialog = _open_dialog(window)
    window.switch_user_requested.emit()
    screen = controller.lock_screen
    assert screen is not None and screen.switch_mode and screen.username.isVisible()
    screen.username.setText("bo")
    screen.password.setText(TEST_PASSWORD)
    screen.submit()
    assert not controller.is_locked
    assert controller.ctx.actor.username == "bo" and "Budi Santoso" in window.status_user.text()
    assert not dialog.isVisible()  # the previous user's open form is closed
    trail = [(a, actor) for a, actor, _ in _trail(db)][-3:]
    assert trail == [("screen.lock", "fo"), ("login", "bo"), ("logout", "fo")]


def test_going_back_from_switch_mode_unlocks_as_the_same_user(
    session: tuple[SessionController, MainWindow, FakeClock],
) -> None:
    controller, _window, _ = session
    screen = controller.lock("manual", switch=True)
    assert screen is not None
    screen.switch_button.click()  # "Kembali"
    assert not screen.switch_mode
    screen.password.setText(TEST_PASSWORD)
    screen.submit()
    assert controller.ctx.actor.username == "fo" and not controller.is_locked


# Backups are SQLite-only until PostgreSQL backups (issue 15, item 6).
@pytest.mark.sqlite_only
def test_backups_daily_in_the_background_and_at_close(
    qtbot: QtBot, session: tuple[SessionController, MainWindow, FakeClock], db: Database
) -> None:
    controller, window, _ = session
    finished: list[object] = []
    controller.backup_finished.connect(finished.append)
    controller.backup_daily()
    wait_for_jobs(qtbot)
    assert len(finished) == 1 and finished[0] is not None
    assert "Cadangan harian tersimpan" in window.statusBar().currentMessage()
    controller.backup_daily()
    wait_for_jobs(qtbot)
    assert finished[1:] == [None]  # once a day
    closing = controller.shutdown()
    assert closing is not None and closing.path.exists()
    assert len(backup.list_backups(db)) == 1  # same day: rotation keeps the newest
    actions = [(a, actor, d.get("reason")) for a, actor, d in _trail(db)]
    assert ("backup.auto", SYSTEM.username, "close") in actions and actions[-1] == ("logout", "fo", "close")
    assert controller.shutdown() is None  # once


def test_wrong_old_passwords_that_lock_the_account_lock_the_screen(
    session: tuple[SessionController, MainWindow, FakeClock], db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from puskesos_desktop.ui.dialogs.admin.change_password import ChangePasswordDialog

    controller, window, _ = session
    tries: list[int] = []

    def guessing(d: ChangePasswordDialog) -> int:
        for _ in range(10):  # someone at the open session guesses the old password
            d.old.setText(f"tebakan-{len(tries)}")
            d.new.setText("Sandi-Baru-2026")
            d.again.setText("Sandi-Baru-2026")
            tries.append(1)
            d.accept()
            if d.locked_out:
                break
        return d.result()

    monkeypatch.setattr(ChangePasswordDialog, "exec", guessing)
    controller.action_password.trigger()
    screen = controller.lock_screen
    assert screen is not None and screen.isVisible()  # before: the session went on under a locked account
    assert not window.centralWidget().isVisible()
    assert "dikunci" in screen.error.text()
    assert len(tries) == 5
    assert ("screen.lock", controller.ctx.actor.username, {"reason": "password.locked"}) in [
        (a, who, d) for a, who, d in _trail(db)
    ]
