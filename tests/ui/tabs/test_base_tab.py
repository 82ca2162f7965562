"""A tab reloads for the topics it watches: at once when shown, when next shown when hidden; a refusal in a service
call becomes a message box and None."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.errors import PermissionDenied, ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.tabs.base_tab import BaseTab, attempt
from puskesos_desktop.ui.topics import Topic


class CountingTab(BaseTab):
    watches = frozenset({Topic.COMPLAINTS})

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.reloads = 0
        self.permissions = 0

    def refresh(self) -> None:
        self.reloads += 1

    def apply_permissions(self) -> None:
        self.permissions += 1

    def title(self) -> str:
        return "Uji"


def test_watched_topics_reload_when_shown_and_others_do_not(
    qtbot: QtBot, db: Database, front: Actor, back: Actor
) -> None:
    ctx = AppContext(db, front)
    tab = CountingTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.reloads == 1  # the first showing reads the tab
    ctx.changed(Topic.COMPLAINTS)
    assert tab.reloads == 2
    ctx.changed(Topic.PROPOSALS)  # not watched
    assert tab.reloads == 2
    tab.hide()
    ctx.changed(Topic.COMPLAINTS)
    assert tab.reloads == 2  # hidden: only marked stale
    tab.show()
    assert tab.reloads == 3
    ctx.set_actor(back)  # another person signs in: rights first, then the lists as that person
    assert tab.permissions == 1 and tab.reloads == 4


def _refuse(exc: Exception) -> object:
    raise exc


def test_attempt_turns_a_refusal_into_a_message(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, title, text, *a, **k: said.append((title, text)))
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    assert attempt(parent, lambda: 7) == 7
    assert attempt(parent, lambda: _refuse(ValidationError("NIK harus 16 angka.", field="NIK"))) is None
    assert attempt(parent, lambda: _refuse(PermissionDenied("Hanya koordinator."))) is None
    assert said == [("Periksa kembali", "NIK: NIK harus 16 angka."), ("Tidak diizinkan", "Hanya koordinator.")]
