"""PySide6 6.12 on Python 3.11 takes a reference from None at every void call (ui/none_guard.py): without the
guard a process aborts after a few ten thousand calls ("deallocating None"), which is how the window vanished."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CALLS = 300_000  # a few minutes of a window painting

SCRIPT = """
import sys
{guard}
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range({calls}):
    label.setText("warga")
print("selesai", flush=True)
"""


def _run(guard: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    code = SCRIPT.format(guard=guard, calls=CALLS)
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)


def test_void_qt_calls_never_use_up_none() -> None:
    guarded = _run("import puskesos_desktop.ui  # the guard runs on import")
    assert guarded.returncode == 0 and "selesai" in guarded.stdout, guarded.stderr[-2000:]
    bare = _run("")
    if sys.version_info < (3, 12) and bare.returncode != 0:
        # The bug is in this PySide6 build: the guard is what keeps the program alive.
        assert "deallocating None" in bare.stderr
