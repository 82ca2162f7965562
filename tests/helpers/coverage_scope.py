"""Which tests coverage measures (issue 18 §5). `make test`'s floor is for core/ and services/; their own tests and the
command line's (which call them in-process) cover them, while the window's tests reach the same functions through a
job. Coverage's tracer made the window's tests ~45 % slower (CPU, tests/ui/settings_pages: 21.2 s without coverage,
30.7 s with it, 21.7 s with it paused for them).

PUSKESOS_COVERAGE_SKIP_UI=1 (with --cov; `make pytest` sets it, COVERAGE_SKIP_UI=0 does not) runs the set-up, call and
tear-down of the tests under UNMEASURED with the tracer paused; everything else is measured as before. Without the
window's tests core/ and services/ were covered 92.59 % (2026-12-03; floor 92.5 %, 92.8 % with them).
"""

from __future__ import annotations

import os
from collections.abc import Generator

import pytest

# Test folders (node id prefixes) whose tests coverage does not measure.
UNMEASURED = ("tests/ui/",)


class _Pauser:
    def __init__(self, controller: object) -> None:
        self.controller = controller

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item) -> Generator[None, object, object]:
        if not item.nodeid.startswith(UNMEASURED):
            return (yield)
        self.controller.pause()  # type: ignore[attr-defined]
        try:
            return (yield)
        finally:
            self.controller.resume()  # type: ignore[attr-defined]


def register(config: pytest.Config) -> None:
    if os.environ.get("PUSKESOS_COVERAGE_SKIP_UI", "").strip() != "1":
        return
    plugin = config.pluginmanager.getplugin("_cov")
    controller = getattr(plugin, "cov_controller", None)
    if controller is not None:
        config.pluginmanager.register(_Pauser(controller), "puskesos-coverage-scope")
