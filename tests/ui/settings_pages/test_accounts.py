"""Pengaturan › Akun (issue 7): create, edit, disable, reset, unlock; the coordinator's pages closed to others."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.statuses import Role
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import auth, users
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.admin.account_dialogs import AccountDialog, ResetPasswordDialog
from puskesos_desktop.ui.settings_pages.accounts import AccountsPage
from puskesos_desktop.ui.settings_pages.audit_viewer import AuditViewerPage
from puskesos_desktop.ui.settings_pages.backup_page import BackupPage
from tests.conftest import TEST_PASSWORD
from tests.helpers.driving import drive, watch
from tests.helpers.jobs import wait_for_jobs


def test_accounts_page_create_edit_disable_reset(
    qtbot: QtBot, db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = watch(monkeypatch)
    page = AccountsPage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.table.proxy.rowCount() == 5

    def fill_new(d: AccountDialog) -> None:
        d.full_name.setText("Nur Aini")
        d.username.setText("nur")
        d.role.setCurrentIndex(d.role.findData(Role.FASILITATOR.value))
        d.password.setText("lemah")
        d.again.setText("lemah")
        d.accept()
        assert d.password.property("invalid") == "true"  # refused beside the field
        d.password.setText("Lapangan-2026")
        d.again.setText("Lapangan-2026")
        d.accept()

    drive(monkeypatch, AccountDialog, fill_new)
    page.add()
    assert page.table.proxy.rowCount() == 6 and page.selected() is not None
    nur = users.get_user(db, "nur")
    assert nur.role == Role.FASILITATOR and nur.must_change_password  # "change at first login" is the default

    def fill_edit(d: AccountDialog) -> None:
        assert d.username.isReadOnly()
        d.role.setCurrentIndex(d.role.findData(Role.FRONT_OFFICE.value))
        d.accept()

    drive(monkeypatch, AccountDialog, fill_edit)
    page.edit()
    assert users.get_user(db, "nur").role == Role.FRONT_OFFICE
    page.toggle_active()
    assert not page.active_button.isEnabled()  # written by a job: the account's buttons wait meanwhile
    page.toggle_active()  # pressed twice: still one change (not disabled, then enabled again)
    wait_for_jobs(qtbot)
    assert not users.get_user(db, "nur").active and page.active_button.text() == "Akti&fkan"
    assert page.active_button.isEnabled()
    page.select("koordinator")
    page.toggle_active()  # oneself: refused with a reason
    wait_for_jobs(qtbot)
    assert users.get_user(db, "koordinator").active and "sendiri" in screen.warnings[-1]
    assert page.active_button.isEnabled() and page.selected() is not None

    def fill_reset(d: ResetPasswordDialog) -> None:
        d.password.setText("Sementara-2026")
        d.again.setText("Sementara-2026")
        d.accept()

    drive(monkeypatch, ResetPasswordDialog, fill_reset)
    page.select("bo")
    page.reset_password()
    assert auth.authenticate(db, "bo", "Sementara-2026").must_change_password


def test_accounts_page_unlocks_a_locked_account(qtbot: QtBot, db: Database, coordinator: Actor) -> None:
    for _ in range(5):
        with pytest.raises(Exception, match="."):
            auth.authenticate(db, "fo", "salah-sekali-1")
    page = AccountsPage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.refresh()
    page.select("fo")
    assert page.unlock_button.isEnabled()
    page.unlock()
    wait_for_jobs(qtbot)
    assert auth.authenticate(db, "fo", TEST_PASSWORD).username == "fo"
    assert not page.unlock_button.isEnabled()  # the list was read again: no longer locked


@pytest.mark.parametrize("page_class", [AccountsPage, BackupPage, AuditViewerPage])
def test_pages_are_closed_to_other_roles(qtbot: QtBot, db: Database, front: Actor, page_class: type) -> None:
    page = page_class(AppContext(db, front))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert "koordinator" in page.message.text().lower()
    assert not page.table.isVisible()
