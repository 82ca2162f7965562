"""Sign in: one account per person. A password the coordinator reset must be changed before the window opens."""

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
from puskesos_desktop.services.admin import auth
from puskesos_desktop.services.admin.users import UserInfo
from puskesos_desktop.ui.dialogs.change_password import ChangePasswordDialog, password_edit


def finish_sign_in(db: Database, user: UserInfo, parent: QWidget | None) -> UserInfo | None:
    """After a correct password: the forced change when the password was reset. None when the user cancels it."""
    if not user.must_change_password:
        return user
    dialog = ChangePasswordDialog(db, user.actor(), forced=True, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
        auth.logout(db, user.actor(), "password change cancelled")
        return None
    return dialog.user


class LoginDialog(QDialog):
    def __init__(self, db: Database, office_name: str = "", parent: QWidget | None = None, username: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.office_name = office_name
        self.user: UserInfo | None = None
        self.setup_ui()
        self.retranslate_ui()
        if username:
            self.username.setText(username)
            self.password.setFocus()

    def setup_ui(self) -> None:
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setMaxLength(50)
        self.password = password_edit()
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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Masuk — Puskesos Desktop"))
        self.heading.setText(self.tr("Puskesos {0}").format(self.office_name) if self.office_name else "Puskesos")
        self.hint.setText(
            self.tr("Satu akun untuk satu orang. Lima kali salah kata sandi mengunci akun selama lima menit.")
        )
        self.label_username.setText(self.tr("&Nama pengguna"))
        self.label_password.setText(self.tr("&Kata sandi"))
        self.label_username.setBuddy(self.username)
        self.label_password.setBuddy(self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Masuk"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))

    def accept(self) -> None:
        if not self.username.text().strip():
            self.error.setText(self.tr("Ketik nama pengguna."))
            self.username.setFocus()
            return
        try:
            user = auth.authenticate(self.db, self.username.text(), self.password.text())
        except AuthError as exc:
            self.error.setText(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.password.clear()
        finished = finish_sign_in(self.db, user, self)
        if finished is None:
            self.error.setText(self.tr("Kata sandi harus diganti sebelum masuk."))
            self.password.setFocus()
            return
        self.user = finished
        super().accept()
