"""The lock screen on its own: only the password of the person who locked it opens it; "Ganti pengguna" lets
someone else sign in (a reset password must be changed first); Escape and Alt+F4 never open it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.admin.users import UserInfo
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.dialogs.admin.change_password import ChangePasswordDialog
from puskesos_desktop.ui.dialogs.admin.lock_screen import LockScreen
from tests.conftest import TEST_PASSWORD
from tests.helpers.driving import drive


def _screen(
    qtbot: QtBot, db: Database, actor: Actor, switch: bool = False
) -> tuple[LockScreen, list[tuple[UserInfo, bool]]]:
    screen = LockScreen(db, actor, "Sukamaju", switch=switch)
    qtbot.addWidget(screen)
    opened: list[tuple[UserInfo, bool]] = []
    screen.unlocked.connect(lambda user, switched: opened.append((user, switched)))
    return screen, opened


def _escape(screen: LockScreen) -> None:
    screen.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))


def test_only_the_same_persons_password_opens_it(qtbot: QtBot, db: Database, front: Actor) -> None:
    screen, opened = _screen(qtbot, db, front)
    screen.show()
    assert screen.office.text() == "Puskesos Sukamaju" and screen.state.text() == "Layar terkunci"
    assert "Dewi Lestari (fo)" in screen.who.text() and not screen.username.isVisible()
    screen.password.setText("salah-sekali-1")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert not opened and "salah" in screen.error.text() and screen.password.text() == ""
    screen.password.setText(TEST_PASSWORD)
    screen.unlock_button.click()
    assert [(u.username, switched) for u, switched in opened] == [("fo", False)]
    assert screen.password.text() == ""  # the password is not kept on the screen


def test_escape_and_alt_f4_do_not_open_it_only_release_closes_it(qtbot: QtBot, db: Database, front: Actor) -> None:
    screen, opened = _screen(qtbot, db, front)
    screen.show()
    _escape(screen)
    close = QCloseEvent()
    screen.closeEvent(close)
    assert not close.isAccepted() and screen.isVisible() and not opened
    screen.release()
    assert not screen.isVisible()


def test_someone_else_signs_in_through_ganti_pengguna(qtbot: QtBot, db: Database, front: Actor) -> None:
    screen, opened = _screen(qtbot, db, front)
    screen.show()
    screen.password.setText("setengah")
    screen.switch_button.click()
    # Switching clears what was typed and asks for a user name too.
    assert screen.switch_mode and screen.username.isVisible() and screen.password.text() == ""
    assert screen.state.text() == "Ganti pengguna" and screen.switch_button.text() == "&Kembali"
    screen.password.setText(TEST_PASSWORD)
    screen.submit()
    assert not opened and screen.error.text() == "Ketik nama pengguna."
    screen.username.setText("bo")
    screen.password.setText(TEST_PASSWORD)
    screen.submit()
    assert [(u.username, switched) for u, switched in opened] == [("bo", True)]
    # Escape goes back to the locked person's password, the other name forgotten.
    _escape(screen)
    assert not screen.switch_mode and screen.username.text() == "" and screen.state.text() == "Layar terkunci"


def test_a_reset_password_must_be_changed_before_someone_else_signs_in(
    qtbot: QtBot, db: Database, front: Actor, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    users.reset_password(db, coordinator, "bo", "Sementara-2026")
    asked = drive(monkeypatch, ChangePasswordDialog, lambda d: d.reject())
    screen, opened = _screen(qtbot, db, front, switch=True)
    screen.username.setText("bo")
    screen.password.setText("Sementara-2026")
    screen.submit()
    assert len(asked) == 1 and not opened
    assert screen.error.text() == "Kata sandi harus diganti sebelum masuk."
