"""`puskesos import-desil FILE --data-date`: the JSON's keys in order, rejected rows counted, a date not written as
YYYY-MM-DD refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database
from tests.services.dx_data import write_xlsx
from tests.services.fo_data import add_registry

KK_A = "6201021205900002"  # in the registry
NIK_A = "6201021205900001"


@pytest.fixture
def known(db: Database) -> None:
    add_registry(db, NIK_A, "MUHAMMAD YUSUF", kk=KK_A)


def _workbook(tmp_path: Path, rows: list[list[object]], name: str = "desil.xlsx") -> Path:
    # SIKS-NG puts a title and a blank line above the header.
    return write_xlsx(tmp_path / name, [["DATA DESIL KELUARGA DESA SUKAMAJU"], [], *rows])


def test_cli_json(db: Database, known: None, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _workbook(tmp_path, [["NO_KK", "NIK", "DESIL"], [KK_A, NIK_A, 3], ["x", "", 3]])
    assert main(["import-desil", str(path), "--data-date", "2026-10-12", "--db", str(db_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out)[:5] == ["matched", "updated", "unmatched", "rejected", "report"]
    assert (out["matched"], out["updated"], out["rejected"], out["data_date"]) == (1, 1, 1, "2026-10-12")
    assert main(["import-desil", str(path), "--data-date", "12-10-2026", "--db", str(db_path)]) == 1
    assert "Galat" in capsys.readouterr().err
