"""`puskesos reconcile`: the findings as JSON with their exact keys, and --propose making the drafts and saying which
family was proposed before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from tests.services.registry import reconcile_data


@pytest.fixture
def village(db: Database, coordinator: Actor, front: Actor, tmp_path: Path) -> None:
    reconcile_data.build(db, coordinator, front, tmp_path)


def test_cli_json(village: None, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reconcile", "--db", str(db_path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(list(r) == ["nik", "kk", "name", "reason", "suggested"] for r in rows)
    assert {r["suggested"] for r in rows} <= {"Hapus", "Tambah", "Perbarui", "Periksa"}
    assert main(["reconcile", "--db", str(db_path), "--json", "--propose"]) == 0
    err = capsys.readouterr().err
    assert "usulan Draf dibuat" in err
    # the family the complaint already proposed is said, not joined silently (issue 17 item 7)
    assert "Sudah pernah diusulkan: " in err and "masih Draf, menunggu Musyawarah Desa" in err
