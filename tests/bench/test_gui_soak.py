"""The GUI soak (`soak --gui`): its driver's parts quickly, and one whole run of each flow (slow)."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QVBoxLayout
from pytestqt.qtbot import QtBot

from puskesos_desktop.cli.main import main
from puskesos_desktop.devtools.bench import gui_driver as drive
from tests.helpers.jobs import wait_until


class Asking(QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.button = QPushButton("OK", self)
        QVBoxLayout(self).addWidget(self.button)
        self.button.clicked.connect(self.ask_then_accept)
        self.answer: QMessageBox.StandardButton | None = None

    def ask_then_accept(self) -> None:
        self.answer = QMessageBox.question(self, "Yakin?", "Simpan sekarang?")
        self.accept()


def test_a_flow_runs_inside_modal_dialogs_and_answers_unexpected_questions(qtbot: QtBot) -> None:
    seen: list[str] = []
    opened: list[Asking] = []

    def flow() -> Iterator[drive.Wait]:
        dialog = Asking()
        opened.append(dialog)
        drive.later(dialog.exec)  # a real exec(): its own event loop
        found: Any = yield drive.modal(Asking)
        assert found is dialog
        drive.later(dialog.button.click)  # asks a question the flow does not expect
        yield drive.gone(dialog)

    assert drive.run_flow(flow(), seen) is None
    assert seen == ["Simpan sekarang?"] and opened[0].answer == QMessageBox.StandardButton.Yes


def test_a_wait_that_never_comes_ends_the_flow_with_its_reason(qtbot: QtBot) -> None:
    def flow() -> Iterator[drive.Wait]:
        yield drive.until(lambda: False, "sesuatu yang tidak datang", timeout_s=0.05)

    assert drive.run_flow(flow(), []) == "menunggu terlalu lama: sesuatu yang tidak datang"


def test_heartbeat_sees_a_stall_of_the_ui_thread(qtbot: QtBot) -> None:
    beat = drive.Heartbeat()

    def flow() -> Iterator[drive.Wait]:
        yield drive.pause(30)
        time.sleep(0.25)  # the UI thread busy
        yield drive.pause(30)

    beat.reset()
    drive.run_flow(flow(), [])
    worst = beat.reset()
    beat.stop()
    assert 200 <= worst < 2000


def test_print_preview_writes_a_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    from puskesos_desktop.ui.dialogs.common.pdf_preview import PdfPreviewDialog

    source = tmp_path / "in.pdf"
    c = canvas.Canvas(str(source))
    c.drawString(100, 700, "Resi uji")
    c.save()
    preview = PdfPreviewDialog(source.read_bytes(), "Resi", "resi.pdf")
    qtbot.addWidget(preview)
    target = tmp_path / "out.pdf"
    printer = drive.print_preview(preview, target)  # returns at once: the job runs off the UI thread
    wait_until(qtbot, lambda: drive.printed(preview, target))
    del printer
    assert target.read_bytes().startswith(b"%PDF")


def test_typo_changes_one_letter() -> None:
    rng = random.Random(1)
    for name in ("Muhammad Yusuf", "Siti Aminah", "Yohanes Lado"):
        typed = drive.typo(name, rng)
        assert len(typed) == len(name) and typed != name.lower()
        assert sum(a != b for a, b in zip(typed, name.lower(), strict=True)) == 1


@pytest.mark.slow
def test_soak_gui_one_flow_each(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`soak --gui 1 --json` on a demo village: both flows through, no crash (~40 s: children start the window)."""
    code = main(["soak", "--gui", "1", "--json", "--seed", "3"])
    data = json.loads(capsys.readouterr().out)
    assert list(data)[:5] == ["front_office_flows", "back_office_flows", "crashes", "ui_stall_max_ms", "flow_ms"]
    assert data["failures"] == []
    assert list(data["flow_ms"]) == ["p50", "p95"]
    assert (data["front_office_flows"], data["back_office_flows"], data["crashes"]) == (1, 1, 0)
    assert code == 0


def test_a_failed_flow_is_reported_with_what_the_person_saw_and_no_personal_data() -> None:
    from puskesos_desktop.devtools.bench import gui_soak

    line = {
        "error": "menunggu terlalu lama: formulir keluhan setelah warga tersimpan",
        "messages": ["", "NIK 6201025205900001 milik Siti Aminah sudah terdaftar."],
        "names": ["Siti Aminah", "Warga Soak Bcd"],
    }
    text = gui_soak.failure_text(line)
    assert text == (
        "menunggu terlalu lama: formulir keluhan setelah warga tersimpan — pesan terakhir: "
        "NIK <angka> milik <nama> sudah terdaftar."
    )
    result = gui_soak.SoakResult(failures=[{"flow": "front", "seed": 12001, "index": 3, "error": text}])
    data = result.as_dict()
    assert list(data) == [
        "front_office_flows",
        "back_office_flows",
        "crashes",
        "ui_stall_max_ms",
        "flow_ms",
        "failures",
    ]
    assert data["failures"][0]["flow"] == "front"
