"""`puskesos import-feedback`: the district's answer in the exported workbook, previewed, applied once (issue 5)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database
from puskesos_desktop.excel import safe
from puskesos_desktop.services.context import Actor
from tests.services.dx_data import fill_months


def _json(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    return dict(json.loads(capsys.readouterr().out))


def test_dry_run_then_apply_then_nothing_left(
    db: Database, db_path: Path, tmp_path: Path, front: Actor, back: Actor, coordinator: Actor,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    fill_months(db, front, back, coordinator)
    stick = tmp_path / "usb"
    stick.mkdir()
    assert main(["export", "--month", "2026-11", "--out", str(stick), "--db", str(db_path), "--json"]) == 0
    batch = Path(str(_json(capsys)["file"]))

    wb = openpyxl.load_workbook(batch)
    ws = wb["Rujukan"]
    safe.set_text(ws["J2"], "Disetujui")
    safe.set_value(ws["K2"], dt.date(2026, 11, 20))
    safe.set_text(ws["L2"], "=PBI aktif")  # a note that looks like a formula stays a note
    answer = tmp_path / "balasan.xlsx"
    wb.save(answer)
    assert main(["import-feedback", str(answer), "--db", str(db_path), "--dry-run", "--json"]) == 0
    preview = _json(capsys)
    assert preview["dry_run"] is True and preview["changes"][0]["to"] == "Disetujui"  # type: ignore[index]
    assert main(["import-feedback", str(answer), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "Dikirim → Disetujui" in out and "1 data diubah" in out
    assert main(["import-feedback", str(answer), "--db", str(db_path), "--json"]) == 0
    assert _json(capsys)["applied"] == 0
