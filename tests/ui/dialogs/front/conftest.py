"""Shared by the desk's dialog tests: previews and message boxes answered without a screen, and background work
settled before a test's database goes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from puskesos_desktop.services.people import search
from puskesos_desktop.ui.dialogs.common.pdf_preview import PdfPreviewDialog
from tests.helpers.jobs import wait_for_jobs


@pytest.fixture
def pdfs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bytes]]:
    shown: list[bytes] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self.pdf) or 0)
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    yield shown


@pytest.fixture(autouse=True)
def _settle(request: pytest.FixtureRequest) -> Iterator[None]:
    # Only where a test has a database: a test of a dialog alone needs neither made for it.
    if "db" not in request.fixturenames:
        yield
        return
    qtbot, db = request.getfixturevalue("qtbot"), request.getfixturevalue("db")
    yield
    wait_for_jobs(qtbot)
    search.release(db)
