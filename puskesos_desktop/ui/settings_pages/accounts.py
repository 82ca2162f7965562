"""Pengaturan › Akun pengguna: the coordinator creates, edits, disables (never deletes) accounts, resets passwords."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout

from puskesos_desktop.core import clock
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.services.admin import auth, users
from puskesos_desktop.services.admin.users import UserInfo
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.dialogs.admin.account_dialogs import AccountDialog, ResetPasswordDialog
from puskesos_desktop.ui.errors import show_fault
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.settings_pages.page_base import SettingsPage
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.table import RecordTable

INACTIVE = QColor("#e4e6ea")
LOCKED = QColor("#fde2e1")

COLUMNS = [
    Column("username", "Nama pengguna"),
    Column("full_name", "Nama lengkap"),
    Column("role_label", "Peran"),
    Column("active", "Aktif"),
    Column("must_change_password", "Wajib ganti sandi"),
    Column("locked_until", "Terkunci sampai"),
    Column("last_login_at", "Terakhir masuk"),
]


class AccountsPage(SettingsPage):
    right = Permission.ACCOUNTS
    has_save = False
    stretch_end = False
    hide_when_read_only = True

    def build_body(self, layout: QVBoxLayout) -> None:
        self.changing = False  # an account's change is being written (a job): its buttons wait
        self._key = f"accounts.change.{id(self)}"
        self.table = RecordTable(COLUMNS)
        self.table.source.highlight = self._colour
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.active_button = QPushButton()
        self.reset_button = QPushButton()
        self.unlock_button = QPushButton()
        for b in (self.add_button, self.edit_button, self.active_button, self.reset_button, self.unlock_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence("Ctrl+N"), self, self.add)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.add_button.setText(self.tr("&Tambah…"))
        self.edit_button.setText(self.tr("&Ubah…"))
        self.reset_button.setText(self.tr("&Reset kata sandi…"))
        self.unlock_button.setText(self.tr("Buka &kunci akun"))
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Akun pengguna")

    def intro_text(self) -> str:
        return self.tr(
            "Satu akun untuk satu orang. Akun tidak pernah dihapus, hanya dinonaktifkan, agar riwayat tetap "
            "menunjuk orangnya. Baris abu-abu: nonaktif; merah muda: terkunci setelah lima kali salah sandi."
        )

    def read_only_text(self) -> str:
        return self.tr("Hanya koordinator yang mengelola akun pengguna.")

    def _colour(self, row: UserInfo) -> QColor | None:
        if not row.active:
            return INACTIVE
        if row.locked_until is not None and row.locked_until > clock.now():
            return LOCKED
        return None

    def load_page(self) -> None:
        self.table.set_rows(users.list_users(self.ctx.db))
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        row = self.table.selected_row()
        return row if isinstance(row, UserInfo) else None

    def select(self, username: str) -> None:
        for i in range(self.table.proxy.rowCount()):
            if self.table.row_at_proxy(i).username == username:
                self.table.selectRow(i)
                return

    def _update_buttons(self) -> None:
        user = None if self.changing else self.selected()
        for b in (self.edit_button, self.active_button, self.reset_button):
            b.setEnabled(user is not None)
        locked = user is not None and user.locked_until is not None and user.locked_until > clock.now()
        self.unlock_button.setEnabled(locked)
        self.active_button.setText(
            self.tr("Akti&fkan") if user is not None and not user.active else self.tr("Nonakti&fkan")
        )

    def _after(self, username: str) -> None:
        self.refresh()
        self.select(username)
        self.ctx.changed(Topic.USERS)

    def add(self) -> None:
        if not self.ctx.actor.can(Permission.ACCOUNTS):
            return
        dialog = AccountDialog(self.ctx.db, self.ctx.actor, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_user is not None:
            self._after(dialog.result_user.username)

    def edit(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = AccountDialog(self.ctx.db, self.ctx.actor, user, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_user is not None:
            self._after(user.username)

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        db, actor, username, active = self.ctx.db, self.ctx.actor, user.username, not user.active
        self._change(username, lambda: users.set_active(db, actor, username, active))

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = ResetPasswordDialog(self.ctx.db, self.ctx.actor, user, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after(user.username)

    def unlock(self) -> None:
        user = self.selected()
        if user is None:
            return
        db, actor, username = self.ctx.db, self.ctx.actor, user.username
        self._change(username, lambda: auth.clear_lock(db, actor, username))

    def _change(self, username: str, work: Callable[[], object]) -> None:
        """One account changed by a job (the service writes and audits it): the account's buttons wait meanwhile,
        a second press before it is done changes nothing more, and a refusal is shown as a refusal."""
        if self.changing:
            return
        self.changing = True
        self._update_buttons()
        jobs.run(work, lambda _result: self._changed(username), self._refused_change, key=self._key, parent=self)

    def _changed(self, username: str) -> None:
        self.changing = False
        self._after(username)

    def _refused_change(self, exc: BaseException) -> None:
        self.changing = False
        self._update_buttons()
        show_fault(self, exc)
