"""A command run as its own process, where the test needs one (stdin without a terminal, a fresh interpreter)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_puskesos(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m puskesos_desktop ARGS` with ``stdin`` as its input (else no input at all: not a terminal)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "puskesos_desktop", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
