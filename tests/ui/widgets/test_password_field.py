"""The password field every account form uses, and the error line and buttons under it (built before SQLAlchemy is
imported: the sign-in dialog's own test checks that)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.validate import MAX_PASSWORD
from puskesos_desktop.ui.widgets.password_field import error_and_buttons, password_edit


def test_the_field_hides_what_is_typed_and_stops_at_the_longest_password(qtbot: QtBot) -> None:
    edit = password_edit()
    qtbot.addWidget(edit)
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(edit, "x" * (MAX_PASSWORD + 5))
    assert edit.text() == "x" * MAX_PASSWORD


def test_enter_in_the_field_sends_and_cancel_closes(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    edit = password_edit()
    layout.addWidget(edit)
    error, buttons = error_and_buttons(dialog, layout)
    assert error.objectName() == "error" and error.wordWrap() and not error.text()
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isDefault()
    dialog.show()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.show()
    buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
