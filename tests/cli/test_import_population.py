"""`puskesos import-population FILE --json`: the coordinator's, with the JSON's keys in order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.core.errors import PermissionDenied
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import population
from tests.services.registry import population_data as pd


def test_rights_and_cli(db: Database, front: Actor, db_path: Path, tmp_path: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    path = pd.workbook(tmp_path, [pd.opensid()])
    with pytest.raises(PermissionDenied):
        population.import_population(db, front, path)
    assert main(["import-population", str(path), "--db", str(db_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out)[:5] == ["imported", "updated", "unchanged", "rejected", "report"] and out["imported"] == 1
