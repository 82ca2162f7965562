"""No crash under stress (issue 12, item 2): jobs whose closures hold widgets build PDFs with QR codes while the UI
thread forces garbage collection, opens and deletes dialogs and switches the main window's tabs.

The run happens in a child process (tests/helpers/stress_jobs.py) under faulthandler, so a segfault fails this test
with every thread's stack instead of killing pytest. Against the old ui/widgets/background.py the 500-job run fails:
250 closures (those without a reference cycle) were released on pool threads.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from puskesos_desktop.db.engine import Database

ROOT = Path(__file__).resolve().parents[2]


def _stress(db: Database, jobs: int, timeout_s: float) -> dict[str, object]:
    assert db.path is not None
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "PYTHONFAULTHANDLER": "1"}
    proc = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "tests.helpers.stress_jobs", "--db", db.url,
         "--jobs", str(jobs)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout_s,
    )  # fmt: skip
    errors = "\n".join(line for line in proc.stderr.splitlines() if "propagateSizeHints" not in line)
    assert proc.returncode == 0, f"exit {proc.returncode}\n{proc.stdout[-2000:]}\n{errors[-6000:]}"
    summary: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return summary


# Checks the SQLite file after the stress.
@pytest.mark.sqlite_only
def test_500_jobs_holding_widgets_while_the_ui_thread_collects_and_churns(db: Database) -> None:
    summary = _stress(db, 500, timeout_s=240)
    assert summary["done"] == 500 and summary["failed"] == 0
    assert summary["released_off_ui"] == 0 and summary["destroyed_off_ui"] == 0 and summary["thread_warnings"] == []
    assert int(summary["gc_collections"]) >= 20 and int(summary["dialogs_opened"]) >= 100  # type: ignore[call-overload]


@pytest.mark.slow
def test_10000_jobs_under_the_same_stress(db: Database) -> None:
    summary = _stress(db, 10_000, timeout_s=1800)
    assert summary["done"] == 10_000 and summary["released_off_ui"] == 0 and summary["destroyed_off_ui"] == 0
