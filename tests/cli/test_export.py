"""`puskesos export`: the month's batch on the stick, numbered, with a password; a bad month refused (issue 5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from tests.services.dx_data import fill_months


def _json(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    return dict(json.loads(capsys.readouterr().out))


def test_export_json_numbering_and_a_bad_month(
    db: Database, db_path: Path, tmp_path: Path, front: Actor, back: Actor, coordinator: Actor,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    fill_months(db, front, back, coordinator)
    stick = tmp_path / "usb"
    stick.mkdir()
    assert main(["export", "--month", "2026-11", "--out", str(stick), "--db", str(db_path), "--json"]) == 0
    data = _json(capsys)
    batch = Path(str(data["file"]))
    assert batch.name == "PUSKESOS_6201022001_2026-11_01.xlsx" and data["complaints"] == 2 and data["batch"] == "01"
    assert main(["export", "--month", "2026-11", "--out", str(stick), "--db", str(db_path), "--password",
                 "Rahasia-Kab-1"]) == 0  # fmt: skip
    assert "_02.xlsx" in capsys.readouterr().out
    assert main(["export", "--month", "2026-13", "--out", str(stick), "--db", str(db_path)]) == 1
    assert "TTTT-BB" in capsys.readouterr().err
