"""The password field of every account form. Its own module, free of the services: the sign-in dialog builds it
before SQLAlchemy is imported (issue 21)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from puskesos_desktop.core.validate import MAX_PASSWORD


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(MAX_PASSWORD)
    edit.setMinimumWidth(260)
    return edit
