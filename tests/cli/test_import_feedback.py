"""`puskesos import-feedback`: the district's answer in the exported workbook, previewed, applied once (issue 5)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.excel import safe
from tests.helpers.cli import json_out


def test_dry_run_then_apply_then_nothing_left(
    november_export: tuple[Path, dict[str, object]], db_path: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    batch = Path(str(november_export[1]["file"]))

    wb = openpyxl.load_workbook(batch)
    ws = wb["Rujukan"]
    safe.set_text(ws["J2"], "Disetujui")
    safe.set_value(ws["K2"], dt.date(2026, 11, 20))
    safe.set_text(ws["L2"], "=PBI aktif")  # a note that looks like a formula stays a note
    answer = tmp_path / "balasan.xlsx"
    wb.save(answer)
    assert main(["import-feedback", str(answer), "--db", str(db_path), "--dry-run", "--json"]) == 0
    preview = json_out(capsys)
    assert preview["dry_run"] is True and preview["changes"][0]["to"] == "Disetujui"  # type: ignore[index]
    assert main(["import-feedback", str(answer), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "Dikirim → Disetujui" in out and "1 data diubah" in out
    assert main(["import-feedback", str(answer), "--db", str(db_path), "--json"]) == 0
    assert json_out(capsys)["applied"] == 0
