"""First start (setup wizard), sign-in with the forced password change, and start() choosing between them."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import office
from puskesos_desktop.services.admin import auth, setup, users
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui import app
from puskesos_desktop.ui.dialogs.admin.change_password import ChangePasswordDialog
from puskesos_desktop.ui.dialogs.admin.login import LoginDialog
from puskesos_desktop.ui.dialogs.admin.setup_wizard import SetupWizard
from tests.conftest import TEST_PASSWORD
from tests.helpers.driving import drive, watch
from tests.helpers.jobs import drain, wait_for_jobs


def _fill_office(w: SetupWizard, digits: str = "2001") -> None:
    page = w.office_page
    page.select_kecamatan("620102")
    page.village_digits.setText(digits)
    page.village_name.setText("Sukamaju")
    page.head_name.setText("H. Abdul Rahman")
    page.coordinator.setText("Sri Wahyuni")
    page.paper_f4.setChecked(True)


def test_wizard_creates_office_and_coordinator(qtbot: QtBot, empty_db: Database) -> None:
    w = SetupWizard(empty_db)
    qtbot.addWidget(w)
    w.show()
    _fill_office(w, "20")  # two of the four digits: the message speaks of this field's four (issue 17 item 14)
    w.next()
    assert w.currentPage() is w.office_page and w.office_page.village_digits.property("invalid") == "true"
    assert "empat angka terakhir" in w.office_page.error.text() and "10 angka" not in w.office_page.error.text()
    w.office_page.village_digits.setText("9001")  # 9xxx is neither desa nor kelurahan
    w.next()
    assert w.currentPage() is w.office_page
    assert w.office_page.village_digits.property("invalid") == "true"
    assert "diawali 1" in w.office_page.error.text()
    w.office_page.village_digits.setText("2001")
    w.next()
    assert w.currentPage() is w.account
    assert w.account.full_name.text() == "Sri Wahyuni"  # carried over from the coordinator's name
    w.account.username.setText("sri")
    w.account.password.setText("Sukamaju-2026")
    w.account.again.setText("Sukamaju-2027")
    assert w.account.meter.bar.value() >= 2
    assert not w.account.validatePage()
    assert w.account.again.property("invalid") == "true" and setup.needs_setup(empty_db)
    w.account.again.setText("Sukamaju-2026")
    assert w.account.error.text() == "" and w.account.again.property("invalid") != "true"  # no stale red
    # The strength bar is drawn whole inside its row (the style sheet's 18 px bars were squeezed: no bottom edge).
    bar, meter = w.account.meter.bar, w.account.meter
    assert bar.height() == 12 and meter.rect().contains(bar.geometry())
    w.next()  # Finish on the last page: validatePage saves
    assert w.user is not None and w.user.username == "sri"
    assert not setup.needs_setup(empty_db)
    profile = office.get_profile(empty_db)
    assert profile is not None and profile.paper_size == "F4" and profile.kecamatan_name == "Arut Selatan"
    assert w.account.password.text() == ""  # the password does not linger in the form


def test_wizard_fits_the_screen(qtbot: QtBot, empty_db: Database) -> None:
    w = SetupWizard(empty_db)
    qtbot.addWidget(w)
    w.show()
    hint = w.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740


def test_login_refuses_then_accepts(qtbot: QtBot, db: Database) -> None:
    dialog = LoginDialog(db, "Sukamaju")
    qtbot.addWidget(dialog)
    dialog.username.setText("fo")
    dialog.password.setText("salah-sekali")
    dialog.accept()
    wait_for_jobs(qtbot)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == auth.WRONG and dialog.password.text() == ""
    dialog.password.setText(TEST_PASSWORD)
    dialog.accept()
    wait_for_jobs(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.user is not None
    assert dialog.user.username == "fo"


def test_the_password_is_checked_off_the_ui_thread(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 21: argon2 takes up to ~2 s on an office PC; the dialog says it is checking and keeps painting."""
    threads: list[bool] = []
    check = auth.authenticate

    def watched(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return check(*args, **kwargs)

    monkeypatch.setattr(auth, "authenticate", watched)
    dialog = LoginDialog(db, "Sukamaju", username="fo")
    qtbot.addWidget(dialog)
    dialog.password.setText(TEST_PASSWORD)
    dialog.accept()
    assert dialog.checking and not dialog.password.isEnabled() and not dialog.buttons.isEnabled()
    assert dialog.error.text() == "Memeriksa kata sandi…"
    assert QApplication.overrideCursor() is not None  # the busy cursor while it checks (issue 17 item 14)
    dialog.accept()  # Enter pressed again meanwhile: one check only
    wait_for_jobs(qtbot)
    assert threads == [False]
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.user is not None
    assert not dialog.checking and dialog.password.isEnabled() and QApplication.overrideCursor() is None


def test_reset_password_must_be_changed_at_login(
    qtbot: QtBot, db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    users.reset_password(db, coordinator, "fo", "Sementara-2026")

    def fill(d: ChangePasswordDialog) -> None:
        assert d.forced
        d.old.setText("Sementara-2026")
        d.new.setText("Milik-Dewi-77")
        d.again.setText("Milik-Dewi-77")
        d.accept()

    opened = drive(monkeypatch, ChangePasswordDialog, fill)
    dialog = LoginDialog(db, "Sukamaju", username="fo")
    qtbot.addWidget(dialog)
    dialog.password.setText("Sementara-2026")
    dialog.accept()
    wait_for_jobs(qtbot)
    assert len(opened) == 1 and dialog.user is not None and not dialog.user.must_change_password
    assert auth.authenticate(db, "fo", "Milik-Dewi-77").username == "fo"


def test_cancelled_forced_change_keeps_the_door_shut(
    qtbot: QtBot, db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    users.reset_password(db, coordinator, "fo", "Sementara-2026")
    drive(monkeypatch, ChangePasswordDialog, lambda d: d.reject())
    dialog = LoginDialog(db, "Sukamaju", username="fo")
    qtbot.addWidget(dialog)
    dialog.password.setText("Sementara-2026")
    dialog.accept()
    wait_for_jobs(qtbot)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.user is None
    assert "harus diganti" in dialog.error.text()


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


def test_start_shows_the_wizard_only_on_an_empty_database(
    qtbot: QtBot, empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch(monkeypatch)

    def fill_wizard(w: SetupWizard) -> None:
        w.show()
        _fill_office(w)
        w.next()
        w.account.username.setText("sri")
        w.account.password.setText("Sukamaju-2026")
        w.account.again.setText("Sukamaju-2026")
        w.next()
        w.accept()

    prefilled: list[str] = []

    def fill_login(d: LoginDialog) -> None:
        prefilled.append(d.username.text())
        d.username.setText("sri")
        d.password.setText("Sukamaju-2026")
        d.accept()
        drain()  # the password is checked on a worker

    wizards = drive(monkeypatch, SetupWizard, fill_wizard)
    drive(monkeypatch, LoginDialog, fill_login)
    window = app.start(empty_db, start_timers=False)
    assert isinstance(window, QMainWindow) and len(wizards) == 1
    qtbot.addWidget(window)
    assert window.session.ctx.actor.username == "sri"  # type: ignore[attr-defined]
    window.session.shutdown()  # type: ignore[attr-defined]
    # Second start: no wizard.
    drive(monkeypatch, LoginDialog, fill_login)
    again = app.start(empty_db, start_timers=False)
    assert again is not None and len(wizards) == 1
    assert prefilled == ["sri", ""]  # right after the wizard the new account is filled in
    qtbot.addWidget(again)
    again.session.shutdown()  # type: ignore[attr-defined]


def test_demo_accounts_sign_in(qtbot: QtBot, empty_db: Database) -> None:
    from puskesos_desktop.devtools import demo

    demo.fill_demo(empty_db, residents_count=20, seed=3)
    assert not setup.needs_setup(empty_db)  # a demo database opens at the sign-in, not the wizard
    for username, _name, role in demo.DEMO_ACCOUNTS:
        dialog = LoginDialog(empty_db, "Sukamaju")
        qtbot.addWidget(dialog)
        dialog.username.setText(username)
        dialog.password.setText(demo.DEMO_PASSWORD)
        dialog.accept()
        wait_for_jobs(qtbot)
        assert dialog.user is not None and dialog.user.role == role, dialog.error.text()
