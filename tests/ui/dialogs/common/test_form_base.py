"""The forms' base (issue 17, item 4): Esc on a filled form asks, an untouched one closes; success green, a refusal
red."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from puskesos_desktop.ui.dialogs.common.form_base import set_message
from puskesos_desktop.ui.dialogs.common.reason_form import ReasonDialog


def _asked(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    questions: list[str] = []

    def question(_parent: object, _title: str, text: str, *a: object, **k: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return questions


def _reason_dialog(qtbot: QtBot) -> ReasonDialog:
    dialog = ReasonDialog("Batalkan", "Alasan", lambda text, choice: None, text_label="&Alasan", text_field="Alasan")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_esc_on_a_filled_form_asks(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    questions = _asked(monkeypatch, QMessageBox.StandardButton.No)
    dialog = _reason_dialog(qtbot)
    assert dialog.text is not None
    dialog.text.setPlainText("Warga pindah ke desa lain")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert questions and dialog.isVisible()  # "No": the text stays
    assert dialog.text.toPlainText() == "Warga pindah ke desa lain"
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_esc_on_an_untouched_form_closes_at_once(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    questions = _asked(monkeypatch, QMessageBox.StandardButton.No)
    dialog = _reason_dialog(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not questions and not dialog.isVisible()


def test_success_is_green_and_a_refusal_red(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    set_message(label, "Gagal.", ok=False)
    assert label.objectName() == "error"
    set_message(label, "Tercatat.", ok=True)
    assert label.objectName() == "ok" and label.text() == "Tercatat."
