"""Printing: the window keeps answering, the paper is the document's, the job stays small, the QR code still scans,
colour and landscape kept, a cancel while rasterising sends nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry
from puskesos_desktop.devtools.bench import print_probe
from puskesos_desktop.services import office
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import cards
from puskesos_desktop.services.documents import papers as documents
from puskesos_desktop.services.printouts import Printout
from puskesos_desktop.services.reporting import reports
from puskesos_desktop.ui import printer as printing
from puskesos_desktop.ui.dialogs.common.pdf_preview import PdfPreviewDialog
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.printing import helpers
from tests.services.casework.test_statusdesk import _refer
from tests.services.fo_data import resident

MAX_BYTES_PER_PAGE = 1_500_000
# The window must answer within 100 ms of Print on a quiet machine: `bench` measures that (print_receipt_ui_ms). A test
# cannot: on a loaded CI machine the OS alone holds the UI thread back for 200 ms. This bound still fails the old
# code, which rasterised on the UI thread and froze for 3.5–11 s.
UI_ANSWER_MS = 1000


@pytest.fixture
def printed_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[Path]]:
    """Every accepted print dialog points its printer at a new PDF file (listed here)."""
    files: list[Path] = []

    def accept(dialog: QPrintDialog) -> int:
        target = tmp_path / f"printed-{len(files)}.pdf"
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        files.append(target)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    yield files


def _mm(points: tuple[float, float]) -> tuple[float, float]:
    return (round(points[0] / printing.POINTS_PER_MM), round(points[1] / printing.POINTS_PER_MM))


def _print(qtbot: QtBot, printout: Printout, printed_to: list[Path]) -> tuple[PdfPreviewDialog, bytes]:
    preview = PdfPreviewDialog(printout, "uji", "uji.pdf")
    qtbot.addWidget(preview)
    preview.button_print.click()
    wait_until(qtbot, lambda: not preview.is_busy())
    assert preview.printed, preview.info.text()
    return preview, printed_to[-1].read_bytes()


def _audit(db: Database, action: str) -> list[dict[str, Any]]:
    with db.read() as s:
        rows = s.execute(select(AuditEntry.details).where(AuditEntry.action == action)).scalars()
        return [json.loads(d) for d in rows]


def test_printing_a_receipt_never_stops_the_window(
    qtbot: QtBot, db: Database, front: Actor, number: str, tmp_path: Path
) -> None:
    probe = print_probe.measure(db, front, number, tmp_path / "probe")
    # A 5 ms heartbeat on the UI thread from Print pressed to the job's end: the longest gap is the freeze. The best
    # of three prints counts (the old code froze for seconds on every one of them).
    best = probe.print_receipt_ui_ms
    for attempt in range(2):
        if best <= UI_ANSWER_MS:
            break
        best = min(best, print_probe.measure(db, front, number, tmp_path / f"again-{attempt}").print_receipt_ui_ms)
    assert best <= UI_ANSWER_MS, probe
    assert tuple(round(v) for v in probe.page_mm) == (148, 210)  # A5, not enlarged to fill A4
    assert probe.bytes_per_page <= MAX_BYTES_PER_PAGE
    assert probe.grayscale and probe.dpi == printing.GRAY_DPI  # no colour on this receipt: lossless gray
    printed = Path(probe.out).read_bytes()
    assert helpers.qr_texts(printed, scale=2.0) == [number]  # the QR code survives the raster and still scans
    # Handed out: recorded (the first print as the original), and the next print is a copy.
    assert _audit(db, "document.print") == [{"copy": False, "via": "printer"}]
    assert documents.receipt_printout(db, front, number).copy


def test_roll_receipt_is_80_mm_wide(
    qtbot: QtBot, db: Database, front: Actor, coordinator: Actor, number: str, printed_to: list[Path]
) -> None:
    office.update_settings(db, coordinator, lambda st: dataclasses.replace(st, receipt_layout="80mm"))
    printout = documents.receipt_printout(db, front, number)
    source = printing.page_sizes(printout.pdf)[0]
    preview, printed = _print(qtbot, printout, printed_to)
    (size,) = printing.page_sizes(printed)
    assert _mm(size) == (80, _mm(source)[1])  # the roll's width, the receipt's own length: not A4
    assert len(printed) <= MAX_BYTES_PER_PAGE
    assert helpers.qr_texts(printed, scale=2.0) == [number]


def test_card_on_a6_and_a_four_up_sheet_on_a4(
    qtbot: QtBot, db: Database, back: Actor, number: str, printed_to: list[Path]
) -> None:
    ref = _refer(db, number, "Dikirim")
    _, card = _print(qtbot, cards.card_printout(db, back, ref), printed_to)
    assert [_mm(s) for s in printing.page_sizes(card)] == [(105, 148)]
    assert len(card) <= MAX_BYTES_PER_PAGE and helpers.qr_texts(card, scale=2.0) == [ref]
    preview, sheet = _print(qtbot, cards.cards_printout(db, back, [ref], paper="F4"), printed_to)
    assert [_mm(s) for s in printing.page_sizes(sheet)] == [(215, 330)]
    assert preview.last_print is not None and preview.last_print.colour  # the field's colour band
    assert len(sheet) <= MAX_BYTES_PER_PAGE


def test_report_on_a4_with_its_charts_in_colour(
    qtbot: QtBot, db: Database, coordinator: Actor, number: str, printed_to: list[Path], fixed_now: dt.datetime
) -> None:
    month = fixed_now.strftime("%Y-%m")
    pdf = reports.monthly_pdf(db, coordinator, month)
    preview, printed = _print(qtbot, Printout(pdf), printed_to)
    sizes = printing.page_sizes(printed)
    assert [_mm(s) for s in sizes] == [(210, 297)] * len(printing.page_sizes(pdf))
    assert len(printed) <= MAX_BYTES_PER_PAGE * len(sizes)


def test_the_paper_follows_the_page() -> None:
    a5 = printing.page_size_for(419.53, 595.28)
    assert a5[0].id() == a5[0].PageSizeId.A5 and a5[1] == a5[1].Portrait
    landscape = printing.page_size_for(841.89, 595.28)
    assert landscape[0].id() == landscape[0].PageSizeId.A4 and landscape[1] == landscape[1].Landscape
    roll = printing.page_size_for(226.77, 700.0)
    assert roll[0].id() == roll[0].PageSizeId.Custom
    assert round(roll[0].size(roll[0].Unit.Millimeter).width()) == 80


@pytest.mark.parametrize("accepted", [False, True])
def test_save_and_print_receipt_then_print_or_cancel(
    qtbot: QtBot,
    db: Database,
    front: Actor,
    fixed_now: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    accepted: bool,
) -> None:
    """ "Simpan dan cetak resi": the complaint is saved first; the receipt's print is the next step, and only a
    print that went through makes later prints a SALINAN."""
    from puskesos_desktop.ui.context import AppContext
    from puskesos_desktop.ui.tabs.front_office import FrontOfficeTab

    rid = resident(db, front, "Muhammad Yusuf", "6201021205900001", "6201021205900002")
    reg = complaints.register_complaint(db, front, complaints.ComplaintInput(rid, "Sosial", "Atap bocor"))
    out = tmp_path / "resi.pdf"

    def print_dialog(dialog: QPrintDialog) -> int:
        if not accepted:
            return int(QDialog.DialogCode.Rejected)
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return int(QDialog.DialogCode.Accepted)

    previews: list[PdfPreviewDialog] = []

    def preview(self: PdfPreviewDialog) -> int:  # the person presses Print, then Close
        previews.append(self)
        self.button_print.click()
        wait_until(qtbot, lambda: not self.is_busy())
        return 0

    monkeypatch.setattr(QPrintDialog, "exec", print_dialog)
    monkeypatch.setattr(PdfPreviewDialog, "exec", preview)
    tab = FrontOfficeTab(AppContext(db, front))
    qtbot.addWidget(tab)
    tab.after_registration(reg, tab)
    wait_until(qtbot, lambda: len(previews) == 1)
    wait_for_jobs(qtbot)
    assert previews[0].printed is accepted
    assert _audit(db, "document.print") == ([{"copy": False, "via": "printer"}] if accepted else [])
    if accepted:
        assert [_mm(s) for s in printing.page_sizes(out.read_bytes())] == [(148, 210)]
    # The status desk's "Cetak ulang resi" afterwards: the original when nothing came out, else a SALINAN.
    assert documents.receipt_printout(db, front, reg.number).copy is accepted


def test_cancel_while_rasterising_sends_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    """Qt's PDF/CUPS engines cannot abort a started job: a cancel must stop it before anything is painted."""
    from puskesos_desktop.core.errors import Cancelled
    from puskesos_desktop.printing import report
    from tests.printing.test_report import activity

    pdf = report.monthly_report_pdf(activity())
    assert len(printing.page_sizes(pdf)) >= 2
    out = tmp_path / "cancelled.pdf"
    target = QPrinter(QPrinter.PrinterMode.HighResolution)
    target.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target.setOutputFileName(str(out))
    calls = [0]

    def check() -> None:  # Cancel pressed while the second page was being rasterised
        calls[0] += 1
        if calls[0] > 1:
            raise Cancelled()

    with pytest.raises(Cancelled):
        printing.print_pdf(pdf, target, check)
    assert not out.exists()  # the printer never saw the job


def test_landscape_page_prints_landscape(qtbot: QtBot, tmp_path: Path) -> None:
    """The Musdes list is A4 landscape: the printer turns to landscape, the page is not squeezed into portrait."""
    import io

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=landscape(A4))
    canvas.drawString(40, 40, "Daftar usulan")
    canvas.showPage()
    canvas.save()
    target = QPrinter(QPrinter.PrinterMode.HighResolution)
    target.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target.setOutputFileName(str(tmp_path / "landscape.pdf"))
    printing.prepare(target, buf.getvalue())
    result = printing.print_pdf(buf.getvalue(), target)
    assert result.pages == 1 and not result.colour
    assert [_mm(s) for s in printing.page_sizes((tmp_path / "landscape.pdf").read_bytes())] == [(297, 210)]
