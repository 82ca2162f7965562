"""Pengaturan › Pertukaran data › Impor umpan balik: file → preview (each change from what to what, numbers the office
does not know, rows refused) → apply in one transaction → result. Reading and applying run off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from puskesos_desktop.core import fmt
from puskesos_desktop.core.errors import FormField, ValidationError
from puskesos_desktop.services.exchange import batch as exchange
from puskesos_desktop.services.exchange.batch import FeedbackChange, FeedbackPreview, FeedbackResult
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.form_base import set_invalid
from puskesos_desktop.ui.dialogs.exchange.wizard_base import FilePage, WizardDialog
from puskesos_desktop.ui.jobs import JobControl
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.table import RecordTable

FILE, PREVIEW, RESULT = range(3)


def _dates(c: FeedbackChange) -> str:
    old, new = fmt.tanggal_pendek(c.old_date, ""), fmt.tanggal_pendek(c.new_date, "")
    return new if old == new or not old else f"{old} → {new}"


CHANGE_COLUMNS = [
    Column("sheet", "Lembar"),
    Column("number", "Nomor"),
    Column("name", "Nama"),
    Column(
        "status", "Status", getter=lambda c: f"{c.old_status} → {c.new_status}" if c.status_changes else c.new_status
    ),  # fmt: skip
    Column("date", "Tanggal Hasil", getter=_dates),
    Column("new_note", "Keterangan Hasil"),
]
PROBLEM_COLUMNS = [
    Column("row_number", "Baris", align_right=True),
    Column("column", "Lembar / kolom"),
    Column("value", "Nomor / nilai"),
    Column("reason", "Alasan"),
]


class FeedbackWizard(WizardDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: FeedbackPreview | None = None
        self.outcome: FeedbackResult | None = None
        self.task = 0  # the running job's number (ui/jobs.py), 0 when none
        self.setup_ui()
        self.retranslate_ui()
        self.show_page(FILE)

    def setup_ui(self) -> None:
        self.file_page = FilePage(self, password=True)
        self.file, self.password = self.file_page.file, self.file_page.password
        self.add_page(self.file_page, "")

        page = QWidget()
        layout = QVBoxLayout(page)
        self.preview_summary = QLabel()
        self.preview_summary.setWordWrap(True)
        self.preview_summary.setObjectName("summary")
        layout.addWidget(self.preview_summary)
        self.changes = RecordTable(CHANGE_COLUMNS)
        self.changes.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.changes, 3)
        self.problems_label = QLabel()
        layout.addWidget(self.problems_label)
        self.problems = RecordTable(PROBLEM_COLUMNS)
        self.problems.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.problems, 2)
        self.add_page(page, "")

        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("summary")
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.add_page(page, "")

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Impor umpan balik kabupaten"))
        self.set_titles([self.tr("Pilih berkas umpan balik"), self.tr("Periksa perubahan"), self.tr("Hasil")])
        self.file_page.retranslate(
            self.tr(
                "Pilih buku kerja yang dikembalikan kabupaten: lembar Rujukan dan/atau Usulan DTKS dengan kolom "
                "Status, Tanggal Hasil dan Keterangan Hasil yang sudah diisi. Setiap perubahan ditampilkan dulu; "
                "baru sesudah Anda menekan Terapkan, perubahan disimpan ke riwayat masing-masing data."
            ),
            caption=self.tr("Pilih berkas umpan balik"),
            filters=self.tr("Buku kerja Excel (*.xlsx *.xls);;Semua berkas (*)"),
        )
        self.problems_label.setText(self.tr("Baris yang tidak dipakai:"))

    def next_text(self, index: int) -> str:
        return self.tr("&Terapkan") if index == PREVIEW else self.tr("&Lanjut")

    def page_shown(self, index: int) -> None:
        (self.file.edit if index == FILE else self.button_next).setFocus()

    def next_step(self, index: int) -> None:
        path = self.file.path()
        if not path or not Path(path).is_file():
            set_invalid(self.file.edit, True)
            self.file.edit.setFocus()
            self.say(self.tr("Pilih berkas umpan balik yang ada."))
            return
        password = self.password.text() or None
        db, actor = self.ctx.db, self.ctx.actor
        self.busy(True)
        if index == FILE:
            self.task = jobs.run_with_progress(
                self, self.tr("Membaca umpan balik"), self.tr("Membaca {0}…").format(Path(path).name),
                lambda _control: exchange.preview_feedback(db, actor, path, password),
                self._previewed, self._refused, lambda: self.busy(False),
            )  # fmt: skip
            return
        assert self.preview is not None
        if not self.preview.changes:
            self.busy(False)
            self.say(self.tr("Tidak ada perubahan untuk diterapkan."))
            return
        sha = self.preview.sha256

        def work(_control: JobControl) -> FeedbackResult:
            return exchange.apply_feedback(db, actor, path, password, expected_sha256=sha)

        self.task = jobs.run_with_progress(
            self, self.tr("Menerapkan umpan balik"), self.tr("Menyimpan perubahan…"), work, self._applied,
            self._refused, cancellable=False, topics=(Topic.REFERRALS, Topic.PROPOSALS),
        )  # fmt: skip

    def _refused(self, exc: BaseException) -> None:
        self.busy(False)
        self.on_file_page(exc)
        if self.stack.currentIndex() != FILE and isinstance(exc, ValidationError) and exc.key is FormField.FILE:
            self.show_page(FILE)
        self.refuse(exc)

    def _previewed(self, preview: FeedbackPreview) -> None:
        self.busy(False)
        self.preview = preview
        self.changes.set_rows(preview.changes)
        self.problems.set_rows(preview.problems)
        self.preview_summary.setText(
            self.tr(
                "{0}: {1} data akan diubah, {2} tidak berubah, {3} nomor tidak dikenal, {4} baris tidak dapat "
                "dipakai. Belum ada yang disimpan."
            ).format(
                preview.filename,
                len(preview.changes),
                preview.unchanged,
                len(preview.unknown),
                len(preview.refused) + len(preview.issues),
            )  # fmt: skip
        )
        self.show_page(PREVIEW)
        self.button_next.setEnabled(bool(preview.changes))

    def _applied(self, result: FeedbackResult) -> None:
        self.busy(False)
        self.outcome = result
        self.summary.setText(
            self.tr(
                "Umpan balik diterapkan: {0} rujukan dan {1} usulan berubah; {2} tidak berubah. Setiap perubahan "
                "tercatat di riwayat datanya. Warga yang rujukannya berubah perlu diberi tahu hasilnya."
            ).format(result.referrals, result.proposals, result.preview.unchanged)
        )
        self.show_page(RESULT)

    def reject(self) -> None:
        if self.task and jobs.jobs().running(self.task):
            jobs.jobs().press_cancel(self.task)  # as the progress dialog's Cancel: stops at the next step, or goes on
            return
        if self.stack.currentIndex() == PREVIEW and self.preview is not None and self.preview.changes:
            answer = QMessageBox.question(
                self, self.tr("Batalkan"), self.tr("Perubahan belum diterapkan. Tutup tanpa menyimpan?")
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
