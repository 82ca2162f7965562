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
