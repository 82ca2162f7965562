"""Changing one's own password: a refusal marks the field it is about."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.dialogs.admin.change_password import ChangePasswordDialog
from tests.conftest import TEST_PASSWORD


def test_change_password_marks_the_field(qtbot: QtBot, db: Database, front: Actor) -> None:
    d = ChangePasswordDialog(db, front)
    qtbot.addWidget(d)
    d.old.setText("salah-lama-1")
    d.new.setText("Baru-sekali-9")
    d.again.setText("Baru-sekali-9")
    d.accept()
    assert d.old.property("invalid") == "true" and "lama salah" in d.error.text()
    d.old.setText(TEST_PASSWORD)
    d.again.setText("lain")
    d.accept()
    assert d.again.property("invalid") == "true" and d.error.text()
    d.again.setText("Baru-sekali-9")
    # Fixed: no stale red error left under it (issue 17 item 14).
    assert d.again.property("invalid") != "true" and d.error.text() == ""
    d.accept()
    assert d.result() == QDialog.DialogCode.Accepted
