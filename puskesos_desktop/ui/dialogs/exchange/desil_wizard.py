"""Pengaturan › Pertukaran data › Impor desil: the SIKS-NG desil workbook (No KK, NIK, Desil) → result (issue 16).

Reading and storing run off the UI thread (ui/jobs.py); the file needs no column mapping (the reader finds the
header row and the column synonyms itself).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import FormField, ValidationError
from puskesos_desktop.services.registry import desil
from puskesos_desktop.services.registry.desil import DesilImportResult
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.exchange.wizard_base import FilePage, WizardDialog
from puskesos_desktop.ui.jobs import JobControl
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.date_field import DateField

FILE, RESULT = range(2)


class DesilWizard(WizardDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outcome: DesilImportResult | None = None
        self.setMinimumSize(620, 360)
        self.resize(760, 420)
        self.setup_ui()
        self.retranslate_ui()
        self.show_page(FILE)

    def setup_ui(self) -> None:
        self.file_page = FilePage(self)
        self.file, self.hint = self.file_page.file, self.file_page.hint
        self.data_date = DateField("Tanggal data")
        self.data_date.set_value(clock.today())
        self.date_label = QLabel()
        self.file_page.add_row(self.date_label, self.data_date, "Tanggal data")
        self.add_page(self.file_page, "")

        done = QWidget()
        col = QVBoxLayout(done)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.open_report = QPushButton()
        self.open_report.hide()
        self.open_report.clicked.connect(self._open_report)
        col.addWidget(self.summary)
        col.addWidget(self.open_report)
        col.addStretch(1)
        self.add_page(done, "")

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Impor desil"))
        self.file_page.retranslate(
            self.tr(
                "Berkas desil dari SIKS-NG dengan kolom No KK, NIK dan Desil. Desil disimpan per keluarga bersama "
                "tanggal datanya; desil lama tetap tersimpan sebagai riwayat."
            ),
            caption=self.tr("Pilih berkas desil"),
            filters="Excel / CSV (*.xlsx *.xls *.csv)",
            file_label=self.tr("&Berkas:"),
        )
        self.date_label.setText(self.tr("&Tanggal data:"))
        self.open_report.setText(self.tr("Buka &laporan baris ditolak"))
        self.set_titles([self.tr("Berkas"), self.tr("Hasil")])

    def next_text(self, index: int) -> str:
        return self.tr("&Impor")

    def next_step(self, index: int) -> None:
        path = self.file.path()
        if not path:
            self.refuse(ValidationError("Pilih berkas desil terlebih dahulu.", FormField.FILE))
            return
        try:
            day = self.data_date.value()
        except ValidationError as exc:
            self.refuse(exc)
            return
        self.start(path, day)

    def start(self, path: str, day: dt.date | None) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def work(control: JobControl) -> DesilImportResult:
            return desil.import_desil(db, actor, path, data_date=day)

        self.busy(True)
        jobs.run_with_progress(
            self, self.tr("Impor desil"), self.tr("Mengimpor {0}…").format(Path(path).name), work,
            self._imported, self._refused, lambda: self.busy(False), cancellable=False, topics=(Topic.REGISTRY,),
        )  # fmt: skip

    def _refused(self, exc: BaseException) -> None:
        self.busy(False)
        self.on_file_page(exc)
        self.refuse(exc)

    def _imported(self, result: DesilImportResult) -> None:
        self.busy(False)
        self.outcome = result
        self.summary.setText(
            self.tr(
                "{0} (data {1}): {2} baris, {3} keluarga. {4} keluarga cocok dengan data DTSEN atau data desa, "
                "{5} diperbarui, {6} tidak ditemukan. Ditolak: {7} baris."
            ).format(
                result.filename,
                result.data_date.strftime("%d-%m-%Y"),
                result.rows,
                result.families,
                result.matched,
                result.updated,
                result.unmatched,
                result.rejected,
            )  # fmt: skip
        )
        self.open_report.setVisible(result.report is not None)
        self.show_page(RESULT)

    def _open_report(self) -> None:
        if self.outcome is not None and self.outcome.report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.report)))
