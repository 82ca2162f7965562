"""The one table model (ui/models/base.py): rows are plain objects (dataclasses) read through their columns; texts,
sort keys, alignment, tooltips, highlight and headers as each list shows them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from puskesos_desktop.ui.models.base import Column, RowTableModel, display, sort_key


@dataclass(frozen=True)
class Row:
    number: str
    name: str
    since: dt.date
    amount: int = 0
    urgent: bool = False
    programmes: tuple[str, ...] = field(default_factory=tuple)
    note: str | None = None


def _rows(n: int, tag: str = "") -> list[Row]:
    return [Row(number=f"RESI/{i:05d}", name=f"Warga {tag}{i}", since=dt.date(2026, 1, 1)) for i in range(n)]


def test_new_rows_and_new_columns_show_their_own_texts() -> None:
    model = RowTableModel([Column("name", "Nama")])
    model.set_rows(_rows(3, "lama "))
    assert model.index(1, 0).data() == "Warga lama 1"
    model.set_rows(_rows(3, "baru "))
    assert model.index(1, 0).data() == "Warga baru 1"
    # The import wizard swaps the columns inside a reset of its own.
    model.beginResetModel()
    model.columns = [Column("number", "Nomor"), Column("since", "Sejak")]
    model.endResetModel()
    assert [model.index(1, c).data() for c in range(2)] == ["RESI/00001", "01-01-2026"]
    assert model.index(1, 1).data(RowTableModel.SortRole) == "2026-01-01"
    assert model.index(5, 0).data() is None and model.index(1, 0).data(RowTableModel.RowRole).number == "RESI/00001"


def test_values_are_shown_as_a_person_reads_them() -> None:
    assert display(None) == "" and display(False) == "" and display(True) == "Ya"
    assert display(dt.datetime(2026, 3, 4, 7, 5)) == "04-03-2026 07:05"
    assert display(dt.date(2026, 3, 4)) == "04-03-2026"
    assert display(("PKH", "BPNT")) == "PKH, BPNT" and display([]) == ""
    assert display(1250) == "1250" and display("Sukamaju") == "Sukamaju"


def test_sort_keys_keep_numbers_as_numbers_dates_in_order_and_ignore_case() -> None:
    assert sort_key(None) == "" and sort_key(9) == 9 and sort_key(2.5) == 2.5
    assert sort_key(dt.date(2026, 1, 2)) == "2026-01-02" and sort_key("Budi") == "budi"
    # Numbers compare as numbers ("10" would come before "9" as text); dates by their ISO text.
    assert sorted([10, 9, 100], key=sort_key) == [9, 10, 100]
    dates = [dt.date(2026, 12, 1), dt.date(2025, 12, 31), dt.date(2026, 2, 1)]
    assert sorted(dates, key=sort_key) == sorted(dates)


def test_each_column_reads_its_field_or_its_getter() -> None:
    columns = [
        Column("number", "Nomor"),
        Column("amount", "Jumlah", align_right=True),
        Column("urgent", "Mendesak"),
        Column("programmes", "Program"),
        Column("note", "Catatan"),
        Column("missing", "Tidak ada"),
        Column("label", "Label", getter=lambda r: f"{r.number} · {r.name}"),
    ]
    model = RowTableModel(columns)
    row = Row("RESI/00007", "Siti", dt.date(2026, 5, 1), amount=300000, urgent=True, programmes=("PKH", "PIP"))
    model.set_rows([row])
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts == ["RESI/00007", "300000", "Ya", "PKH, PIP", "", "", "RESI/00007 · Siti"]
    assert model.index(0, 1).data(RowTableModel.SortRole) == 300000
    right = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.index(0, 0).data(RowTableModel.RowRole) is row and model.row_at(0) is row
    # A list of rows, never a tree: nothing under a row; rows() is a copy the caller may change.
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0
    model.rows().clear()
    assert model.rowCount() == 1 and model.rowCount(QModelIndex()) == 1


def test_only_a_long_text_has_a_tooltip() -> None:
    model = RowTableModel([Column("name", "Nama")])
    long_name = "Raden Ajeng Siti Nurhaliza binti Abdullah"
    model.set_rows([Row("A", "Siti", dt.date(2026, 1, 1)), Row("B", long_name, dt.date(2026, 1, 1))])
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == long_name


def test_a_highlight_colours_the_rows_it_picks() -> None:
    model = RowTableModel([Column("number", "Nomor")])
    model.set_rows([Row("A", "Siti", dt.date(2026, 1, 1), urgent=True), Row("B", "Budi", dt.date(2026, 1, 1))])
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None  # no highlight set
    model.highlight = lambda r: QColor("#fde2e2") if r.urgent else None
    brush = model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.color().name() == "#fde2e2"
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_headers_break_over_two_lines_only_when_the_table_asks() -> None:
    model = RowTableModel([Column("late", "Lewat (hari)"), Column("name", "Nama")])
    horizontal, display_role = Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    assert [model.headerData(c, horizontal, display_role) for c in range(2)] == ["Lewat (hari)", "Nama"]
    model.two_line_headers = True
    assert [model.headerData(c, horizontal, display_role) for c in range(2)] == ["Lewat\n(hari)", "Nama"]
    assert model.headerData(0, Qt.Orientation.Vertical, display_role) is None
    assert model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) is None
