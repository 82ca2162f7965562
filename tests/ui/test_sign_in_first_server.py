"""Issue 15 §10: on an office server this PC signed in to before, the sign-in dialog shows before psycopg and
SQLAlchemy are imported (the village's name as seen last time); the server is reached on a worker while the person
types, and a server that is away is asked about at once — the one question, no second wait."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from puskesos_desktop.config import data_dir
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.first_look import FirstLook, remember_server_look, server_look
from puskesos_desktop.ui import app as ui_app
from puskesos_desktop.ui.dialogs.admin.login import LoginDialog
from tests.conftest import TEST_PASSWORD
from tests.helpers.driving import drive
from tests.helpers.jobs import wait_for_jobs
from tests.ui.dialogs.admin.test_server_connection import PASSWORD, Answers, click, closed_port, quiet_start

__all__ = ["quiet_start"]  # the fixture, shared

HEAVY = ("sqlalchemy", "psycopg", "puskesos_desktop.db.models", "argon2", "alembic")

PROBE = """
import json, sys
from puskesos_desktop.ui import app as ui_app
from puskesos_desktop.ui.dialogs.admin import login

def opening(self, open_db, parent):  # the dialog is built; the server is about to be reached on a worker
    heavy = [m for m in json.loads(sys.argv[2]) if m in sys.modules]
    print(json.dumps({"dialog": type(parent).__name__, "heading": parent.heading.text(), "heavy": heavy}))
    sys.stdout.flush()
    import os
    os._exit(0)

login.Opening.__init__ = opening
ui_app.run_gui(sys.argv[1])
"""


def away_url() -> str:
    return f"postgresql+psycopg://puskesos:{PASSWORD}@127.0.0.1:{closed_port()}/puskesos"


def test_the_dialog_is_built_before_psycopg_and_sqlalchemy_are_imported(tmp_path: Path) -> None:
    url = away_url()
    remember_server_look(url, data_dir(), FirstLook("Sukamaju", "id"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PUSKESOS_BENCH_USER", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, url, json.dumps(HEAVY)],
        env=env, capture_output=True, text=True, timeout=120, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"dialog": "LoginDialog", "heading": "Puskesos Sukamaju", "heavy": []}


def test_what_is_kept_of_a_server_names_it_without_its_password() -> None:
    url = away_url()
    assert server_look(url, data_dir()) is None  # never signed in there from this PC
    remember_server_look(url, data_dir(), FirstLook("Sukamaju", "en"))
    kept = (data_dir() / "server-look.json").read_text(encoding="utf-8")
    assert PASSWORD not in kept and "puskesos@127.0.0.1:" in kept
    assert server_look(url.replace(PASSWORD, "lain"), data_dir()) == FirstLook("Sukamaju", "en")
    assert server_look(url.replace("/puskesos", "/kantor_lain"), data_dir()) is None  # another database
    assert server_look("sqlite:///x.sqlite3", data_dir()) is None
    (data_dir() / "server-look.json").write_text("{rusak", encoding="utf-8")
    assert server_look(url, data_dir()) is None


def test_a_server_that_went_away_is_asked_about_at_once(
    qtbot: QtBot, quiet_start: list[Database], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = away_url()
    remember_server_look(url, data_dir(), FirstLook("Sukamaju", "id"))
    waited: list[str] = []
    real_wait = ui_app._open_waiting
    monkeypatch.setattr(ui_app, "_open_waiting", lambda u: (waited.append(u), real_wait(u))[1])

    def typing(d: LoginDialog) -> None:
        assert d.heading.text() == "Puskesos Sukamaju"
        wait_for_jobs(qtbot)  # the worker's connection fails: the dialog closes itself

    shown = drive(monkeypatch, LoginDialog, typing)
    answers = Answers([click("&Keluar")])
    assert ui_app.run_gui(url) == 1
    assert len(shown) == 1 and shown[0].result() == QDialog.DialogCode.Rejected
    assert len(answers.boxes) == 1 and "tidak dapat dihubungi" in answers.boxes[0][0]
    assert waited == []  # asked at once, not after a second attempt
    err = capsys.readouterr().err
    assert err.count("Galat:") == 1 and "Traceback" not in err and PASSWORD not in err
    assert quiet_start == []


def test_signing_in_on_a_server_while_it_is_reached(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not db.is_postgresql:
        pytest.skip("an office server")
    url = db.url
    db.dispose()
    remember_server_look(url, data_dir(), FirstLook("Nama lama", "id"))
    look = server_look(url, data_dir())
    assert look is not None

    def fill(d: LoginDialog) -> None:
        assert d.opening is not None and d.heading.text() == "Puskesos Nama lama"
        d.username.setText("fo")
        d.password.setText(TEST_PASSWORD)
        d.accept()  # at once: the password is checked once the server answered
        wait_for_jobs(qtbot)

    opened = drive(monkeypatch, LoginDialog, fill)
    signed = ui_app._sign_in_while_opening(url, look)
    assert len(opened) == 1 and opened[0].result() == QDialog.DialogCode.Accepted
    assert isinstance(signed, tuple)
    database, user = signed
    try:
        assert user.username == "fo" and database.url == url
        assert server_look(url, data_dir()) == FirstLook("Sukamaju", "id")  # the next start shows today's name
    finally:
        database.dispose()
