"""Pengaturan › Server kantor: "Komputer ini memakai server kantor" — host, port, database, user, password.

The setting belongs to this PC (services/admin/server_link.py, connection.py) and holds from the next start. Only
the coordinator sees the form: whoever points a PC at a server decides where the office's data goes.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from puskesos_desktop.config import DB_ENV, data_dir, shown_url
from puskesos_desktop.connection import load
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.services.admin import server_link
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.admin.server_connection import ServerForm
from puskesos_desktop.ui.errors import show_fault
from puskesos_desktop.ui.tabs.base_tab import show_error
from puskesos_desktop.ui.topics import Topic


class ServerConnectionPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)
        self.now = QLabel()
        self.now.setWordWrap(True)
        layout.addWidget(self.now)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.form = ServerForm()
        body.addWidget(self.form)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        body.addWidget(self.hint)
        row = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        row.addWidget(self.save_button)
        row.addStretch(1)
        body.addLayout(row)
        layout.addWidget(self.body)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Server kantor"))
        self.hint.setText(
            self.tr(
                "Berlaku mulai program dibuka lagi di komputer ini. Data yang sudah ada di komputer ini tidak "
                "dipindahkan ke server; cara memindahkan dan menyiapkan server ada di docs/SERVER.md. Kata sandi "
                "tidak pernah ditulis di layar, di log, atau di jejak audit."
            )
        )
        self.save_button.setText(self.tr("&Simpan"))
        self.save_button.setToolTip(self.tr("Simpan sambungan server untuk komputer ini"))

    def title(self) -> str:
        return self.tr("Server kantor")

    def refresh(self) -> None:
        allowed = self.ctx.actor.can(Permission.SETTINGS)
        self.body.setVisible(allowed)
        now = self.tr("Program ini sekarang memakai: {0}").format(shown_url(self.ctx.db.url))
        if os.environ.get(DB_ENV):
            now += " " + self.tr("(variabel PUSKESOS_DB di komputer ini didahulukan dari pengaturan ini)")
        self.now.setText(now)
        if not allowed:
            self.message.setText(self.tr("Hanya koordinator yang dapat melihat dan mengubah sambungan server."))
            return
        self.message.clear()
        self.form.show_settings(load(data_dir()))

    def save(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        if not self.form.use_server.isChecked():
            if load(data_dir()) is None:
                self.message.setText(self.tr("Komputer ini memakai berkas databasenya sendiri; tidak ada yang diubah."))
                return
            self.save_button.setEnabled(False)
            jobs.run(
                lambda: server_link.forget_link(db, actor),
                lambda _none: self._saved(
                    self.tr("Tersimpan: komputer ini kembali memakai berkas databasenya sendiri mulai dibuka lagi.")
                ),
                self._refused,
                key="server-page-save",
                topics=(Topic.SETTINGS,),
                parent=self,
            )
            return
        try:
            settings = self.form.settings()
        except ValidationError as exc:
            show_error(self, exc)
            return
        password = self.form.typed_password()
        self.save_button.setEnabled(False)
        jobs.run(
            lambda: server_link.save_link(db, actor, settings, password),
            lambda saved: self._saved(
                self.tr("Tersimpan: komputer ini memakai server kantor {0} mulai program dibuka lagi.").format(
                    saved.settings.shown()
                )
            ),
            self._refused,
            key="server-page-save",
            topics=(Topic.SETTINGS,),
            parent=self,
        )

    def _saved(self, text: str) -> None:
        self.save_button.setEnabled(True)
        self.form.show_settings(load(data_dir()))
        self.message.setText(text)

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_fault(self, exc)  # a refusal as a refusal; anything else in plain words, details to the crash log
