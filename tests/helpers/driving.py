"""Driving dialogs in tests: exec() replaced by a function that fills the real widgets; what the user saw."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from puskesos_desktop.ui.dialogs.common.pdf_preview import PdfPreviewDialog
from tests.helpers.jobs import drain


@dataclass
class Screen:
    """What the user would have seen: warnings and the PDFs opened in the preview."""

    warnings: list[str] = field(default_factory=list)
    pdfs: list[tuple[str, bytes]] = field(default_factory=list)


def watch(monkeypatch: pytest.MonkeyPatch) -> Screen:
    screen = Screen()

    def warning(_parent: object, _title: str, text: str, *a: Any, **k: Any) -> QMessageBox.StandardButton:
        screen.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def preview(self: PdfPreviewDialog) -> int:
        screen.pdfs.append((self.filename, self.pdf))
        self.printout.record("file")  # as if the person saved it: handed out, so recorded as printed
        return 0

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(PdfPreviewDialog, "exec", preview)
    return screen


def drive(
    monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], fill: Callable[[Any], None], *, show: bool = False
) -> list[QDialog]:
    """Every dialog of `cls` opened from now on is filled by `fill` (which presses Save or not); `show` puts it on
    screen first (for what only a shown dialog does: focus, shortcuts). Returns the dialogs opened."""
    opened: list[QDialog] = []

    def fake_exec(self: QDialog) -> int:
        opened.append(self)
        finish = getattr(self, "finish_build", None)
        if finish is not None:
            finish()  # a form built in parts (the complaint form): what exec() would have built before showing
        if show:
            self.show()
        fill(self)
        settle(self)  # a form saves as a job (form_base.save_as_job): exec() returns once it answered
        return int(self.result())

    monkeypatch.setattr(cls, "exec", fake_exec)
    return opened


def settle(dialog: QDialog) -> None:
    """Until a form's save (a job) has answered: it closed the form or marked the refusal."""
    if getattr(dialog, "saving", False):
        drain()


def save(dialog: QDialog) -> None:
    """Press a form's Save and wait for the answer, as the person waits for the form to close or say why not."""
    dialog.accept()
    settle(dialog)
