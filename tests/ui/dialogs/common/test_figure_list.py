"""The list behind a figure: its title and count (saying when only the first rows are shown), a filter, numbers
right-aligned."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from puskesos_desktop.services.reporting.report_queries import ListRow, RecordList
from puskesos_desktop.ui.dialogs.common.figure_list import FigureListDialog


def test_count_filter_and_a_cut_list(qtbot: QtBot) -> None:
    rows = (ListRow(("Siti Aminah", 2)), ListRow(("Budi Hartono", 11)))
    records = RecordList("Keluhan November 2026", (("name", "Nama"), ("complaints", "Keluhan")), rows, total=1250)
    dialog = FigureListDialog(records)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Daftar — Keluhan November 2026"
    assert dialog.count.text() == "1.250 data; ditampilkan 2 yang pertama."
    assert dialog.table.source.rowCount() == 2
    align = dialog.table.source.data(dialog.table.source.index(0, 1), Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(align) & Qt.AlignmentFlag.AlignRight
    qtbot.keyClicks(dialog.filter, "budi")
    assert dialog.table.proxy.rowCount() == 1
    whole = FigureListDialog(RecordList("Usulan", (("name", "Nama"),), (ListRow(("Siti Aminah",)),), total=1))
    qtbot.addWidget(whole)
    assert whole.count.text() == "1 data."
