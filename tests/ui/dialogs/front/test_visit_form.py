"""A facilitator's field visit, then the registrations made in it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.statuses import Channel, ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import complaints, visits
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.front import visit_form
from puskesos_desktop.ui.dialogs.front.complaint_form import ComplaintFormDialog
from puskesos_desktop.ui.dialogs.front.resident_form import ResidentFormDialog
from puskesos_desktop.ui.dialogs.front.visit_form import VisitFormDialog
from puskesos_desktop.ui.tabs.front_office import FrontOfficeTab
from tests.helpers.driving import save
from tests.helpers.gate import hold
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.helpers.ui_thread import statements_on_this_thread
from tests.services.casework.test_statusdesk import _refer


def test_facilitator_visit_then_registrations_in_it(
    qtbot: QtBot, db: Database, facilitator: Actor, pdfs: list[bytes], monkeypatch: pytest.MonkeyPatch, fixed_now: Any
) -> None:
    ctx = AppContext(db, facilitator)
    tab = FrontOfficeTab(ctx)
    qtbot.addWidget(tab)
    tab.show()

    def fill_visit(form: VisitFormDialog) -> None:
        wait_until(qtbot, lambda: not form.loading())
        assert not form.facilitator.isEnabled() and form.facilitator.currentText() == "Agus Salim"
        qtbot.keyClicks(form.place, "Dusun III")
        qtbot.keyClicks(form.households, "6201021205900002")
        save(form)

    def fake(cls: Any, steps: Any) -> None:
        def run(self: Any) -> int:
            if hasattr(self, "finish_build"):
                self.finish_build()  # the parts exec() builds before showing
            self.show()
            steps(self)
            return int(self.result())

        monkeypatch.setattr(cls, "exec", run)

    fake(VisitFormDialog, fill_visit)
    tab.new_visit()
    wait_until(qtbot, lambda: tab.active_visit() is not None)
    visit_id = tab.active_visit()
    assert visit_id is not None and "Dusun III" in tab.message.text()

    def fill_resident(form: ResidentFormDialog) -> None:
        qtbot.keyClicks(form.name, "Warga Lapangan")
        qtbot.keyClicks(form.nik, "6201024506850001")
        qtbot.keyClicks(form.kk, "6201021506850001")
        save(form)

    def fill_complaint(form: ComplaintFormDialog) -> None:
        assert not form.channel.isEnabled() and form.channel.currentData() == Channel.FASILITATOR.value
        form.field.setCurrentIndex(form.field.findData("Sosial"))
        qtbot.keyClicks(form.description, "Atap bocor")
        form.consent_data.setChecked(True)
        save(form)

    fake(ResidentFormDialog, fill_resident)
    fake(ComplaintFormDialog, fill_complaint)
    tab.new_resident()
    wait_until(qtbot, lambda: len(pdfs) == 1)
    detail = visits.get_visit(db, None, visit_id)
    assert [r[1] for r in detail.residents] == ["Warga Lapangan"] and len(detail.complaints) == 1
    c = complaints.get_complaint(db, None, detail.complaints[0][0])
    assert c.facilitator_id == facilitator.user_id and c.visit_id == visit_id
    # The worklist shows the facilitator who must inform once an outcome arrives.
    _refer(db, c.number, ReferralStatus.DISETUJUI.value, dt.date(2026, 11, 23))
    tab.refresh()
    wait_for_jobs(qtbot)
    assert tab.to_inform.source.rowCount() == 1 and "(1)" in tab.lists.tabText(1)


def test_the_edit_form_reads_its_visit_off_the_window_thread(
    qtbot: QtBot, db: Database, facilitator: Actor, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    visit = visits.record_visit(
        db, facilitator, visits.VisitInput(dt.date(2026, 11, 3), "Dusun II", "6201021205900002", "Atap", None)
    )
    gate = hold(monkeypatch, visit_form, "read_start")
    with statements_on_this_thread() as seen:
        form = VisitFormDialog(AppContext(db, coordinator), visit.id)
        qtbot.addWidget(form)
        form.show()
        wait_until(qtbot, lambda: gate.calls == 1)
        # Greyed while the visit is read: nothing to type into, nothing to save.
        assert form.loading() and not form.place.isEnabled() and not form.facilitator.isEnabled()
        assert not form.buttons.button(form.buttons.StandardButton.Save).isEnabled()
        gate.open()
        wait_until(qtbot, lambda: not form.loading())
    assert gate.threads == [False] and seen == []  # read on a worker; no SQL on the window's thread
    assert form.place.text() == "Dusun II" and form.place.isEnabled() and form.facilitator.isEnabled()
    assert form.facilitator.currentText() == "Agus Salim" and not form.has_changes()
