"""puskesos report: JSON equal to the service's figures (themselves checked against an independent count in
tests/services/reporting/test_reports.py), the PDF written whole, errors on stderr, one run through a real process."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.reporting import dashboard, reports
from tests.printing import helpers
from tests.services import report_data
from tests.services.reporting.test_reports import Raw

# In the PostgreSQL subset (make test-postgres).
pytestmark = pytest.mark.pg

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def village_db(db: Database, front: Actor, facilitator: Actor, fixed_now: dt.datetime) -> Database:
    report_data.build(db, front, facilitator)
    return db


def test_json_equals_the_figures(
    village_db: Database, coordinator: Actor, fixed_now: dt.datetime, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "--db", village_db.url, "--month", "2026-10", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    expected = reports.monthly_report(village_db, coordinator, "2026-10").to_json()
    data.pop("generated_at"), expected.pop("generated_at")
    assert data == expected
    # And against the plain-Python count of the same rows.
    raw = Raw(village_db, "2026-10", fixed_now.date())
    mine = raw.month_complaints()
    assert data["complaints"]["total"] == len(mine)
    assert data["residents_served"] == len({c["resident_id"] for c in mine})
    assert data["overdue"]["complaints"] == len(raw.overdue_complaints())
    assert data["overdue"]["referrals"] == len(raw.overdue_referrals(data["overdue"]["followup_days"]))
    assert data["days_to_outcome"]["complaints"] == len(raw.outcomes())
    assert data["period"] == {"start": "2026-10-01", "end": "2026-10-31", "as_of": "2026-10-31"}


def test_pdf_and_text(village_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "laporan.pdf"
    assert main(["report", "--db", village_db.url, "--month", "2026-11", "--pdf", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Laporan Kegiatan Puskesos Sukamaju — November 2026" in out and f"Tersimpan: {target}" in out
    text = helpers.text(target.read_bytes())
    assert "LAPORAN KEGIATAN PUSKESOS" in text and "Bulan November 2026" in text
    assert main(["report", "--db", village_db.url, "--month", "2026-11", "--pdf", str(target), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pdf"] == str(target)


def test_dashboard_json(village_db: Database, coordinator: Actor, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--db", village_db.url, "--dashboard", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    expected = dashboard.dashboard(village_db, coordinator).to_json()
    data.pop("generated_at"), expected.pop("generated_at")
    assert data == expected and data["registry"]["households"] == 6
    assert main(["report", "--db", village_db.url, "--dashboard"]) == 0
    assert "Keluarga desil 1–4 tanpa program" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--month", "2026-13"], "TTTT-BB"),
        (["--month", "2027-01"], "belum dimulai"),
        (["--dashboard", "--month", "2026-10"], "--dashboard"),
    ],
)
def test_errors_go_to_stderr(
    village_db: Database, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["report", "--db", village_db.url, *args]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and message in captured.err and captured.err.startswith("Galat:")


def test_report_through_a_real_process(village_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "lap.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "report", "--db", village_db.url, "--month", "2026-10",
         "--json", "--pdf", str(target)],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["month"] == "2026-10" and data["complaints"]["total"] == 6 and data["pdf"] == str(target)
    assert target.read_bytes().startswith(b"%PDF")
