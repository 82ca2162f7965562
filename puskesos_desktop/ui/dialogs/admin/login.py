"""Sign in: one account per person. A password the coordinator reset must be changed before the window opens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
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
from puskesos_desktop.ui.dialogs.admin.change_password import ChangePasswordDialog, error_and_buttons, password_edit
from puskesos_desktop.ui.errors import message_text, show_fault
from puskesos_desktop.ui.jobs import jobs


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
        self.checking = False  # the password is being checked on a worker (argon2: ~0.1-2 s on an office PC)
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
        self.error, self.buttons = error_and_buttons(self, layout)

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
        if self.checking:
            return  # Enter pressed again while the password is being checked
        if not self.username.text().strip():
            self.error.setText(self.tr("Ketik nama pengguna."))
            self.username.setFocus()
            return
        db, username, password = self.db, self.username.text(), self.password.text()
        self._busy(True)
        # Off the UI thread: the dialog keeps painting and says what it is doing (it froze ~2 s before; issue 21).
        jobs().run(lambda: auth.authenticate(db, username, password), self._checked, self._refused, parent=self)

    def _busy(self, busy: bool) -> None:
        self.checking = busy
        for widget in (self.username, self.password, self.buttons):
            widget.setEnabled(not busy)
        if busy:
            self.error.setText(self.tr("Memeriksa kata sandi…"))
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            self.error.setText("")
            QApplication.restoreOverrideCursor()

    def _refused(self, exc: BaseException) -> None:
        self._busy(False)
        self.password.clear()
        self.password.setFocus()
        if isinstance(exc, AuthError):
            self.error.setText(message_text(exc.said))
        else:
            show_fault(self, exc)

    def _checked(self, user: UserInfo) -> None:
        self._busy(False)
        self.password.clear()
        finished = finish_sign_in(self.db, user, self)
        if finished is None:
            self.error.setText(self.tr("Kata sandi harus diganti sebelum masuk."))
            self.password.setFocus()
            return
        self.user = finished
        super().accept()
