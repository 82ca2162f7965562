"""A document is built off the window's thread, then previewed; a refusal is said and `then` still runs."""

from __future__ import annotations

import io
import threading

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from puskesos_desktop.core.errors import PrintRefused
from puskesos_desktop.ui.dialogs.common.pdf_preview import PdfPreviewDialog
from puskesos_desktop.ui.widgets.print_job import preview_pdf, safe_name
from tests.helpers.jobs import wait_for_jobs


def _one_page() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Resi")
    page.save()
    return out.getvalue()


def test_safe_name() -> None:
    assert safe_name("RESI/6201022001/2026/11/0001") == "RESI-6201022001-2026-11-0001.pdf"
    assert safe_name("Daftar Musdes") == "Daftar_Musdes.pdf"


def test_built_off_the_window_thread_then_previewed(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    built_on: list[bool] = []
    previewed: list[tuple[str, str]] = []
    monkeypatch.setattr(
        PdfPreviewDialog, "exec", lambda self: previewed.append((self.windowTitle(), self.filename)) or 0
    )

    def make() -> bytes:
        built_on.append(threading.current_thread() is threading.main_thread())
        return _one_page()

    after: list[str] = []
    shown: list[PdfPreviewDialog] = []
    preview_pdf(parent, make, "Resi", "resi.pdf", then=lambda: after.append("then"), shown=shown.append)
    wait_for_jobs(qtbot)
    assert built_on == [False] and previewed and previewed[0][1] == "resi.pdf"
    assert len(shown) == 1 and after == ["then"]


def test_a_refusal_is_said_and_then_still_runs(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: said.append(text)))
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: pytest.fail("no preview after a refusal"))

    def refuse() -> bytes:
        raise PrintRefused("Profil kantor belum diisi.")

    after: list[str] = []
    preview_pdf(parent, refuse, "Resi", "resi.pdf", then=lambda: after.append("then"))
    wait_for_jobs(qtbot)
    assert said == ["Profil kantor belum diisi."] and after == ["then"]
