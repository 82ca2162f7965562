"""The reason form: a text and/or a choice handed to the save function; a refusal marks its field and keeps the
form open."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.ui.dialogs.common.reason_form import ReasonDialog


def test_text_and_choice_are_saved_and_a_refusal_marks_the_field(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    saved: list[tuple[str, object]] = []

    def save(text: str, choice: object) -> None:
        if not text.strip():
            raise ValidationError("Alasan wajib diisi.", field="Alasan")
        saved.append((text, choice))

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: warned.append(text)))
    dialog = ReasonDialog(
        "Tolak",
        "Mengapa ditolak?",
        save,
        text_label="&Alasan",
        text_field="Alasan",
        choice_label="&Jenis",
        choice_field="Jenis",
        choices=[("Data tidak lengkap", "data"), ("Bukan warga desa", "warga")],
    )
    qtbot.addWidget(dialog)
    assert dialog.choice is not None and dialog.text is not None
    dialog.choice.setCurrentIndex(1)
    dialog.accept()
    assert saved == [] and dialog.result() == 0
    assert dialog.text.property("invalid") == "true" and warned == ["Alasan: Alasan wajib diisi."]
    qtbot.keyClicks(dialog.text, "Pindah ke Sampit")
    dialog.accept()
    assert saved == [("Pindah ke Sampit", "warga")] and dialog.result() == 1
