"""The benchmark's non-interactive sign-in in ui.app.start (PUSKESOS_BENCH_USER / PUSKESOS_BENCH_PASSWORD)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from puskesos_desktop.core.errors import AuthError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry
from puskesos_desktop.ui import app
from puskesos_desktop.ui.dialogs.admin.login import LoginDialog
from tests.conftest import TEST_PASSWORD


def test_signs_in_without_the_dialog(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dialog(self: QDialog) -> int:
        raise AssertionError("the login dialog must not open")

    monkeypatch.setattr(LoginDialog, "exec", no_dialog)
    monkeypatch.setenv("PUSKESOS_BENCH_USER", "fo")
    monkeypatch.setenv("PUSKESOS_BENCH_PASSWORD", TEST_PASSWORD)
    window = app.start(db, start_timers=False)
    assert window is not None
    qtbot.addWidget(window)
    assert window.ctx.actor.username == "fo"  # type: ignore[attr-defined]
    # Read once and gone: nothing else in the process sees the password.
    assert "PUSKESOS_BENCH_PASSWORD" not in os.environ and "PUSKESOS_BENCH_USER" not in os.environ
    with db.read() as s:  # the same audit entry as a sign-in through the dialog
        assert s.execute(select(AuditEntry.id).where(AuditEntry.action == "login")).first() is not None


def test_a_wrong_password_is_refused(qapp: object, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    # qapp: start() installs the translators, which need the application (alone in a worker, no test made it yet)
    monkeypatch.setenv("PUSKESOS_BENCH_USER", "fo")
    monkeypatch.setenv("PUSKESOS_BENCH_PASSWORD", "salah-sekali")
    with pytest.raises(AuthError):
        app.start(db, start_timers=False)
    assert "PUSKESOS_BENCH_PASSWORD" not in os.environ
