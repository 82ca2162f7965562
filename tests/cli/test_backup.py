"""`puskesos backup`: a copy with or without a password, restored whole; the automatic copies and their list."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents


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


def test_backup_auto_and_list(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", str(db_path), "--auto", "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert Path(made["file"]).parent == db_path.parent / "backups"
    assert main(["backup", "--db", str(db_path), "--list", "--json"]) == 0
    assert [b["file"] for b in json.loads(capsys.readouterr().out)] == [made["file"]]
    assert main(["backup", "--db", str(db_path), "--auto", "--password", "Sandi-cadangan-1"]) == 1
