"""The duplicate guard on its own: open the person chosen (a client or a registry person to make one), save as
somebody new only when no NIK is shared."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from puskesos_desktop.services.people.residents import DuplicateCandidate
from puskesos_desktop.ui.dialogs.front.duplicate_guard import DuplicateGuardDialog


def _candidate(kind: str, name: str, *, blocking: bool = False) -> DuplicateCandidate:
    return DuplicateCandidate(
        kind=kind, reason="Nama dan tanggal lahir mirip", name=name, nik=None, kk=None,
        birth_date=dt.date(1990, 1, 1), address="Dusun II", resident_id=7 if kind == "resident" else None,
        registry_record_id=3 if kind == "registry" else None, blocking=blocking,
    )  # fmt: skip


def test_the_chosen_row_names_the_button_and_opens(qtbot: QtBot) -> None:
    client, listed = _candidate("resident", "Budi Santoso"), _candidate("registry", "BUDI SANTOSA")
    guard = DuplicateGuardDialog([client, listed])
    qtbot.addWidget(guard)
    assert guard.table.source.rowCount() == 2 and guard.button_new.isEnabled()
    assert guard.button_use.text() == "&Buka data yang ada"
    guard.table.selectRow(1)
    assert guard.button_use.text() == "&Jadikan klien dari DTKS/DTSEN"
    qtbot.mouseClick(guard.button_use, Qt.MouseButton.LeftButton)
    assert guard.action == "open" and guard.candidate == listed and guard.result() == 1


def test_a_shared_nik_cannot_be_saved_again_but_a_look_alike_can(qtbot: QtBot) -> None:
    same_nik = DuplicateGuardDialog([_candidate("resident", "Budi Santoso", blocking=True)])
    qtbot.addWidget(same_nik)
    assert not same_nik.button_new.isEnabled() and "NIK" in same_nik.hint.text()
    same_nik.save_new()
    assert same_nik.action is None and same_nik.result() == 0
    look_alike = DuplicateGuardDialog([_candidate("resident", "Budi Santoso")])
    qtbot.addWidget(look_alike)
    qtbot.mouseClick(look_alike.button_new, Qt.MouseButton.LeftButton)
    assert look_alike.action == "new" and look_alike.candidate is None
