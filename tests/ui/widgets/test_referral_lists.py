"""The coordinator approves several referrals at once, with a message saying so (issue 17, item 4)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.statuses import ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import referrals
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.widgets.referral_lists import ApprovalsPanel
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
