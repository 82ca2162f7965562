"""`--self-test` (cli/selftest.py) reads a database and leaves it untouched."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_on_a_demo_database_leaves_it_untouched(demo_db: Path) -> None:
    before = demo_db.stat().st_mtime_ns
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--self-test", "--db", str(demo_db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "uji mandiri berhasil" in proc.stdout
    assert demo_db.stat().st_mtime_ns == before
