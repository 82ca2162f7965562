"""The look: a calm, high-contrast style sheet and readable font sizes for long office days."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from puskesos_desktop.config import resource


def apply(app: QApplication) -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        path = resource("fonts", name)
        if path.exists():
            QFontDatabase.addApplicationFont(str(path))
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    app.setFont(font)
    qss = resource("styles", "puskesos.qss")
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
