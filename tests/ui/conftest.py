"""Fixtures shared by UI tests in more than one folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from puskesos_desktop.core import clock
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from tests.services.fo_data import resident


@pytest.fixture
def december() -> Iterator[None]:
    with clock.frozen_at(dt.datetime(2026, 12, 9, 9, 30)):
        yield


@pytest.fixture
def number(db: Database, front: Actor, fixed_now: object) -> str:
    """A complaint's number: its receipt is the printout the printing tests hand out."""
    rid = resident(db, front, "Budi Tanpa Nik", sex="L", birth_date=dt.date(1990, 1, 1), address="Dusun II")
    return complaints.register_complaint(db, front, complaints.ComplaintInput(rid, "Sosial", "Atap bocor")).number


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Message boxes answered without a screen; what they said is kept."""
    said: list[str] = []
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a, **k: said.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    yield said
