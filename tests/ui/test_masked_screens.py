"""Issue 14.1 in the window: the penanggung jawab opens the resident page (with the household), the status desk, the
work queue, the front office's search and lists, a complaint's workspace and the report lists; no visible text —
labels, table cells, line edits, titles — holds a whole NIK or No. KK. The front office sees the same screens whole
(so the scan can fail)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.reporting import reports
from puskesos_desktop.services.reporting.reports import FigureRef
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.back.workspace import WorkspaceDialog
from puskesos_desktop.ui.dialogs.common.figure_list import FigureListDialog
from puskesos_desktop.ui.dialogs.front.resident_page import ResidentPageDialog
from puskesos_desktop.ui.dialogs.front.status_desk import StatusDeskDialog
from puskesos_desktop.ui.main_window import MainWindow
from puskesos_desktop.ui.tabs.back_office import BackOfficeTab
from puskesos_desktop.ui.tabs.front_office import FrontOfficeTab
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.services.fo_data import resident

WHOLE = re.compile(r"(?<![0-9A-Za-z])[0-9]{16}(?![0-9A-Za-z])")
NIK, KK, NIK2 = "6201025205900001", "6201021205900002", "6201021505880003"


def texts(root: QWidget) -> Iterator[str]:
    """Every text a person can read in a widget and its children: labels, fields, buttons, tab names, every
    cell (and header) of every table, every combo entry, the window title."""
    yield root.windowTitle()
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, (QLabel, QLineEdit, QAbstractButton)):
            yield w.text()
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            yield w.toPlainText()
        elif isinstance(w, QGroupBox):
            yield w.title()
        elif isinstance(w, QTabWidget):
            yield from (w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QComboBox):
            yield from (w.itemText(i) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m, top = w.model(), QModelIndex()
            try:
                columns = m.columnCount(top)
            except TypeError:  # a list model: one column, and the method is not exposed
                columns = 1
            for r in range(m.rowCount(top)):
                for c in range(columns):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = m.data(m.index(r, c), role)
                        if value is not None:
                            yield str(value)
            for c in range(columns):
                yield str(m.headerData(c, Qt.Orientation.Horizontal) or "")


def whole_numbers(root: QWidget) -> list[str]:
    return [t for t in texts(root) if WHOLE.search(t or "")]


@pytest.fixture
def village(db: Database, front: Actor, fixed_now: dt.datetime) -> tuple[int, str, int]:
    rid = resident(db, front, "Siti Aminah", NIK, KK, address="Jl. Melati 3", rt="002", rw="001")
    resident(db, front, "Ahmad Fauzi", NIK2, KK, address="Jl. Melati 3", rt="002", rw="001")
    done = complaints.register_complaint(db, front, complaints.ComplaintInput(rid, "Sosial", "Atap rumah bocor"))
    return rid, done.number, done.id


def _screens(qtbot: QtBot, db: Database, actor: Actor, village: tuple[int, str, int]) -> dict[str, list[str]]:
    """Open each screen as `actor` and collect the whole numbers each one shows."""
    rid, number, complaint_id = village
    ctx = AppContext(db, actor)
    found: dict[str, list[str]] = {}
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    fo = next(t for t in window.tab_pages if isinstance(t, FrontOfficeTab))
    fo.refresh()
    for text in ("Siti Aminah", NIK[:8], KK):
        fo.search_box.setText(text)
        fo.start_search(text)
        wait_until(qtbot, lambda: fo.results.source.rowCount() > 0)
        # What the person typed in the search box is theirs; everything the program answered is scanned.
        found[f"front office, search {text!r}"] = [t for t in whole_numbers(fo) if t != text]
    bo = next(t for t in window.tab_pages if isinstance(t, BackOfficeTab))
    bo.refresh_queue()
    wait_until(qtbot, lambda: bo.table.source.rowCount() == 1)  # the queue loads off the UI thread
    found["work queue"] = whole_numbers(bo)
    page = ResidentPageDialog(ctx, rid, window)
    qtbot.addWidget(page)
    wait_for_jobs(qtbot)  # the page is read on a worker
    page.show()
    for i in range(page.tabs.count()):  # the household, complaints, letters, history…
        page.tabs.setCurrentIndex(i)
        found[f"resident page, tab {page.tabs.tabText(i)}"] = whole_numbers(page)
    desk = StatusDeskDialog(ctx, number, window)
    qtbot.addWidget(desk)
    desk.show()
    wait_for_jobs(qtbot)
    found["status desk"] = whole_numbers(desk)
    workspace = WorkspaceDialog(ctx, complaint_id, window)
    qtbot.addWidget(workspace)
    workspace.show()
    wait_for_jobs(qtbot)  # the workspace is read on a worker
    found["workspace"] = whole_numbers(workspace)
    for figure in ("complaints", "residents_served", "proposals_month", "proposals_open", "letters"):
        try:
            records = reports.records(db, ctx.actor, FigureRef(figure, month="2026-11"))
        except Exception:  # noqa: BLE001 - a role without reports is refused: nothing to show
            continue
        dialog = FigureListDialog(records, window)
        qtbot.addWidget(dialog)
        dialog.show()
        assert isinstance(dialog, QDialog)
        found[f"report list {figure}"] = whole_numbers(dialog)
    return found


def test_the_penanggung_jawab_sees_no_whole_number_on_any_screen(
    qtbot: QtBot, db: Database, head: Actor, village: tuple[int, str, int]
) -> None:
    shown = _screens(qtbot, db, head, village)
    assert len(shown) >= 10
    assert {k: v for k, v in shown.items() if v} == {}


def test_the_front_office_sees_the_same_screens_whole(
    qtbot: QtBot, db: Database, front: Actor, village: tuple[int, str, int]
) -> None:
    shown = _screens(qtbot, db, front, village)
    assert any(NIK2 in t for v in shown.values() for t in v)  # the household member, whole
    with_numbers = {k for k, v in shown.items() if v}
    print(sorted(with_numbers))
    assert {"status desk", "workspace", "report list complaints"} <= with_numbers
    assert any(k.startswith("resident page") for k in with_numbers)
    assert any(k.startswith("front office, search") for k in with_numbers)
