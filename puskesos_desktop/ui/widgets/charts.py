"""Charts drawn with QPainter (QtCharts is not installed): a figure tile, horizontal bars and a heat matrix.

Every figure is clickable and keyboard-reachable: Tab gives it focus, the arrow keys move between bars or cells,
Enter or Space opens "the list behind it" (the `activated` signal carries the figure's key).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QToolTip, QWidget

NAVY = QColor("#12355b")
BAR = QColor("#2f6db5")
BAR_HOVER = QColor("#1a4f8f")
FOCUS = QColor("#1f6feb")
TEXT = QColor("#1b1f24")
HINT = QColor("#414b57")
GRID = QColor("#dde3ea")
SURFACE = QColor("#ffffff")
BORDER = QColor("#c5ced8")


def _number(value: int | float | None) -> str:
    """1.234 (dots group thousands, as Indonesians write numbers); '-' for no value; 2,5 for a fraction."""
    if value is None:
        return "-"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.1f}".replace(".", ",")
    return f"{int(value):,}".replace(",", ".")


@dataclass(frozen=True)
class ChartItem:
    label: str
    value: int
    key: object = None  # what `activated` carries; None: not clickable
    colour: str = ""  # a bar colour of its own (the referral card colours), else the chart's


# --- a figure tile -------------------------------------------------------------------------------------------


class FigureTile(QAbstractButton):
    """A big number with its caption; clicking it (or Enter/Space) opens the list behind it."""

    activated = Signal(object)

    def __init__(self, caption: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.value: int | float | None = None
        self.suffix = ""
        self.key: object = None
        self.warn = False  # a figure that asks for action (overdue items) is drawn in red when not zero
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.clicked.connect(self._emit)

    def set_figure(self, value: int | float | None, key: object, suffix: str = "") -> None:
        self.value, self.key, self.suffix = value, key, suffix
        # Nothing to list behind a zero: the tile is skipped by Tab and does not react.
        self.setEnabled(key is not None and bool(value))
        self.setAccessibleName(f"{self.caption}: {self.text_value()}")
        self.setToolTip(self.tr("{0}: {1} — klik untuk melihat daftarnya").format(self.caption, self.text_value()))
        self.update()

    def text_value(self) -> str:
        text = _number(self.value)
        return f"{text} {self.suffix}".strip() if self.value is not None else text

    def _emit(self) -> None:
        if self.key is not None:
            self.activated.emit(self.key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        # The number (1.9× the font) and two caption lines.
        return QSize(170, int(fm.height() * 4.1 + 12))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        hover = self.underMouse() and self.isEnabled()
        p.setPen(QPen(FOCUS if self.hasFocus() else (BAR if hover else BORDER), 2 if self.hasFocus() else 1))
        p.setBrush(QColor("#eef3fb") if hover or self.isDown() else SURFACE)
        p.drawRoundedRect(r, 5, 5)
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.9)
        big.setBold(True)
        p.setFont(big)
        colour = QColor("#a61b1b") if self.warn and self.value else NAVY
        p.setPen(colour)
        # A long value ("11,8 hari") shrinks to fit the tile rather than being cut.
        room = self.width() - 24
        while QFontMetrics(big).horizontalAdvance(self.text_value()) > room and big.pointSizeF() > 9:
            big.setPointSizeF(big.pointSizeF() - 1)
        p.setFont(big)
        fm_big = QFontMetrics(big)
        top = QRect(12, 6, room, fm_big.height())
        p.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.text_value())
        p.setFont(self.font())
        p.setPen(HINT)
        below = QRect(12, top.bottom() + 2, self.width() - 24, self.height() - top.bottom() - 6)
        p.drawText(below, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                   self.caption)
        p.end()


# --- horizontal bars -----------------------------------------------------------------------------------------


class BarChart(QWidget):
    """Horizontal bars, one per item, its count at the end. Long labels are cut with "…" and shown in full in a tip."""

    activated = Signal(object)

    ROW = 26

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.items: list[ChartItem] = []
        self.current = -1  # keyboard focus
        self.hover = -1
        self.empty_text = self.tr("Belum ada data.")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_items(self, items: Sequence[ChartItem]) -> None:
        self.items = list(items)
        self.current = min(self.current, len(self.items) - 1)
        self.setAccessibleName(self.title)
        self.updateGeometry()
        self.update()

    def set_title(self, title: str) -> None:
        self.title = title
        self.update()

    # geometry
    def _title_height(self) -> int:
        return self.fontMetrics().height() + 10 if self.title else 4

    def sizeHint(self) -> QSize:
        rows = max(1, len(self.items))
        return QSize(360, self._title_height() + rows * self.ROW + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.sizeHint().height())

    def _label_width(self) -> int:
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(i.label) for i in self.items), default=0)
        return min(widest + 12, int(self.width() * 0.46))

    def bar_rect(self, index: int) -> QRect:
        """Where item `index` is drawn (its whole row: label, bar and number), for clicks and tests."""
        y = self._title_height() + index * self.ROW
        return QRect(0, y, self.width(), self.ROW)

    def index_at(self, pos: QPoint) -> int:
        for i in range(len(self.items)):
            if self.bar_rect(i).contains(pos):
                return i
        return -1

    # painting
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        if self.title:
            bold = QFont(self.font())
            bold.setBold(True)
            p.setFont(bold)
            p.setPen(NAVY)
            title = QFontMetrics(bold).elidedText(self.title, Qt.TextElideMode.ElideRight, self.width())
            p.drawText(QRect(0, 0, self.width(), fm.height() + 6), Qt.AlignmentFlag.AlignLeft, title)
            p.setFont(self.font())
        if not self.items:
            p.setPen(HINT)
            empty = QRect(0, self._title_height(), self.width(), self.ROW)
            p.drawText(empty, Qt.AlignmentFlag.AlignLeft, self.empty_text)
            p.end()
            return
        label_w = self._label_width()
        number_w = fm.horizontalAdvance(_number(max(i.value for i in self.items))) + 12
        room = max(10, self.width() - label_w - number_w - 6)
        top = max(1, max(i.value for i in self.items))
        for i, item in enumerate(self.items):
            row = self.bar_rect(i)
            if i == self.current and self.hasFocus():
                p.setPen(QPen(FOCUS, 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(QRectF(row).adjusted(1, 1, -1, -1), 3, 3)
            elif i == self.hover and item.key is not None and item.value:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor("#eef3fb"))
                p.drawRect(row)
            p.setPen(TEXT)
            label = fm.elidedText(item.label, Qt.TextElideMode.ElideRight, label_w - 10)
            p.drawText(QRect(4, row.top(), label_w - 8, row.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            length = int(room * item.value / top)
            colour = QColor(item.colour) if item.colour else BAR
            if i == self.hover and item.key is not None and item.value:
                colour = colour.darker(120)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            if item.value:
                p.drawRect(QRect(label_w, row.top() + 5, max(2, length), row.height() - 10))
            p.setPen(TEXT)
            p.drawText(QRect(label_w + length + 5, row.top(), number_w, row.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, _number(item.value))
        p.end()

    # interaction
    def _activate(self, index: int) -> None:
        if 0 <= index < len(self.items) and self.items[index].key is not None and self.items[index].value:
            self.activated.emit(self.items[index].key)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().toPoint())
        if index != self.hover:
            self.hover = index
            clickable = index >= 0 and self.items[index].key is not None and bool(self.items[index].value)
            self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
            self.update()

    def leaveEvent(self, event: object) -> None:
        self.hover = -1
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.index_at(event.position().toPoint())
            if index >= 0:
                self.current = index
                self.update()
                self._activate(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.items:
            step = 1 if key == Qt.Key.Key_Down else -1
            self.current = max(0, min(len(self.items) - 1, self.current + step))
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate(self.current)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.current < 0 and self.items:
            self.current = 0
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, e: object) -> bool:
        if isinstance(e, QHelpEvent):
            index = self.index_at(e.pos())
            if index >= 0:
                item = self.items[index]
                QToolTip.showText(e.globalPos(), f"{item.label}: {_number(item.value)}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)  # type: ignore[arg-type]


# --- a heat matrix -------------------------------------------------------------------------------------------


class HeatMatrix(QWidget):
    """A table of counts shaded by size (rows × columns), each cell clickable; empty keys are not clickable."""

    activated = Signal(object)

    CELL_H = 26

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.rows: list[str] = []
        self.columns: list[str] = []
        self.values: list[list[int]] = []
        self.keys: list[list[object]] = []
        self.current = (0, 0)
        self.hover = (-1, -1)
        self.diagonal_distinct = False  # the overlap matrix: its diagonal (a programme's own total) drawn apart
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(
        self,
        rows: Sequence[str],
        columns: Sequence[str],
        values: Sequence[Sequence[int]],
        keys: Sequence[Sequence[object]],
    ) -> None:
        self.rows, self.columns = list(rows), list(columns)
        self.values = [list(v) for v in values]
        self.keys = [list(k) for k in keys]
        r, c = self.current
        self.current = (min(r, max(0, len(self.rows) - 1)), min(c, max(0, len(self.columns) - 1)))
        self.setAccessibleName(self.title)
        self.updateGeometry()
        self.update()

    def _title_height(self) -> int:
        return self.fontMetrics().height() + 10 if self.title else 4

    def _header_height(self) -> int:
        fm = self.fontMetrics()
        return fm.height() * 2 + 8

    def _row_label_width(self) -> int:
        fm = self.fontMetrics()
        return min(max((fm.horizontalAdvance(r) for r in self.rows), default=40) + 14, 170)

    def sizeHint(self) -> QSize:
        return QSize(420, self._title_height() + self._header_height() + max(1, len(self.rows)) * self.CELL_H + 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def cell_rect(self, r: int, c: int) -> QRect:
        left = self._row_label_width()
        width = max(24, (self.width() - left - 2) // max(1, len(self.columns)))
        top = self._title_height() + self._header_height()
        return QRect(left + c * width, top + r * self.CELL_H, width, self.CELL_H)

    def cell_at(self, pos: QPoint) -> tuple[int, int]:
        for r in range(len(self.rows)):
            for c in range(len(self.columns)):
                if self.cell_rect(r, c).contains(pos):
                    return r, c
        return -1, -1

    def _shade(self, value: int, top: int) -> QColor:
        if value <= 0:
            return SURFACE
        t = 0.12 + 0.78 * value / max(1, top)
        base = QColor("#2f6db5")
        return QColor(
            int(255 + (base.red() - 255) * t), int(255 + (base.green() - 255) * t), int(255 + (base.blue() - 255) * t)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        fm = self.fontMetrics()
        if self.title:
            bold = QFont(self.font())
            bold.setBold(True)
            p.setFont(bold)
            p.setPen(NAVY)
            title = QFontMetrics(bold).elidedText(self.title, Qt.TextElideMode.ElideRight, self.width())
            p.drawText(QRect(0, 0, self.width(), fm.height() + 6), Qt.AlignmentFlag.AlignLeft, title)
            p.setFont(self.font())
        if not self.rows or not self.columns:
            p.setPen(HINT)
            p.drawText(QRect(0, self._title_height(), self.width(), self.CELL_H), Qt.AlignmentFlag.AlignLeft,
                       self.tr("Belum ada data."))
            p.end()
            return
        off_diag = [
            v for r, row in enumerate(self.values) for c, v in enumerate(row) if not (self.diagonal_distinct and r == c)
        ]
        top = max(off_diag, default=1) or 1
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        p.setFont(small)
        sfm = QFontMetrics(small)
        header_top = self._title_height()
        for c, name in enumerate(self.columns):
            cell = self.cell_rect(0, c)
            box = QRect(cell.left() + 1, header_top, cell.width() - 2, self._header_height() - 2)
            p.setPen(TEXT)
            # One word ("RUTILAHU") is cut to the column; words may take two lines ("Disahkan Musdes").
            room = box.width() * 2 - 4 if " " in name else box.width()
            text = sfm.elidedText(name, Qt.TextElideMode.ElideRight, room)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
            p.drawText(box, int(flags), text)
        p.setFont(self.font())
        for r, name in enumerate(self.rows):
            row_rect = QRect(0, self.cell_rect(r, 0).top(), self._row_label_width() - 6, self.CELL_H)
            p.setPen(TEXT)
            p.drawText(row_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(name, Qt.TextElideMode.ElideRight, row_rect.width()))
            for c in range(len(self.columns)):
                rect = self.cell_rect(r, c)
                value = self.values[r][c] if r < len(self.values) and c < len(self.values[r]) else 0
                diagonal = self.diagonal_distinct and r == c
                fill = QColor("#e6ebf1") if diagonal else self._shade(value, top)
                p.setPen(QPen(GRID, 1))
                p.setBrush(fill)
                p.drawRect(rect.adjusted(0, 0, -1, -1))
                dark = fill.lightness() < 140
                p.setPen(QColor("#ffffff") if dark else TEXT)
                if diagonal:
                    bold = QFont(self.font())
                    bold.setBold(True)
                    p.setFont(bold)
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, _number(value))
                p.setFont(self.font())
                if (r, c) == self.hover and self._clickable(r, c):
                    p.setPen(QPen(BAR_HOVER, 2))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.drawRect(rect.adjusted(1, 1, -2, -2))
                if (r, c) == self.current and self.hasFocus():
                    p.setPen(QPen(FOCUS, 3))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.drawRect(rect.adjusted(1, 1, -2, -2))
        p.end()

    def _key(self, r: int, c: int) -> object:
        if 0 <= r < len(self.keys) and 0 <= c < len(self.keys[r]):
            return self.keys[r][c]
        return None

    def _value(self, r: int, c: int) -> int:
        return self.values[r][c] if 0 <= r < len(self.values) and 0 <= c < len(self.values[r]) else 0

    def _clickable(self, r: int, c: int) -> bool:
        return self._key(r, c) is not None and bool(self._value(r, c))

    def _activate(self, r: int, c: int) -> None:
        if self._clickable(r, c):
            self.activated.emit(self._key(r, c))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell != self.hover:
            self.hover = cell
            clickable = self._clickable(*cell)
            self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
            self.update()

    def leaveEvent(self, event: object) -> None:
        self.hover = (-1, -1)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            r, c = self.cell_at(event.position().toPoint())
            if r >= 0:
                self.current = (r, c)
                self.update()
                self._activate(r, c)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        r, c = self.current
        moves = {
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
        }
        key = Qt.Key(event.key())
        if key in moves and self.rows and self.columns:
            dr, dc = moves[key]
            self.current = (max(0, min(len(self.rows) - 1, r + dr)), max(0, min(len(self.columns) - 1, c + dc)))
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate(r, c)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, e: object) -> bool:
        if isinstance(e, QHelpEvent):
            r, c = self.cell_at(e.pos())
            if r >= 0:
                value = self.values[r][c] if r < len(self.values) and c < len(self.values[r]) else 0
                QToolTip.showText(e.globalPos(), f"{self.rows[r]} × {self.columns[c]}: {_number(value)}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)  # type: ignore[arg-type]
