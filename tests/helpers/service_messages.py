"""Every message a service raises while the suite runs has its English (issue 17 item 9).

A pytest plugin (registered by tests/conftest.py): while the tests run, every PuskesosError made by the program
(not by a test's own code, nor by the UI, which translates with tr()) records its template, and the templates of
Messages among its values. At the end the templates are looked up in the English catalogue (context
"ServiceMessages" of puskesos_en.ts); one without a finished translation fails the run and is named in the
summary. Under pytest-xdist each worker hands its templates to the controller (workeroutput), which checks them
all once.

The static side (every raise site uses a literal template) is tests/core/test_service_messages.py.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from puskesos_desktop.core import errors
from puskesos_desktop.core.errors import Joined, Message, PuskesosError

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "puskesos_en.ts"
CONTEXT = "ServiceMessages"
TESTS = ROOT / "tests"
UI = ROOT / "puskesos_desktop" / "ui"
ERRORS_MODULE = Path(errors.__file__).resolve()
OUTPUT_KEY = "service_message_templates"


def english_templates(ts: Path = TS) -> dict[str, str]:
    """Source -> English, for the finished translations in the ServiceMessages context."""
    found: dict[str, str] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        if ctx.findtext("name") != CONTEXT:
            continue
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is not None and tr.text and tr.get("type") not in ("unfinished", "vanished", "obsolete"):
                found[m.findtext("source") or ""] = tr.text
    return found


def templates_of(message: Message | Joined) -> list[str]:
    """A message's template and those of the Messages among its values (a Joined: each part's)."""
    if isinstance(message, Joined):
        return [t for part in message.parts if isinstance(part, Message) for t in templates_of(part)]
    found = [message.template]
    for value in message.params.values():
        if isinstance(value, Message | Joined):
            found += templates_of(value)
    return found


# Made elsewhere on purpose: the command line and the developer tools speak Indonesian only.
NOT_SERVICES = [ROOT / "puskesos_desktop" / "cli", ROOT / "puskesos_desktop" / "devtools"]
# Known and left for later (issue 17 item 9): sentences still built at run time as plain strings, by
# (module, function making the error). Remove an entry once its messages are Messages.
NOT_YET: set[tuple[str, str]] = set()


def _made_elsewhere() -> bool:
    """Whether the error being made comes straight from a test's own code (a sample refusal, a fake service),
    from the UI (whose refusals are already translated with tr()), the command line or a known place not done
    yet."""
    frame = sys._getframe(2)
    while frame is not None and Path(frame.f_code.co_filename).resolve() == ERRORS_MODULE:
        frame = frame.f_back  # type: ignore[assignment]
    if frame is None:
        return False
    where = Path(frame.f_code.co_filename).resolve()
    if any(where.is_relative_to(folder) for folder in (TESTS, UI, *NOT_SERVICES)):
        return True
    module = where.relative_to(ROOT).as_posix() if where.is_relative_to(ROOT) else str(where)
    return (module, frame.f_code.co_name) in NOT_YET or (module, "*") in NOT_YET


class ServiceMessageRecorder:
    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.missing: list[str] = []
        self._original: Any = None

    def start(self) -> None:
        original = PuskesosError.__init__
        seen = self.seen

        def recording_init(exc: PuskesosError, message: str | Message, /, **params: object) -> None:
            original(exc, message, **params)
            if not _made_elsewhere():
                seen.update(templates_of(exc.said))

        self._original = original
        PuskesosError.__init__ = recording_init  # type: ignore[method-assign]

    def stop(self) -> None:
        if self._original is not None:
            PuskesosError.__init__ = self._original  # type: ignore[method-assign]
            self._original = None

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        self.start()

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: Any) -> None:  # xdist: a worker finished
        self.seen.update(getattr(node, "workeroutput", {}).get(OUTPUT_KEY, []))

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        self.stop()
        workeroutput = getattr(session.config, "workeroutput", None)
        if workeroutput is not None:  # an xdist worker: the controller checks
            workeroutput[OUTPUT_KEY] = sorted(self.seen)
            return
        if exitstatus not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED) or not self.seen:
            return
        english = english_templates()
        self.missing = sorted(t for t in self.seen if t not in english)
        if self.missing:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if self.missing:
            terminalreporter.section("service messages without English", red=True)
            terminalreporter.line(
                "Raised while the tests ran, but not in the ServiceMessages context of puskesos_en.ts (run "
                "scripts/update_translations.py, then translate; see docs/DEVELOPING.md):"
            )
            for template in self.missing:
                terminalreporter.line(f"  {template!r}")
