"""A sortable, filterable table view over a RowTableModel."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from puskesos_desktop.ui.models.base import Column, RowTableModel

RESIZE_SAMPLE_ROWS = 50
MAX_COLUMN = 320  # no column wider from its content alone: a long reason is elided, its tooltip shows it all
MIN_COLUMN = 40
CELL_SLACK = 4  # the style's cell margins, which the delegate's size hint leaves out
SHORT_COLUMN = 120  # a column whose whole content fits in this is never elided (status words, dates, counts)
HEADER_PADDING = 14  # the header section's padding (6 px each side in the style sheet) and its border


class _Proxy(QSortFilterProxyModel):
    """Filters, and hands sorting to the model (RowTableModel.sort: one key per row, not two data() calls per
    comparison); its own order stays the model's."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


class RecordTable(QTableView):
    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = RowTableModel(columns, self)
        self.proxy = _Proxy(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Column widths from the first rows only (Qt's default measures 1,000 rows: ~0.2 s for a 200-row list).
        self.horizontalHeader().setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._natural: list[int] = []
        self._fitted_for = -1  # the viewport width the columns were last fitted to
        # The sort arrow takes room in the sorted column only: fit again when another column is sorted.
        self.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self._refit())

    def set_rows(self, rows: Sequence[Any], *, keep_widths: bool = False) -> None:
        """``keep_widths``: a list refreshed on screen keeps the column widths measured before (measuring 50 rows
        again cost ~60 ms of the window's thread on every refresh of a 200-row list); rows that follow none (an
        empty list's widths are its headers') are measured."""
        had_rows = self.source.rowCount() > 0
        self.source.set_rows(rows)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        if keep_widths and had_rows and self._natural:
            return
        if self.isVisible():
            self._measure()
        else:
            # A list behind another tab is measured when it shows (showEvent): a tab's four lists refreshed after
            # every save cost the window's thread the sizing of all four.
            self._natural = []

    def _measure(self) -> None:
        """The content's width alone (the header's is added by _limits, in one or two lines), then fit."""
        self._natural = [min(width + CELL_SLACK, MAX_COLUMN) for width in self._content_widths()]
        self._fitted_for = -1
        self._fit_columns()

    def _content_widths(self) -> list[int]:
        """Each column's widest text among the rows on top, as Qt's sizeHintForColumn would give it. Qt asks the
        Python model for eight roles of each of 50 rows × every column (~45 ms for the back office's 13 columns at
        district scale, issue 12 §4); here one text a cell is measured, plus the cell's margins that the delegate
        gives the first row (one delegate call a column)."""
        count, rows = self.source.columnCount(), min(self.source.rowCount(), RESIZE_SAMPLE_ROWS)
        if not rows or not self.proxy.rowCount():
            return [0] * count
        metrics = self.fontMetrics()
        delegate = self.itemDelegate()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        grid = 1 if self.showGrid() else 0
        # The sample's texts straight from the model (the first rows as read, whatever the sort): through the proxy
        # each cell was a Python data() call — ~40 % of measuring the 200 recent complaints (issue 12 §7).
        sample = [self.source.texts_of(row) for row in range(rows)]
        widths: list[int] = []
        for column in range(count):
            texts = {texts[column] for texts in sample}
            widest = max((metrics.horizontalAdvance(line) for t in texts for line in t.splitlines()), default=0)
            first = self.proxy.index(0, column)
            first_text = str(first.data() or "")
            advance = max((metrics.horizontalAdvance(line) for line in first_text.splitlines()), default=0)
            margins = delegate.sizeHint(option, first).width() - advance
            widths.append(widest + margins + grid)
        return widths

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Rows set before the window was shown were measured before the style sheet's fonts applied; rows set
        # while hidden were not measured at all (set_rows).
        if self.source.rowCount() or not self._natural:
            self._measure()

    def header_width(self, column: int) -> int:
        """The narrowest a column may be: its whole header (never "Stat…"), the sort arrow only where it is drawn
        (Qt's own size hint keeps room for it in every column: 13 columns × 20 px the back office cannot spare)."""
        header = self.horizontalHeader()
        text = str(self.source.headerData(column, Qt.Orientation.Horizontal) or "")
        bold = QFont(header.font())
        bold.setBold(True)  # the style sheet's headers are bold; the widget's font may not say so yet
        metrics = QFontMetrics(bold)
        need = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0) + HEADER_PADDING
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            need += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + 4
        return max(need, MIN_COLUMN)

    def _fit_columns(self) -> None:
        """Columns at their content's width when the table fits; when it does not (13 columns of the back office
        at 1366 px), the widest columns give way first — their text elided with the whole of it as a tooltip —
        but none narrower than its header. Only when the headers alone are wider does the table scroll."""
        header = self.horizontalHeader()
        count = self.source.columnCount()
        avail = self.viewport().width()
        if not count or not self._natural or avail <= 0 or avail == self._fitted_for:
            return
        self._fitted_for = avail
        shown = [i for i in range(count) if not header.isSectionHidden(i)]
        natural, floors = self._limits(shown)
        if sum(natural.values()) > avail and sum(floors.values()) > avail and not self.source.two_line_headers:
            self._set_two_line_headers(True)
            natural, floors = self._limits(shown)
        elif sum(natural.values()) <= avail and self.source.two_line_headers:
            self._set_two_line_headers(False)
            natural, floors = self._limits(shown)
        if sum(natural.values()) <= avail:
            widths = natural
        elif sum(floors.values()) >= avail:
            widths = floors
        else:
            # The one level L with sum(min(natural, max(floor, L))) == avail: wide columns cut to L, others whole.
            low, high = 0, max(natural.values())
            while low < high:
                level = (low + high + 1) // 2
                if sum(min(natural[i], max(floors[i], level)) for i in shown) <= avail:
                    low = level
                else:
                    high = level - 1
            widths = {i: min(natural[i], max(floors[i], low)) for i in shown}
        header.setStretchLastSection(False)  # widths set here, exactly (Qt's stretch lagged a resize behind)
        spare = avail - sum(widths.values())
        if spare > 0:
            widths[shown[-1]] += spare  # a fitting table fills the width; one too wide scrolls
        for i, width in widths.items():
            header.resizeSection(i, width)

    def _refit(self) -> None:
        self._fitted_for = -1
        self._fit_columns()

    def _limits(self, shown: list[int]) -> tuple[dict[int, int], dict[int, int]]:
        """Each column's natural width and the narrowest it may become: its header, or the whole of a short text
        (a date, a count), of a column marked whole (a status: "Diteruska…" helps nobody), and of the first column
        — the row's number (resi, rujukan, usulan), read aloud and typed."""
        natural = {i: max(self._natural[i], self.header_width(i)) for i in shown}
        whole = {i for i in shown if i == shown[0] or natural[i] <= SHORT_COLUMN or self.source.columns[i].whole}
        floors = {i: natural[i] if i in whole else self.header_width(i) for i in shown}
        return natural, floors

    def _set_two_line_headers(self, on: bool) -> None:
        self.source.two_line_headers = on
        self.source.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.source.columnCount() - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_columns()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """A cell whose text is elided shows the whole text as its tooltip (the model's tooltip wins)."""
        if event.type() == QEvent.Type.Resize:
            # The vertical scroll bar came or went: the width to fit changed without the table's own size.
            QTimer.singleShot(0, self, self._fit_columns)  # tied to the table: never after it is deleted
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.indexAt(event.pos())
            if index.isValid() and not self.model().data(index, Qt.ItemDataRole.ToolTipRole):
                text = str(self.model().data(index, Qt.ItemDataRole.DisplayRole) or "")
                if text and self.is_elided(index):
                    QToolTip.showText(event.globalPos(), text, self.viewport(), self.visualRect(index))
                    return True
        return super().viewportEvent(event)

    def is_elided(self, index: QModelIndex) -> bool:
        text = str(self.model().data(index, Qt.ItemDataRole.DisplayRole) or "")
        # The same margins Qt's item delegate leaves on both sides of a cell's text.
        margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1)
        return self.fontMetrics().horizontalAdvance(text) + margin > self.visualRect(index).width()

    def selected_row(self) -> Any | None:
        indexes = self.selectionModel().selectedRows() if self.selectionModel() else []
        if not indexes:
            return None
        return self.proxy.data(indexes[0], RowTableModel.RowRole)

    def selected_rows(self) -> list[Any]:
        """Every selected row in screen order (tables that allow choosing several)."""
        indexes = self.selectionModel().selectedRows() if self.selectionModel() else []
        return [self.proxy.data(i, RowTableModel.RowRole) for i in sorted(indexes, key=lambda i: i.row())]

    def row_at_proxy(self, proxy_row: int) -> Any:
        return self.proxy.data(self.proxy.index(proxy_row, 0), RowTableModel.RowRole)
