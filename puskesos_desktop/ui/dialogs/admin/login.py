"""Sign in: one account per person. A password the coordinator reset must be changed before the window opens.

Nothing here imports SQLAlchemy at the top: on an office file in the usual state the dialog paints first and the
database opens on a worker meanwhile (`Opening`, ui/app.py; issue 21)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

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
from puskesos_desktop.ui.errors import message_text, show_fault
from puskesos_desktop.ui.jobs import jobs
from puskesos_desktop.ui.widgets.password_field import error_and_buttons, password_edit

if TYPE_CHECKING:
    from puskesos_desktop.db.engine import Database
    from puskesos_desktop.services.admin.users import UserInfo


def finish_sign_in(db: Database, user: UserInfo, parent: QWidget | None) -> UserInfo | None:
    """After a correct password: the forced change when the password was reset. None when the user cancels it."""
    if not user.must_change_password:
        return user
    from puskesos_desktop.services.admin import auth
    from puskesos_desktop.ui.dialogs.admin.change_password import ChangePasswordDialog

    dialog = ChangePasswordDialog(db, user.actor(), forced=True, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
        auth.logout(db, user.actor(), "password change cancelled")
        return None
    return dialog.user


def _authenticate(db: Database, username: str, password: str) -> UserInfo:
    from puskesos_desktop.services.admin import auth

    return auth.authenticate(db, username, password)


class Opening:
    """The office database being opened by a job while the dialog shows. `then(fn)`: fn on the UI thread once it is
    open or has failed (at once when that already happened)."""

    def __init__(self, open_db: Callable[[], Database], parent: QWidget) -> None:
        self.db: Database | None = None
        self.error: BaseException | None = None
        self.done = False
        self._then: list[Callable[[], None]] = []
        jobs().run(open_db, self._opened, self._failed, parent=parent)

    def _opened(self, db: Database) -> None:
        self.db = db
        self._finish()

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self._finish()

    def _finish(self) -> None:
        self.done = True
        waiting, self._then = self._then, []
        for fn in waiting:
            fn()

    def then(self, fn: Callable[[], None]) -> None:
        if self.done:
            fn()
        else:
            self._then.append(fn)


class LoginDialog(QDialog):
    """`db`, or `open_db` (run as a job while the dialog shows; the password is checked once it is open). When
    opening fails the dialog closes with `open_error` set: the caller opens the database the usual way, which
    says why it cannot."""

    def __init__(
        self,
        db: Database | None,
        office_name: str = "",
        parent: QWidget | None = None,
        username: str = "",
        open_db: Callable[[], Database] | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.office_name = office_name
        self.user: UserInfo | None = None
        self.open_error: BaseException | None = None
        self.checking = False  # the password is being checked on a worker (argon2: ~0.1-2 s on an office PC)
        self.setup_ui()
        self.retranslate_ui()
        if username:
            self.username.setText(username)
            self.password.setFocus()
        self.opening: Opening | None = None
        if db is None:
            if open_db is None:
                raise ValueError("LoginDialog needs db or open_db")
            self.opening = Opening(open_db, self)
            self.opening.then(self._open_finished)

    @property
    def db(self) -> Database | None:
        """The database; None while it is still being opened."""
        return self.opening.db if self.opening is not None else self._db

    def _open_finished(self) -> None:
        assert self.opening is not None
        if self.opening.error is not None:
            self.open_error = self.opening.error
            if self.checking:
                self._busy(False)
            self.reject()
        elif self.checking:
            self._check_password()  # Enter was pressed while the database was opening

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
        self._busy(True)
        if self.db is not None:
            self._check_password()
        # else: _open_finished checks it once the database is open

    def _check_password(self) -> None:
        db, username, password = self.db, self.username.text(), self.password.text()
        assert db is not None
        # Off the UI thread: the dialog keeps painting and says what it is doing (it froze ~2 s before; issue 21).
        jobs().run(lambda: _authenticate(db, username, password), self._checked, self._refused, parent=self)

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
        assert self.db is not None
        finished = finish_sign_in(self.db, user, self)
        if finished is None:
            self.error.setText(self.tr("Kata sandi harus diganti sebelum masuk."))
            self.password.setFocus()
            return
        self.user = finished
        super().accept()
