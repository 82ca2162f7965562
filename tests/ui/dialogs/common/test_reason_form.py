"""The reason form: a text and/or a choice handed to the save function, which runs as a job (off the window's
thread); a refusal marks its field and keeps the form open; Save pressed twice saves once."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.ui.dialogs.common.reason_form import ReasonDialog
from tests.helpers.driving import save as press_save
from tests.helpers.jobs import wait_for_jobs


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
    press_save(dialog)
    assert saved == [] and dialog.result() == 0
    assert dialog.text.property("invalid") == "true" and warned == ["Alasan: Alasan wajib diisi."]
    qtbot.keyClicks(dialog.text, "Pindah ke Sampit")
    press_save(dialog)
    assert saved == [("Pindah ke Sampit", "warga")] and dialog.result() == 1


def test_save_runs_off_the_window_thread_once_with_the_form_waiting(qtbot: QtBot) -> None:
    """The service call runs on a worker; meanwhile the form is disabled and says so, and Save pressed again (or
    Esc) does nothing: one call, then the form closes with its result."""
    release = threading.Event()
    calls: list[tuple[str, bool]] = []

    def save(text: str, _choice: object) -> str:
        calls.append((text, threading.current_thread() is threading.main_thread()))
        release.wait(10)
        return "tercatat"

    dialog = ReasonDialog("Batalkan", "Alasan", save, text_label="&Alasan", text_field="Alasan")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.text is not None
    dialog.text.setPlainText("Warga pindah")
    dialog.accept()
    assert dialog.saving and not dialog.text.isEnabled() and not dialog.buttons.isEnabled()
    assert dialog.busy_note.text() == "Menyimpan…"
    dialog.accept()  # Enter pressed again
    dialog.reject()  # Esc while saving
    assert dialog.isVisible()
    release.set()
    wait_for_jobs(qtbot)
    assert calls == [("Warga pindah", False)]
    assert dialog.result() == 1 and dialog.saved == "tercatat" and not dialog.isVisible()
