"""PDFs handed to the system's PDF viewer ("Buka di penampil"): a letter or a resident's data is personal data, so
it is written to a private folder inside the data folder (0700), never to the shared temporary folder, and
removed again: files older than a while whenever another is written, every file when the program ends, and
whatever a killed program left when it starts (issue 17 item 14). A file a viewer still holds open (Windows) is
left for the next round."""

from __future__ import annotations

import os
import time
from pathlib import Path

from puskesos_desktop.config import data_dir
from puskesos_desktop.core.files import FileWriteError, atomic_write_bytes

FOLDER = "penampil-pdf"
#: how long a viewer has the file: long enough to print or save a copy from it
KEEP_SECONDS = 30 * 60


def viewer_dir() -> Path:
    folder = data_dir() / FOLDER
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        folder.chmod(0o700)  # mkdir's mode is cut by the umask; an existing folder is made private too
    return folder


def write_for_viewer(filename: str, pdf: bytes) -> Path:
    """The PDF as a private file for the viewer; older ones are removed first."""
    clear(older_than=KEEP_SECONDS)
    try:
        folder = viewer_dir()
    except OSError as exc:
        raise FileWriteError(f"Folder {data_dir() / FOLDER} tidak dapat dibuat: {exc.strerror or exc}.") from exc
    target = folder / Path(filename).name
    atomic_write_bytes(target, pdf)
    if os.name == "posix":
        target.chmod(0o600)
    return target


def clear(older_than: float | None = None) -> list[Path]:
    """Remove the viewer's files (only those older than `older_than` seconds when given); returns what went."""
    folder = data_dir() / FOLDER
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    now = time.time()
    for p in entries:
        try:
            if older_than is not None and now - p.stat().st_mtime < older_than:
                continue
            p.unlink()
            removed.append(p)
        except OSError:
            pass  # still open in a viewer (Windows): the next round takes it
    return removed
