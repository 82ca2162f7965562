"""A programme's information dialog prints its requirements."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.front.programme_info import ProgrammeInfoDialog
from tests.helpers.gate import hold
from tests.helpers.jobs import wait_until
from tests.services.fo_data import pdf_text


def test_programme_information_prints_requirements(qtbot: QtBot, db: Database, front: Actor, pdfs: list[bytes]) -> None:
    dialog = ProgrammeInfoDialog(AppContext(db, front))
    qtbot.addWidget(dialog)
    wait_until(qtbot, lambda: dialog.read is not None)  # the catalogue is read on a worker
    qtbot.keyClicks(dialog.filter, "kip")
    item = dialog.tree.currentItem()
    assert item is not None and "KIP" in item.text(0).upper()
    assert "Dokumen yang dibawa" in dialog.detail.toPlainText()
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog.print_requirements()
    wait_until(qtbot, lambda: len(pdfs) >= 1)
    assert "PERSYARATAN" in pdf_text(pdfs[0])


def test_the_catalogue_is_read_off_the_window_thread(
    qtbot: QtBot, db: Database, front: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = hold(monkeypatch, catalogue, "list_services")
    dialog = ProgrammeInfoDialog(AppContext(db, front))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter, "kip")  # typed before the catalogue came: applied when it comes
    assert dialog.read is None and not dialog.button_print.isEnabled() and dialog.tree.topLevelItemCount() == 0
    gate.open()
    wait_until(qtbot, lambda: dialog.read is not None)
    assert gate.threads == [False] and dialog.button_print.isEnabled()
    item = dialog.tree.currentItem()
    assert item is not None and "KIP" in item.text(0).upper()
