"""`puskesos` itself: every command opens (and creates) the database it is given, or PUSKESOS_DB's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main


def test_every_command_creates_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "baru" / "kantor.sqlite3"
    assert main(["list", "residents", "--db", str(target), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert target.exists()


def test_puskesos_db_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "env.sqlite3"
    monkeypatch.setenv("PUSKESOS_DB", str(target))
    assert main(["list", "complaints"]) == 0
    assert target.exists()
