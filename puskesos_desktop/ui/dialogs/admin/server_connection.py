"""The office server's connection form, and what the window says when the server cannot be reached at start.

``ServerForm`` (host, port, database, user, password, a test button) serves Pengaturan › Server kantor and the
"Ubah sambungan" dialog of the start. Trying the server, reading and writing the password (the credential store can
be slow or ask to be unlocked) all run through ui/jobs.py; nothing here waits on the network on the UI thread.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop import connection
from puskesos_desktop.config import data_dir
from puskesos_desktop.core.errors import PuskesosError, ValidationError
from puskesos_desktop.db.server_faults import ServerCheck, classify
from puskesos_desktop.services.admin import server_link
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.errors import message_text, refusal_text


class ServerForm(QWidget):
    """The fields of one server connection. ``settings()`` raises ValidationError naming the field at fault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stored_password = False
        self.store: connection.Store | None = None  # known once the credential store was asked (a job)
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.use_server = QCheckBox()
        layout.addWidget(self.use_server)
        self.fields = QWidget()
        self.fields.setMaximumWidth(720)  # an address and a name: no need for the whole width of a wide screen
        form = QFormLayout(self.fields)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(connection.DEFAULT_PORT)
        self.database = QLineEdit(connection.DEFAULT_DATABASE)
        self.user = QLineEdit(connection.DEFAULT_USER)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.store_note = QLabel()
        self.store_note.setObjectName("hint")
        self.store_note.setWordWrap(True)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (
            ("host", self.host),
            ("port", self.port),
            ("database", self.database),
            ("user", self.user),
            ("password", self.password),
        ):
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            form.addRow(label, widget)
        layout.addWidget(self.fields)
        layout.addWidget(self.store_note)  # outside the form: a wrapped label there kept its first height
        row = QHBoxLayout()
        self.test_button = QPushButton()
        row.addWidget(self.test_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.use_server.toggled.connect(self._follow_choice)
        self.test_button.clicked.connect(self.test)
        self._follow_choice(False)

    def retranslate_ui(self) -> None:
        self.use_server.setText(self.tr("Komputer ini &memakai server kantor"))
        self.use_server.setToolTip(
            self.tr("Tanpa centang: komputer ini memakai berkas database di folder datanya sendiri")
        )
        self.labels["host"].setText(self.tr("&Alamat server:"))
        self.labels["port"].setText(self.tr("P&ort:"))
        self.labels["database"].setText(self.tr("&Database:"))
        self.labels["user"].setText(self.tr("Pen&gguna:"))
        self.labels["password"].setText(self.tr("Kata sand&i:"))
        self.host.setPlaceholderText(self.tr("mis. 192.168.1.10 atau nama komputer server"))
        self._password_hint()
        self.test_button.setText(self.tr("&Uji sambungan"))
        self.test_button.setToolTip(self.tr("Mencoba tersambung dengan isian ini; tidak ada yang disimpan"))

    def _password_hint(self) -> None:
        self.password.setPlaceholderText(
            self.tr("(tersimpan; kosongkan untuk tetap memakainya)") if self.stored_password else ""
        )
        if self.store == "keyring":
            self.store_note.setText(self.tr("Kata sandi disimpan di pengelola kredensial sistem operasi."))
        elif self.store == "file":
            self.store_note.setText(
                self.tr(
                    "Komputer ini tidak punya pengelola kredensial: kata sandi disimpan di berkas pribadi di folder "
                    "data, yang hanya dapat dibaca akun ini."
                )
            )

    def _follow_choice(self, on: bool) -> None:
        self.fields.setEnabled(on)
        self.test_button.setEnabled(on)

    def show_settings(self, settings: connection.ServerSettings | None) -> None:
        self.use_server.setChecked(bool(settings and settings.enabled))
        if settings is not None:
            self.host.setText(settings.host)
            self.port.setValue(settings.port)
            self.database.setText(settings.database)
            self.user.setText(settings.user)
        self.password.clear()
        self.result.clear()
        self.stored_password = False
        self._password_hint()
        # The credential store can be slow, or ask to be unlocked: not on the UI thread.
        jobs.run(
            lambda: server_link.password_state(settings),
            self._stored,
            lambda _exc: None,
            key="server-form-password",
            parent=self,
        )

    def _stored(self, state: server_link.PasswordState) -> None:
        self.stored_password = state.stored
        self.store = state.store
        self._password_hint()

    def settings(self) -> connection.ServerSettings:
        return connection.validate(
            self.host.text(),
            self.port.value(),
            self.database.text(),
            self.user.text(),
            enabled=self.use_server.isChecked(),
        )

    def typed_password(self) -> str | None:
        return self.password.text() or None

    def test(self) -> None:
        try:
            settings = self.settings()
        except ValidationError as exc:
            self.result.setText(refusal_text(exc))
            return
        password = self.typed_password()
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Mencoba tersambung ke {0} …").format(settings.shown()))
        jobs.run(
            lambda: server_link.try_link(settings, password),
            self._tested,
            lambda exc: self._failed(exc, settings),
            key="server-form-test",
            parent=self,
        )

    def _tested(self, check: ServerCheck) -> None:
        self.test_button.setEnabled(self.use_server.isChecked())
        state = (
            self.tr("database sudah berisi data kantor.")
            if check.has_schema
            else self.tr("database masih kosong; program menyiapkannya saat dibuka dengan server ini.")
        )
        self.result.setText(self.tr("Sambungan berhasil: PostgreSQL {0}; {1}").format(check.version, state))

    def _failed(self, exc: BaseException, settings: connection.ServerSettings) -> None:
        self.test_button.setEnabled(self.use_server.isChecked())
        fault = classify(exc, settings.shown())
        if fault is not None:
            self.result.setText(message_text(fault.said))
        elif isinstance(exc, PuskesosError):
            self.result.setText(refusal_text(exc))
        else:
            # Never an exception's own words on screen (ui/errors.py): the kind is enough to act on.
            self.result.setText(self.tr("Sambungan gagal ({0}).").format(type(exc).__name__))


class ServerConnectionDialog(QDialog):
    """ "Ubah sambungan" at the start: the form on its own; saved for this PC (no office database to audit in yet)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setup_ui()
        self.retranslate_ui()
        self.form.show_settings(connection.load(data_dir()))

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.form = ServerForm()
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sambungan ke server kantor"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))

    def accept(self) -> None:
        if not self.form.use_server.isChecked():
            self.buttons.setEnabled(False)
            jobs.run(
                lambda: connection.forget(data_dir()), self._saved, self._refused, key="server-dialog-save", parent=self
            )
            return
        try:
            settings = self.form.settings()
        except ValidationError as exc:
            self.form.result.setText(refusal_text(exc))
            return
        password = self.form.typed_password()
        self.buttons.setEnabled(False)
        jobs.run(
            lambda: connection.save(data_dir(), settings, password),
            self._saved,
            self._refused,
            key="server-dialog-save",
            parent=self,
        )

    def _saved(self, _result: object) -> None:
        QDialog.accept(self)

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        text = refusal_text(exc) if isinstance(exc, PuskesosError) else type(exc).__name__
        self.form.result.setText(self.tr("Tidak dapat menyimpan: {0}").format(text))


class Choice(Enum):
    RETRY = "retry"
    CHANGE = "change"
    QUIT = "quit"


def ask_about_server(message: str, parent: QWidget | None = None) -> Choice:
    """The one message of a start that cannot reach the server (or is refused by it): try again, change the
    connection, or quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ServerProblem", "Server kantor tidak dapat dipakai"))
    box.setText(message)
    retry = box.addButton(QCoreApplication.translate("ServerProblem", "&Coba lagi"), QMessageBox.ButtonRole.AcceptRole)
    change = box.addButton(
        QCoreApplication.translate("ServerProblem", "&Ubah sambungan"), QMessageBox.ButtonRole.ActionRole
    )
    quit_ = box.addButton(QCoreApplication.translate("ServerProblem", "&Keluar"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.setEscapeButton(quit_)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is retry:
        return Choice.RETRY
    if clicked is change:
        return Choice.CHANGE
    return Choice.QUIT


def change_connection(parent: QWidget | None = None) -> bool:
    """The connection dialog; True when it was saved."""
    dialog = ServerConnectionDialog(parent)
    code = dialog.exec()
    dialog.deleteLater()
    return code == QDialog.DialogCode.Accepted
