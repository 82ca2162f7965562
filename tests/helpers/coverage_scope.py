"""Which tests coverage measures (issue 18 §5): `make test`'s floor is for core/ and services/, and their own tests
(and the command line's, which call them in-process) cover them; the window's tests call the same functions through a
job and cover next to nothing more, yet coverage's tracer slowed them by ~45 % (CPU, tests/ui/settings_pages: 21.2 →
30.7 s). Their set-up, call and tear-down run with the tracer paused; everything else is measured as before.

Only with `--cov` (pytest-cov); a run without it is unchanged.
"""

from __future__ import annotations

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
    plugin = config.pluginmanager.getplugin("_cov")
    controller = getattr(plugin, "cov_controller", None)
    if controller is not None:
        config.pluginmanager.register(_Pauser(controller), "puskesos-coverage-scope")
