"""A family in desil 3 missing programmes and answered message boxes: the Cek Bansos scenes of the
resident page and the Front Office share them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import FamilyDesil
from puskesos_desktop.services.context import Actor
from tests.services.fo_data import add_registry, resident

NIK, KK = "6201024506800003", "6201021205900012"


def poor_family(db: Database, front: Actor, programmes: tuple[str, ...] = ("PKH",)) -> int:
    add_registry(db, NIK, "SRI RAHAYU", kk=KK, desil=3, programmes=programmes)
    with db.write() as s:
        s.add(FamilyDesil(kk=KK, desil=3, data_date=dt.date(2026, 10, 12)))
    return resident(db, front, "Sri Rahayu", NIK, KK, sex="P")


@pytest.fixture(autouse=True)
def _quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda _p, _t, text, *a, **k: said.append(text)))
    return said
