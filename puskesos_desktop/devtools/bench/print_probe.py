"""`print_receipt_ui_ms`: how long the window stops answering when Print is pressed on a receipt's preview.

The real preview dialog prints the receipt to Qt's PDF printer (a file in ``out_dir``); the print dialog is
accepted at once (patched for the measurement only). A 5 ms timer ticks on the UI thread from the moment Print is
pressed until the print job has finished and been recorded: the longest gap between ticks (or between the press and
the first tick) is how long the window did not answer. Needs a QApplication (one is made, offscreen, if none exists).
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor

TICK_MS = 5
TIMEOUT_S = 120.0


@dataclass(frozen=True)
class PrintProbe:
    print_receipt_ui_ms: float  # longest time the UI thread did not answer, from Print pressed to the job's end
    press_to_answer_ms: float  # Print pressed → the first tick after it
    click_ms: float  # of which the click's own work on the UI thread (printer, print dialog, starting the job)
    job_ms: float  # Print pressed → printed and recorded
    pages: int
    bytes_per_page: int
    page_mm: tuple[float, float]
    grayscale: bool
    dpi: int
    out: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _application() -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    return app


def measure(db: Database, actor: Actor, number: str, out_dir: Path, *, copy: bool | None = None) -> PrintProbe:
    """Print receipt ``number`` from its preview to a PDF file in ``out_dir``; the figures of that print."""
    app = _application()
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    from puskesos_desktop.services.documents import papers as documents
    from puskesos_desktop.ui import printer as printing
    from puskesos_desktop.ui.dialogs.common.pdf_preview import PdfPreviewDialog
    from puskesos_desktop.ui.jobs import jobs

    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"print-probe-{time.time_ns()}.pdf"
    printout = documents.receipt_printout(db, actor, number, copy=copy)
    preview = PdfPreviewDialog(printout, number, "resi.pdf")
    preview.show()
    app.processEvents()

    def accept(dialog: QPrintDialog) -> int:
        target = dialog.printer()
        target.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        target.setOutputFileName(str(out))
        return int(QDialog.DialogCode.Accepted)

    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(TICK_MS)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    runner = jobs()
    runner.idle.connect(loop.quit)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    original_exec = QPrintDialog.exec
    QPrintDialog.exec = accept  # type: ignore[method-assign]
    try:
        heartbeat.start()
        guard.start(int(TIMEOUT_S * 1000))
        pressed = time.perf_counter()
        preview.button_print.click()
        clicked = time.perf_counter()
        if preview.is_busy():
            loop.exec()
        finished = time.perf_counter()
        app.processEvents()
    finally:
        QPrintDialog.exec = original_exec  # type: ignore[method-assign]
        heartbeat.stop()
        guard.stop()
        runner.idle.disconnect(loop.quit)
    if not preview.printed or preview.last_print is None:
        raise RuntimeError("the probe's print did not finish")
    marks = [pressed, *[t for t in ticks if t >= pressed], finished]
    gaps = [b - a for a, b in zip(marks, marks[1:], strict=False)]
    first = next((t for t in ticks if t >= pressed), finished)
    result = preview.last_print
    preview.close()
    preview.deleteLater()
    data = out.read_bytes()
    width, height = printing.page_sizes(data)[0]
    return PrintProbe(
        print_receipt_ui_ms=round(max(gaps) * 1000, 1),
        press_to_answer_ms=round((first - pressed) * 1000, 1),
        click_ms=round((clicked - pressed) * 1000, 1),
        job_ms=round((finished - pressed) * 1000, 1),
        pages=result.pages,
        bytes_per_page=len(data) // max(1, result.pages),
        page_mm=(round(width / printing.POINTS_PER_MM, 1), round(height / printing.POINTS_PER_MM, 1)),
        grayscale=not result.colour,
        dpi=result.dpi,
        out=str(out),
    )


def print_receipt_ui_ms(db: Database, actor: Actor, number: str, out_dir: Path) -> float:
    """The bench's figure: ms the window did not answer, from Print pressed on receipt ``number``'s preview."""
    return measure(db, actor, number, out_dir).print_receipt_ui_ms
