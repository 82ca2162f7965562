"""One table-model shape for every list: column constants, translatable headers, reset-based set_rows()."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex


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


class RowTableModel(QAbstractTableModel):
    """Rows are dicts or objects; columns say how to read them. Sorting keeps the raw value (SortRole)."""

    SortRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []
        self.highlight: Callable[[Any], QColor | None] | None = None
        self.two_line_headers = False  # set by the table (ui/widgets/table.py) when one-line headers do not fit

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def _value(self, row: Any, col: Column) -> object:
        if col.getter is not None:
            return col.getter(row)
        if isinstance(row, dict):
            return row.get(col.key)
        return getattr(row, col.key, None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(self._value(row, col))
        if role == Qt.ItemDataRole.ToolTipRole:
            text = display(self._value(row, col))
            return text if len(text) > 30 else None
        if role == self.SortRole:
            v = self._value(row, col)
            if v is None:
                return ""
            if isinstance(v, (dt.date, dt.datetime)):
                return v.isoformat()
            return v if isinstance(v, (int, float)) else str(v).lower()
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.highlight is not None:
            colour = self.highlight(row)
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
