"""One table-model shape for every list: column constants, translatable headers, reset-based set_rows()."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex
# Roles as plain ints: data() runs for every cell many times, and comparing ints is the cheap part of it.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_SORT = int(Qt.ItemDataRole.UserRole.value) + 1
_ROW = int(Qt.ItemDataRole.UserRole.value) + 2
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # source text (Indonesian), translated in the "RowTableModel" context
    getter: Callable[[Any], object] | None = None
    align_right: bool = False
    whole: bool = False  # never elided when the table must narrow (a status word: "Diteruska…" tells nothing)


def display(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("RowTableModel", "Ya") if value else ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(str(v) for v in value)
    return str(value)


def sort_key(v: object) -> object:
    if v is None:
        return ""
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return v if isinstance(v, (int, float)) else str(v).lower()


def _ordered(key: object) -> tuple[int, object]:
    # Numbers before texts: one column can hold both (an empty cell is ""), and Python will not compare them.
    return (0, key) if isinstance(key, (int, float)) else (1, key)


class RowTableModel(QAbstractTableModel):
    """Rows are services' frozen dataclasses (never dicts); columns say how to read them (an attribute named by the
    key, or the column's getter). sort() orders by each cell's raw value (the key SortRole also answers)."""

    SortRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []  # as given; the list shows them in self._order
        self._order: list[int] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.highlight: Callable[[Any], QColor | None] | None = None
        self.two_line_headers = False  # set by the table (ui/widgets/table.py) when one-line headers do not fit
        self._forget()
        # Every reset: set_rows, or columns replaced between begin/endResetModel (the import wizard). Connected
        # before any view or proxy is: the rows are in order when they hear of the reset.
        self.modelReset.connect(self._forget)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()  # _forget: the new rows' order

    def _forget(self) -> None:
        # Qt asks for each cell's text many times (sizing the columns, every paint): each row's texts are worked
        # out once per set of rows — Python calls on the window's thread are what a list costs.
        self._texts: dict[int, list[str]] = {}
        self._order = self._sorted_order()

    # --- sorting ---------------------------------------------------------------------------------------------
    # The model sorts itself (RecordTable's proxy hands sort() on): one key per row and Python's sort, instead of
    # the proxy asking data() for two keys per comparison — a 500-row list refilled cost ~13 ms of the window's
    # thread that way, sorted again at every refresh. Stable, from the order the rows were given, as Qt's is.

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        given = [self._order[i.row()] for i in before]
        self._order = self._sorted_order()
        where = {g: r for r, g in enumerate(self._order)}
        # One index at a time: changePersistentIndexList with these lists crashed PySide6 (segfault, measured).
        for g, old in zip(given, before, strict=True):
            self.changePersistentIndex(old, self.index(where[g], old.column()))
        self.layoutChanged.emit()

    def _sorted_order(self) -> list[int]:
        given = range(len(self._rows))
        c = self._sort_column
        if not 0 <= c < len(self.columns):
            return list(given)
        col = self.columns[c]
        keys = [_ordered(sort_key(self._value(row, col))) for row in self._rows]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(given, key=keys.__getitem__, reverse=descending)

    def texts_of(self, r: int) -> list[str]:
        """Row ``r``'s cell texts, as the list shows them (worked out once per set of rows)."""
        return self._texts_of(r)

    def _texts_of(self, r: int) -> list[str]:
        g = self._order[r]
        texts = self._texts.get(g)
        if texts is None:
            row = self._rows[g]
            texts = self._texts[g] = [display(self._value(row, col)) for col in self.columns]
        return texts

    def row_at(self, row: int) -> Any:
        return self._rows[self._order[row]]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def _value(self, row: Any, col: Column) -> object:
        if col.getter is not None:
            return col.getter(row)
        return getattr(row, col.key, None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r, c = index.row(), index.column()  # an invalid index is row -1
        if not 0 <= r < len(self._rows) or not 0 <= c < len(self.columns):
            return None
        if role == _DISPLAY:
            return self._texts_of(r)[c]
        if role == _TOOLTIP:
            text = self._texts_of(r)[c]
            return text if len(text) > 30 else None
        if role == _SORT:
            return sort_key(self._value(self.row_at(r), self.columns[c]))
        if role == _ROW:
            return self.row_at(r)
        if role == _ALIGN and self.columns[c].align_right:
            return _RIGHT
        if role == _BACKGROUND and self.highlight is not None:
            colour = self.highlight(self.row_at(r))
            return QBrush(colour) if colour is not None else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            text = QCoreApplication.translate("RowTableModel", self.columns[section].header)
            if self.two_line_headers and " " in text:
                # A table too wide for the screen: "Lewat (hari)" over two lines gives its width to the data.
                head, _, tail = text.rpartition(" ")
                text = f"{head}\n{tail}"
            return text
        return None
