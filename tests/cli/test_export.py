"""`puskesos export`: the month's batch on the stick, numbered, with a password; a bad month refused (issue 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main


def test_export_json_numbering_and_a_bad_month(
    november_export: tuple[Path, dict[str, object]], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stick, data = november_export
    batch = Path(str(data["file"]))
    assert batch.name == "PUSKESOS_6201022001_2026-11_01.xlsx" and data["complaints"] == 2 and data["batch"] == "01"
    assert main(["export", "--month", "2026-11", "--out", str(stick), "--db", str(db_path), "--password",
                 "Rahasia-Kab-1"]) == 0  # fmt: skip
    assert "_02.xlsx" in capsys.readouterr().out
    assert main(["export", "--month", "2026-13", "--out", str(stick), "--db", str(db_path)]) == 1
    assert "TTTT-BB" in capsys.readouterr().err
