"""The Laporan tab's two pages on their own: each shows what its service computed, every figure carries the
FigureRef of its list, and clicking one (or Enter on a table's cell) asks for that list through ``open_list``."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.reporting import dashboard, reports
from puskesos_desktop.services.reporting.report_queries import FigureRef
from puskesos_desktop.ui.widgets.report_pages import DashboardPage, MonthlyPage
from tests.services import report_data
from tests.services.report_data import Village

NOV = "2026-11"


@pytest.fixture
def village(db: Database, front: Actor, facilitator: Actor, fixed_now: dt.datetime) -> Village:
    return report_data.build(db, front, facilitator)


def test_monthly_page_shows_the_report_and_asks_for_lists(
    qtbot: QtBot, db: Database, head: Actor, village: Village
) -> None:
    page = MonthlyPage()
    qtbot.addWidget(page)
    page.resize(1300, 1600)
    page.show()
    assert page.report is None and page.hint.text() == "Memuat laporan…"  # the loading state until a report
    rep = reports.monthly_report(db, head, NOV)
    page.show_report(rep)
    assert page.report is rep and "Klik angka" in page.hint.text()
    assert page.tile_complaints.value == rep.complaints.total and page.tile_served.value == rep.residents_served
    assert page.tile_complaints.key == FigureRef("complaints", NOV)
    fields = {item.label: item for item in page.chart_complaint_fields.items}
    assert fields["Kesehatan"].value == rep.complaints.by_field["Kesehatan"]
    assert fields["Kesehatan"].key == FigureRef("complaints", NOV, field="Kesehatan")

    asked: list[object] = []
    page.open_list.connect(asked.append)
    qtbot.mouseClick(page.tile_complaints, Qt.MouseButton.LeftButton)
    chart = page.chart_complaint_fields
    index = [item.label for item in chart.items].index("Kesehatan")
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(index).center())
    assert asked == [FigureRef("complaints", NOV), FigureRef("complaints", NOV, field="Kesehatan")]

    # A facilitator's line: the visits column lists the visits, the complaints column the complaints visited.
    assert page.facilitators.source.rowCount() == len(rep.facilitators) > 0
    line = page.facilitators.row_at_proxy(0)
    page.facilitators.setFocus()
    page.facilitators.setCurrentIndex(page.facilitators.model().index(0, 2))
    qtbot.keyClick(page.facilitators.viewport(), Qt.Key.Key_Return)
    assert asked[-1] == FigureRef("visit_complaints", NOV, user_id=line.user_id)

    page.retranslate_ui()  # a language switch keeps the report shown
    assert "Klik angka" in page.hint.text() and page.tile_complaints.value == rep.complaints.total


def test_dashboard_page_shows_the_figures_and_asks_for_lists(
    qtbot: QtBot, db: Database, head: Actor, village: Village
) -> None:
    page = DashboardPage()
    qtbot.addWidget(page)
    page.resize(1300, 1800)
    page.show()
    assert page.dashboard is None and page.hint.text() == "Memuat dasbor…"
    d = dashboard.dashboard(db, head)
    page.show_dashboard(d)
    assert page.tile_households.value == d.households and page.tile_uncovered.value == d.uncovered
    assert page.tile_gaps.value == sum(g.total for g in d.gaps)
    assert page.gaps.source.rowCount() == len(d.gaps)

    asked: list[object] = []
    page.open_list.connect(asked.append)
    qtbot.mouseClick(page.tile_uncovered, Qt.MouseButton.LeftButton)
    assert asked == [FigureRef("gap_households")]
    # Enter on a gap row's "Ditolak" cell: the refused complaints of that service.
    row = next(i for i, g in enumerate(d.gaps) if g.rejected)
    page.gaps.setFocus()
    page.gaps.setCurrentIndex(page.gaps.model().index(row, 3))
    qtbot.keyClick(page.gaps.viewport(), Qt.Key.Key_Return)
    gap = page.gaps.row_at_proxy(row)
    assert asked[-1] == FigureRef("gap_complaints", field=gap.field, service_id=gap.service_id, kind="rejected")

    page.retranslate_ui()
    assert "Keadaan per" in page.hint.text() and page.tile_households.value == d.households
