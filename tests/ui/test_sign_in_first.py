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


# What the main window's first paint must not wait for (issue 21 §1: printing and spreadsheets on first use; the later
# tabs on first showing). Not PIL: core/evidence.py imports it, on the worker while the person types.
HEAVY_AT_WINDOW = ("reportlab", "openpyxl", "xlsxwriter", "python_calamine", "PySide6.QtCharts",
                   "puskesos_desktop.ui.tabs.back_office", "puskesos_desktop.ui.tabs.reports",
                   "puskesos_desktop.ui.tabs.settings")  # fmt: skip

TYPED = """
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from puskesos_desktop.ui import app as ui_app

seen = {}
make_warmer = ui_app.WindowWarmer.__init__

def warmer(self, dialog):  # the person types once the warm-up is done, then presses Enter
    make_warmer(self, dialog)

    started = time.monotonic()

    def typing():  # a warm-up that never ends fails the test below, not its timeout
        if not self.frozen and time.monotonic() - started < 60:
            QTimer.singleShot(20, typing)
            return
        seen["left_at_enter"] = [m for m in ui_app.WINDOW_MODULES + ui_app.WINDOW_QT_FREE_MODULES
                                 if m not in sys.modules]
        dialog.username.setText("fo")
        dialog.password.setText(sys.argv[2])
        dialog.accept()

    QTimer.singleShot(20, typing)

ui_app.WindowWarmer.__init__ = warmer
make_window = ui_app.main_window

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "heavy" not in seen:
            seen["heavy"] = [m for m in json.loads(sys.argv[3]) if m in sys.modules]
            print(json.dumps(seen))
            sys.stdout.flush()
            os._exit(0)
        return False

def window(db, user, **kwargs):
    seen["window_imported"] = [m for m in ui_app.WINDOW_MODULES if m not in sys.modules]
    made = make_window(db, user, **kwargs)
    made.installEventFilter(FirstPaint(made))
    return made

ui_app.main_window = window
ui_app.run_gui(sys.argv[1])
"""


def test_the_window_modules_load_while_the_person_types_and_the_heavy_ones_wait(db: Database) -> None:
    """The sign-in dialog's WindowWarmer imports the window's modules before Enter (the window then only builds
    itself), and the window's first paint happens without printing, spreadsheets or the later tabs."""
    path = _closed(db)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PUSKESOS_BENCH_USER", None)
    done = subprocess.run(
        [sys.executable, "-c", TYPED, str(path), TEST_PASSWORD, json.dumps(HEAVY_AT_WINDOW)],
        env=env, capture_output=True, text=True, timeout=120, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"left_at_enter": [], "window_imported": [], "heavy": []}


STEPS = """
import importlib, json, sys
from puskesos_desktop.ui import app as ui_app
import puskesos_desktop.services.bootstrap  # as _open_for_sign_in does
for module in ui_app.SIGN_IN_MODULES:
    importlib.import_module(module)
before = set(sys.modules)
ui_app.import_all(ui_app.WINDOW_QT_FREE_MODULES)
qt_free = sorted(m for m in set(sys.modules) - before if m.startswith(("PySide6", "shiboken6", "puskesos_desktop.ui")))
ui_app.make_application()
from puskesos_desktop.ui.dialogs.admin import login
steps = {}
for module in ui_app.WINDOW_MODULES:
    before = set(sys.modules)
    importlib.import_module(module)
    steps[module] = sorted(m for m in set(sys.modules) - before
                           if m.startswith("puskesos_desktop.") and m != module and not module.startswith(m + "."))
before = set(sys.modules)
from puskesos_desktop.ui import context, main_window, session, change_watch
print(json.dumps({"qt_free_importing_qt": qt_free, "steps": steps,
                  "left": sorted(m for m in set(sys.modules) - before
                                 if m.startswith(("puskesos_desktop.", "PySide6.")))}))
"""


def test_the_warm_up_lists_cover_the_window_one_short_step_at_a_time() -> None:
    """WINDOW_MODULES holds every module the window imports beyond the sign-in's, each after what it imports (one
    module per turn of the event loop: a keystroke never waits for a whole tree); WINDOW_QT_FREE_MODULES (imported by
    a job) import no Qt. In a fresh interpreter: this process has imported everything already."""
    from puskesos_desktop.ui import app as ui_app

    done = subprocess.run(
        [sys.executable, "-c", STEPS], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=120, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["qt_free_importing_qt"] == []
    assert seen["left"] == [], "add these to ui/app.py WINDOW_MODULES or WINDOW_QT_FREE_MODULES"
    assert {m: s for m, s in seen["steps"].items() if s} == {}, "list what these import before them"
    assert len(set(ui_app.WINDOW_MODULES)) == len(ui_app.WINDOW_MODULES)
