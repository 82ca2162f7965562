"""`puskesos user add | edit | disable | enable | reset-password | list`, each in the trail as the command line."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import auth, users
from puskesos_desktop.services.context import Actor
from tests.cli.processes import run_puskesos


def test_user_commands_and_the_cli_in_the_trail(
    db: Database, db_path: Path, coordinator: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["user", "add", "nur", "--db", str(db_path), "--name", "Nur Aini", "--role", "fasilitator",
                 "--password", "Lapangan-2026"]) == 0  # fmt: skip
    assert auth.authenticate(db, "nur", "Lapangan-2026").role.value == "fasilitator"
    assert main(["user", "disable", "nur", "--db", str(db_path)]) == 0
    assert not users.get_user(db, "nur").active
    assert main(["user", "enable", "nur", "--db", str(db_path)]) == 0
    assert main(["user", "edit", "nur", "--db", str(db_path), "--role", "front_office"]) == 0
    # The lost coordinator password, through stdin (no terminal): a temporary password, changed at next login.
    done = run_puskesos("user", "reset-password", "koordinator", "--db", str(db_path), stdin="Sementara-2026\n")
    assert done.returncode == 0, done.stderr
    assert auth.authenticate(db, "koordinator", "Sementara-2026").must_change_password
    capsys.readouterr()
    assert main(["user", "list", "--db", str(db_path), "--json"]) == 0
    listed = {u["username"]: u for u in json.loads(capsys.readouterr().out)}
    assert listed["nur"]["role"] == "front_office" and listed["koordinator"]["must_change_password"]
    assert main(["user", "disable", "tidak.ada", "--db", str(db_path)]) == 1
    entries = audit.query(db, coordinator, audit.AuditFilter(action="user."))
    cli_entries = [e for e in entries if e.actor.startswith("cli:")]
    assert {e.action for e in cli_entries} >= {"user.create", "user.disable", "user.enable", "user.reset_password"}
    assert all(e.actor == f"cli:{getpass.getuser()}" for e in cli_entries)
