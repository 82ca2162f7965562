"""Referring a complaint (ui/dialogs/back/referral_form.py): several fields in one form, the service's default
destination, saved as a job once however often Save is pressed."""

from __future__ import annotations

import datetime as dt

from puskesos_desktop.core.statuses import ComplaintStatus
from puskesos_desktop.services.casework import referrals
from puskesos_desktop.ui.dialogs.back.referral_form import ReferralDialog
from puskesos_desktop.ui.dialogs.common.form_base import select_data
from tests.helpers.driving import drive, save
from tests.helpers.gate import hold
from tests.services import bo_helpers as h
from tests.ui.dialogs.back.conftest import BackDesk


def test_refer_to_two_fields_at_once(desk: BackDesk, fixed_now: dt.datetime) -> None:
    screen = desk.watch()
    ids = desk.complaint()
    ws = desk.open(ids.complaint_id)

    def fill(d: ReferralDialog) -> None:
        select_data(d.field, "Kesehatan")
        select_data(d.destination, h.partner_id(desk.db, "Kader Posyandu Desa"))
        d.reason.setPlainText("Pendampingan kader untuk berobat")
        d.button_add.click()
        assert len(d.pending) == 1 and d.reason.toPlainText() == ""
        select_data(d.field, "Pendidikan")
        select_data(d.service, h.service_id(desk.db, "SKTM-SEKOLAH"))
        assert d.destination.currentData() == h.partner_id(desk.db, "Pemerintah Desa")  # the service's default
        d.reason.setPlainText("SKTM untuk anak SMP")
        save(d)

    opened = drive(desk.monkeypatch, ReferralDialog, fill)
    desk.click(ws.button_refer)
    desk.wait()  # the action's reload reads on a worker
    assert len(opened) == 1 and not screen.warnings
    made = referrals.list_referrals(desk.db, ids.complaint_id)
    assert [(r.field, r.status) for r in made] == [("Kesehatan", "Dikirim"), ("Pendidikan", "Dikirim")]
    assert made[0].documents == ("Fotokopi KTP",)  # the received document is attached by default
    assert desk.status(ids.complaint_id) == ComplaintStatus.DIRUJUK
    assert ws.referrals.table.source.rowCount() == 2


def test_save_pressed_twice_makes_the_referrals_once(desk: BackDesk, fixed_now: dt.datetime) -> None:
    ids = desk.complaint()
    dialog = desk.shown(ReferralDialog(desk.db, desk.back, desk.workspace(ids.complaint_id)))
    select_data(dialog.field, "Kesehatan")
    select_data(dialog.destination, h.partner_id(desk.db, "Kader Posyandu Desa"))
    dialog.reason.setPlainText("Pendampingan kader untuk berobat")
    gate = hold(desk.monkeypatch, referrals, "create_referrals")
    dialog.accept()
    assert dialog.saving and not dialog.reason.isEnabled()
    dialog.accept()  # Enter pressed again
    gate.open()
    desk.wait()
    assert gate.calls == 1 and gate.threads == [False] and dialog.result() == 1
    assert [r.number for r in dialog.created] == [r.number for r in referrals.list_referrals(desk.db, ids.complaint_id)]
    assert len(dialog.created) == 1


def test_a_service_refusal_marks_the_widget_of_its_form_field(desk: BackDesk, fixed_now: dt.datetime) -> None:
    """Found by the FormField key the service gives, not by matching the Indonesian label (issue 18 §3)."""
    from puskesos_desktop.core.errors import FormField, ValidationError

    desk.watch()
    ids = desk.complaint()
    dialog = desk.shown(ReferralDialog(desk.db, desk.back, desk.workspace(ids.complaint_id)))
    select_data(dialog.field, "Kesehatan")
    select_data(dialog.destination, h.partner_id(desk.db, "Kader Posyandu Desa"))
    dialog.reason.setPlainText("Pendampingan kader untuk berobat")

    def refuse(*_a: object, **_k: object) -> None:
        raise ValidationError("Periksa isian.", FormField.SERVICE)

    desk.monkeypatch.setattr(referrals, "create_referrals", refuse)
    save(dialog)
    assert dialog.service.property("invalid") == "true" and dialog.destination.property("invalid") != "true"


def test_the_form_opens_with_its_lists_read_off_the_window_thread(desk: BackDesk, fixed_now: dt.datetime) -> None:
    from puskesos_desktop.services.admin import catalogue

    ids = desk.complaint()
    ws = desk.open(ids.complaint_id)
    opened = drive(desk.monkeypatch, ReferralDialog, lambda d: None)
    gate = hold(desk.monkeypatch, catalogue, "list_services")
    ws.refer()
    assert opened == []
    gate.open()
    desk.wait()
    assert gate.calls == 1 and gate.threads == [False] and len(opened) == 1
    form = opened[0]
    assert isinstance(form, ReferralDialog) and form.services == form.choices.services
