"""The coordinator's account forms on their own: a new account, an edit, a password reset — refusals beside the
field and nothing written, a good form saved as typed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.statuses import Role
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import auth, users
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.dialogs.admin.account_dialogs import AccountDialog, ResetPasswordDialog
from tests.helpers.driving import watch


def test_a_new_account_starts_as_front_office_and_saves_what_was_typed(
    qtbot: QtBot, db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = watch(monkeypatch)
    d = AccountDialog(db, coordinator)
    qtbot.addWidget(d)
    assert d.windowTitle() == "Akun baru" and not d.username.isReadOnly()
    assert d.role.currentData() == Role.FRONT_OFFICE.value and d.temporary.isChecked()
    d.full_name.setText("Rina Marlina")
    d.username.setText("rina")
    d.phone.setText("081211112222")
    d.password.setText("Lapangan-2026")
    d.again.setText("Lapangan-2027")
    d.accept()
    # Refused beside the confirmation, in words, and no account made.
    assert d.again.property("invalid") == "true" and "tidak sama" in d.error.text()
    assert screen.warnings and d.result() != QDialog.DialogCode.Accepted
    assert [u.username for u in users.list_users(db)].count("rina") == 0
    d.again.setText("Lapangan-2026")
    d.role.setCurrentIndex(d.role.findData(Role.BACK_OFFICE.value))
    d.temporary.setChecked(False)
    d.accept()
    assert d.result() == QDialog.DialogCode.Accepted and d.result_user is not None
    rina = users.get_user(db, "rina")
    assert (rina.full_name, rina.role, rina.phone, rina.must_change_password) == (
        "Rina Marlina",
        Role.BACK_OFFICE,
        "081211112222",
        False,
    )
    assert auth.authenticate(db, "rina", "Lapangan-2026").username == "rina"


def test_an_edit_shows_the_account_and_never_its_password_or_a_new_name(
    qtbot: QtBot, db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch(monkeypatch)
    d = AccountDialog(db, coordinator, users.get_user(db, "fo"))
    qtbot.addWidget(d)
    d.show()
    assert d.windowTitle() == "Ubah akun" and d.heading.text() == "Ubah akun fo"
    assert d.username.text() == "fo" and d.username.isReadOnly() and d.full_name.text() == "Dewi Lestari"
    assert d.role.currentData() == Role.FRONT_OFFICE.value
    assert not d.password.isVisible() and not d.again.isVisible() and not d.temporary.isVisible()
    d.full_name.setText("Dewi Lestari Putri")
    d.phone.setText("081300001234")
    d.role.setCurrentIndex(d.role.findData(Role.FASILITATOR.value))
    d.accept()
    assert d.result() == QDialog.DialogCode.Accepted
    fo = users.get_user(db, "fo")
    assert (fo.full_name, fo.role, fo.phone) == ("Dewi Lestari Putri", Role.FASILITATOR, "081300001234")


def test_an_edit_by_someone_without_the_right_is_refused_and_changes_nothing(
    qtbot: QtBot, db: Database, front: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = watch(monkeypatch)
    d = AccountDialog(db, front, users.get_user(db, "bo"))
    qtbot.addWidget(d)
    d.full_name.setText("Orang Lain")
    d.accept()
    assert screen.warnings and d.error.isVisibleTo(d) and d.result() != QDialog.DialogCode.Accepted
    assert users.get_user(db, "bo").full_name == "Budi Santoso"


def test_a_reset_gives_a_temporary_password_to_be_changed_at_the_next_login(
    qtbot: QtBot, db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch(monkeypatch)
    d = ResetPasswordDialog(db, coordinator, users.get_user(db, "bo"))
    qtbot.addWidget(d)
    assert d.heading.text() == "Reset kata sandi Budi Santoso (bo)"
    d.password.setText("lemah")
    d.again.setText("lemah")
    d.accept()
    assert d.password.property("invalid") == "true" and d.result() != QDialog.DialogCode.Accepted
    assert not users.get_user(db, "bo").must_change_password
    d.password.setText("Sementara-2026")
    d.again.setText("Sementara-2026")
    d.accept()
    assert d.result() == QDialog.DialogCode.Accepted
    assert users.get_user(db, "bo").must_change_password
    assert auth.authenticate(db, "bo", "Sementara-2026").username == "bo"
