"""The Laporan tab driven like a user would: figures shown, each one clicked (or reached by keyboard) opens the
list it counts, data changes refresh it, printing previews the PDF, and a role without reports sees a refusal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.reporting import dashboard, reports
from puskesos_desktop.services.reporting.reports import FigureRef
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common import pdf_preview
from puskesos_desktop.ui.models.base import display
from puskesos_desktop.ui.tabs.reports import ReportsTab
from puskesos_desktop.ui.widgets.charts import BarChart, HeatMatrix
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.helpers.ui_thread import statements_on_this_thread
from tests.services import report_data
from tests.services.report_data import Village

NOV = "2026-11"


@pytest.fixture
def village(db: Database, front: Actor, facilitator: Actor, fixed_now: dt.datetime) -> Village:
    return report_data.build(db, front, facilitator)


def _settle(qtbot: QtBot, tab: ReportsTab) -> None:
    wait_for_jobs(qtbot)
    assert not tab.busy


@pytest.fixture
def tab(qtbot: QtBot, db: Database, village: Village, head: Actor) -> Iterator[ReportsTab]:
    ctx = AppContext(db, head)  # the head of village reads reports (and sees masked NIKs)
    widget = ReportsTab(ctx)
    widget.ctx_ref = ctx  # type: ignore[attr-defined]  # keep the context alive with the widget
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    _settle(qtbot, widget)
    yield widget
    wait_for_jobs(qtbot)


def _opened(qtbot: QtBot, tab: ReportsTab, before: object) -> reports.RecordList:
    wait_until(qtbot, lambda: tab.list_dialog is not None and tab.list_dialog is not before)
    assert tab.list_dialog is not None
    wait_until(qtbot, tab.list_dialog.isVisible)
    return tab.list_dialog.records


def _click_bar(qtbot: QtBot, tab: ReportsTab, chart: BarChart, index: int) -> reports.RecordList:
    before = tab.list_dialog
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(index).center())
    return _opened(qtbot, tab, before)


def test_month_figures_are_shown_and_each_opens_its_list(
    qtbot: QtBot, tab: ReportsTab, db: Database, head: Actor
) -> None:
    rep = reports.monthly_report(db, head, NOV)
    page = tab.monthly
    assert tab.selected_month() == NOV
    assert page.tile_complaints.value == rep.complaints.total
    assert page.tile_served.value == rep.residents_served
    assert page.tile_overdue_complaints.value == rep.overdue_complaints
    assert page.tile_days.value == rep.outcomes.average_days == 27.0  # (46 + 8) / 2
    assert page.tile_days.text_value() == "27 hari"

    before = tab.list_dialog
    qtbot.mouseClick(page.tile_overdue_complaints, Qt.MouseButton.LeftButton)
    listed = _opened(qtbot, tab, before)
    assert listed.total == rep.overdue_complaints == tab.list_dialog.table.model().rowCount()  # type: ignore[union-attr]
    assert "lewat batas waktu" in listed.title

    # A bar: complaints of the month in the "Kesehatan" field.
    chart = page.chart_complaint_fields
    index = next(i for i, item in enumerate(chart.items) if item.label == "Kesehatan")
    listed = _click_bar(qtbot, tab, chart, index)
    assert listed.title.endswith("Kesehatan")
    assert listed.total == rep.complaints.by_field["Kesehatan"] == len(listed.rows)
    assert set(listed.column("field")) == {"Kesehatan"}
    assert all("*" in str(nik) for nik in listed.column("nik"))  # masked for the head of village
    # Each column of the dialog shows its own value of the row (rows are value tuples in the columns' order).
    shown = tab.list_dialog.table.source  # type: ignore[union-attr]
    first = [shown.data(shown.index(0, c)) for c in range(shown.columnCount())]
    assert first == [display(v) for v in listed.rows[0].values] and "*" in first[listed.position("nik")]


def test_keyboard_reaches_a_figure(qtbot: QtBot, tab: ReportsTab, db: Database, head: Actor) -> None:
    chart = tab.monthly.chart_referral_status
    target = next(i for i, item in enumerate(chart.items) if i and item.value)  # zeros open nothing
    chart.setFocus()
    wait_until(qtbot, chart.hasFocus)
    for _ in range(target):
        qtbot.keyClick(chart, Qt.Key.Key_Down)
    before = tab.list_dialog
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    listed = _opened(qtbot, tab, before)
    status = chart.items[target].label
    assert listed.total == reports.monthly_report(db, head, NOV).referrals.by_status[status]
    tile = tab.monthly.tile_served
    tile.setFocus()
    before = tab.list_dialog
    qtbot.keyClick(tile, Qt.Key.Key_Enter)
    assert _opened(qtbot, tab, before).total == tile.value


def test_changing_the_month(qtbot: QtBot, tab: ReportsTab, db: Database, head: Actor) -> None:
    tab.month.setCurrentIndex(tab.month.findData("2026-10"))
    _settle(qtbot, tab)
    rep = reports.monthly_report(db, head, "2026-10")
    assert tab.monthly.report is not None and tab.monthly.report.period.month == "2026-10"
    assert tab.monthly.tile_complaints.value == rep.complaints.total == 6


def test_dashboard_figures_open_their_lists(
    qtbot: QtBot, tab: ReportsTab, db: Database, head: Actor, village: Village
) -> None:
    assert tab._dashboard is None  # built when its page is first shown (issue 12 §4), then read on a worker
    tab.pages.setCurrentIndex(1)
    assert tab._dashboard is not None and tab.busy
    _settle(qtbot, tab)
    assert not tab.month.isVisible() and not tab.button_print.isVisible()  # the dashboard has no month
    d = dashboard.dashboard(db, head)
    page = tab.dashboard_page
    assert page.tile_households.value == d.households and page.tile_uncovered.value == d.uncovered

    # The overlap matrix: the PKH × BPNT cell lists the households receiving both.
    matrix: HeatMatrix = page.overlap
    codes = [p for p in matrix.rows]
    r, c = codes.index("PKH"), codes.index("BPNT")
    before = tab.list_dialog
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=matrix.cell_rect(r, c).center())
    listed = _opened(qtbot, tab, before)
    assert listed.total == d.pair(village.programmes["PKH"], village.programmes["BPNT"]) == 1
    assert "PKH" in listed.title and "BPNT" in listed.title

    # A bar of the programme chart.
    chart = page.by_programme
    index = next(i for i, item in enumerate(chart.items) if item.label.startswith("PBI"))
    listed = _click_bar(qtbot, tab, chart, index)
    assert listed.total == d.by_programme[village.programmes["PBI"]] == len(listed.rows)

    # The uncovered tile: households in desil 1–4 with no programme.
    before = tab.list_dialog
    qtbot.mouseClick(page.tile_uncovered, Qt.MouseButton.LeftButton)
    assert _opened(qtbot, tab, before).total == d.uncovered == 2

    # A gap row, by keyboard: Enter on the "Ditolak" cell lists the refused complaints of that service.
    row = next(i for i, g in enumerate(d.gaps) if g.rejected)
    table = page.gaps
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, 3))
    before = tab.list_dialog
    qtbot.keyClick(table.viewport(), Qt.Key.Key_Return)
    listed = _opened(qtbot, tab, before)
    assert listed.total == d.gaps[row].rejected == 1 and "ditolak" in listed.title


def test_data_changes_refresh_the_tab(
    qtbot: QtBot, tab: ReportsTab, db: Database, front: Actor, village: Village
) -> None:
    tab.pages.setCurrentIndex(1)  # the dashboard is read from its first showing on
    _settle(qtbot, tab)
    tab.pages.setCurrentIndex(0)
    before = tab.monthly.tile_complaints.value
    assert isinstance(before, int)
    complaints.register_complaint(
        db, front, complaints.ComplaintInput(village.residents["r1"], "Sosial", "Atap rumah bocor")
    )
    tab.ctx.changed("complaints")
    wait_until(qtbot, lambda: tab.monthly.tile_complaints.value == before + 1)
    _settle(qtbot, tab)
    assert tab.dashboard_page.tile_gaps.value == sum(g.total for g in dashboard.dashboard(db, tab.ctx.actor).gaps)


def test_print_previews_the_pdf(qtbot: QtBot, tab: ReportsTab, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[pdf_preview.PdfPreviewDialog] = []

    def fake_exec(self: pdf_preview.PdfPreviewDialog) -> int:
        shown.append(self)
        return 0

    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "exec", fake_exec)
    qtbot.mouseClick(tab.button_print, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: bool(shown))
    dialog = shown[0]
    assert dialog.pdf.startswith(b"%PDF") and dialog.filename == "laporan-kegiatan-puskesos-2026-11.pdf"
    assert "Laporan Kegiatan Puskesos November 2026" in dialog.windowTitle()
    assert tab.button_print.isEnabled()


def test_the_first_showing_reads_nothing_on_the_window_thread(qtbot: QtBot, db: Database, coordinator: Actor) -> None:
    """Issue 12 §4: the rights and the month's figures are read on a worker, "Menghitung…" meanwhile."""
    with statements_on_this_thread() as seen:
        widget = ReportsTab(AppContext(db, coordinator))
        qtbot.addWidget(widget)
        widget.show()
        assert widget.loading() and widget.status.text() == "Menghitung…"
        wait_for_jobs(qtbot)
    assert not widget.loading() and widget.monthly.report is not None and widget.pages.isVisible()
    assert seen == []


