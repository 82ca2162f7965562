"""The report charts on their own: figures written as Indonesians write numbers; a tile, a bar or a cell opens its
list by mouse or keyboard; a zero or a figure with no list behind it opens nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from puskesos_desktop.ui.widgets.charts import BarChart, ChartItem, FigureTile, HeatMatrix


def test_a_tile_shows_its_figure_and_opens_its_list_unless_zero(qtbot: QtBot) -> None:
    tile = FigureTile("Pengaduan masuk")
    qtbot.addWidget(tile)
    opened: list[object] = []
    tile.activated.connect(opened.append)
    tile.set_figure(1234, "masuk")
    assert tile.text_value() == "1.234" and tile.accessibleName() == "Pengaduan masuk: 1.234"
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert opened == ["masuk", "masuk"]
    tile.set_figure(2.5, "rata", "hari")
    assert tile.text_value() == "2,5 hari"
    tile.set_figure(0, "kosong")  # nothing to list behind a zero
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert not tile.isEnabled() and opened == ["masuk", "masuk"]
    tile.set_figure(None, None)
    assert tile.text_value() == "-" and not tile.isEnabled()


def test_a_bar_opens_by_click_or_by_arrows_and_enter(qtbot: QtBot) -> None:
    chart = BarChart("Per kategori")
    qtbot.addWidget(chart)
    chart.set_items([ChartItem("Sosial", 12, "sosial"), ChartItem("Kesehatan", 0, "sehat"), ChartItem("Lain", 3)])
    chart.resize(400, chart.sizeHint().height())
    chart.show()
    qtbot.waitExposed(chart)
    opened: list[object] = []
    chart.activated.connect(opened.append)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(0).center())
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(1).center())  # a zero
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(2).center())  # no list behind it
    assert opened == ["sosial"] and chart.current == 2
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    qtbot.keyClick(chart, Qt.Key.Key_Up)  # stops at the first bar
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert chart.current == 0 and opened == ["sosial", "sosial"]
    assert chart.index_at(chart.bar_rect(2).center()) == 2 and chart.index_at(chart.rect().bottomRight()) == -1
    chart.set_items([ChartItem("Sosial", 12, "sosial")])
    assert chart.current == 0  # the keyboard's place stays inside the new items


def test_a_cell_opens_by_click_or_by_arrows_and_enter(qtbot: QtBot) -> None:
    matrix = HeatMatrix("Tumpang tindih")
    qtbot.addWidget(matrix)
    names = ["PKH", "BPNT"]
    matrix.set_data(names, names, [[5, 2], [2, 0]], [[(r, c) for c in names] for r in names])
    matrix.resize(420, matrix.sizeHint().height())
    matrix.show()
    qtbot.waitExposed(matrix)
    opened: list[object] = []
    matrix.activated.connect(opened.append)
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=matrix.cell_rect(0, 1).center())
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=matrix.cell_rect(1, 1).center())  # a zero
    assert opened == [("PKH", "BPNT")] and matrix.current == (1, 1)
    qtbot.keyClick(matrix, Qt.Key.Key_Left)
    qtbot.keyClick(matrix, Qt.Key.Key_Left)  # stops at the edge
    qtbot.keyClick(matrix, Qt.Key.Key_Return)
    assert matrix.current == (1, 0) and opened == [("PKH", "BPNT"), ("BPNT", "PKH")]
    assert matrix.cell_at(matrix.cell_rect(0, 0).center()) == (0, 0)
