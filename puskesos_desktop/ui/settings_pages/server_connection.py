"""Pengaturan › Server kantor: "Komputer ini memakai server kantor" — host, port, database, user, password.

The setting belongs to this PC (services/admin/server_link.py, connection.py) and holds from the next start. Only
the coordinator sees the form: whoever points a PC at a server decides where the office's data goes.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from puskesos_desktop.config import DB_ENV, data_dir, shown_url
from puskesos_desktop.connection import load
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.services.admin import server_link
from puskesos_desktop.ui.dialogs.admin.server_connection import ServerForm
from puskesos_desktop.ui.settings_pages.page_base import SettingsPage


class ServerConnectionPage(SettingsPage):
    right = Permission.SETTINGS

    def build_body(self, layout: QVBoxLayout) -> None:
        self.now = QLabel()
        self.now.setWordWrap(True)
        layout.addWidget(self.now)
        self.body = QWidget()  # hidden from whoever lacks the right: the form shows where the data goes
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.form = ServerForm()
        body.addWidget(self.form)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        body.addWidget(self.hint)
        row = QHBoxLayout()
        self.save_button.setDefault(True)
        self.place_save(row)
        row.addStretch(1)
        body.addLayout(row)
        layout.addWidget(self.body)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.hint.setText(
            self.tr(
                "Berlaku mulai program dibuka lagi di komputer ini. Data yang sudah ada di komputer ini tidak "
                "dipindahkan ke server; cara memindahkan dan menyiapkan server ada di docs/SERVER.md. Kata sandi "
                "tidak pernah ditulis di layar, di log, atau di jejak audit."
            )
        )
        self.save_button.setToolTip(self.tr("Simpan sambungan server untuk komputer ini"))

    def title(self) -> str:
        return self.tr("Server kantor")

    def save_text(self) -> str:
        return self.tr("&Simpan")

    def read_only_text(self) -> str:
        return self.tr("Hanya koordinator yang dapat melihat dan mengubah sambungan server.")

    def load_page(self) -> None:
        allowed = self.allowed()
        self.body.setVisible(allowed)
        now = self.tr("Program ini sekarang memakai: {0}").format(shown_url(self.ctx.db.url))
        if os.environ.get(DB_ENV):
            now += " " + self.tr("(variabel PUSKESOS_DB di komputer ini didahulukan dari pengaturan ini)")
        self.now.setText(now)
        if allowed:
            self.form.show_settings(load(data_dir()))

    def save_work(self) -> Callable[[], server_link.SavedLink | None] | None:
        db, actor = self.ctx.db, self.ctx.actor
        if not self.form.use_server.isChecked():
            if load(data_dir()) is None:
                self.message.setText(self.tr("Komputer ini memakai berkas databasenya sendiri; tidak ada yang diubah."))
                return None
            return lambda: server_link.forget_link(db, actor)
        settings = self.form.settings()  # a ValidationError here is shown as a refusal
        password = self.form.typed_password()
        return lambda: server_link.save_link(db, actor, settings, password)

    def saved(self, result: server_link.SavedLink | None) -> None:
        self.form.show_settings(load(data_dir()))
        if result is None:
            self.message.setText(
                self.tr("Tersimpan: komputer ini kembali memakai berkas databasenya sendiri mulai dibuka lagi.")
            )
        else:
            self.message.setText(
                self.tr("Tersimpan: komputer ini memakai server kantor {0} mulai program dibuka lagi.").format(
                    result.settings.shown()
                )
            )