def test_a_role_without_reports_sees_a_refusal(qtbot: QtBot, db: Database, facilitator: Actor) -> None:
    widget = ReportsTab(AppContext(db, facilitator))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.denied.isVisible() and not widget.pages.isVisible()
    assert not widget.busy and widget.monthly.report is None


def test_a_zero_opens_nothing(qtbot: QtBot, tab: ReportsTab) -> None:
    chart = tab.monthly.chart_complaint_status
    zero = next(i for i, item in enumerate(chart.items) if not item.value)
    before = tab.list_dialog
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(zero).center())
    wait_for_jobs(qtbot)
    assert not tab.busy and tab.list_dialog is before


def test_figure_refs_carry_the_month(tab: ReportsTab) -> None:
    assert tab.monthly.tile_letters.key == FigureRef("letters", NOV)
    assert tab.monthly.chart_letters.items[0].key == FigureRef("letters", NOV, kind="rekomendasi")
    assert isinstance(tab.monthly.chart_letters.bar_rect(0).center(), QPoint)


def test_the_pages_are_built_after_the_tab(qtbot: QtBot, db: Database, village: Village, head: Actor) -> None:
    """Issue 12 §4: the tab shows at once with "Menghitung…" while the month is read; its page is built on the
    next turn of the event loop, the dashboard only when its page is first shown."""
    ctx = AppContext(db, head)
    widget = ReportsTab(ctx)
    qtbot.addWidget(widget)
    widget.show()
    assert widget._monthly is None and widget._dashboard is None
    assert widget.busy and widget.status.text() == "Menghitung…"
    _settle(qtbot, widget)
    assert widget._monthly is not None and widget.monthly.report is not None and widget._dashboard is None
    assert widget.month.currentData() == NOV and widget.status.text() == ""
