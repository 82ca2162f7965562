"""Print a document: the PDF is built off the UI thread (reportlab takes 50–200 ms), then previewed with
QtPdf for printing, saving or opening. Refusals (permission, missing profile) become a message.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.ui.dialogs.pdf_preview import show_pdf
from puskesos_desktop.ui.jobs import run as run_in_background
from puskesos_desktop.ui.tabs.base_tab import show_error


def safe_name(number: str) -> str:
    """'RESI/6201022001/2026/11/0001' -> 'RESI-6201022001-2026-11-0001.pdf'."""
    return number.replace("/", "-").replace(" ", "_") + ".pdf"


def preview_pdf(
    parent: QWidget,
    make_pdf: Callable[[], bytes],
    title: str,
    filename: str,
    then: Callable[[], None] | None = None,
) -> None:
    """Build in the background, then show the preview (modal); `then` runs after it closes (or after a refusal)."""

    def done(pdf: bytes) -> None:
        show_pdf(parent, pdf, title, filename)
        if then is not None:
            then()

    def failed(exc: BaseException) -> None:
        if isinstance(exc, PuskesosError):
            show_error(parent, exc)
        else:
            raise exc
        if then is not None:
            then()

    run_in_background(make_pdf, done, failed)
