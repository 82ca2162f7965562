"""The lock screen: covers the whole screen and shows no personal data — only the office's name, who locked it,
a password field for that same person, and "Ganti pengguna" for someone else to sign in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core.errors import AuthError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import auth
from puskesos_desktop.services.admin.users import UserInfo
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.dialogs.admin.change_password import password_edit
from puskesos_desktop.ui.dialogs.admin.login import finish_sign_in
from puskesos_desktop.ui.errors import message_text


class LockScreen(QWidget):
    unlocked = Signal(object, bool)  # the user now at the keyboard, and whether it is someone else

    def __init__(
        self, db: Database, actor: Actor, office_name: str, switch: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.db = db
        self.actor = actor
        self.office_name = office_name
        self.switch_mode = switch
        self._may_close = False
        self.setObjectName("lockScreen")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setup_ui()
        self.retranslate_ui()
        self.set_switch_mode(switch)

    def setup_ui(self) -> None:
        self.setStyleSheet(
            "#lockScreen { background: #12355b; }"
            "#lockPanel { background: #f6f7f9; border-radius: 8px; }"
            "#lockTitle { font-size: 20pt; font-weight: bold; color: #12355b; }"
        )
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.panel = QFrame()
        self.panel.setObjectName("lockPanel")
        self.panel.setMinimumWidth(520)
        self.panel.setMaximumWidth(620)
        row.addWidget(self.panel)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        box = QVBoxLayout(self.panel)
        box.setContentsMargins(32, 28, 32, 28)
        self.office = QLabel()
        self.office.setObjectName("lockTitle")
        self.state = QLabel()
        self.state.setObjectName("heading")
        self.who = QLabel()
        self.who.setObjectName("hint")
        self.who.setWordWrap(True)
        for label in (self.office, self.state, self.who):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(label)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setMaxLength(50)
        self.password = password_edit()
        self.label_username, self.label_password = QLabel(), QLabel()
        form.addRow(self.label_username, self.username)
        form.addRow(self.label_password, self.password)
        box.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        box.addWidget(self.error)
        buttons = QHBoxLayout()
        self.switch_button = QPushButton()
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setDefault(True)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        box.addLayout(buttons)
        self.unlock_button.clicked.connect(self.submit)
        self.switch_button.clicked.connect(lambda: self.set_switch_mode(not self.switch_mode))
        self.password.returnPressed.connect(self.submit)
        self.username.returnPressed.connect(self.password.setFocus)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Layar terkunci — Puskesos Desktop"))
        self.office.setText(self.tr("Puskesos {0}").format(self.office_name) if self.office_name else "Puskesos")
        self.label_username.setText(self.tr("&Nama pengguna"))
        self.label_password.setText(self.tr("Kata san&di"))
        self.label_username.setBuddy(self.username)
        self.label_password.setBuddy(self.password)
        self._retranslate_mode()

    def _retranslate_mode(self) -> None:
        if self.switch_mode:
            self.state.setText(self.tr("Ganti pengguna"))
            self.who.setText(
                self.tr("Masuk dengan akun Anda sendiri. Pekerjaan {0} yang belum disimpan ditutup.").format(
                    self.actor.full_name
                )
            )
            self.unlock_button.setText(self.tr("&Masuk"))
            self.switch_button.setText(self.tr("&Kembali"))
        else:
            self.state.setText(self.tr("Layar terkunci"))
            self.who.setText(
                self.tr("Dikunci oleh {0} ({1}). Ketik kata sandi untuk melanjutkan.").format(
                    self.actor.full_name, self.actor.username
                )
            )
            self.unlock_button.setText(self.tr("&Buka kunci"))
            self.switch_button.setText(self.tr("&Ganti pengguna"))

    def set_switch_mode(self, switch: bool) -> None:
        self.switch_mode = switch
        self.username.setVisible(switch)
        self.label_username.setVisible(switch)
        self.username.clear()
        self.password.clear()
        self.error.clear()
        self._retranslate_mode()
        (self.username if switch else self.password).setFocus()

    def submit(self) -> None:
        try:
            if self.switch_mode:
                if not self.username.text().strip():
                    self.error.setText(self.tr("Ketik nama pengguna."))
                    self.username.setFocus()
                    return
                user = auth.authenticate(self.db, self.username.text(), self.password.text())
            else:
                user = auth.unlock(self.db, self.actor, self.password.text())
        except AuthError as exc:
            self.error.setText(message_text(exc.said))
            self.password.clear()
            self.password.setFocus()
            return
        self.password.clear()
        switched = user.id != self.actor.user_id
        finished: UserInfo | None = finish_sign_in(self.db, user, self) if switched else user
        if finished is None:
            self.error.setText(self.tr("Kata sandi harus diganti sebelum masuk."))
            return
        self.unlocked.emit(finished, switched)

    def release(self) -> None:
        """Close for good (the controller calls this once someone is signed in again)."""
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Alt+F4 must not open the screen: only a password does.
        if self._may_close:
            super().closeEvent(event)
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.switch_mode:
                self.set_switch_mode(False)
            event.accept()
            return
        super().keyPressEvent(event)
