"""The search box: typing is answered after a pause, Enter at once (a scanner types fast and presses Enter),
↓ goes to the results, Esc clears."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from puskesos_desktop.ui.widgets.search_box import SearchBox


def test_typing_is_debounced_and_enter_is_answered_at_once(qtbot: QtBot) -> None:
    box = SearchBox()
    qtbot.addWidget(box)
    queries: list[str] = []
    submitted: list[str] = []
    box.query_changed.connect(queries.append)
    box.submitted.connect(submitted.append)
    with qtbot.waitSignal(box.query_changed) as typed:
        qtbot.keyClicks(box, "siti")
        assert queries == []  # one answer after the pause, not one per key
    assert typed.args == ["siti"] and queries == ["siti"]
    qtbot.keyClicks(box, " am")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert submitted == ["siti am"] and not box.timer.isActive()  # the pending query is dropped


def test_down_moves_to_the_results_and_escape_clears(qtbot: QtBot) -> None:
    box = SearchBox()
    qtbot.addWidget(box)
    queries: list[str] = []
    box.query_changed.connect(queries.append)
    with qtbot.waitSignal(box.move_down):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    box.setText("budi")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == "" and queries[-1] == ""  # cleared: the list empties at once
