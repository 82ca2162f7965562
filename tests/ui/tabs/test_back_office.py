"""The work queue: counts per field, filters, overdue rows standing out under a controlled clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from puskesos_desktop.core import clock
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import referrals
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.back.workspace import WorkspaceDialog
from puskesos_desktop.ui.dialogs.common.form_base import select_data
from puskesos_desktop.ui.tabs.back_office import FOLLOWUP, OVERDUE, BackOfficeTab
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.helpers.ui_thread import statements_on_this_thread
from tests.services import bo_helpers as h


def _background(tab: BackOfficeTab, proxy_row: int) -> object:
    brush = tab.table.proxy.index(proxy_row, 0).data(Qt.ItemDataRole.BackgroundRole)
    return brush.color() if isinstance(brush, QBrush) else None


def test_queue_counts_filters_and_overdue_rows(
    qtbot: QtBot, db: Database, front: Actor, back: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    moment = [dt.datetime(2026, 11, 23, 9, 0)]
    clock.set_clock(lambda: moment[0])
    bpjs = h.complaint(db, front)  # due 2 December
    rid = h.resident(db, front, "Yohanes Lado", "6201021505800003", "6201021505800004")
    fire = h.complaint(db, front, field="Sosial", service="KEBAKARAN", resident_id=rid)  # due 26 November
    number = referrals.create_referral(
        db, back, bpjs.complaint_id, referrals.ReferralInput("Kesehatan", h.partner_id(db, "Pemerintah Desa"), "x")
    ).number
    moment[0] = dt.datetime(2026, 11, 27, 9, 0)  # the fire complaint is one day late
    tab = BackOfficeTab(AppContext(db, back))
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    wait_for_jobs(qtbot)
    assert tab.table.proxy.rowCount() == 2
    assert tab.table.row_at_proxy(0).number == fire.complaint_number  # overdue first
    assert _background(tab, 0) == OVERDUE and _background(tab, 1) is None
    assert tab.field_buttons["Kesehatan"].text() == "Kesehatan (1)"
    assert tab.field_buttons["Sosial"].text() == "Sosial (1)"
    assert tab.field_buttons[""].text() == "Semua (2)"
    assert tab.overdue_label.text() == "1 lewat tenggat"
    # Two weeks on, the referral without an answer is flagged for follow-up.
    moment[0] = dt.datetime(2026, 12, 8, 9, 0)
    tab.refresh()
    wait_for_jobs(qtbot)
    assert tab.overdue_label.text() == "2 lewat tenggat"
    assert tab.followups.count() == 1 and tab.followups.table.row_at_proxy(0).number == number
    select_data(tab.due, "overdue")
    wait_for_jobs(qtbot)
    assert tab.table.proxy.rowCount() == 2
    # Field chips filter; counts stay.
    tab.field_buttons["Sosial"].click()
    wait_for_jobs(qtbot)
    assert [tab.table.row_at_proxy(i).id for i in range(tab.table.proxy.rowCount())] == [fire.complaint_id]
    assert tab.field_buttons["Kesehatan"].text() == "Kesehatan (1)"
    tab.field_buttons[""].click()
    wait_for_jobs(qtbot)
    tab.search.setText("yohanes")
    tab.refresh_queue()
    wait_for_jobs(qtbot)
    assert tab.table.proxy.rowCount() == 1
    tab.search.clear()
    tab.refresh_queue()
    wait_for_jobs(qtbot)
    # Enter on a row opens its workspace.
    opened: list[int] = []
    monkeypatch.setattr(WorkspaceDialog, "exec", lambda self: opened.append(self.complaint_id) or 0)
    tab.table.setFocus()
    tab.table.selectRow(1)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened == [tab.table.row_at_proxy(1).id]


def test_followup_colour_when_not_overdue(qtbot: QtBot, db: Database, front: Actor, back: Actor) -> None:
    moment = [dt.datetime(2026, 11, 2, 9, 0)]
    clock.set_clock(lambda: moment[0])
    ids = h.complaint(db, front, field="Sosial", service=None)
    referrals.create_referral(
        db, back, ids.complaint_id, referrals.ReferralInput("Sosial", h.partner_id(db, "Pemerintah Desa"), "x")
    )
    moment[0] = dt.datetime(2026, 11, 20, 9, 0)
    tab = BackOfficeTab(AppContext(db, back))
    qtbot.addWidget(tab)
    tab.show()
    wait_for_jobs(qtbot)
    assert _background(tab, 0) == FOLLOWUP
    assert "perlu tindak lanjut" in str(tab.table.proxy.index(0, 8).data())


def test_lists_load_off_the_ui_thread_with_a_loading_note(
    qtbot: QtBot, db: Database, front: Actor, back: Actor, fixed_now: dt.datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from puskesos_desktop.ui.tabs import back_office

    ids = h.complaint(db, front)
    outside = h.partner_id(db, "Dinas Sosial Kabupaten")  # waits for the coordinator's approval
    referrals.create_referral(db, back, ids.complaint_id, referrals.ReferralInput("Kesehatan", outside, "x"))
    threads: dict[str, str] = {}

    def watched(name: str, fn: object) -> object:
        def call(*args: object, **kwargs: object) -> object:
            threads[name] = threading.current_thread().name
            return fn(*args, **kwargs)  # type: ignore[operator]

        return call

    monkeypatch.setattr(back_office, "work_queue", watched("queue", back_office.work_queue))
    monkeypatch.setattr(referrals, "approval_rows", watched("approvals", referrals.approval_rows))
    monkeypatch.setattr(referrals, "followup_rows", watched("followups", referrals.followup_rows))
    ctx = AppContext(db, back)
    with statements_on_this_thread() as seen:
        tab = BackOfficeTab(ctx)
        qtbot.addWidget(tab)
        tab.resize(1366, 700)
        tab.show()
        # Shown at once, with the note over each list while it is read.
        assert tab.loading() and tab.queue_loader.overlay is not None and tab.queue_loader.overlay.isVisible()
        assert tab.queue_loader.overlay.text() == "Memuat daftar…"
        # The referral lists are built on later turns of the event loop (the approvals', then the follow-ups' when
        # their rows arrive, the note over their tab meanwhile): short stalls, not one long one.
        assert tab._panels is None and tab._panels_due
        wait_until(qtbot, lambda: tab._panel_built[0] is not None)
        assert tab._panel_built[1] is None or not tab.followups_loader.loading
        wait_for_jobs(qtbot)
    assert seen == []  # the rights too are read with the rows, on workers (issue 12 §4)
    assert not tab.loading() and not tab.queue_loader.overlay.isVisible()
    assert set(threads) == {"queue", "approvals", "followups"}
    assert threading.main_thread().name not in threads.values()
    assert tab.table.proxy.rowCount() == 1 and tab.approvals.count() == 1
    assert "(1)" in tab.inner.tabText(0) and "(1)" in tab.inner.tabText(1)


def test_latest_filter_wins(qtbot: QtBot, db: Database, front: Actor, back: Actor, fixed_now: dt.datetime) -> None:
    first = h.complaint(db, front, field="Sosial", service="KEBAKARAN")
    h.complaint(db, front, resident_id=first.resident_id)
    tab = BackOfficeTab(AppContext(db, back))
    qtbot.addWidget(tab)
    tab.show()
    wait_for_jobs(qtbot)
    assert tab.table.proxy.rowCount() == 2
    tab.field_buttons["Sosial"].click()
    tab.field_buttons["Kesehatan"].click()  # before the first answer came
    wait_for_jobs(qtbot)
    assert [tab.table.row_at_proxy(i).field for i in range(tab.table.proxy.rowCount())] == ["Kesehatan"]


def test_the_filter_applies_to_the_approvals_and_the_status_line_counts_the_tab_shown(
    qtbot: QtBot, db: Database, front: Actor, back: Actor, coordinator: Actor, fixed_now: dt.datetime
) -> None:
    """Issue 17 item 8: the field chips and the search narrow the referral lists too."""
    from tests.ui.widgets.test_referral_lists import _two_waiting

    numbers = _two_waiting(db, front, back)
    tab = BackOfficeTab(AppContext(db, coordinator))
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    wait_for_jobs(qtbot)
    tab.inner.setCurrentIndex(1)
    assert tab.approvals.count() == 2 and "2 dari 2 rujukan menunggu persetujuan" in tab.summary.text()
    tab.search.setText("budi")
    tab.refresh_queue()  # what the search box's timer does
    wait_for_jobs(qtbot)
    shown = [tab.approvals.table.row_at_proxy(i).number for i in range(tab.approvals.count())]
    assert shown == [numbers[1]] and "1 dari 2 rujukan" in tab.summary.text()
    assert "(1)" in tab.inner.tabText(1)
    tab.search.clear()
    tab.field_buttons["Sosial"].click()
    wait_for_jobs(qtbot)
    assert tab.approvals.count() == 0 and "0 dari 2" in tab.summary.text()
    tab.field_buttons[""].click()
    wait_for_jobs(qtbot)
    assert tab.approvals.count() == 2
    tab.inner.setCurrentIndex(0)
    assert "keluhan ditampilkan" in tab.summary.text()


def test_shown_as_it_is_built_in_stages(
    qtbot: QtBot, db: Database, front: Actor, back: Actor, fixed_now: dt.datetime
) -> None:
    """The window's way (staged): the field chips and a loading note on the first turn, the filters and the lists on
    later turns, then the rows from a job; built in one turn the tab's first showing was one 60–90 ms stall."""
    h.complaint(db, front)
    with statements_on_this_thread() as seen:
        tab = BackOfficeTab(AppContext(db, back), staged=True)
        qtbot.addWidget(tab)
        # What each later turn left built (polling for the in-between state would race a busy machine's timers).
        after: list[tuple[bool, bool]] = []

        def noted(stage: Callable[[], None]) -> Callable[[], None]:
            return lambda: (stage(), after.append((hasattr(tab, "search"), hasattr(tab, "table"))))[0]

        tab._stages = [noted(stage) for stage in tab._stages]
        tab.resize(1366, 700)
        tab.show()
        assert tab.building() and tab.loading() and tab.building_note.isVisible()
        assert not hasattr(tab, "search") and not hasattr(tab, "table")  # the filters and lists come later
        assert tab.field_buttons[""].text() == "Semua (0)"  # the chips are there, with their words
        wait_until(qtbot, lambda: not tab.loading())
    assert after[0] == (True, False) and after[-1] == (True, True)  # the filters a turn before the lists
    assert seen == []  # nothing read on the window's thread
    assert not tab.building() and tab.table.proxy.rowCount() == 1 and "(1)" in tab.inner.tabText(0)
    assert tab.labels["search"].text() == "&Cari"  # translated once built


def test_a_staged_tab_finishes_at_once_when_asked(qtbot: QtBot, db: Database, front: Actor, back: Actor) -> None:
    tab = BackOfficeTab(AppContext(db, back), staged=True)
    qtbot.addWidget(tab)
    tab.finish_build()  # the window's page(): its caller uses the widgets now
    assert not tab.building() and tab.search.isEnabled() and tab.table.source.rowCount() == 0
    tab.show()
    wait_until(qtbot, lambda: not tab.loading())
    tab.clear_personal_data()


def test_staged_filters_are_as_wide_as_built_at_once(qtbot: QtBot, db: Database, back: Actor) -> None:
    """A drop-down takes its width from its items when first shown: the staged build shows the filters with their
    choices already in them, so nothing is cut ("Semua yang terbu…")."""
    widths = []
    for staged in (False, True):
        tab = BackOfficeTab(AppContext(db, back), staged=staged)
        qtbot.addWidget(tab)
        tab.resize(1366, 700)
        tab.show()
        wait_until(qtbot, lambda tab=tab: not tab.loading())
        widths.append([combo.width() for combo in (tab.status, tab.due, tab.sort)])
        assert tab.status.width() >= tab.status.sizeHint().width()
    assert widths[0] == widths[1]
