"""Sign-in: refusals, the password checked off the window's thread, the forced change after a reset, the demo
accounts."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import auth, setup, users
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.dialogs.admin.change_password import ChangePasswordDialog
from puskesos_desktop.ui.dialogs.admin.login import LoginDialog
from tests.conftest import TEST_PASSWORD
from tests.helpers.driving import drive
from tests.helpers.jobs import wait_for_jobs


def test_login_refuses_then_accepts(qtbot: QtBot, db: Database) -> None:
    dialog = LoginDialog(db, "Sukamaju")
    qtbot.addWidget(dialog)
    dialog.username.setText("fo")
    dialog.password.setText("salah-sekali")
    dialog.accept()
    wait_for_jobs(qtbot)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == auth.WRONG and dialog.password.text() == ""
    dialog.password.setText(TEST_PASSWORD)
    dialog.accept()
    wait_for_jobs(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.user is not None
    assert dialog.user.username == "fo"


def test_the_password_is_checked_off_the_ui_thread(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 21: argon2 takes up to ~2 s on an office PC; the dialog says it is checking and keeps painting."""
    threads: list[bool] = []
    check = auth.authenticate

    def watched(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return check(*args, **kwargs)

    monkeypatch.setattr(auth, "authenticate", watched)
    dialog = LoginDialog(db, "Sukamaju", username="fo")
    qtbot.addWidget(dialog)
    dialog.password.setText(TEST_PASSWORD)
    dialog.accept()
    assert dialog.checking and not dialog.password.isEnabled() and not dialog.buttons.isEnabled()
    assert dialog.error.text() == "Memeriksa kata sandi…"
    assert QApplication.overrideCursor() is not None  # the busy cursor while it checks (issue 17 item 14)
    dialog.accept()  # Enter pressed again meanwhile: one check only
    wait_for_jobs(qtbot)
    assert threads == [False]
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.user is not None
    assert not dialog.checking and dialog.password.isEnabled() and QApplication.overrideCursor() is None


def test_reset_password_must_be_changed_at_login(
    qtbot: QtBot, db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    users.reset_password(db, coordinator, "fo", "Sementara-2026")

    def fill(d: ChangePasswordDialog) -> None:
        assert d.forced
        d.old.setText("Sementara-2026")
        d.new.setText("Milik-Dewi-77")
        d.again.setText("Milik-Dewi-77")
        d.accept()

    opened = drive(monkeypatch, ChangePasswordDialog, fill)
    dialog = LoginDialog(db, "Sukamaju", username="fo")
    qtbot.addWidget(dialog)
    dialog.password.setText("Sementara-2026")
    dialog.accept()
    wait_for_jobs(qtbot)
    assert len(opened) == 1 and dialog.user is not None and not dialog.user.must_change_password
    assert auth.authenticate(db, "fo", "Milik-Dewi-77").username == "fo"


def test_cancelled_forced_change_keeps_the_door_shut(
    qtbot: QtBot, db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    users.reset_password(db, coordinator, "fo", "Sementara-2026")
    drive(monkeypatch, ChangePasswordDialog, lambda d: d.reject())
    dialog = LoginDialog(db, "Sukamaju", username="fo")
    qtbot.addWidget(dialog)
    dialog.password.setText("Sementara-2026")
    dialog.accept()
    wait_for_jobs(qtbot)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.user is None
    assert "harus diganti" in dialog.error.text()


def test_demo_accounts_sign_in(qtbot: QtBot, small_demo: Database) -> None:
    from puskesos_desktop.devtools import demo

    assert not setup.needs_setup(small_demo)  # a demo database opens at the sign-in, not the wizard
    for username, _name, role in demo.DEMO_ACCOUNTS:
        dialog = LoginDialog(small_demo, "Sukamaju")
        qtbot.addWidget(dialog)
        dialog.username.setText(username)
        dialog.password.setText(demo.DEMO_PASSWORD)
        dialog.accept()
        wait_for_jobs(qtbot)
        assert dialog.user is not None and dialog.user.role == role, dialog.error.text()
