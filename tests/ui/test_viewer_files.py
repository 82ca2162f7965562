"""PDFs for the system viewer stay private and go again (issue 17 item 14)."""

from __future__ import annotations

import os
import stat
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from puskesos_desktop.config import data_dir
from puskesos_desktop.ui import viewer_files
from puskesos_desktop.ui.dialogs.common.pdf_preview import PdfPreviewDialog


def _pdf() -> bytes:
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Surat")
    page.save()
    return out.getvalue()


def test_open_in_viewer_writes_a_private_file_in_the_data_folder(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    opened: list[Path] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(Path(QUrl(url).toLocalFile())) or True)
    )
    dialog = PdfPreviewDialog(_pdf(), "Surat", "surat-REK-1.pdf")
    qtbot.addWidget(dialog)
    dialog.open_external()
    (path,) = opened
    assert path.parent == data_dir() / viewer_files.FOLDER and path.read_bytes() == dialog.pdf
    assert list(shared.iterdir()) == []  # nothing in the shared temporary folder
    if os.name == "posix":
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700 and stat.S_IMODE(path.stat().st_mode) == 0o600


def test_old_files_go_when_another_is_written_and_all_at_exit() -> None:
    old = viewer_files.write_for_viewer("lama.pdf", b"%PDF-1.4 lama")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    new = viewer_files.write_for_viewer("baru.pdf", b"%PDF-1.4 baru")
    assert not old.exists() and new.exists()
    assert viewer_files.clear() == [new] and list(new.parent.iterdir()) == []
