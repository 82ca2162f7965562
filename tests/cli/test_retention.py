"""`puskesos retention` and `puskesos print resident` (issue 14, item 8)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.core import clock
from puskesos_desktop.services.people import search
from tests.printing.helpers import text as pdf_text
from tests.services.pdp_data import demo_copy, richest_resident


@pytest.fixture
def village(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    db = demo_copy(tmp_path, tmp_path_factory.getbasetemp())
    search.release(db)
    db.dispose()
    return str(tmp_path / "kantor.sqlite3")


def test_retention_dry_run_then_apply(village: str, capsys: pytest.CaptureFixture[str]) -> None:
    clock.set_clock(lambda: dt.datetime(2028, 1, 15, 9, 0))
    assert main(["retention", "--dry-run", "--json", "--db", village]) == 0
    assert json.loads(capsys.readouterr().out) == []  # off by default
    assert main(["retention", "--apply", "--yes", "--db", village]) == 1
    assert "belum diatur" in capsys.readouterr().err
    assert main(["retention", "--set-years", "1", "--db", village]) == 0
    capsys.readouterr()
    assert main(["retention", "--dry-run", "--json", "--db", village]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed and list(listed[0])[:4] == ["resident_id", "name", "last_activity", "open_cases"]
    assert all(row["open_cases"] == 0 and row["last_activity"] < "2027-01-15" for row in listed)
    assert main(["retention", "--dry-run", "--db", village]) == 0
    table = capsys.readouterr().out
    assert listed[0]["name"] in table and f"({len(listed)} baris)" in table
    assert main(["retention", "--apply", "--db", village]) == 1  # no terminal to ask, no --yes
    assert "--yes" in capsys.readouterr().err
    assert main(["retention", "--apply", "--yes", "--json", "--db", village]) == 0
    done = json.loads(capsys.readouterr().out)
    assert done["anonymised"] == len(listed)
    assert set(done["resident_ids"]) == {row["resident_id"] for row in listed}
    assert main(["retention", "--dry-run", "--json", "--db", village]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_print_resident_by_nik(village: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from puskesos_desktop.db.models import Resident
    from puskesos_desktop.services.bootstrap import open_office_db

    db = open_office_db(f"sqlite:///{village}")
    rid = richest_resident(db)
    with db.read() as s:
        r = s.get(Resident, rid)
        assert r is not None
        key, name = (r.nik or f"#{rid}"), r.name
    db.dispose()
    out = tmp_path / "warga.pdf"
    assert main(["print", "resident", key, "--out", str(out), "--db", village]) == 0
    text = pdf_text(out.read_bytes())
    assert "DATA PRIBADI WARGA YANG DISIMPAN PUSKESOS" in text and name in text
    assert main(["print", "resident", "6201025506850002", "--out", str(out), "--db", village]) == 1
    assert "Galat:" in capsys.readouterr().err
