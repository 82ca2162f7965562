"""The coordinator approves several referrals at once, with a message saying so (issue 17, item 4), as a job done
once however often pressed (issue 12); the follow-up list reads the full referral on a worker before its form."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from puskesos_desktop.core import clock
from puskesos_desktop.core.statuses import ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import referrals
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.back.outcome_form import OutcomeDialog
from puskesos_desktop.ui.widgets.referral_lists import ApprovalsPanel, FollowupPanel
from tests.helpers.driving import drive, save, watch
from tests.helpers.gate import hold
from tests.helpers.jobs import wait_for_jobs
from tests.services import bo_helpers as h


def _two_waiting(db: Database, front: Actor, back: Actor) -> list[str]:
    numbers = []
    dinsos = h.partner_id(db, "Dinas Sosial Kabupaten")
    for name, nik, kk in (("Siti Aminah", h.NIK, h.KK), ("Budi Hartono", "6201021507800001", "6201020101100002")):
        ids = h.complaint(db, front, resident_id=h.resident(db, front, name, nik, kk))
        made = referrals.create_referral(
            db, back, ids.complaint_id, referrals.ReferralInput("Kesehatan", dinsos, "PBI perlu diaktifkan")
        )
        numbers.append(made.number)
    return numbers


def test_approve_several_at_once(
    db: Database, front: Actor, back: Actor, coordinator: Actor, fixed_now: dt.datetime
) -> None:
    numbers = _two_waiting(db, front, back)
    done = referrals.approve_referrals(db, coordinator, numbers)
    assert [r.status for r in done] == [ReferralStatus.DIKIRIM, ReferralStatus.DIKIRIM]
    assert [r.number for r in done] == numbers


def test_approvals_panel_approves_the_selection_with_a_message(
    qtbot: QtBot, db: Database, front: Actor, back: Actor, coordinator: Actor, fixed_now: dt.datetime
) -> None:
    numbers = _two_waiting(db, front, back)
    panel = ApprovalsPanel(AppContext(db, coordinator))
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    wait_for_jobs(qtbot)
    assert panel.count() == 2
    panel.table.selectAll()
    qtbot.mouseClick(panel.button_approve, Qt.MouseButton.LeftButton)
    wait_for_jobs(qtbot)
    assert all(referrals.get_referral(db, n).status == ReferralStatus.DIKIRIM for n in numbers)
    assert panel.message.objectName() == "ok"
    assert "2 rujukan disetujui" in panel.message.text() and numbers[1] in panel.message.text()
    panel.refresh()  # the back-office tab does this on the "referrals" change
    wait_for_jobs(qtbot)
    assert panel.count() == 0


def test_approving_is_a_job_done_once_however_often_pressed(
    qtbot: QtBot,
    db: Database,
    front: Actor,
    back: Actor,
    coordinator: Actor,
    fixed_now: dt.datetime,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen = watch(monkeypatch)
    numbers = _two_waiting(db, front, back)
    panel = ApprovalsPanel(AppContext(db, coordinator))
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    wait_for_jobs(qtbot)
    panel.table.selectAll()
    gate = hold(monkeypatch, referrals, "approve_referrals")
    qtbot.mouseClick(panel.button_approve, Qt.MouseButton.LeftButton)
    assert not panel.button_approve.isEnabled()  # waiting for the answer
    panel.approve_selected()  # pressed again: a second approval would be refused
    gate.open()
    wait_for_jobs(qtbot)
    assert gate.calls == 1 and gate.threads == [False] and not screen.warnings
    assert panel.button_approve.isEnabled() and "2 rujukan disetujui" in panel.message.text()
    assert all(referrals.get_referral(db, n).status == ReferralStatus.DIKIRIM for n in numbers)


def test_followup_reads_the_referral_on_a_worker_then_opens_the_outcome_form(
    qtbot: QtBot,
    db: Database,
    front: Actor,
    back: Actor,
    coordinator: Actor,
    fixed_now: dt.datetime,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    watch(monkeypatch)
    with clock.frozen_at(dt.datetime(2026, 10, 1, 9, 0)):  # sent weeks ago, no answer since
        number = _two_waiting(db, front, back)[0]
        referrals.approve_referrals(db, coordinator, [number])
    panel = FollowupPanel(AppContext(db, back))
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    wait_for_jobs(qtbot)
    assert panel.total() == 1 and panel.table.source.row_at(0).number == number  # past its follow-up days
    opened: list[str] = []

    def outcome(d: OutcomeDialog) -> None:
        opened.append(d.referral.number)
        d.radios[ReferralStatus.DISETUJUI].setChecked(True)
        d.source.setCurrentText("Telepon")
        save(d)

    drive(monkeypatch, OutcomeDialog, outcome)
    gate = hold(monkeypatch, referrals, "get_referral")
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.button_outcome, Qt.MouseButton.LeftButton)
    assert opened == [] and not panel.button_outcome.isEnabled()  # the referral is being read
    gate.open()
    wait_for_jobs(qtbot)
    assert gate.threads == [False] and len(opened) == 1 and panel.button_outcome.isEnabled()
