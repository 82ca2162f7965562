"""The bench measures the program as an installed one runs: every module compiled to current bytecode first."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

import puskesos_desktop
from puskesos_desktop.devtools.bench.runner import compile_program


def test_every_module_has_current_bytecode_after_compiling() -> None:
    assert compile_program() == 0
    root = Path(puskesos_desktop.__file__).parent
    for source in [root / "ui" / "app.py", root / "services" / "people" / "search.py"]:
        cached = Path(importlib.util.cache_from_source(str(source)))
        header = cached.read_bytes()[:16]
        (mtime,) = struct.unpack("<I", header[8:12])
        assert mtime == int(source.stat().st_mtime) & 0xFFFFFFFF, source
