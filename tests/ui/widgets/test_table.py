"""The shared table and its model on the window's thread (issue 12): a long list is sized from a sample of its rows,
each row's texts are worked out once (the model alone: tests/ui/models/test_base.py)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from types import SimpleNamespace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.widgets.table import RESIZE_SAMPLE_ROWS, RecordTable


def _rows(n: int, tag: str = "") -> list[SimpleNamespace]:
    return [
        SimpleNamespace(number=f"RESI/{i:05d}", name=f"Warga {tag}{i}", since=dt.date(2026, 1, 1)) for i in range(n)
    ]


def test_a_long_list_is_sized_from_a_sample_and_each_row_read_once(qtbot: QtBot) -> None:
    read: Counter[int] = Counter()

    def name(row: SimpleNamespace) -> str:
        read[id(row)] += 1
        return str(row.name)

    table = RecordTable([Column("number", "Nomor"), Column("name", "Nama", getter=name), Column("since", "Sejak")])
    qtbot.addWidget(table)
    table.resize(900, 400)
    table.show()
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # sorted by another column: the name is not a sort key
    table.set_rows(_rows(2000))
    qtbot.waitExposed(table)
    table.grab()  # painted twice
    table.grab()
    # Column widths come from the sample (Qt's default walks 1,000 rows: a second on the window's thread for a long
    # list); painting twice reads no row again.
    assert 0 < len(read) <= RESIZE_SAMPLE_ROWS + 30
    assert set(read.values()) == {1}


def test_a_list_behind_another_tab_is_sized_when_it_shows(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QTabWidget

    read: Counter[int] = Counter()

    def name(row: SimpleNamespace) -> str:
        read[id(row)] += 1
        return str(row.name)

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    first = RecordTable([Column("number", "Nomor")])
    behind = RecordTable([Column("number", "Nomor"), Column("name", "Nama", getter=name)])
    tabs.addTab(first, "1")
    tabs.addTab(behind, "2")
    tabs.resize(900, 400)
    tabs.show()
    qtbot.waitExposed(tabs)
    behind.set_rows(_rows(300))  # refreshed in the background while another list is on screen
    assert not read
    tabs.setCurrentWidget(behind)
    assert read  # measured on showing: the column is as wide as its names
    assert behind.horizontalHeader().sectionSize(1) >= behind.fontMetrics().horizontalAdvance("Warga 299")


def test_sorting_asks_each_row_once_keeps_ties_and_the_selection(qtbot: QtBot) -> None:
    """The model sorts itself: a refill of a sorted list does not ask data() for two keys per comparison (~13 ms of
    the window's thread for 500 rows); ties keep the order given, mixed empty and numeric cells sort, and the
    selected person stays selected."""
    table = RecordTable([Column("number", "Nomor"), Column("count", "Jumlah"), Column("name", "Nama")])
    qtbot.addWidget(table)
    table.show()
    rows = [SimpleNamespace(number=f"R{i}", count=(i % 3 if i % 4 else None), name=f"Warga {i}") for i in range(12)]
    asked: Counter[int] = Counter()
    original = table.source.data

    def counting(index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        asked[role] += 1
        return original(index, role)

    table.source.data = counting  # type: ignore[method-assign]
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    table.set_rows(rows)
    assert asked[table.source.SortRole] == 0
    shown = [table.proxy.index(r, 0).data() for r in range(table.proxy.rowCount())]
    expect = sorted(rows, key=lambda x: (1, "") if x.count is None else (0, x.count))
    assert shown == [x.number for x in expect]  # stable: ties in the order given
    table.selectRow(shown.index("R5"))
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert asked[table.source.SortRole] == 0
    shown = [table.proxy.index(r, 0).data() for r in range(table.proxy.rowCount())]
    assert shown == [x.number for x in sorted(expect, key=lambda x: (1, "") if x.count is None else (0, x.count),
                                              reverse=True)]  # fmt: skip
    (selected,) = table.selectionModel().selectedRows()
    assert selected.data() == "R5" and table.source.row_at(table.proxy.mapToSource(selected).row()) is rows[5]
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the order given
    assert [table.proxy.index(r, 0).data() for r in range(12)] == [x.number for x in rows]
