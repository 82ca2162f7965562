"""Shared by the data-exchange wizards' tests: what the wizards showed, with message boxes answered."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.helpers.driving import Screen, watch


@pytest.fixture
def screen(monkeypatch: pytest.MonkeyPatch) -> Screen:
    seen = watch(monkeypatch)

    def info(_parent: object, _title: str, text: str, *a: Any, **k: Any) -> QMessageBox.StandardButton:
        seen.warnings.append("info: " + text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", staticmethod(info))
    return seen
