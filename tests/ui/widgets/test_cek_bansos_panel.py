"""The resident page's Cek Bansos section on its own: the filings with their deadline (late ones say by how many
days), the outcome button only with a row chosen, a new filing announced and shown, nothing offered without the
right."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import cek_bansos
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.registry.cek_bansos_form import CekBansosForm, CekBansosOutcomeForm
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets import cek_bansos_panel
from puskesos_desktop.ui.widgets.cek_bansos_panel import CekBansosPanel
from tests.helpers.driving import drive, watch
from tests.helpers.gate import hold
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.helpers.ui_thread import statements_on_this_thread
from tests.services.fo_data import resident

NIK, KK = "6201024506800003", "6201021205900012"


def _texts(panel: CekBansosPanel, row: int) -> list[str]:
    model = panel.table.source
    return [str(model.index(row, c).data()) for c in range(model.columnCount())]


def test_filings_show_their_deadline_and_a_new_one_is_announced(
    qtbot: QtBot, db: Database, front: Actor, december: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch(monkeypatch)
    rid = resident(db, front, "Sri Rahayu", NIK, KK, sex="P")
    cek_bansos.record(db, front, rid, cek_bansos.FilingInput("Usul", dt.date(2026, 11, 2), reference="CB-77"))
    ctx = AppContext(db, front)
    topics: list[str] = []
    ctx.data_changed.connect(topics.append)
    panel = CekBansosPanel(ctx, rid)
    qtbot.addWidget(panel)
    panel.show()
    panel.reload()
    wait_for_jobs(qtbot)
    assert panel.button_new.isVisible() and not panel.button_outcome.isEnabled()  # no row chosen yet
    # Deadline 16-11-2026, today 09-12-2026: the waiting filing says it is 23 days late.
    assert _texts(panel, 0)[:6] == ["Usul", "02-11-2026", KK, "CB-77", "16-11-2026", "Menunggu (lewat tenggat 23 hari)"]
    panel.table.selectRow(0)
    assert panel.button_outcome.isEnabled()

    def fill(form: CekBansosForm) -> None:
        form.filed_on.setText("08-12-2026")
        form.reference.setText("CB-78")
        form.accept()

    drive(monkeypatch, CekBansosForm, fill)
    panel.button_new.click()
    wait_for_jobs(qtbot)
    assert topics == [Topic.PROPOSALS] and panel.table.source.rowCount() == 2
    assert _texts(panel, 0)[:6] == ["Usul", "08-12-2026", KK, "CB-78", "22-12-2026", "Menunggu"]  # newest first

    drive(monkeypatch, CekBansosOutcomeForm, lambda form: form.accept())
    panel.table.selectRow(1)
    panel.button_outcome.click()
    wait_for_jobs(qtbot)
    assert topics == [Topic.PROPOSALS, Topic.PROPOSALS]
    assert [f.outcome for f in cek_bansos.for_resident(db, front, rid)] == ["Menunggu", "Diterima"]
    assert _texts(panel, 1)[5:7] == ["Diterima", "09-12-2026"]  # answered: no longer late


def test_a_cancelled_form_changes_nothing(
    qtbot: QtBot, db: Database, front: Actor, december: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = resident(db, front, "Sri Rahayu", NIK, KK, sex="P")
    ctx = AppContext(db, front)
    topics: list[str] = []
    ctx.data_changed.connect(topics.append)
    panel = CekBansosPanel(ctx, rid)
    qtbot.addWidget(panel)
    panel.reload()
    wait_for_jobs(qtbot)
    opened = drive(monkeypatch, CekBansosForm, lambda form: form.reject())
    panel.new_filing()
    assert len(opened) == 1 and topics == [] and cek_bansos.for_resident(db, front, rid) == []


def test_nothing_is_offered_without_the_right_to_file(
    qtbot: QtBot, db: Database, front: Actor, back: Actor, december: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = resident(db, front, "Sri Rahayu", NIK, KK, sex="P")
    cek_bansos.record(db, front, rid, cek_bansos.FilingInput("Usul", dt.date(2026, 12, 1)))
    panel = CekBansosPanel(AppContext(db, back), rid)
    qtbot.addWidget(panel)
    panel.show()
    panel.reload()
    wait_for_jobs(qtbot)
    assert panel.table.source.rowCount() == 1  # the back office sees the filing
    assert not panel.button_new.isVisible() and not panel.button_outcome.isVisible()
    opened = drive(monkeypatch, CekBansosOutcomeForm, lambda form: form.accept())
    panel.table.selectRow(0)
    panel.record_outcome()  # a double-click on the row: no form for someone who may not answer it
    assert opened == [] and cek_bansos.for_resident(db, front, rid)[0].outcome == "Menunggu"


def test_the_filings_and_rights_are_read_off_the_window_thread(
    qtbot: QtBot, db: Database, front: Actor, december: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = resident(db, front, "Sri Rahayu", NIK, KK, sex="P")
    cek_bansos.record(db, front, rid, cek_bansos.FilingInput("Usul", dt.date(2026, 12, 1)))
    gate = hold(monkeypatch, cek_bansos_panel, "read_panel")
    panel = CekBansosPanel(AppContext(db, front), rid)
    qtbot.addWidget(panel)
    panel.show()
    with statements_on_this_thread() as seen:
        panel.reload()
        wait_until(qtbot, lambda: gate.calls == 1)
        # Loading: nothing offered yet (the rights come with the rows).
        assert panel.loading() and not panel.button_new.isVisible() and not panel.button_outcome.isVisible()
        gate.open()
        wait_for_jobs(qtbot)
    assert gate.threads == [False] and seen == []  # the read ran on a worker; the window's thread ran no SQL
    assert panel.table.source.rowCount() == 1 and panel.button_new.isVisible()
