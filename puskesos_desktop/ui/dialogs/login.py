"""Sign in: one account per person."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core.errors import AuthError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import auth
from puskesos_desktop.services.users import UserInfo


class LoginDialog(QDialog):
    def __init__(self, db: Database, office_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.office_name = office_name
        self.user: UserInfo | None = None
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.label_username = QLabel()
        self.label_password = QLabel()
        form.addRow(self.label_username, self.username)
        form.addRow(self.label_password, self.password)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Masuk — Puskesos Desktop"))
        self.heading.setText(self.tr("Puskesos {0}").format(self.office_name) if self.office_name else "Puskesos")
        self.label_username.setText(self.tr("&Nama pengguna"))
        self.label_password.setText(self.tr("&Kata sandi"))
        self.label_username.setBuddy(self.username)
        self.label_password.setBuddy(self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Masuk"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))

    def accept(self) -> None:
        try:
            self.user = auth.authenticate(self.db, self.username.text(), self.password.text())
        except AuthError as exc:
            self.error.setText(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()
