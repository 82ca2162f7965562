"""Handling a complaint in the village (ui/dialogs/back/handle_form.py): the refused field marked, the handling
saved as a job once however often Save is pressed, the workspace showing it."""

from __future__ import annotations

import datetime as dt

from puskesos_desktop.core.statuses import ComplaintStatus
from puskesos_desktop.services.casework import backoffice
from puskesos_desktop.ui.dialogs.back.handle_form import HandleDialog
from puskesos_desktop.ui.dialogs.common.form_base import select_data
from tests.helpers.driving import drive, save
from tests.helpers.gate import hold
from tests.services import bo_helpers as h
from tests.ui.dialogs.back.conftest import BackDesk


def test_handle_in_village_and_close(desk: BackDesk, fixed_now: dt.datetime) -> None:
    screen = desk.watch()
    ids = desk.complaint(field="Sosial", service="BLT-DD")
    ws = desk.open(ids.complaint_id)
    marked: list[str] = []

    def fill(d: HandleDialog) -> None:
        save(d)  # nothing written: refused, the field at fault is marked
        marked.append(str(d.given.property("invalid")))
        assert d.isVisible() or d.result() == 0
        select_data(d.programme, h.programme_id(desk.db, "BLTDD"))
        d.given.setPlainText("BLT Dana Desa bulan November")
        d.amount.setText("300.000")
        save(d)

    drive(desk.monkeypatch, HandleDialog, fill)
    desk.click(ws.button_handle)
    desk.wait()  # the action's reload reads on a worker
    assert marked == ["true"] and len(screen.warnings) == 1 and "Wajib diisi" in screen.warnings[0]
    assert desk.status(ids.complaint_id) == ComplaintStatus.DITANGANI_DESA
    assert "Ditangani di Desa" in ws.heading.text()
    assert ws.handlings.source.rowCount() == 1
    assert ws.handlings.source.row_at(0).amount_rupiah == 300_000
    desk.click(ws.button_close_case)
    desk.wait()  # the action's reload reads on a worker
    assert desk.status(ids.complaint_id) == ComplaintStatus.SELESAI
    assert ws.button_reopen.isEnabled() and not ws.button_handle.isEnabled()
    assert len(screen.warnings) == 1


def test_save_pressed_twice_hands_in_one_handling(desk: BackDesk, fixed_now: dt.datetime) -> None:
    ids = desk.complaint(field="Sosial", service="BLT-DD")
    dialog = desk.shown(HandleDialog(desk.db, desk.back, desk.workspace(ids.complaint_id)))
    select_data(dialog.programme, h.programme_id(desk.db, "BLTDD"))
    dialog.given.setPlainText("Beras 10 kg")
    gate = hold(desk.monkeypatch, backoffice, "handle_in_village")
    dialog.accept()
    assert dialog.saving and not dialog.given.isEnabled() and dialog.isVisible()
    dialog.accept()  # Enter pressed again
    dialog.reject()  # Esc meanwhile: the save's answer decides
    gate.open()
    desk.wait()
    assert gate.calls == 1 and gate.threads == [False]
    assert dialog.result() == 1 and not dialog.isVisible()
    assert len(desk.workspace(ids.complaint_id).handlings) == 1


def test_a_service_refusal_marks_the_widget_of_its_form_field(desk: BackDesk, fixed_now: dt.datetime) -> None:
    """Found by the FormField key the service gives, not by matching the Indonesian label (issue 18 §3)."""
    from puskesos_desktop.core.errors import FormField, ValidationError

    desk.watch()
    ids = desk.complaint(field="Sosial", service="BLT-DD")
    dialog = desk.shown(HandleDialog(desk.db, desk.back, desk.workspace(ids.complaint_id)))
    dialog.by_partner.setChecked(True)

    def refuse(*_a: object, **_k: object) -> None:
        raise ValidationError("Periksa isian.", FormField.HELPED_BY)

    desk.monkeypatch.setattr(backoffice, "handle_in_village", refuse)
    dialog.given.setPlainText("Beras 10 kg")
    save(dialog)
    assert dialog.partner.property("invalid") == "true" and dialog.programme.property("invalid") != "true"


def test_the_form_opens_with_its_lists_read_off_the_window_thread(desk: BackDesk, fixed_now: dt.datetime) -> None:
    from puskesos_desktop.services.admin import catalogue

    ids = desk.complaint(field="Sosial", service="BLT-DD")
    ws = desk.open(ids.complaint_id)
    opened = drive(desk.monkeypatch, HandleDialog, lambda d: None)
    gate = hold(desk.monkeypatch, catalogue, "list_partners")
    desk.click(ws.button_handle)
    desk.click(ws.button_handle)  # pressed again while the lists are read
    assert opened == []
    gate.open()
    desk.wait()
    assert gate.calls == 1 and gate.threads == [False] and len(opened) == 1
    form = opened[0]
    assert isinstance(form, HandleDialog) and form.partner.count() == len(form.choices.partners) > 0
