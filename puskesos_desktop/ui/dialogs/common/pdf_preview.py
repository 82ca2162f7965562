"""Preview a PDF that reportlab wrote, print it, or save/open it.

Pages are shown with QtPdf, so every document is drawn once (by reportlab) and looks the same everywhere.
Printing never stops the window: the printer gets the document's own paper and orientation before the print dialog
shows, and the pages are rasterised and sent on a worker (ui/printer.py through ui/jobs.py). The preview is built,
shown, and its printer and print dialog made, each in a turn of the window's thread of its own.

A document is recorded as printed (its ``Printout.record``, services/printouts.py) only when it was handed out: the
print job finished, the PDF was saved to a file, or it was handed to the system's PDF viewer (from where it can be
printed or sent). A print that was cancelled or failed records nothing, so the next print is still the original.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QStandardPaths, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core.files import FileWriteError, atomic_write_bytes
from puskesos_desktop.services.printouts import VIA_FILE, VIA_PRINTER, VIA_VIEWER, Printout
from puskesos_desktop.ui import printer as printing
from puskesos_desktop.ui.errors import message_text, show_fault
from puskesos_desktop.ui.jobs import JobControl, jobs
from puskesos_desktop.ui.widgets.next_turn import exec_next_turn, next_turn


class PdfPreviewDialog(QDialog):
    #: a view of people's data with nothing typed in it: closed when the screen locks (ui/session.py)
    shows_personal_data = True

    def __init__(self, pdf: bytes | Printout, title: str, filename: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.printout = pdf if isinstance(pdf, Printout) else Printout(pdf)
        self.pdf = self.printout.pdf
        self.filename = filename
        self.saved_path: Path | None = None
        self.printed = False  # a print job finished
        self.handed_out: list[str] = []  # how it left the program, in order (each one recorded)
        self.last_print: printing.PrintResult | None = None
        self._busy = 0  # background work for this preview (printing, recording): the dialog stays open meanwhile
        # Qt needs the buffer alive as long as the document; the printer as long as its job (a temporary crashed
        # the process).
        self._bytes = QByteArray(self.pdf)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.printer: QPrinter | None = None
        self.print_dialog: QPrintDialog | None = None
        self.setup_ui()
        self.retranslate_ui(title)

    def setup_ui(self) -> None:
        self.resize(900, 700)
        layout = QVBoxLayout(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.info = QLabel()
        row.addWidget(self.info, 1)
        self.button_print = QPushButton()
        self.button_print.setObjectName("primary")
        self.button_save = QPushButton()
        self.button_open = QPushButton()
        self.button_close = QPushButton()
        for b in (self.button_print, self.button_save, self.button_open, self.button_close):
            row.addWidget(b)
        layout.addLayout(row)
        self.button_print.clicked.connect(self.print_document)
        self.button_save.clicked.connect(self.save_as)
        self.button_open.clicked.connect(self.open_external)
        self.button_close.clicked.connect(self.accept)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_document)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_as)
        self.button_print.setDefault(True)

    def retranslate_ui(self, title: str) -> None:
        self.setWindowTitle(self.tr("Pratinjau — {0}").format(title))
        self.info.setText(self.tr("{0} halaman").format(self.document.pageCount()))
        self.button_print.setText(self.tr("&Cetak…"))
        self.button_save.setText(self.tr("&Simpan PDF…"))
        self.button_open.setText(self.tr("&Buka di penampil PDF"))
        self.button_close.setText(self.tr("&Tutup"))

    def exec(self) -> int:
        # Built in the turn the PDF arrived in (the job's answer), shown and first painted in a turn of its own:
        # the two were one turn of the window's thread (34–71 ms measured on a loaded machine; issue 12 §3).
        return exec_next_turn(self, super().exec)

    # --- printing ------------------------------------------------------------------------------------------------

    def page_sizes(self) -> list[tuple[float, float]]:
        """Each page's size in points, from the document already loaded on this (the UI) thread."""
        return [
            (self.document.pagePointSize(i).width(), self.document.pagePointSize(i).height())
            for i in range(self.document.pageCount())
        ]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # The printer and its dialog are made the turn after the preview shows, while the person reads it: built
        # at the press they were most of the window's pause between Print and the dialog (13-25 ms a time).
        if self.print_dialog is None:
            next_turn(self, self._print_dialog)  # after the preview's first paint (singleShot(0) came before it)

    def _print_dialog(self) -> QPrintDialog:
        # Kept on the dialog: the print dialog and then the worker use it, and a temporary crashed the process.
        # Reused for a second print from this preview: the printer chosen the first time is offered again.
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self._set_paper(self.printer)  # before the dialog: it takes its paper from the printer when made
        if self.print_dialog is None:
            self.print_dialog = QPrintDialog(self.printer, self)
        return self.print_dialog

    def _set_paper(self, target: QPrinter) -> None:
        sizes = self.page_sizes()
        if sizes:
            printing.set_page(target, *sizes[0])
        target.setDocName(self.filename.removesuffix(".pdf"))

    def print_document(self) -> None:
        if self._busy:
            return
        dialog = self._print_dialog()
        assert self.printer is not None  # made with the dialog
        self._set_paper(self.printer)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return  # cancelled: nothing recorded, the next print is still the original
        self.start_print(self.printer)

    def start_print(self, target: QPrinter) -> None:
        """Rasterise and send on a worker; record the print when the job finished. Returns at once."""
        pdf, printout = self.pdf, self.printout

        def work(control: JobControl) -> printing.PrintResult:
            result = printing.print_pdf(pdf, target, control.check, control.progress)
            printout.record(VIA_PRINTER)  # only now: the printer took the whole job
            return result

        self._set_busy(+1, self.tr("Mencetak…"))
        jobs().run_with_progress(
            self,
            self.tr("Mencetak"),
            self.tr("Mengirim {0} ke printer…").format(self.filename),
            work,
            self._printed,
            self._print_failed,
            self._print_cancelled,
        )

    def _printed(self, result: printing.PrintResult) -> None:
        self.printed = True
        self.last_print = result
        self.handed_out.append(VIA_PRINTER)
        self._set_busy(-1, self.tr("Terkirim ke printer ({0} halaman).").format(result.pages))

    def _print_failed(self, exc: BaseException) -> None:
        self._set_busy(-1, self.tr("Gagal mencetak."))
        if isinstance(exc, printing.PrintFailed):
            QMessageBox.warning(
                self,
                self.tr("Gagal mencetak"),
                self.tr(
                    "Printer tidak dapat dibuka atau pencetakan terhenti. Periksa printer (menyala, kertas, kabel), "
                    "lalu tekan Cetak lagi. Dokumen ini belum dicatat sebagai tercetak."
                ),
            )
            return
        show_fault(self, exc)

    def _print_cancelled(self) -> None:
        self._set_busy(-1, self.tr("Pencetakan dibatalkan; dokumen belum dicatat sebagai tercetak."))

    def _set_busy(self, step: int, message: str) -> None:
        self._busy = max(0, self._busy + step)
        self.info.setText(message)
        for button in (self.button_print, self.button_close):
            button.setEnabled(not self._busy)

    def is_busy(self) -> bool:
        return self._busy > 0

    def _record(self, via: str) -> None:
        """Record a hand-out other than printing (saved, opened) in the background."""
        record = self.printout.record

        def done(_: None) -> None:
            self.handed_out.append(via)
            self._set_busy(-1, self.info.text())

        def failed(exc: BaseException) -> None:
            self._set_busy(-1, self.info.text())
            show_fault(self, exc)

        self._set_busy(+1, self.info.text())
        jobs().run(lambda: record(via), done, failed, parent=self)

    def done(self, result: int) -> None:
        # Closing waits for the job: its callbacks belong to this dialog and the printer must outlive the job.
        if self._busy:
            return
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)

    def save_as(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan PDF"), str(Path(start) / self.filename), self.tr("Dokumen PDF (*.pdf)")
        )
        if not path:
            return
        try:
            atomic_write_bytes(path, self.pdf)
        except FileWriteError as exc:
            QMessageBox.warning(self, self.tr("Gagal menyimpan"), message_text(exc.said))
            return
        self.saved_path = Path(path)
        self._record(VIA_FILE)

    def open_external(self) -> None:
        from puskesos_desktop.ui.viewer_files import write_for_viewer

        try:
            # A private folder in the data folder, cleared again (never the shared temporary folder).
            target = write_for_viewer(self.filename, self.pdf)
        except FileWriteError as exc:
            QMessageBox.warning(self, self.tr("Gagal membuka"), message_text(exc.said))
            return
        self._record(VIA_VIEWER)  # it left the program: it can be printed or sent from the viewer
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            QMessageBox.information(
                self, self.tr("Tidak ada penampil PDF"), self.tr("Berkas disimpan di {0}").format(target)
            )


def show_pdf(parent: QWidget | None, pdf: bytes | Printout, title: str, filename: str) -> PdfPreviewDialog:
    """Open the preview (modal). Returns the dialog so callers and tests can see what was done."""
    dialog = PdfPreviewDialog(pdf, title, filename, parent)
    dialog.exec()
    return dialog
