"""Every printed document, as reportlab PDFs built from the plain dataclasses in `printing.data`.

Each document module has functions returning PDF bytes; `write_pdf` saves them whole or not at all.
No Qt, no database here: the service layer fills the dataclasses.
"""

from __future__ import annotations

import threading
from pathlib import Path

from puskesos_desktop.core.files import atomic_write_bytes

# pdfium keeps global state and is not thread-safe: one pdfium call at a time across the program
# (`attached_pages.LOCK` is this lock). Here, so that ui/printer.py holds it without importing reportlab.
PDFIUM_LOCK = threading.Lock()


def write_pdf(target: Path | str, pdf: bytes) -> Path:
    """Save a built document (temporary file, fsync, rename); a failure raises FileWriteError in Indonesian."""
    path = Path(target)
    atomic_write_bytes(path, pdf)
    return path
