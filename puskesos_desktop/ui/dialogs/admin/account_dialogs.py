"""The coordinator's account forms: a new account, an edit (name, role, phone), a password reset."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from puskesos_desktop.core.errors import FormField
from puskesos_desktop.core.statuses import ROLE_LABELS, Role
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.admin.users import UserInfo
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.dialogs.admin.change_password import StrengthMeter, clear_when_retyped, password_edit
from puskesos_desktop.ui.dialogs.common.form_base import FormDialog, select_data


class AccountDialog(FormDialog):
    """New account when `existing` is None; otherwise its name, role and phone (the user name never changes)."""

    def __init__(
        self, db: Database, actor: Actor, existing: UserInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.existing = existing
        self.result_user: UserInfo | None = None
        self.setup_ui()
        self.retranslate_ui()
        if existing is not None:
            self.username.setText(existing.username)
            self.username.setReadOnly(True)
            self.full_name.setText(existing.full_name)
            select_data(self.role, existing.role.value)
            self.phone.setText(existing.phone)
            self.full_name.setFocus()

    def setup_ui(self) -> None:
        self.setMinimumWidth(560)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.main.addWidget(self.heading)
        form = QFormLayout()
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(100)
        self.username = QLineEdit()
        self.username.setMaxLength(50)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(ROLE_LABELS[role], role.value)
        # A new account starts as front office: a coordinator is made on purpose, never by leaving the default.
        select_data(self.role, Role.FRONT_OFFICE.value)
        self.phone = QLineEdit()
        self.phone.setMaxLength(20)
        self.password = password_edit()
        self.meter = StrengthMeter(self.password, self.username)
        self.again = password_edit()
        self.temporary = QCheckBox()
        self.temporary.setChecked(True)
        self.labels = [QLabel() for _ in range(6)]
        rows: list[tuple[QLabel, QWidget]] = [
            (self.labels[0], self.full_name),
            (self.labels[1], self.username),
            (self.labels[2], self.role),
            (self.labels[3], self.phone),
        ]
        if self.existing is None:
            rows += [(self.labels[4], self.password), (QLabel(), self.meter), (self.labels[5], self.again)]
        for label, widget in rows:
            form.addRow(label, widget)
        if self.existing is None:
            form.addRow("", self.temporary)
        self.main.addLayout(form)
        for name, widget in {
            FormField.FULL_NAME: self.full_name,
            FormField.USERNAME: self.username,
            FormField.ROLE: self.role,
            FormField.PHONE: self.phone,
            FormField.PASSWORD: self.password,
            FormField.PASSWORD_AGAIN: self.again,
        }.items():
            self.register(name, widget)
        self.finish_layout()
        clear_when_retyped(self, (self.password, self.again))

    def retranslate_ui(self) -> None:
        new = self.existing is None
        self.setWindowTitle(self.tr("Akun baru") if new else self.tr("Ubah akun"))
        self.heading.setText(self.tr("Akun baru") if new else self.tr("Ubah akun {0}").format(self.existing.username))  # type: ignore[union-attr]
        texts = [
            self.tr("Nama &lengkap"),
            self.tr("Nama &pengguna"),
            self.tr("Pe&ran"),
            self.tr("&Telepon"),
            self.tr("&Kata sandi"),
            self.tr("&Ulangi kata sandi"),
        ]
        buddies: list[QWidget] = [self.full_name, self.username, self.role, self.phone, self.password, self.again]
        for label, text, buddy in zip(self.labels, texts, buddies, strict=True):
            label.setText(text)
            label.setBuddy(buddy)
        self.temporary.setText(self.tr("Wajib &diganti saat masuk pertama kali"))

    def accept(self) -> None:
        role = str(self.role.currentData())
        if self.existing is None:
            result = self.run(
                lambda: users.create_user(
                    self.db,
                    self.actor,
                    self.username.text(),
                    self.full_name.text(),
                    role,
                    self.password.text(),
                    password_again=self.again.text(),
                    phone=self.phone.text(),
                    must_change_password=self.temporary.isChecked(),
                )
            )
        else:
            name = self.existing.username
            result = self.run(
                lambda: users.update_user(
                    self.db, self.actor, name, full_name=self.full_name.text(), role=role, phone=self.phone.text()
                )
            )
        if result is not None:
            self.result_user = result
            super().accept()


class ResetPasswordDialog(FormDialog):
    """A temporary password the person must change at the next login; also lifts a five-minute lock."""

    def __init__(self, db: Database, actor: Actor, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.user = user
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        self.setMinimumWidth(520)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.main.addWidget(self.heading)
        self.main.addWidget(self.hint)
        form = QFormLayout()
        self.password = password_edit()
        self.meter = StrengthMeter(self.password)
        self.again = password_edit()
        self.label_password, self.label_again = QLabel(), QLabel()
        form.addRow(self.label_password, self.password)
        form.addRow("", self.meter)
        form.addRow(self.label_again, self.again)
        self.main.addLayout(form)
        self.register(FormField.PASSWORD, self.password)
        self.register(FormField.PASSWORD_AGAIN, self.again)
        self.finish_layout()
        clear_when_retyped(self, (self.password, self.again))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Reset kata sandi"))
        self.heading.setText(self.tr("Reset kata sandi {0} ({1})").format(self.user.full_name, self.user.username))
        self.hint.setText(
            self.tr(
                "Berikan kata sandi sementara ini langsung kepada orangnya. Ia wajib menggantinya saat masuk "
                "berikutnya; kunci akun (bila ada) dibuka."
            )
        )
        self.label_password.setText(self.tr("Kata sandi se&mentara"))
        self.label_again.setText(self.tr("&Ulangi"))
        self.label_password.setBuddy(self.password)
        self.label_again.setBuddy(self.again)

    def accept(self) -> None:
        done = self.run(
            lambda: users.reset_password(
                self.db, self.actor, self.user.username, self.password.text(), self.again.text()
            )
        )
        if done is not None:
            super().accept()
