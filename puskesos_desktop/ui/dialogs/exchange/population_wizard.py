"""Pengaturan › Pertukaran data › Impor data penduduk: OpenSID's "format impor penduduk" (or any workbook with NIK,
No KK, Nama…) → result (issue 16 §4). The same two steps as the desil wizard; the work runs off the UI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from puskesos_desktop.services.registry import population
from puskesos_desktop.services.registry.population import PopulationImportResult
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.exchange.desil_wizard import RESULT, DesilWizard
from puskesos_desktop.ui.dialogs.exchange.population_differences import PopulationDifferencesDialog
from puskesos_desktop.ui.jobs import JobControl
from puskesos_desktop.ui.topics import Topic


class PopulationWizard(DesilWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.outcome: Any = None
        # A later import's differences from the office's own edits, to accept (issue 16 §4).
        self.show_differences = QPushButton(self.tr("Lihat && terima &perbedaan"))
        self.show_differences.hide()
        self.show_differences.clicked.connect(lambda: PopulationDifferencesDialog(self.ctx, self).exec())
        page = self.open_report.parentWidget()
        col = page.layout() if page is not None else None
        assert isinstance(col, QVBoxLayout)
        col.insertWidget(col.indexOf(self.open_report) + 1, self.show_differences)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Impor data penduduk"))
        self.hint.setText(
            self.tr(
                "Data penduduk desa dari OpenSID (format impor penduduk) atau berkas lain dengan kolom NIK, No KK "
                "dan Nama. Warga yang belum ada ditambahkan; data yang diubah kantor tidak ditimpa — perbedaannya "
                "dicatat dalam laporan."
            )
        )
        self.file.caption = self.tr("Pilih berkas data penduduk")
        self.open_report.setText(self.tr("Buka &laporan"))

    def start(self, path: str, day: Any) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def work(control: JobControl) -> PopulationImportResult:
            return population.import_population(db, actor, path, data_date=day)

        self.busy(True)
        jobs.run_with_progress(
            self, self.tr("Impor data penduduk"), self.tr("Mengimpor {0}…").format(Path(path).name), work,
            self._imported, self._refused, lambda: self.busy(False), cancellable=False, topics=(Topic.RESIDENTS,),
        )  # fmt: skip

    def _imported(self, result: Any) -> None:
        self.busy(False)
        self.outcome = result
        self.summary.setText(
            self.tr(
                "{0}: {1} baris. {2} warga baru, {3} diperbarui, {4} tidak berubah; {5} baris ditolak; {6} warga "
                "dengan perbedaan dari data kantor."
            ).format(
                result.filename,
                result.rows,
                result.imported,
                result.updated,
                result.unchanged,
                result.rejected,
                result.differences,
            )  # fmt: skip
        )
        self.open_report.setVisible(result.report is not None)
        self.show_differences.setVisible(result.differences > 0)
        self.show_page(RESULT)
