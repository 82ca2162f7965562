"""Pengaturan › Cadangan: back up now or to a file (optionally with a password), the second folder, the list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core import fmt
from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.services.admin import backup
from puskesos_desktop.services.people import attachments
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.change_password import FilePasswordDialog
from puskesos_desktop.ui.dialogs.form_base import set_invalid
from puskesos_desktop.ui.errors import show_fault
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.widgets.table import RecordTable

COLUMNS = [
    Column("at", "Waktu"),
    Column("folder", "Folder"),
    Column("size", "Ukuran", getter=lambda b: fmt.ukuran(b.size), align_right=True),
    Column("path", "Berkas", getter=lambda b: str(b.path)),
]


class BackupPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.notice = QLabel()
        self.notice.setObjectName("hint")
        self.notice.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.main_folder = QLabel()
        self.main_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.second = QLineEdit()
        self.browse = QPushButton()
        self.save_second = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.second, 1)
        row.addWidget(self.browse)
        row.addWidget(self.save_second)
        self.label_main, self.label_second = QLabel(), QLabel()
        self.label_second.setBuddy(self.second)
        form.addRow(self.label_main, self.main_folder)
        form.addRow(self.label_second, row)
        # Issue 20: scans and photos live in the database, so they are in every backup; their total is shown here.
        self.label_attachments = QLabel()
        self.attachments_total = QLabel()
        form.addRow(self.label_attachments, self.attachments_total)
        body.addLayout(form)
        buttons = QHBoxLayout()
        self.now_button = QPushButton()
        self.now_button.setObjectName("primary")
        self.file_button = QPushButton()
        buttons.addWidget(self.now_button)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        body.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        body.addWidget(self.status)
        self.table = RecordTable(COLUMNS)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        body.addWidget(self.table, 1)
        self.restore_hint = QLabel()
        self.restore_hint.setObjectName("hint")
        self.restore_hint.setWordWrap(True)
        self.restore_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.addWidget(self.restore_hint)
        layout.addWidget(self.body, 1)
        self.now_button.clicked.connect(self.backup_now)
        self.file_button.clicked.connect(self.backup_to_file)
        self.browse.clicked.connect(self.choose_second)
        self.save_second.clicked.connect(self.store_second)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Cadangan"))
        self.label_main.setText(self.tr("Folder cadangan"))
        self.label_second.setText(self.tr("Folder &kedua (flashdisk)"))
        self.second.setPlaceholderText(self.tr("kosong: tanpa salinan kedua"))
        self.label_attachments.setText(self.tr("Lampiran (pindaian dan foto)"))
        self.browse.setText(self.tr("&Pilih…"))
        self.save_second.setText(self.tr("Simpan &folder"))
        self.now_button.setText(self.tr("Cadangkan &sekarang"))
        self.file_button.setText(self.tr("Cadangkan ke berk&as…"))
        self.restore_hint.setText(
            self.tr(
                "Memulihkan cadangan: tutup program ini di komputer ini, lalu jalankan "
                "puskesos restore BERKAS. Database yang sekarang disimpan di sampingnya agar pemulihan dapat "
                "dibatalkan."
            )
        )

    def title(self) -> str:
        return self.tr("Cadangan")

    def refresh(self) -> None:
        allowed = self.ctx.actor.can(Permission.BACKUP)
        self.body.setVisible(allowed)
        if not allowed:
            self.notice.setText(self.tr("Hanya koordinator yang mengelola cadangan."))
            return
        self.notice.setText(
            self.tr(
                "Program mencadangkan database setiap hari dan setiap kali ditutup (salinan konsisten walau program "
                "berjalan), menyimpan 7 harian, 4 mingguan dan 12 bulanan, juga di folder kedua bila diisi."
            )
        )
        try:
            self.main_folder.setText(str(backup.backups_dir(self.ctx.db)))
            second = backup.second_folder(self.ctx.db)
            self.second.setText(str(second) if second else "")
            self.table.set_rows(backup.list_backups(self.ctx.db))
            total = attachments.storage_total(self.ctx.db, self.ctx.actor)
            self.attachments_total.setText(
                self.tr("{0} berkas, {1} (ikut dalam setiap cadangan)").format(
                    total.count, fmt.ukuran(total.bytes) if total.bytes else "0 KB"
                )
            )
        except PuskesosError as exc:
            self.status.setText(exc.message)

    def _start(self, text: str) -> bool:
        if self.busy:
            return False
        self.busy = True
        self.now_button.setEnabled(False)
        self.file_button.setEnabled(False)
        self.status.setText(text)
        return True

    def _done(self, result: backup.BackupResult) -> None:
        self.busy = False
        self.now_button.setEnabled(True)
        self.file_button.setEnabled(True)
        lock = self.tr(", terenkripsi") if result.encrypted else ""
        text = self.tr("Cadangan tersimpan: {0} ({1}{2}).").format(result.path, fmt.ukuran(result.size), lock)
        if result.second_copy:
            text += " " + self.tr("Salinan kedua: {0}.").format(result.second_copy)
        if result.second_error:
            text += " " + result.second_error
        self.status.setText(text)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.now_button.setEnabled(True)
        self.file_button.setEnabled(True)
        self.status.setText("")
        show_fault(self, exc)

    def backup_now(self) -> None:
        if self._start(self.tr("Mencadangkan…")):
            db, actor = self.ctx.db, self.ctx.actor
            jobs.run(lambda: backup.backup_now(db, actor), self._done, self._failed, parent=self)

    def backup_to_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Cadangkan ke berkas"), "cadangan-puskesos.sqlite3", self.tr("Cadangan (*.sqlite3 *.bak)")
        )
        if not name:
            return
        dialog = FilePasswordDialog(self.tr("Cadangan"), backup.MIN_BACKUP_PASSWORD, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        password = dialog.password or None
        if self._start(self.tr("Mencadangkan ke {0}…").format(name)):
            db, actor = self.ctx.db, self.ctx.actor
            jobs.run(
                lambda: backup.create_backup(db, actor, Path(name), password), self._done, self._failed, parent=self
            )

    def choose_second(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder kedua"), self.second.text())
        if folder:
            self.second.setText(folder)

    def store_second(self) -> None:
        set_invalid(self.second, False)
        try:
            backup.set_second_folder(self.ctx.db, self.ctx.actor, self.second.text())
        except PuskesosError as exc:
            set_invalid(self.second, True)
            show_fault(self, exc)
            return
        self.status.setText(self.tr("Folder kedua tersimpan."))
        self.refresh()
