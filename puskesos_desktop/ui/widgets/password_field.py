"""The password field of every account form, and the error line and buttons under it. Its own module, free of
the services: the sign-in dialog builds it before SQLAlchemy is imported (issue 21)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from puskesos_desktop.core.validate import MAX_PASSWORD


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(MAX_PASSWORD)
    edit.setMinimumWidth(260)
    return edit

def error_and_buttons(dialog: QDialog, layout: QVBoxLayout) -> tuple[QLabel, QDialogButtonBox]:
    """The error line and the OK/Cancel buttons under a password form (OK the default: Enter in a field sends)."""
    error = QLabel()
    error.setObjectName("error")
    error.setWordWrap(True)
    layout.addWidget(error)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return error, buttons
