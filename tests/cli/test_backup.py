"""`puskesos backup`: a copy with or without a password, restored whole; the automatic copies and their list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from tests.helpers.backups import add_named, resident_names


def test_backup_and_restore_round_trip(
    db: Database, front: Actor, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_named(db, front, "Sebelum")
    out = tmp_path / "usb" / "cadangan.bak"
    assert main(["backup", "--db", str(db_path), "--out", str(out), "--password", "Sandi-cadangan-1", "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["encrypted"] and made["file"] == str(out)
    add_named(db, front, "Sesudah")
    assert main(["restore", str(out), "--db", str(db_path), "--yes", "--password", "salah-sandi-9"]) == 1
    assert "Kata sandi salah" in capsys.readouterr().err
    assert resident_names(db_path) == ["Sebelum", "Sesudah"]
    assert main(["restore", str(out), "--db", str(db_path), "--yes", "--password", "Sandi-cadangan-1", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert resident_names(db_path) == ["Sebelum"]
    aside = Path(result["previous_database"])
    assert resident_names(aside) == ["Sebelum", "Sesudah"]
    # Undo: restore the copy that was set aside.
    assert main(["restore", str(aside), "--db", str(db_path), "--yes"]) == 0
    printed = capsys.readouterr().out
    assert "Database sebelumnya disimpan di" in printed and "Untuk membatalkan" in printed
    assert resident_names(db_path) == ["Sebelum", "Sesudah"]


def test_backup_auto_and_list(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", str(db_path), "--auto", "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert Path(made["file"]).parent == db_path.parent / "backups"
    assert main(["backup", "--db", str(db_path), "--list", "--json"]) == 0
    assert [b["file"] for b in json.loads(capsys.readouterr().out)] == [made["file"]]
    assert main(["backup", "--db", str(db_path), "--auto", "--password", "Sandi-cadangan-1"]) == 1
