"""One dialog style for the back office's forms: a service call in accept(), refusals marked on the field at fault.

A ValidationError names its field: by key (core.errors.FormField) where the service gives one, else by its
Indonesian name ("Tujuan", "Alasan rujukan"…); the form maps keys or names to its widgets, marks the widget invalid
(style sheet), focuses it, shows the reason beside the buttons and in a message.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core.errors import PuskesosError, ValidationError
from puskesos_desktop.ui.tabs.base_tab import show_error

T = TypeVar("T")


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """The style sheet draws a red border on [invalid="true"]; re-polish so it shows at once."""
    widget.setProperty("invalid", "true" if invalid else "false")
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def combo_data(combo: QComboBox) -> object:
    return combo.currentData(Qt.ItemDataRole.UserRole)


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class PlainText(QPlainTextEdit):
    """A multi-line text box where Tab moves on (keyboard-first forms) instead of typing a tab."""

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 16)


class FormDialog(QDialog):
    """Subclasses build their form in setup_ui(), call finish_layout(), and save in accept() via run()."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self.main = QVBoxLayout(self)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Enter in a line edit saves (default button); in a text box Ctrl+Enter does.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

    def finish_layout(self) -> None:
        self.main.addWidget(self.error)
        self.main.addWidget(self.buttons)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.setText(self.tr("&Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))

    def register(self, name: str, widget: QWidget) -> None:
        """`name`: the FormField key, or the field name the service uses in its ValidationError."""
        self.fields[name] = widget

    def clear_invalid(self) -> None:
        for widget in self.fields.values():
            set_invalid(widget, False)
        self.error.hide()

    def show_refusal(self, exc: PuskesosError) -> None:
        widget = None
        if isinstance(exc, ValidationError):
            # The key first: a FormField is matched as itself, never by the Indonesian word it is shown with.
            found = exc.key or exc.field
            widget = self.fields.get(found) if found else None
        if widget is not None:
            set_invalid(widget, True)
            widget.setFocus()
        self.error.setText(str(exc) if isinstance(exc, ValidationError) else exc.message)
        self.error.show()
        show_error(self, exc)

    def run(self, action: Callable[[], T]) -> T | None:
        self.clear_invalid()
        try:
            return action()
        except PuskesosError as exc:
            self.show_refusal(exc)
            return None
