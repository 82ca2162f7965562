"""Pengaturan › Keamanan: the idle lock minutes, one's own password, and the rules in plain words."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.services.admin import auth
from puskesos_desktop.ui.dialogs.admin.change_password import ChangePasswordDialog
from puskesos_desktop.ui.settings_pages.page_base import SettingsPage


class SecuritySettingsPage(SettingsPage):
    right = Permission.SETTINGS

    def build_body(self, layout: QVBoxLayout) -> None:
        self._build_lock_box(layout)
        self._build_password_box(layout)
        self.cli_box = QGroupBox()
        cli = QVBoxLayout(self.cli_box)
        self.cli_text = QLabel()
        self.cli_text.setWordWrap(True)
        cli.addWidget(self.cli_text)
        layout.addWidget(self.cli_box)

    def _build_lock_box(self, layout: QVBoxLayout) -> None:
        self.lock_box = QGroupBox()
        lock = QVBoxLayout(self.lock_box)
        row = QHBoxLayout()
        self.label_minutes = QLabel()
        self.minutes = QSpinBox()
        self.minutes.setRange(auth.MIN_IDLE_MINUTES, auth.MAX_IDLE_MINUTES)
        self.label_minutes.setBuddy(self.minutes)
        row.addWidget(self.label_minutes)
        row.addWidget(self.minutes)
        self.place_save(row)
        row.addStretch(1)
        lock.addLayout(row)
        self.lock_hint = QLabel()
        self.lock_hint.setObjectName("hint")
        self.lock_hint.setWordWrap(True)
        lock.addWidget(self.lock_hint)
        layout.addWidget(self.lock_box)

    def _build_password_box(self, layout: QVBoxLayout) -> None:
        self.password_box = QGroupBox()
        pw = QVBoxLayout(self.password_box)
        self.password_button = QPushButton()
        self.password_hint = QLabel()
        self.password_hint.setObjectName("hint")
        self.password_hint.setWordWrap(True)
        pw.addWidget(self.password_hint)
        pw_row = QHBoxLayout()
        pw_row.addWidget(self.password_button)
        pw_row.addStretch(1)
        pw.addLayout(pw_row)
        layout.addWidget(self.password_box)
        self.password_button.clicked.connect(self.change_password)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.lock_box.setTitle(self.tr("Kunci layar"))
        self.label_minutes.setText(self.tr("Kunci layar setelah &tidak ada aktivitas selama (menit):"))
        self.lock_hint.setText(
            self.tr(
                "Layar terkunci menyembunyikan semua data warga; hanya kata sandi orang yang sama yang membukanya, "
                "atau orang lain masuk lewat 'Ganti pengguna'. Ctrl+L mengunci layar kapan saja."
            )
        )
        self.password_box.setTitle(self.tr("Kata sandi saya"))
        self.password_hint.setText(
            self.tr(
                "Lima kali salah kata sandi mengunci akun selama lima menit. Koordinator dapat membuka kunci dan "
                "mereset kata sandi di Akun pengguna; kata sandi hasil reset wajib diganti saat masuk."
            )
        )
        self.password_button.setText(self.tr("Ganti &kata sandi…"))
        self.cli_box.setTitle(self.tr("Baris perintah"))
        self.cli_text.setText(
            self.tr(
                "Perintah 'puskesos …' (cadangan terjadwal, pemulihan, administrasi akun) tidak meminta masuk: "
                "siapa pun yang dapat menjalankannya juga dapat membaca berkas database. Setiap tindakannya "
                "tercatat di jejak audit sebagai 'cli:<akun Windows>'. Karena itu: satu akun Windows untuk "
                "kantor dengan kata sandi, enkripsi disk (BitLocker/enkripsi perangkat) bila edisi Windows "
                "memilikinya, dan kata sandi pada cadangan dan ekspor yang dibawa keluar."
            )
        )

    def title(self) -> str:
        return self.tr("Keamanan")

    def save_text(self) -> str:
        return self.tr("&Simpan")

    def editors(self) -> Sequence[QWidget]:
        return (self.minutes,)

    def load_page(self) -> None:
        self.minutes.setValue(auth.idle_minutes(self.ctx.db))
        self.password_button.setEnabled(self.ctx.actor.user_id is not None)

    def save_work(self) -> Callable[[], int]:
        db, actor, value = self.ctx.db, self.ctx.actor, self.minutes.value()

        def work() -> int:
            auth.set_idle_minutes(db, actor, value)
            return value

        return work

    def saved(self, result: int) -> None:
        self.message.setText(self.tr("Tersimpan: layar terkunci setelah {0} menit.").format(result))

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.ctx.db, self.ctx.actor, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.message.setText(self.tr("Kata sandi diganti."))
