"""Issue 21: on an office file in the usual state the sign-in dialog shows before SQLAlchemy and the models are
imported; the database opens on a worker while the person types, and a fault there takes the usual way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from puskesos_desktop.config import sqlite_url
from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.first_look import first_look
from puskesos_desktop.ui import app as ui_app
from puskesos_desktop.ui.dialogs.admin.login import LoginDialog
from tests.conftest import TEST_PASSWORD
from tests.helpers.driving import drive
from tests.helpers.jobs import wait_for_jobs

pytestmark = pytest.mark.sqlite_only  # the first look reads the SQLite file

# What the dialog must not wait for.
HEAVY = ("sqlalchemy", "puskesos_desktop.db.models", "argon2", "alembic", "reportlab", "openpyxl", "xlsxwriter",
         "python_calamine", "PIL")  # fmt: skip

PROBE = """
import json, os, sys
from puskesos_desktop.ui import app as ui_app
from puskesos_desktop.ui.dialogs.admin import login

def opening(self, open_db, parent):  # the dialog is built; the database is about to open on a worker
    heavy = [m for m in json.loads(sys.argv[2]) if m in sys.modules]
    print(json.dumps({"dialog": type(parent).__name__, "heavy": heavy}))
    sys.stdout.flush()
    os._exit(0)

login.Opening.__init__ = opening
ui_app.run_gui(sys.argv[1])
"""


def _closed(db: Database) -> Path:
    assert db.path is not None
    db.dispose()
    return db.path


def test_the_dialog_is_built_before_sqlalchemy_is_imported(db: Database) -> None:
    path = _closed(db)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PUSKESOS_BENCH_USER", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(path), json.dumps(HEAVY)],
        env=env, capture_output=True, text=True, timeout=120, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"dialog": "LoginDialog", "heavy": []}


def test_signing_in_while_the_database_opens(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _closed(db)
    look = first_look(path)
    assert look is not None

    def fill(d: LoginDialog) -> None:
        assert d.opening is not None and d.windowTitle()
        assert d.heading.text() == "Puskesos Sukamaju"
        d.username.setText("fo")
        d.password.setText(TEST_PASSWORD)
        d.accept()  # at once: the password is checked when the database is open
        assert d.checking
        wait_for_jobs(qtbot)

    opened = drive(monkeypatch, LoginDialog, fill)
    signed = ui_app._sign_in_while_opening(sqlite_url(path), look)
    assert len(opened) == 1 and opened[0].result() == QDialog.DialogCode.Accepted
    assert isinstance(signed, tuple)
    database, user = signed
    try:
        assert user.username == "fo" and database.path == path
    finally:
        database.dispose()


def test_a_database_that_fails_to_open_closes_the_dialog(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _closed(db)
    look = first_look(path)
    assert look is not None

    def refuse(_url: str) -> Database:
        raise PuskesosError("Database sedang dipulihkan.")

    monkeypatch.setattr(ui_app, "_open_for_sign_in", refuse)

    def fill(d: LoginDialog) -> None:
        wait_for_jobs(qtbot)

    drive(monkeypatch, LoginDialog, fill)
    signed = ui_app._sign_in_while_opening(sqlite_url(path), look)
    assert isinstance(signed, PuskesosError)  # run_gui then opens it the usual way, which says why not


def test_cancelled_sign_in(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _closed(db)
    look = first_look(path)
    assert look is not None
    opened = drive(monkeypatch, LoginDialog, lambda d: (wait_for_jobs(qtbot), d.reject()))
    assert ui_app._sign_in_while_opening(sqlite_url(path), look) is None
    assert opened[0].db is not None
    opened[0].db.dispose()
