"""Handling a complaint in the village (ui/dialogs/back/handle_form.py): the refused field marked, the handling
saved as a job once however often Save is pressed, the workspace showing it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.statuses import ComplaintStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import backoffice, complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.dialogs.back.handle_form import HandleDialog
from puskesos_desktop.ui.dialogs.back.workspace import WorkspaceDialog
from puskesos_desktop.ui.dialogs.common.form_base import select_data
from tests.helpers.driving import drive, save, watch
from tests.helpers.gate import hold
from tests.helpers.jobs import wait_for_jobs
from tests.services import bo_helpers as h

LEFT = Qt.MouseButton.LeftButton
OpenWorkspace = Callable[[Actor, int], WorkspaceDialog]


def _status(db: Database, cid: int) -> str:
    return complaints.get_complaint(db, None, cid).status


def test_handle_in_village_and_close(
    qtbot: QtBot,
    db: Database,
    front: Actor,
    back: Actor,
    fixed_now: dt.datetime,
    monkeypatch: pytest.MonkeyPatch,
    open_workspace: OpenWorkspace,
) -> None:
    screen = watch(monkeypatch)
    ids = h.complaint(db, front, field="Sosial", service="BLT-DD")
    ws = open_workspace(back, ids.complaint_id)
    marked: list[str] = []

    def fill(d: HandleDialog) -> None:
        save(d)  # nothing written: refused, the field at fault is marked
        marked.append(str(d.given.property("invalid")))
        assert d.isVisible() or d.result() == 0
        select_data(d.programme, h.programme_id(db, "BLTDD"))
        d.given.setPlainText("BLT Dana Desa bulan November")
        d.amount.setText("300.000")
        save(d)

    drive(monkeypatch, HandleDialog, fill)
    qtbot.mouseClick(ws.button_handle, LEFT)
    wait_for_jobs(qtbot)  # the action's reload reads on a worker
    assert marked == ["true"] and len(screen.warnings) == 1 and "Wajib diisi" in screen.warnings[0]
    assert _status(db, ids.complaint_id) == ComplaintStatus.DITANGANI_DESA
    assert "Ditangani di Desa" in ws.heading.text()
    assert ws.handlings.source.rowCount() == 1
    assert ws.handlings.source.row_at(0).amount_rupiah == 300_000
    qtbot.mouseClick(ws.button_close_case, LEFT)
    wait_for_jobs(qtbot)  # the action's reload reads on a worker
    assert _status(db, ids.complaint_id) == ComplaintStatus.SELESAI
    assert ws.button_reopen.isEnabled() and not ws.button_handle.isEnabled()
    assert len(screen.warnings) == 1


def test_save_pressed_twice_hands_in_one_handling(
    qtbot: QtBot, db: Database, front: Actor, back: Actor, fixed_now: dt.datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = h.complaint(db, front, field="Sosial", service="BLT-DD")
    dialog = HandleDialog(db, back, backoffice.get_workspace(db, back, ids.complaint_id))
    qtbot.addWidget(dialog)
    dialog.show()
    select_data(dialog.programme, h.programme_id(db, "BLTDD"))
    dialog.given.setPlainText("Beras 10 kg")
    gate = hold(monkeypatch, backoffice, "handle_in_village")
    dialog.accept()
    assert dialog.saving and not dialog.given.isEnabled() and dialog.isVisible()
    dialog.accept()  # Enter pressed again
    dialog.reject()  # Esc meanwhile: the save's answer decides
    gate.open()
    wait_for_jobs(qtbot)
    assert gate.calls == 1 and gate.threads == [False]
    assert dialog.result() == 1 and not dialog.isVisible()
    assert len(backoffice.get_workspace(db, back, ids.complaint_id).handlings) == 1


def test_a_service_refusal_marks_the_widget_of_its_form_field(
    qtbot: QtBot, db: Database, front: Actor, back: Actor, fixed_now: dt.datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by the FormField key the service gives, not by matching the Indonesian label (issue 18 §3)."""
    from puskesos_desktop.core.errors import FormField, ValidationError

    watch(monkeypatch)
    ids = h.complaint(db, front, field="Sosial", service="BLT-DD")
    dialog = HandleDialog(db, back, backoffice.get_workspace(db, back, ids.complaint_id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.by_partner.setChecked(True)

    def refuse(*_a: object, **_k: object) -> None:
        raise ValidationError("Periksa isian.", FormField.HELPED_BY)

    monkeypatch.setattr(backoffice, "handle_in_village", refuse)
    dialog.given.setPlainText("Beras 10 kg")
    save(dialog)
    assert dialog.partner.property("invalid") == "true" and dialog.programme.property("invalid") != "true"


def test_the_form_opens_with_its_lists_read_off_the_window_thread(
    qtbot: QtBot,
    db: Database,
    front: Actor,
    back: Actor,
    fixed_now: dt.datetime,
    monkeypatch: pytest.MonkeyPatch,
    open_workspace: OpenWorkspace,
) -> None:
    from puskesos_desktop.services.admin import catalogue

    ids = h.complaint(db, front, field="Sosial", service="BLT-DD")
    ws = open_workspace(back, ids.complaint_id)
    opened = drive(monkeypatch, HandleDialog, lambda d: None)
    gate = hold(monkeypatch, catalogue, "list_partners")
    qtbot.mouseClick(ws.button_handle, LEFT)
    qtbot.mouseClick(ws.button_handle, LEFT)  # pressed again while the lists are read
    assert opened == []
    gate.open()
    wait_for_jobs(qtbot)
    assert gate.calls == 1 and gate.threads == [False] and len(opened) == 1
    form = opened[0]
    assert isinstance(form, HandleDialog) and form.partner.count() == len(form.choices.partners) > 0
