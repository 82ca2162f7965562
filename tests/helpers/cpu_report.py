"""Where the suite's CPU goes (issue 18 item 5): `PUSKESOS_CPU_REPORT=FOLDER pytest …` (tests/conftest.py registers
this) writes, per test and phase, the CPU seconds of the test process (its job threads included) and of the processes
the test started and waited for, one file a worker; `python scripts/cpu_report.py FOLDER` sums them.

CPU rather than wall time: the machine is shared, and wall time measured under load says little about a quiet run.
A module- or session-scoped fixture's cost shows under the set-up of the first test that asked for it.
"""

from __future__ import annotations

import json
import os
import resource
import time
from collections.abc import Generator
from pathlib import Path

import pytest


def _cpu() -> tuple[float, float]:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time(), children.ru_utime + children.ru_stime


class _Recorder:
    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        self.out = (folder / f"{worker}-{os.getpid()}.jsonl").open("w", encoding="utf-8")

    def measure(self, item: pytest.Item, phase: str) -> Generator[None, object, object]:
        own, children = _cpu()
        try:
            return (yield)
        finally:
            own_after, children_after = _cpu()
            row = {"test": item.nodeid, "phase": phase, "cpu": own_after - own, "children": children_after - children}
            self.out.write(json.dumps(row) + "\n")
            self.out.flush()

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_setup(self, item: pytest.Item) -> Generator[None, object, object]:
        return (yield from self.measure(item, "setup"))

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item: pytest.Item) -> Generator[None, object, object]:
        return (yield from self.measure(item, "call"))

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_teardown(self, item: pytest.Item) -> Generator[None, object, object]:
        return (yield from self.measure(item, "teardown"))


def register(config: pytest.Config) -> None:
    folder = os.environ.get("PUSKESOS_CPU_REPORT", "").strip()
    if folder:
        config.pluginmanager.register(_Recorder(Path(folder)), "puskesos-cpu-report")
