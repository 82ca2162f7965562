"""Crash reports an office can send (issue 12, item 6): stacks only, in the data folder; an exception in a slot or a
thread shows a message and the program goes on; the next start after a crash says so and offers the report."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from puskesos_desktop.db.models import RegistryRecord, Resident
from puskesos_desktop.services.bootstrap import open_office_db
from puskesos_desktop.ui import crashlog
from puskesos_desktop.ui.errors import install_fault_reporter
from puskesos_desktop.ui.help import CrashReportDialog, HelpMenu
from tests.helpers import villages
from tests.helpers.crash_child import TYPED_NAME, TYPED_NIK
from tests.helpers.jobs import wait_until

ROOT = Path(__file__).resolve().parents[2]


def _child(db_path: Path, mode: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONFAULTHANDLER", None)  # the program's own crash log must do it
    return subprocess.run(
        [sys.executable, "-m", "tests.helpers.crash_child", "--db", str(db_path), "--mode", mode],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


@pytest.fixture(scope="module")
def demo_village(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return villages.demo_village(villages.shared_build_dir(tmp_path_factory), 20, 3, villages.DEMO_TODAY)


def test_a_real_crash_on_the_demo_leaves_stacks_only_and_the_next_start_offers_the_report(
    demo_village: Path, tmp_path: Path
) -> None:
    db_path = tmp_path / "desa.sqlite3"
    db_path.write_bytes(demo_village.read_bytes())
    crashed = _child(db_path, "crash")
    assert crashed.returncode != 0, crashed.stdout + crashed.stderr  # it really died (SIGSEGV)
    assert "FAULT-SHOWN" in crashed.stdout and "STILL-RUNNING" in crashed.stdout  # the slot's exception did not end it
    log = (db_path.parent / "logs" / crashlog.LOG_NAME).read_text(encoding="utf-8")
    assert "Segmentation fault" in log and 'File "' in log  # faulthandler: every thread's stack
    assert "builtins.ValueError" in log  # the exception in the slot: its type and stack
    database = open_office_db(f"sqlite:///{db_path}")
    try:
        with database.read() as s:
            people = list(s.execute(select(Resident.name, Resident.nik)))
            people += list(s.execute(select(RegistryRecord.name, RegistryRecord.nik).limit(500)))
    finally:
        database.dispose()
    assert people
    lowered = log.lower()
    for text in [TYPED_NAME, TYPED_NIK, *(n for p in people for n in p if n)]:
        assert text.lower() not in lowered, text
    assert "Ratna" not in log and "6201024101" not in log  # not even a part of what was typed
    assert (db_path.parent / "logs" / crashlog.MARKER_NAME).exists()

    again = _child(db_path, "restart")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "NOTICE" in again.stdout  # the program said it did not close properly and offered the report
    assert not (db_path.parent / "logs" / crashlog.MARKER_NAME).exists()  # a normal end: the next start is quiet


@pytest.fixture
def installed(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    url = f"sqlite:///{tmp_path / 'kantor.sqlite3'}"
    assert crashlog.install(url) is False  # a first start: nothing to report
    install_fault_reporter(qapp)
    yield tmp_path / "logs" / crashlog.LOG_NAME
    crashlog.set_ui_reporter(None)
    crashlog.uninstall()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []

    def box(_parent: object, title: str, text: str, *a: Any, **k: Any) -> QMessageBox.StandardButton:
        texts.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(box))
    return texts


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_a_message_and_the_program_goes_on(
    qtbot: QtBot, installed: Path, shown: list[str]
) -> None:
    button = QPushButton("Simpan")
    qtbot.addWidget(button)

    def save() -> None:
        raise KeyError(f"{TYPED_NAME} {TYPED_NIK}")

    button.clicked.connect(save)
    button.click()
    wait_until(qtbot, lambda: len(shown) == 1)
    assert shown[0].startswith("Terjadi galat:") and "Data yang sudah tersimpan aman" in shown[0]
    assert TYPED_NAME not in shown[0]
    button.click()  # still alive, and says so again
    wait_until(qtbot, lambda: len(shown) == 2)

    def background() -> None:
        raise OSError(f"{TYPED_NIK} tidak dapat dibaca")

    thread = threading.Thread(target=background, name="uji")
    thread.start()
    thread.join(10)
    wait_until(qtbot, lambda: len(shown) == 3)  # a thread's exception reaches the UI thread
    log = installed.read_text(encoding="utf-8")
    assert log.count("builtins.KeyError") == 2 and "thread uji: builtins.OSError" in log
    assert TYPED_NAME not in log and TYPED_NIK not in log


def test_the_crash_report_dialog_shows_the_log_and_copies_it(qtbot: QtBot, installed: Path) -> None:
    crashlog.log_exception(ValueError, None, None, "ui")
    dialog = CrashReportDialog(None, installed)
    qtbot.addWidget(dialog)
    assert "builtins.ValueError" in dialog.text.toPlainText()
    dialog.button_copy.click()
    copied = QGuiApplication.clipboard().text()
    assert "builtins.ValueError" in copied and copied.startswith("Puskesos")
    empty = CrashReportDialog(None, installed.parent / "tidak-ada.log")
    qtbot.addWidget(empty)
    assert not empty.button_copy.isEnabled() and "Belum ada laporan galat" in empty.intro.text()


def test_the_next_start_after_a_crash_offers_the_report(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'kantor.sqlite3'}"
    assert crashlog.install(url) is False
    crashlog.uninstall()  # removes the marker: a clean end
    assert crashlog.install(url) is False
    crashlog._marker = None  # the process "dies": the marker stays
    crashlog.uninstall()
    try:
        assert crashlog.install(url) is True
        window = QMainWindow()
        qtbot.addWidget(window)
        menu = HelpMenu(window, window.menuBar().addMenu("Bantuan"), str(tmp_path / "kantor.sqlite3"))
        assert menu.action_crash_report.text() == "&Laporan galat"
        opened: list[str] = []
        monkeypatch.setattr(CrashReportDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
        box = menu.offer_crash_report()
        assert box.isVisible() and not box.isModal()  # the desk goes on working meanwhile
        assert box.windowTitle() == "Program tidak tertutup dengan benar"
        assert "Data yang sudah tersimpan aman" in box.text()
        next(b for b in box.buttons() if "laporan" in b.text().lower()).click()  # "Lihat laporan galat"
        assert opened == ["Laporan galat"]
    finally:
        crashlog.uninstall()
