"""The administrator's commands: backup, restore, audit, user, soak."""

from __future__ import annotations

import getpass
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import auth, users
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "puskesos_desktop", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        return [r[0] for r in conn.execute("SELECT name FROM residents ORDER BY id")]
    finally:
        conn.close()


def _add(db: Database, actor: Actor, name: str) -> None:
    residents.create_resident(db, actor, residents.ResidentInput(name=name, sex="L", no_nik_reason="belum punya"))


def test_backup_and_restore_round_trip(
    db: Database, front: Actor, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(db, front, "Sebelum")
    out = tmp_path / "usb" / "cadangan.bak"
    assert main(["backup", "--db", str(db_path), "--out", str(out), "--password", "Sandi-cadangan-1", "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["encrypted"] and made["file"] == str(out)
    _add(db, front, "Sesudah")
    assert main(["restore", str(out), "--db", str(db_path), "--yes", "--password", "salah-sandi-9"]) == 1
    assert "Kata sandi salah" in capsys.readouterr().err
    assert _names(db_path) == ["Sebelum", "Sesudah"]
    assert main(["restore", str(out), "--db", str(db_path), "--yes", "--password", "Sandi-cadangan-1", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert _names(db_path) == ["Sebelum"]
    aside = Path(result["previous_database"])
    assert _names(aside) == ["Sebelum", "Sesudah"]
    # Undo: restore the copy that was set aside.
    assert main(["restore", str(aside), "--db", str(db_path), "--yes"]) == 0
    printed = capsys.readouterr().out
    assert "Database sebelumnya disimpan di" in printed and "Untuk membatalkan" in printed
    assert _names(db_path) == ["Sebelum", "Sesudah"]


def test_restore_without_a_terminal_needs_yes(db: Database, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.sqlite3"
    assert main(["backup", "--db", str(db_path), "--out", str(out)]) == 0
    before = audit.verify(db).checked
    done = _run("restore", str(out), "--db", str(db_path))
    assert done.returncode == 1
    assert "tidak ada terminal" in done.stderr and "--yes" in done.stderr
    assert audit.verify(db).checked == before  # nothing changed


def test_backup_auto_and_list(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", str(db_path), "--auto", "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert Path(made["file"]).parent == db_path.parent / "backups"
    assert main(["backup", "--db", str(db_path), "--list", "--json"]) == 0
    assert [b["file"] for b in json.loads(capsys.readouterr().out)] == [made["file"]]
    assert main(["backup", "--db", str(db_path), "--auto", "--password", "Sandi-cadangan-1"]) == 1


def test_audit_verify_names_the_first_broken_entry(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    h = audit.latest_hash(db)
    assert main(["audit", "verify", "--db", str(db_path), "--expect", h]) == 0
    assert "Rantai audit utuh" in capsys.readouterr().out
    assert main(["audit", "verify", "--db", str(db_path), "--expect", "ab" * 32]) == 1
    assert "TIDAK ADA di rantai" in capsys.readouterr().err
    conn = sqlite3.connect(str(db_path))
    conn.execute("UPDATE audit_entries SET actor = 'penyusup' WHERE id = 4")
    conn.commit()
    conn.close()
    done = _run("audit", "verify", "--db", str(db_path))
    assert done.returncode == 1 and "entri #4" in done.stderr
    assert main(["audit", "verify", "--db", str(db_path), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert (data["ok"], data["first_broken_id"]) == (False, 4)


def test_audit_list_and_export(db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "list", "--db", str(db_path), "--action", "user.", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 5 and {r["action"] for r in rows} == {"user.create"}
    assert main(["audit", "export", "--db", str(db_path), "--out", str(tmp_path / "a.csv")]) == 0
    assert (tmp_path / "a.csv").exists()
    assert main(["audit", "hash", "--db", str(db_path)]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()[-1]) == 64


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
    done = _run("user", "reset-password", "koordinator", "--db", str(db_path), stdin="Sementara-2026\n")
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


def test_soak_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["soak", "--kills", "2", "--seed", "5", "--json", "--workdir", str(tmp_path), "--attacks", "0"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert list(summary)[-6:-2] == ["plaintext_left", "lost_acknowledged", "numbers_reused", "batch_files_missing"]
    assert summary["ok"] and summary["kills"] == 2 and summary["failed_rounds"] == 0
