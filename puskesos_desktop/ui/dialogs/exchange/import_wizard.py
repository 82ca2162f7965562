"""Pengaturan › Pertukaran data › Impor DTKS/DTSEN: file → columns (mapped, remembered) → progress → result.

Reading the file for its columns and the import itself run off the UI thread (a 100,000-row extract takes
seconds); the import can be cancelled and then changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel import headers
from puskesos_desktop.services.registry import registry_import
from puskesos_desktop.services.registry.registry_import import ColumnDetection, ImportResult
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.form_base import set_invalid
from puskesos_desktop.ui.dialogs.exchange.wizard_base import FilePage, WizardDialog
from puskesos_desktop.ui.jobs import JobControl
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.date_field import DateField
from puskesos_desktop.ui.widgets.table import RecordTable

FILE, COLUMNS, RESULT = range(3)
TARGETS: tuple[str, ...] = tuple(f for f in headers.FIELDS) + headers.PROGRAMME_CODES
# excel/headers.py's field labels, for lupdate; shown through field_label().
_FIELD_LABELS_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("ImportWizard", "NIK"),
    QT_TRANSLATE_NOOP("ImportWizard", "RT"),
    QT_TRANSLATE_NOOP("ImportWizard", "RW"),
    QT_TRANSLATE_NOOP("ImportWizard", "No. KK"),
    QT_TRANSLATE_NOOP("ImportWizard", "Nama"),
    QT_TRANSLATE_NOOP("ImportWizard", "Tempat Lahir"),
    QT_TRANSLATE_NOOP("ImportWizard", "Tanggal Lahir"),
    QT_TRANSLATE_NOOP("ImportWizard", "Jenis Kelamin"),
    QT_TRANSLATE_NOOP("ImportWizard", "Alamat"),
    QT_TRANSLATE_NOOP("ImportWizard", "ID DTKS/DTSEN"),
    QT_TRANSLATE_NOOP("ImportWizard", "Desil"),
    QT_TRANSLATE_NOOP("ImportWizard", "Kode Wilayah"),
    QT_TRANSLATE_NOOP("ImportWizard", "Daftar Program"),
)
ISSUE_COLUMNS = [
    Column("row_number", "Baris", align_right=True),
    Column("column", "Kolom"),
    Column("value", "Nilai"),
    Column("reason", "Alasan"),
]


def _cell(i: int) -> Callable[[Any], object]:
    return lambda row: row[i] if i < len(row) else ""


class ImportWizard(WizardDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detection: ColumnDetection | None = None
        self.outcome: ImportResult | None = None
        self.task = 0  # the running job's number (ui/jobs.py), 0 when none
        self.combos: dict[str, QComboBox] = {}
        self.setup_ui()
        self.retranslate_ui()
        self.show_page(FILE)

    # --- building ---

    def setup_ui(self) -> None:
        self.file_page = FilePage(self, password=True)
        self.file, self.password = self.file_page.file, self.file_page.password
        self.extract_date = DateField("Tanggal ekstrak")
        self.label_date = QLabel()
        self.file_page.add_row(self.label_date, self.extract_date, "Tanggal ekstrak")
        # A partial list (one RW, one programme) marks nobody as no longer listed (issue 13 §2).
        self.partial = QCheckBox()
        self.file_page.below.addWidget(self.partial)
        self.add_page(self.file_page, "")

        page = QWidget()
        layout = QVBoxLayout(page)
        self.columns_hint = QLabel()
        self.columns_hint.setWordWrap(True)
        layout.addWidget(self.columns_hint)
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        for i, target in enumerate(TARGETS):
            combo = QComboBox()
            combo.setMinimumWidth(220)
            label = QLabel()
            label.setBuddy(combo)
            self.combos[target] = combo
            self.register(target, combo)
            line, col = divmod(i, 3)
            grid.addWidget(label, line, col * 2)
            grid.addWidget(combo, line, col * 2 + 1)
            combo.setProperty("label", label)
        scroll = QScrollArea()
        scroll.setWidget(grid_holder)
        scroll.setWidgetResizable(True)
        layout.addWidget(scroll, 3)
        self.samples_label = QLabel()
        layout.addWidget(self.samples_label)
        self.samples = RecordTable([])
        self.samples.setSortingEnabled(False)
        self.samples.proxy.sort(-1)  # the file's own order
        layout.addWidget(self.samples, 2)
        self.add_page(page, "")

        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("summary")
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.report_label = QLabel()
        self.report_label.setWordWrap(True)
        self.open_report = QPushButton()
        row.addWidget(self.report_label, 1)
        row.addWidget(self.open_report)
        layout.addLayout(row)
        self.issues = RecordTable(ISSUE_COLUMNS)
        self.issues.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.issues, 1)
        self.add_page(page, "")
        self.open_report.clicked.connect(self.show_report)

    def field_label(self, target: str) -> str:
        """A target field's label in the interface language (excel/headers.py keeps the Indonesian one)."""
        if target in headers.PROGRAMME_CODES:
            return self.tr("Program {0}").format(target)
        return self.tr(headers.FIELD_LABELS[target])

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Impor DTKS/DTSEN"))
        self.set_titles([self.tr("Pilih berkas ekstrak"), self.tr("Periksa kolom"), self.tr("Hasil impor")])
        self.file_page.retranslate(
            self.tr(
                "Pilih berkas ekstrak DTKS/DTSEN dari kabupaten (.xlsx atau .csv). Semua baris yang sah masuk dalam "
                "satu kali simpan: bila dibatalkan, tidak ada yang berubah. Berkas yang sama diimpor lagi tidak "
                "mengubah apa pun."
            ),
            caption=self.tr("Pilih ekstrak DTKS/DTSEN"),
            filters=self.tr("Ekstrak DTKS/DTSEN (*.xlsx *.xls *.csv);;Semua berkas (*)"),
        )
        self.label_date.setText(self.tr("&Tanggal ekstrak"))
        self.extract_date.setToolTip(self.tr("Kosong: tanggal berkas"))
        self.partial.setText(
            self.tr("Berkas ini hanya &sebagian daftar (satu RW, satu program): jangan tandai yang tidak tercantum")
        )
        self.columns_hint.setText(
            self.tr(
                "Cocokkan kolom berkas dengan data program. NIK dan Nama wajib. Pilihan ini diingat untuk impor "
                "berikutnya."
            )
        )
        for target, combo in self.combos.items():
            label = combo.property("label")
            text = self.field_label(target)
            mark = " *" if target in headers.REQUIRED else ""
            label.setText(text + mark)
        self.samples_label.setText(self.tr("Contoh isi berkas:"))
        self.open_report.setText(self.tr("&Buka laporan"))

    def next_text(self, index: int) -> str:
        return self.tr("&Impor") if index == COLUMNS else self.tr("&Lanjut")

    def page_shown(self, index: int) -> None:
        if index == FILE:
            self.file.edit.setFocus()
        elif index == COLUMNS:
            self.combos[headers.NIK].setFocus()
        else:
            self.button_next.setFocus()

    # --- steps ---

    def next_step(self, index: int) -> None:
        if index == FILE:
            self.read_columns()
        elif index == COLUMNS:
            self.start_import()

    def _file_inputs(self) -> tuple[str, str | None] | None:
        path = self.file.path()
        if not path or not Path(path).is_file():
            set_invalid(self.file.edit, True)
            self.file.edit.setFocus()
            self.say(self.tr("Pilih berkas ekstrak yang ada."))
            return None
        try:
            self.extract_date.value()
        except ValidationError as exc:
            self.refuse(exc)
            return None
        return path, self.password.text() or None

    def read_columns(self) -> None:
        inputs = self._file_inputs()
        if inputs is None:
            return
        path, password = inputs
        db = self.ctx.db

        def work(control: JobControl) -> ColumnDetection:
            found = registry_import.detect(db, path, password=password)
            control.check()
            return found

        self.busy(True)
        self.task = jobs.run_with_progress(
            self, self.tr("Membaca berkas"), self.tr("Membaca judul kolom {0}…").format(Path(path).name), work,
            self._columns_read, self._file_refused, lambda: self.busy(False),
        )  # fmt: skip

    def _file_refused(self, exc: BaseException) -> None:
        self.busy(False)
        self.on_file_page(exc)
        self.refuse(exc)

    def _columns_read(self, detection: ColumnDetection) -> None:
        self.busy(False)
        self.detection = detection
        choices = [h for h in detection.headers if h.strip()]
        for target, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("— tidak ada —"), "")
            for header in choices:
                combo.addItem(header, header)
            chosen = detection.found.get(target, "")
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
        columns = [Column(str(i), h or "-", getter=_cell(i)) for i, h in enumerate(detection.headers)]
        self.samples.source.beginResetModel()
        self.samples.source.columns = columns
        self.samples.source.endResetModel()
        self.samples.set_rows(list(detection.samples))
        self.show_page(COLUMNS)
        if not detection.ok:
            for target in detection.missing:
                set_invalid(self.combos[target], True)
            self.say(
                self.tr("Judul kolom tidak dikenali seluruhnya: pilih kolom untuk {0}.").format(
                    ", ".join(self.field_label(f) for f in detection.missing) or "NIK, Nama"
                ),
                box=False,
            )

    def mapping(self) -> dict[str, str] | None:
        chosen = {t: str(c.currentData() or "") for t, c in self.combos.items()}
        mapping = {t: h for t, h in chosen.items() if h}
        for target in headers.REQUIRED:
            if target not in mapping:
                set_invalid(self.combos[target], True)
                self.combos[target].setFocus()
                self.say(self.tr("Pilih kolom untuk {0}.").format(self.field_label(target)))
                return None
        used: dict[str, str] = {}
        for target, header in mapping.items():
            if header in used:
                set_invalid(self.combos[target], True)
                self.combos[target].setFocus()
                self.say(
                    self.tr("Kolom '{0}' dipilih untuk {1} dan {2}.").format(
                        header, self.field_label(used[header]), self.field_label(target)
                    )
                )
                return None
            used[header] = target
        return mapping

    def start_import(self, allow_shrink: bool = False) -> None:
        mapping = self.mapping()
        inputs = self._file_inputs()
        if mapping is None or inputs is None:
            return
        path, password = inputs
        extract = self.extract_date.value()
        db, actor = self.ctx.db, self.ctx.actor
        partial = self.partial.isChecked()

        def work(control: JobControl) -> ImportResult:
            return registry_import.import_registry(
                db, actor, path, mapping=mapping, password=password, extract_date=extract, progress=control.progress,
                cancelled=control.cancelled, partial=partial, allow_shrink=allow_shrink,
            )  # fmt: skip

        self.busy(True)
        self.task = jobs.run_with_progress(
            self, self.tr("Impor DTKS/DTSEN"), self.tr("Mengimpor {0}…").format(Path(path).name), work,
            self._imported, self._import_refused, self._import_cancelled, topics=(Topic.REGISTRY,),
        )  # fmt: skip

    def _import_refused(self, exc: BaseException) -> None:
        self.busy(False)
        if isinstance(exc, registry_import.ImportNeedsConfirmation):
            if self.confirm_shrink(exc.check):
                self.start_import(allow_shrink=True)
            else:
                self.say(self.tr("Impor tidak dijalankan. Tidak ada data yang berubah."), box=False)
            return
        self.refuse(exc)

    def confirm_shrink(self, check: registry_import.ImportCheck) -> bool:
        """The figures of a file past the office's limits; importing it needs an explicit yes (nothing changed yet)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Periksa berkas sebelum mengimpor"))
        lines = [self.tr("Belum ada yang berubah. Berkas {0} mungkin rusak atau terpotong:").format(check.filename)]
        lines.append(
            self.tr("• {0} dari {1} orang di DTKS/DTSEN ({2:.0f}%) akan ditandai tidak ada lagi (batas {3:g}%).")
            .format(check.removed, check.active_before, check.removed_percent, check.max_removed_percent)
        )
        lines.append(
            self.tr("• {0} dari {1} baris ({2:.0f}%) ditolak (batas {3:g}%).").format(
                check.rejected, check.total_rows, check.rejected_percent, check.max_rejected_percent
            )
        )
        lines.append(
            self.tr("Bila berkas hanya sebagian daftar, batalkan lalu centang \"sebagian daftar\" di halaman pertama.")
        )
        box.setText("\n".join(lines))
        go = box.addButton(self.tr("&Tetap impor"), QMessageBox.ButtonRole.DestructiveRole)
        stop = box.addButton(self.tr("&Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stop)
        box.exec()
        return box.clickedButton() is go

    def _import_cancelled(self) -> None:
        self.busy(False)
        self.say(self.tr("Impor dibatalkan. Tidak ada data yang berubah."), box=False)
        QMessageBox.information(self, self.tr("Impor dibatalkan"), self.tr("Tidak ada data yang berubah."))

    def _imported(self, result: ImportResult) -> None:
        self.busy(False)
        self.outcome = result
        self.summary.setText(
            self.tr(
                "{0}: {1} baris dibaca. {2} baru, {3} diperbarui, {4} tidak berubah, {5} tidak ada lagi di "
                "DTKS/DTSEN. Ditolak: {6} baris; dengan peringatan: {7} baris."
            ).format(
                result.filename, result.total_rows, result.imported, result.updated, result.unchanged,
                result.removed, result.rejected, result.warnings,
            )  # fmt: skip
        )
        if result.report is not None:
            self.report_label.setText(self.tr("Laporan baris ditolak: {0}").format(result.report))
        elif result.report_error:
            self.report_label.setText(self.tr("Laporan tidak dapat ditulis: {0}").format(result.report_error))
        else:
            self.report_label.setText(self.tr("Semua baris diterima tanpa catatan."))
        self.open_report.setVisible(result.report is not None)
        self.issues.set_rows(list(result.issues))
        self.show_page(RESULT)

    def show_report(self) -> None:
        if self.outcome is not None and self.outcome.report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.report)))

    def reject(self) -> None:
        if self.task and jobs.jobs().running(self.task):
            jobs.jobs().press_cancel(self.task)  # as the progress dialog's Cancel: stops at the next step, or goes on
            return
        super().reject()
