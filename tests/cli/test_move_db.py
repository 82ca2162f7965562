"""`puskesos move-db --to URL --json` and `puskesos restore --db URL` on the command line (issue 15, items 6–7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import backup
from puskesos_desktop.services.context import Actor


def test_move_db_json_and_a_refused_target(
    db: Database, coordinator: Actor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "pindah" / "kantor-baru.sqlite3"
    assert main(["move-db", "--db", db.url, "--to", str(target), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"from", "to", "engine_from", "engine_to", "rows", "counts", "attachments", "audit_chain_ok"} <= set(data)
    assert data["audit_chain_ok"] is True and data["engine_to"] == "sqlite" and data["counts"]["users"] == 5
    assert main(["move-db", "--db", db.url, "--to", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Galat: ") and "sudah berisi data" in err and "Traceback" not in err
    # What was moved restores like any backup, onto the engine of `db` too.
    saved = backup.create_backup(db, coordinator, tmp_path / "cadangan.sqlite3")
    other = tmp_path / "pulih.sqlite3"
    assert main(["restore", str(saved.path), "--db", str(other), "--yes", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["akun"] == 5
    if db.is_postgresql:  # onto the server database itself: its data kept aside first
        assert main(["restore", str(saved.path), "--db", db.url, "--yes", "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["previous_database"] and Path(out["previous_database"]).is_file()
