"""Change one's own password (forced after a reset by the coordinator), and the strength meter other forms share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core.errors import FormField, PuskesosError, ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.admin.users import UserInfo
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.dialogs.common.form_base import FormDialog, set_invalid
from puskesos_desktop.ui.errors import field_widget, message_text
from puskesos_desktop.ui.tooltips import field_tip
from puskesos_desktop.ui.widgets.password_field import error_and_buttons
from puskesos_desktop.ui.widgets.password_field import password_edit as password_edit  # its callers import it here


def clear_when_retyped(form: FormDialog, edits: tuple[QLineEdit, ...]) -> None:
    """A refusal is about the password typed then: typing it again takes the red away (issue 17 item 14)."""

    def clear() -> None:
        if not form.error.isHidden():
            form.clear_invalid()

    for edit in edits:
        edit.textChanged.connect(clear)


class StrengthMeter(QWidget):
    """A bar and a word under a new-password field: refused, weak … strong (the service's own rule)."""

    def __init__(self, edit: QLineEdit, username: QLineEdit | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = edit
        self.username = username
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        # The style sheet's 18 px progress bars drawn into 10 px lost their bottom edge: this one is 12 px whole.
        self.bar.setStyleSheet("QProgressBar { min-height: 0px; }")
        self.bar.setFixedHeight(12)
        self.bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label = QLabel()
        self.label.setObjectName("hint")
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label, 2)
        edit.textChanged.connect(self.update_meter)
        self.update_meter()

    def update_meter(self) -> None:
        text = self.edit.text()
        name = self.username.text().strip().lower() if self.username is not None else ""
        score = users.password_strength(text)
        reason = ""
        try:
            users.check_password_strength(text, name)
        except ValidationError as exc:
            score, reason = 0, message_text(exc.said)
        self.bar.setValue(score)
        words = {
            0: reason if text else self.tr("Minimal 8 karakter, paduan huruf dan angka atau tanda baca."),
            1: self.tr("Cukup"),
            2: self.tr("Lumayan"),
            3: self.tr("Kuat"),
            4: self.tr("Sangat kuat"),
        }
        self.label.setText(words[score])


class ChangePasswordDialog(QDialog):
    """The signed-in user's own password. forced=True after a reset: cancelling leaves the old session closed."""

    def __init__(self, db: Database, actor: Actor, forced: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.forced = forced
        self.user: UserInfo | None = None
        self.locked_out = ""  # the lock message when wrong old passwords locked the account
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.old = password_edit()
        self.new = password_edit()
        self.again = password_edit()
        self.meter = StrengthMeter(self.new)
        self.label_old, self.label_new, self.label_again = QLabel(), QLabel(), QLabel()
        form.addRow(self.label_old, self.old)
        form.addRow(self.label_new, self.new)
        form.addRow("", self.meter)
        form.addRow(self.label_again, self.again)
        layout.addLayout(form)
        self.fields: dict[str, QLineEdit] = {
            FormField.OLD_PASSWORD: self.old,
            FormField.PASSWORD: self.new,
            FormField.PASSWORD_AGAIN: self.again,
        }
        self.error, self.buttons = error_and_buttons(self, layout)
        self.setTabOrder(self.old, self.new)
        self.setTabOrder(self.new, self.again)
        # A refusal is about what was typed then: typing again takes the red away (issue 17 item 14).
        for edit in self.fields.values():
            edit.textChanged.connect(self._clear_refusal)

    def _clear_refusal(self) -> None:
        if self.error.text():
            self.error.clear()
            for edit in self.fields.values():
                set_invalid(edit, False)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Ganti kata sandi"))
        self.heading.setText(self.tr("Ganti kata sandi — {0}").format(self.actor.full_name))
        self.intro.setText(
            self.tr(
                "Koordinator telah mereset kata sandi Anda. Buat kata sandi baru yang hanya Anda ketahui "
                "sebelum melanjutkan."
            )
            if self.forced
            else self.tr("Kata sandi hanya untuk Anda: jangan dipakai bersama dan jangan ditulis di dekat komputer.")
        )
        self.label_old.setText(self.tr("Kata sandi sekara&ng") if not self.forced else self.tr("Kata sandi se&mentara"))
        self.label_new.setText(self.tr("Kata sandi ba&ru"))
        self.label_again.setText(self.tr("&Ulangi kata sandi baru"))
        self.label_old.setBuddy(self.old)
        self.label_new.setBuddy(self.new)
        self.label_again.setBuddy(self.again)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        # Tooltips on every field (issue 8, part 4).
        field_tip(self.label_old, self.tr("Kata sandi yang dipakai sekarang"))
        field_tip(self.label_new, self.tr("Minimal 8 karakter, paduan huruf dan angka atau tanda baca"))
        field_tip(self.label_again, self.tr("Ketik kata sandi baru sekali lagi"))

    def accept(self) -> None:
        for edit in self.fields.values():
            set_invalid(edit, False)
        try:
            self.user = users.change_own_password(
                self.db, self.actor, self.old.text(), self.new.text(), self.again.text()
            )
        except users.LockedOut as exc:
            # The account is locked now: nobody goes on working under it; the session locks the screen.
            self.locked_out = message_text(exc.said)
            self.reject()
            return
        except PuskesosError as exc:
            widget = field_widget(self.fields, exc)
            if widget is not None:
                set_invalid(widget, True)
                widget.selectAll()
                widget.setFocus()
            self.error.setText(message_text(exc.said))
            return
        super().accept()


class FilePasswordDialog(QDialog):
    """An optional password for a file leaving the PC (backup, export): typed twice, or left empty for none."""

    def __init__(self, what: str, minimum: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minimum = minimum
        self.password = ""
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        form = QFormLayout()
        self.first, self.second = password_edit(), password_edit()
        self.label_first, self.label_second = QLabel(), QLabel()
        form.addRow(self.label_first, self.first)
        form.addRow(self.label_second, self.second)
        layout.addLayout(form)
        self.error, self.buttons = error_and_buttons(self, layout)
        self.setWindowTitle(self.tr("Kata sandi berkas"))
        self.hint.setText(
            self.tr(
                "{0} berisi data pribadi warga. Pasang kata sandi bila berkas dibawa keluar kantor (flashdisk, "
                "surel). Kosongkan bila tidak perlu. Kata sandi tidak disimpan: tanpanya berkas tidak dapat dibuka."
            ).format(what)
        )
        self.label_first.setText(self.tr("&Kata sandi"))
        self.label_second.setText(self.tr("&Ulangi"))
        self.label_first.setBuddy(self.first)
        self.label_second.setBuddy(self.second)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Lanjut"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))

    def accept(self) -> None:
        first, second = self.first.text(), self.second.text()
        set_invalid(self.first, False)
        set_invalid(self.second, False)
        if first and len(first) < self.minimum:
            set_invalid(self.first, True)
            self.error.setText(self.tr("Kata sandi minimal {0} karakter.").format(self.minimum))
            return
        if first != second:
            set_invalid(self.second, True)
            self.error.setText(self.tr("Kedua kata sandi tidak sama."))
            return
        self.password = first
        super().accept()
