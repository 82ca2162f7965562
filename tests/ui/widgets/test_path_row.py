"""ui/widgets/path_row.py: the one "path [Pilih…]" row (the wizards' file, the backup's second folder)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from puskesos_desktop.ui.widgets.path_row import PathRow


def test_a_folder_row_takes_the_chosen_folder_and_keeps_it_when_cancelled(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    row = PathRow(folder=True)
    qtbot.addWidget(row)
    label = QLabel("Folder &kedua")
    label.setBuddy(row)
    row.retranslate("&Pilih…", caption="Folder kedua", name=label.text())
    assert row.button.text() == "&Pilih…" and row.edit.accessibleName() == "Folder kedua"
    asked: list[tuple[str, str]] = []

    def choose(_parent: object, caption: str, start: str) -> str:
        asked.append((caption, start))
        return str(tmp_path) if len(asked) == 1 else ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: pytest.fail("a file asked for")))
    row.edit.setText("E:/lama")
    row.button.click()
    assert row.path() == str(tmp_path) and asked == [("Folder kedua", "E:/lama")]
    row.button.click()  # cancelled: the folder stays
    assert row.path() == str(tmp_path) and asked[1] == ("Folder kedua", str(tmp_path))
    assert row.focusProxy() is row.edit  # the label's Alt+letter reaches the line edit


def test_a_file_row_offers_its_filters(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    row = PathRow()
    qtbot.addWidget(row)
    row.retranslate("&Cari…", caption="Berkas DTSEN", filters="Excel (*.xlsx)")
    row.retranslate("&Pilih…")  # a later retranslation without them keeps the caption and filters
    seen: list[tuple[str, str]] = []

    def choose(_parent: object, caption: str, _start: str, filters: str) -> tuple[str, str]:
        seen.append((caption, filters))
        return ("  /data/dtsen.xlsx", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    row.button.click()
    assert seen == [("Berkas DTSEN", "Excel (*.xlsx)")] and row.path() == "/data/dtsen.xlsx"
    assert row.button.text() == "&Pilih…"
