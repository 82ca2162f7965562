"""The front office's one search box: search as you type (debounced), Enter to act, ↓ into the results.

A USB barcode/QR scanner is a keyboard: it types the receipt number fast and presses Enter. Enter is therefore
handled at once (no debounce), so the scanned number opens its complaint without waiting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 150


class SearchBox(QLineEdit):
    query_changed = Signal(str)  # after a pause in typing
    submitted = Signal(str)  # Enter
    move_down = Signal()  # ↓: go to the results

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.setFont(font)
        self.setMinimumHeight(40)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(lambda: self.query_changed.emit(self.text()))
        self.textEdited.connect(lambda _t: self.timer.start())
        self.textChanged.connect(self._maybe_cleared)

    def _maybe_cleared(self, text: str) -> None:
        if not text:
            self.timer.stop()
            self.query_changed.emit("")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.timer.stop()
            self.submitted.emit(self.text())
            return
        if event.key() == Qt.Key.Key_Down:
            self.move_down.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
