"""Pengaturan pages of issue 7: accounts, security, backups and the audit viewer — for the coordinator only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.statuses import Role
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import auth, backup, users
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.admin.account_dialogs import AccountDialog, ResetPasswordDialog
from puskesos_desktop.ui.dialogs.admin.change_password import FilePasswordDialog
from puskesos_desktop.ui.settings_pages.accounts import AccountsPage
from puskesos_desktop.ui.settings_pages.audit_viewer import AuditViewerPage
from puskesos_desktop.ui.settings_pages.backup_page import BackupPage
from puskesos_desktop.ui.settings_pages.security_settings import SecuritySettingsPage
from puskesos_desktop.ui.tabs.settings import SettingsTab, page_entries
from tests.conftest import TEST_PASSWORD
from tests.helpers.driving import drive, watch
from tests.helpers.jobs import wait_for_jobs


def _idle(qtbot: QtBot) -> None:
    wait_for_jobs(qtbot)


def test_settings_tab_lists_the_new_pages(qtbot: QtBot, db: Database, coordinator: Actor) -> None:
    tab = SettingsTab(AppContext(db, coordinator))
    qtbot.addWidget(tab)
    titles = [tab.index.item(i).text() for i in range(tab.index.count())]
    assert titles == [tab.page_at(i).title() for i in range(len(titles))]  # type: ignore[attr-defined]
    assert {"Akun pengguna", "Keamanan", "Cadangan", "Jejak audit"} <= set(titles)


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
    assert not users.get_user(db, "nur").active and page.active_button.text() == "Akti&fkan"
    page.select("koordinator")
    page.toggle_active()  # oneself: refused with a reason
    assert users.get_user(db, "koordinator").active and "sendiri" in screen.warnings[-1]

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
    assert auth.authenticate(db, "fo", TEST_PASSWORD).username == "fo"


@pytest.mark.parametrize("page_class", [AccountsPage, BackupPage, AuditViewerPage])
def test_pages_are_closed_to_other_roles(qtbot: QtBot, db: Database, front: Actor, page_class: type) -> None:
    page = page_class(AppContext(db, front))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert "koordinator" in page.message.text().lower()
    assert not page.table.isVisible()


def test_security_page(qtbot: QtBot, db: Database, coordinator: Actor, front: Actor) -> None:
    ctx = AppContext(db, coordinator)
    seen: list[str] = []
    ctx.data_changed.connect(seen.append)
    page = SecuritySettingsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.minutes.value() == 10
    page.minutes.setValue(3)
    page.save()
    wait_for_jobs(qtbot)
    assert auth.idle_minutes(db) == 3 and "settings" in seen
    other = SecuritySettingsPage(AppContext(db, front))
    qtbot.addWidget(other)
    other.refresh()
    assert not other.minutes.isEnabled() and other.password_button.isEnabled()


def test_backup_page(
    qtbot: QtBot, db: Database, coordinator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = watch(monkeypatch)
    page = BackupPage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.table.proxy.rowCount() == 0
    page.backup_now()
    _idle(qtbot)
    assert page.table.proxy.rowCount() == 1 and "Cadangan tersimpan" in page.status.text()
    target = tmp_path / "usb" / "cadangan.bak"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))

    def fill(d: FilePasswordDialog) -> None:
        d.first.setText("Sandi-cadangan-1")
        d.second.setText("Sandi-cadangan-1")
        d.accept()

    drive(monkeypatch, FilePasswordDialog, fill)
    page.backup_to_file()
    _idle(qtbot)
    assert backup.is_encrypted(target) and "terenkripsi" in page.status.text()
    page.second.setText("relatif/saja")
    page.store_second()
    assert page.second.property("invalid") == "true" and screen.warnings
    page.second.setText(str(tmp_path))
    page.store_second()
    assert backup.second_folder(db) == tmp_path


def test_audit_viewer(
    qtbot: QtBot, db: Database, coordinator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch(monkeypatch)
    page = AuditViewerPage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    _idle(qtbot)
    total = page.table.proxy.rowCount()
    assert total >= 6 and "entri" in page.count.text()
    page.action.setCurrentIndex(page.action.findData("user."))
    page.load()
    _idle(qtbot)
    rows = [page.table.row_at_proxy(i) for i in range(page.table.proxy.rowCount())]
    assert rows and all(r.action.startswith("user.") for r in rows)
    page.date_from.setText("bukan tanggal")
    page.load()
    assert page.date_from.property("invalid") == "true"
    page.date_from.setText("")
    page.verify()
    _idle(qtbot)
    assert "Rantai utuh" in page.chain.text()
    target = tmp_path / "jejak.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    drive(monkeypatch, FilePasswordDialog, lambda d: d.accept())  # no password
    page.export()
    _idle(qtbot)
    assert target.exists() and "diekspor" in page.count.text()
    assert audit.query(db, coordinator, audit.AuditFilter(action="audit.export"))[0].details["count"] == len(rows)


def test_settings_pages_are_built_when_first_chosen(qtbot: QtBot, db: Database, coordinator: Actor) -> None:
    # Building every page at the tab's first showing stalled the window ~240 ms at district scale (issue 12).
    tab = SettingsTab(AppContext(db, coordinator))
    qtbot.addWidget(tab)
    assert len(tab.built_pages()) == 1 and tab.stack.currentWidget() is tab.page_at(0)
    tab.index.setCurrentRow(tab.index.count() - 1)
    assert len(tab.built_pages()) == 2 and tab.stack.currentWidget() is tab.page_at(tab.index.count() - 1)
    assert tab.page_at(0) is tab.built_pages()[0]  # built once, kept


def test_pages_a_role_cannot_use_are_not_listed(
    qtbot: QtBot, db: Database, coordinator: Actor, front: Actor, back: Actor
) -> None:
    """Issue 17 item 14: no empty "Hanya koordinator…" pages for the front desk; the list follows a user switch."""
    ctx = AppContext(db, front)
    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    titles = [tab.index.item(i).text() for i in range(tab.index.count())]
    assert "Keamanan" in titles and "Program" in titles and "Musyawarah Desa" in titles
    hidden_pages = (
        "Akun pengguna",
        "Cadangan",
        "Jejak audit",
        "Retensi data",
        "Bahasa",
        "Pertukaran data",
        "Server kantor",
    )
    for hidden in hidden_pages:
        assert hidden not in titles
    assert len(tab.built_pages()) == 1  # still built when chosen
    ctx.set_actor(back)
    assert "Musyawarah Desa" not in [tab.index.item(i).text() for i in range(tab.index.count())]
    ctx.set_actor(coordinator)
    assert tab.index.count() == len(page_entries()) and tab.stack.currentWidget() is tab.page_at(0)
