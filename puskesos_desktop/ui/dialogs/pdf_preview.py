"""Preview a PDF that reportlab wrote, print it through Qt's print dialog, or save/open it.

Pages are rendered with QtPdf, so every document is drawn once (by reportlab) and looks the same everywhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSizeF, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter, QShortcut
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


class PdfPreviewDialog(QDialog):
    #: a view of people's data with nothing typed in it: closed when the screen locks (ui/session.py)
    shows_personal_data = True

    def __init__(self, pdf: bytes, title: str, filename: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.filename = filename
        self.saved_path: Path | None = None
        self.printed = False
        # Qt needs the buffer and printer alive as long as the document (a temporary crashed the process).
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.printer: QPrinter | None = None
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

    def print_document(self) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.render_to(self.printer)
        self.printed = True

    def render_to(self, printer: QPrinter) -> None:
        """Each PDF page as an image scaled to the printer's page, keeping its proportions."""
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Gagal mencetak"), self.tr("Printer tidak dapat dibuka."))
            return
        try:
            dpi = min(printer.resolution(), 300)
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                size_pt: QSizeF = self.document.pagePointSize(page)
                image = self.document.render(page, (size_pt * dpi / 72).toSize())
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(0, 0, image.scaled(scaled, Qt.AspectRatioMode.KeepAspectRatio))
        finally:
            painter.end()

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
            QMessageBox.warning(self, self.tr("Gagal menyimpan"), exc.message)
            return
        self.saved_path = Path(path)

    def open_external(self) -> None:
        import tempfile

        folder = Path(tempfile.gettempdir()) / "puskesos-cetak"
        target = folder / self.filename
        try:
            atomic_write_bytes(target, self.pdf)
        except FileWriteError as exc:
            QMessageBox.warning(self, self.tr("Gagal membuka"), exc.message)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            QMessageBox.information(
                self, self.tr("Tidak ada penampil PDF"), self.tr("Berkas disimpan di {0}").format(target)
            )


def show_pdf(parent: QWidget | None, pdf: bytes, title: str, filename: str) -> PdfPreviewDialog:
    """Open the preview (modal). Returns the dialog so callers and tests can see what was done."""
    dialog = PdfPreviewDialog(pdf, title, filename, parent)
    dialog.exec()
    return dialog
