"""The shape every data-exchange wizard shares (wizard_base): steps with their titles and Back / Next / Finish,
busy buttons, refusals marking their field, and the shared first step (FilePage) with its file and password."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.errors import FormField, NotFoundError, ValidationError
from puskesos_desktop.excel import guard
from puskesos_desktop.ui.dialogs.exchange.wizard_base import FilePage, WizardDialog
from tests.helpers.driving import Screen


class ThreeSteps(WizardDialog):
    """A wizard as the real ones are made: a file step, a check step, a last step; Next from the file step needs
    a file (the wizard's own refusal)."""

    def __init__(self) -> None:
        super().__init__()
        self.first = FilePage(self, password=True)
        self.first.retranslate("Pilih berkas DTSEN dari dinas.", caption="Berkas DTSEN", filters="Excel (*.xlsx)")
        self.add_page(self.first, "Berkas")
        self.add_page(QWidget(), "Periksa")
        self.add_page(QWidget(), "Selesai")
        self.show_page(0)

    def next_step(self, index: int) -> None:
        if index == 0 and not self.first.file.path():
            self.say("Pilih berkasnya dahulu.")
            return
        super().next_step(index)


def test_steps_have_titles_and_back_next_finish_where_they_make_sense(qtbot: QtBot, screen: Screen) -> None:
    w = ThreeSteps()
    qtbot.addWidget(w)
    assert w.step_title.text() == "Langkah 1 dari 3: Berkas"
    assert not w.button_back.isEnabled() and w.button_next.text() == "&Lanjut"
    w.button_next.click()  # no file yet: refused by the wizard, still on step 1
    assert w.stack.currentIndex() == 0 and screen.warnings == ["Pilih berkasnya dahulu."]
    assert w.error.isVisibleTo(w) and w.error.text() == "Pilih berkasnya dahulu."
    w.first.file.edit.setText("  /data/dtsen.xlsx  ")
    w.button_next.click()
    assert w.stack.currentIndex() == 1 and w.step_title.text() == "Langkah 2 dari 3: Periksa"
    assert w.button_back.isEnabled() and not w.error.isVisibleTo(w)  # the old refusal is gone
    w.button_back.click()
    assert w.stack.currentIndex() == 0 and w.first.file.path() == "/data/dtsen.xlsx"
    w.button_next.click()
    w.button_next.click()
    # The last step: nothing to go back to or cancel, only Finish.
    assert w.stack.currentIndex() == 2 and w.button_next.text() == "&Selesai"
    assert not w.button_back.isEnabled() and not w.button_cancel.isVisibleTo(w)
    w.set_titles(["Berkas", "Periksa", "Hasil"])
    assert w.step_title.text() == "Langkah 3 dari 3: Hasil"
    w.button_next.click()
    assert w.result() == QDialog.DialogCode.Accepted


def test_busy_holds_every_button_and_gives_back_only_what_the_step_allows(qtbot: QtBot) -> None:
    w = ThreeSteps()
    qtbot.addWidget(w)
    w.busy(True)
    assert not any(b.isEnabled() for b in (w.button_back, w.button_next, w.button_cancel))
    w.busy(False)
    assert w.button_next.isEnabled() and w.button_cancel.isEnabled() and not w.button_back.isEnabled()
    w.show_page(1)
    w.busy(True)
    w.busy(False)
    assert w.button_back.isEnabled()


def test_a_refusal_marks_its_field_and_a_fault_is_not_swallowed(qtbot: QtBot, screen: Screen, tmp_path: Path) -> None:
    w = ThreeSteps()
    qtbot.addWidget(w)
    w.refuse(ValidationError("Berkas tidak dapat dibaca.", FormField.FILE))
    assert w.first.file.edit.property("invalid") == "true" and w.first.password.property("invalid") != "true"
    assert "tidak dapat dibaca" in w.error.text() and screen.warnings == [w.error.text()]
    w.refuse(ValidationError("Kata sandi berkas salah.", FormField.PASSWORD))
    assert w.first.password.property("invalid") == "true"
    w.clear_invalid()
    # The workbook guard's refusals name no field: one about the password is keyed to it, any other is the file's.
    plain = tmp_path / "dtsen.xlsx"
    plain.write_bytes(b"PK\x03\x04 a workbook without a password")
    with pytest.raises(ValidationError) as guarded:
        guard.decrypt(plain, "sandi")
    w.on_file_page(guarded.value)
    w.refuse(guarded.value)
    assert w.first.password.property("invalid") == "true" and w.first.file.edit.property("invalid") != "true"
    assert not guarded.value.text().startswith("Kata sandi:")  # the words as the command line says them
    w.clear_invalid()
    unreadable = ValidationError("Berkas rusak.")
    w.on_file_page(unreadable)
    w.refuse(unreadable)
    assert w.first.file.edit.property("invalid") == "true" and w.first.password.property("invalid") != "true"
    w.clear_invalid()
    assert w.first.file.edit.property("invalid") != "true" and not w.error.isVisibleTo(w)
    w.refuse(NotFoundError("Data tidak ditemukan."))  # a refusal about no field: said, nothing marked
    assert "tidak ditemukan" in w.error.text() and len(screen.warnings) == 5
    with pytest.raises(RuntimeError):
        w.refuse(RuntimeError("bug"))
    w.say("Hanya di sini.", box=False)
    assert w.error.text() == "Hanya di sini." and len(screen.warnings) == 5


def test_the_file_step_shows_only_the_rows_the_wizard_uses(qtbot: QtBot, screen: Screen) -> None:
    w = WizardDialog()
    qtbot.addWidget(w)
    export = FilePage(w, choose_file=False)  # the export writes a file: no file to choose, no password
    extra, extra_label = QLineEdit(), QLabel("&Bulan")
    export.add_row(extra_label, extra, "Bulan")
    export.retranslate("Pilih bulan.")
    w.add_page(export, "Bulan")
    w.show_page(0)
    w.show()
    assert not export.file.isVisible() and not export.password.isVisible() and extra.isVisible()
    assert extra_label.buddy() is extra and w.fields == {"Bulan": extra}
    w.refuse(ValidationError("Bulan belum dipilih.", "Bulan"))
    assert extra.property("invalid") == "true" and len(screen.warnings) == 1


def test_the_file_row_takes_a_chosen_file_and_keeps_it_when_the_choice_is_cancelled(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = ThreeSteps()
    qtbot.addWidget(w)
    page = w.first
    assert page.label_file.text() == "&Berkas" and page.file.button.text() == "&Pilih…"
    assert (
        page.label_password.text() == "Kata sa&ndi berkas" and page.password.echoMode() == QLineEdit.EchoMode.Password
    )
    asked: list[tuple[str, str]] = []

    def choose(_parent: object, caption: str, _start: str, filters: str) -> tuple[str, str]:
        asked.append((caption, filters))
        return ("/data/dtsen-2026.xlsx" if len(asked) == 1 else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    page.file.button.click()
    assert page.file.path() == "/data/dtsen-2026.xlsx" and asked == [("Berkas DTSEN", "Excel (*.xlsx)")]
    page.file.button.click()  # cancelled: the file stays
    assert page.file.path() == "/data/dtsen-2026.xlsx"
    page.retranslate("Lain.", file_label="&File", choose="&Cari…", password_label="&Sandi", password_placeholder="-")
    assert (page.label_file.text(), page.file.button.text(), page.label_password.text()) == (
        "&File",
        "&Cari…",
        "&Sandi",
    )
    assert page.password.placeholderText() == "-" and page.hint.text() == "Lain."
