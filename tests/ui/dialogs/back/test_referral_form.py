"""Referring a complaint (ui/dialogs/back/referral_form.py): several fields in one form, the service's default
destination, saved as a job once however often Save is pressed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.statuses import ComplaintStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import backoffice, complaints, referrals
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.dialogs.back.referral_form import ReferralDialog
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


def test_refer_to_two_fields_at_once(
    qtbot: QtBot,
    db: Database,
    front: Actor,
    back: Actor,
    fixed_now: dt.datetime,
    monkeypatch: pytest.MonkeyPatch,
    open_workspace: OpenWorkspace,
) -> None:
    screen = watch(monkeypatch)
    ids = h.complaint(db, front)
    ws = open_workspace(back, ids.complaint_id)

    def fill(d: ReferralDialog) -> None:
        select_data(d.field, "Kesehatan")
        select_data(d.destination, h.partner_id(db, "Kader Posyandu Desa"))
        d.reason.setPlainText("Pendampingan kader untuk berobat")
        d.button_add.click()
        assert len(d.pending) == 1 and d.reason.toPlainText() == ""
        select_data(d.field, "Pendidikan")
        select_data(d.service, h.service_id(db, "SKTM-SEKOLAH"))
        assert d.destination.currentData() == h.partner_id(db, "Pemerintah Desa")  # the service's default
        d.reason.setPlainText("SKTM untuk anak SMP")
        save(d)

    opened = drive(monkeypatch, ReferralDialog, fill)
    qtbot.mouseClick(ws.button_refer, LEFT)
    wait_for_jobs(qtbot)  # the action's reload reads on a worker
    assert len(opened) == 1 and not screen.warnings
    made = referrals.list_referrals(db, ids.complaint_id)
    assert [(r.field, r.status) for r in made] == [("Kesehatan", "Dikirim"), ("Pendidikan", "Dikirim")]
    assert made[0].documents == ("Fotokopi KTP",)  # the received document is attached by default
    assert _status(db, ids.complaint_id) == ComplaintStatus.DIRUJUK
    assert ws.referrals.table.source.rowCount() == 2


def test_save_pressed_twice_makes_the_referrals_once(
    qtbot: QtBot, db: Database, front: Actor, back: Actor, fixed_now: dt.datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = h.complaint(db, front)
    dialog = ReferralDialog(db, back, backoffice.get_workspace(db, back, ids.complaint_id))
    qtbot.addWidget(dialog)
    dialog.show()
    select_data(dialog.field, "Kesehatan")
    select_data(dialog.destination, h.partner_id(db, "Kader Posyandu Desa"))
    dialog.reason.setPlainText("Pendampingan kader untuk berobat")
    gate = hold(monkeypatch, referrals, "create_referrals")
    dialog.accept()
    assert dialog.saving and not dialog.reason.isEnabled()
    dialog.accept()  # Enter pressed again
    gate.open()
    wait_for_jobs(qtbot)
    assert gate.calls == 1 and gate.threads == [False] and dialog.result() == 1
    assert [r.number for r in dialog.created] == [r.number for r in referrals.list_referrals(db, ids.complaint_id)]
    assert len(dialog.created) == 1


def test_a_service_refusal_marks_the_widget_of_its_form_field(
    qtbot: QtBot, db: Database, front: Actor, back: Actor, fixed_now: dt.datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by the FormField key the service gives, not by matching the Indonesian label (issue 18 §3)."""
    from puskesos_desktop.core.errors import FormField, ValidationError

    watch(monkeypatch)
    ids = h.complaint(db, front)
    dialog = ReferralDialog(db, back, backoffice.get_workspace(db, back, ids.complaint_id))
    qtbot.addWidget(dialog)
    dialog.show()
    select_data(dialog.field, "Kesehatan")
    select_data(dialog.destination, h.partner_id(db, "Kader Posyandu Desa"))
    dialog.reason.setPlainText("Pendampingan kader untuk berobat")

    def refuse(*_a: object, **_k: object) -> None:
        raise ValidationError("Periksa isian.", FormField.SERVICE)

    monkeypatch.setattr(referrals, "create_referrals", refuse)
    save(dialog)
    assert dialog.service.property("invalid") == "true" and dialog.destination.property("invalid") != "true"


def test_the_form_opens_with_its_lists_read_off_the_window_thread(
    qtbot: QtBot,
    db: Database,
    front: Actor,
    back: Actor,
    fixed_now: dt.datetime,
    monkeypatch: pytest.MonkeyPatch,
    open_workspace: Callable[[Actor, int], WorkspaceDialog],
) -> None:
    from puskesos_desktop.services.admin import catalogue

    ids = h.complaint(db, front)
    ws = open_workspace(back, ids.complaint_id)
    opened = drive(monkeypatch, ReferralDialog, lambda d: None)
    gate = hold(monkeypatch, catalogue, "list_services")
    ws.refer()
    assert opened == []
    gate.open()
    wait_for_jobs(qtbot)
    assert gate.calls == 1 and gate.threads == [False] and len(opened) == 1
    form = opened[0]
    assert isinstance(form, ReferralDialog) and form.services == form.choices.services
