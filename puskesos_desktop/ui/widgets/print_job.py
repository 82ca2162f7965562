"""Print a document: the PDF is built off the UI thread (reportlab takes 50–200 ms, ui/jobs.py), then previewed
with QtPdf for printing, saving or opening. Refusals (permission, missing profile) become a message.

``make`` returns the PDF, or a ``Printout`` (services/printouts.py) that the preview records as printed only when
it was handed out (printed, saved or opened): a cancelled or failed print leaves the next one the original.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.services.printouts import Printout
from puskesos_desktop.ui import crashlog
from puskesos_desktop.ui.errors import show_fault
from puskesos_desktop.ui.jobs import jobs

if TYPE_CHECKING:
    from puskesos_desktop.ui.dialogs.common.pdf_preview import PdfPreviewDialog


def safe_name(number: str) -> str:
    """'RESI/6201022001/2026/11/0001' -> 'RESI-6201022001-2026-11-0001.pdf'."""
    return number.replace("/", "-").replace(" ", "_") + ".pdf"


def preview_pdf(
    parent: QWidget,
    make: Callable[[], bytes | Printout],
    title: str,
    filename: str,
    then: Callable[[], None] | None = None,
    shown: Callable[[PdfPreviewDialog], None] | None = None,
) -> int:
    """Build in the background, then show the preview (modal); `then` runs after it closes (or after a refusal
    or a failure). `shown` gets the closed preview (what was printed or saved). Returns the job's number."""

    def done(pdf: bytes | Printout) -> None:
        # QtPdf and QtPrintSupport are loaded with the first preview, not at start (issue 21).
        from puskesos_desktop.ui.dialogs.common.pdf_preview import show_pdf

        dialog = show_pdf(parent, pdf, title, filename)
        if shown is not None:
            shown(dialog)
        if then is not None:
            then()

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, PuskesosError):
            crashlog.log_exception(type(exc), exc, exc.__traceback__)
        show_fault(parent, exc)  # a refusal says what to fix; anything else that saved data is safe
        if then is not None:
            then()

    return jobs().run(make, done, failed, parent=parent)
