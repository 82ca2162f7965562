"""Coverage leaves the window's tests out (issue 18 §5): `make test`'s floor is for core/ and services/, which the
service, command-line and file tests cover; on Python 3.11 coverage's tracer costs every Python line run, measured or
not, and made the tests that drive the window (those asking for `qtbot` or `qapp`) about half as slow again.

How: not `Coverage.stop()`/`start()` around each such test (tried before: each start pushes a new collector on
coverage's stack and hands the main thread a tracer begun mid-stack; a whole run failed with an internal error in
coverage's collector stack). The tracer is taken off this thread instead (`sys.settrace(None)`) and new threads get
none (`threading.settrace(None)`); afterwards coverage's own installer is put back, the same way coverage starts
tracing a new thread: at the next call it starts a fresh tracer for this thread. Coverage's collector never sees a
pause. Job threads (ui/jobs.py) started during a window test stay untraced; no other test runs jobs.

Tests marked `untraced` run without the tracer too: the static checks that read the source tree as text (the layer
graph, the message scan, the pins, the translation scan) run no code of core/ or services/, and the tracer made their
AST walks about twice as slow (~10 CPU-s of the suite). A test that does run that code must not carry the mark: its
lines would go unmeasured (the total shows it).

`PUSKESOS_COVERAGE_ALL=1` measures the window's tests and the marked ones too (to compare; `make pytest
COVERAGE_ALL=1`).
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import threading
from collections.abc import Callable, Generator
from types import FrameType
from typing import Any

import pytest

# The packages coverage measures (pyproject's [tool.coverage.run] source).
MEASURED = ("puskesos_desktop.core", "puskesos_desktop.services")
# A test that asks for one of these drives the window.
WINDOW_FIXTURES = ("qtbot", "qapp")
# A static check of the source tree (no code of core/ or services/ runs in it).
UNTRACED_MARK = "untraced"

TraceFn = Callable[[FrameType, str, Any], Any]


def drives_window(item: pytest.Item) -> bool:
    names = getattr(item, "fixturenames", ())
    return any(name in names for name in WINDOW_FIXTURES)


def runs_untraced(item: pytest.Item) -> bool:
    return drives_window(item) or item.get_closest_marker(UNTRACED_MARK) is not None


def _import_measured() -> None:
    """Import every measured module while the tracer runs: a module first imported inside an unmeasured test would
    have its import-time lines (definitions, constants) counted as never run."""
    for package in MEASURED:
        module = importlib.import_module(package)
        for found in pkgutil.walk_packages(module.__path__, package + "."):
            importlib.import_module(found.name)


class _Unmeasured:
    """Runs the window's tests and the marked static checks (set-up, call and tear-down) with no tracer."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.imported = False

    def _installer(self) -> TraceFn | None:
        """Coverage's installer of a thread's tracer, once this process measures (a worker starts coverage at
        session start); None when it does not (no --cov, or the xdist controller, whose workers run the tests)."""
        if sys.gettrace() is None:
            return None
        controller = getattr(self.config.pluginmanager.getplugin("_cov"), "cov_controller", None)
        collector = getattr(getattr(controller, "cov", None), "_collector", None)
        if collector is None:
            return None
        installer: TraceFn | None = getattr(collector, "_installation_trace", None)
        if installer is None:
            # coverage is pinned (constraints.txt); a version without this internal must be looked at, not measured
            # slower unnoticed.
            raise pytest.UsageError("tests/helpers/coverage_scope.py: coverage's collector has no _installation_trace")
        return installer

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item) -> Generator[None, object, object]:
        installer = self._installer() if runs_untraced(item) else None
        if installer is None:
            return (yield)
        if not self.imported:
            _import_measured()
            self.imported = True
        sys.settrace(None)
        threading.settrace(None)  # type: ignore[arg-type]  # typeshed wants a function; None unsets it
        try:
            return (yield)
        finally:
            threading.settrace(installer)
            sys.settrace(installer)


def register(config: pytest.Config) -> None:
    """Pauses nothing without --cov; PUSKESOS_COVERAGE_ALL=1 measures the window's tests too."""
    if config.pluginmanager.getplugin("_cov") is None or os.environ.get("PUSKESOS_COVERAGE_ALL", "").strip() == "1":
        return
    config.pluginmanager.register(_Unmeasured(config), "puskesos-coverage-scope")
