"""Pengaturan › Cadangan: backups (issue 7) and restoring one (issue 17, item 12), on whichever engine `db` is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Resident
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import backup
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.admin.change_password import FilePasswordDialog
from puskesos_desktop.ui.settings_pages.backup_page import BackupPage, BackupPasswordDialog, RestoreConfirmDialog
from tests.helpers.driving import drive, watch
from tests.helpers.jobs import wait_for_jobs, wait_until

PASSWORD = "Sandi-cadangan-1"


def _residents(db: Database) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count(Resident.id))).scalar_one())


def _add(db: Database, actor: Actor, name: str) -> None:
    residents.create_resident(db, actor, residents.ResidentInput(name=name, sex="P", no_nik_reason="belum punya"))


@pytest.fixture
def page(qtbot: QtBot, db: Database, coordinator: Actor) -> BackupPage:
    widget = BackupPage(AppContext(db, coordinator))
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.refresh()
    return widget


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def _idle(qtbot: QtBot) -> None:
    wait_for_jobs(qtbot)


def test_restore_from_the_window_shows_what_the_backup_holds_and_restarts_on_it(
    qtbot: QtBot, page: BackupPage, db: Database, coordinator: Actor, front: Actor, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    _add(db, front, "Sebelum Cadangan")
    made = backup.create_backup(db, coordinator, tmp_path / "cadangan.sqlite3", PASSWORD)
    _add(db, front, "Sesudah Cadangan")
    assert _residents(db) == 2
    screen = watch(monkeypatch)
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a, **k: infos.append(text)))
    restarted: list[bool] = []
    page.restart = lambda: restarted.append(True)
    _choose(monkeypatch, made.path)

    def password(d: BackupPasswordDialog) -> None:
        d.password.setText(PASSWORD)
        d.accept()

    shown: list[dict[str, str]] = []

    def confirm(d: RestoreConfirmDialog) -> None:
        shown.append(d.values)
        d.accept()

    drive(monkeypatch, BackupPasswordDialog, password)
    drive(monkeypatch, RestoreConfirmDialog, confirm)
    page.restore_from_file()
    wait_until(qtbot, lambda: restarted)
    wait_for_jobs(qtbot)
    assert not screen.warnings
    values = shown[0]
    assert values["office"] == "Sukamaju" and values["encrypted"] == "ya"
    assert "1 warga" in values["counts"] and "5 akun" in values["counts"]
    assert values["file"] == str(made.path) and values["last"] != "-"
    assert _residents(db) == 1  # the data of the backup
    assert audit.verify(db).ok
    assert "dimulai ulang" in infos[0] and "Data dipulihkan" in page.status.text()
    assert page.prepared is None  # the working copy is gone


def test_a_wrong_password_or_a_cancel_leaves_the_data_whole(
    qtbot: QtBot, page: BackupPage, db: Database, coordinator: Actor, front: Actor, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    made = backup.create_backup(db, coordinator, tmp_path / "cadangan.sqlite3", PASSWORD)
    _add(db, front, "Sesudah Cadangan")
    screen = watch(monkeypatch)
    restarted: list[bool] = []
    page.restart = lambda: restarted.append(True)
    _choose(monkeypatch, made.path)

    def wrong(d: BackupPasswordDialog) -> None:
        d.password.setText("bukan-sandinya")
        d.accept()

    drive(monkeypatch, BackupPasswordDialog, wrong)
    page.restore_from_file()
    wait_for_jobs(qtbot)
    assert screen.warnings and "Kata sandi salah" in screen.warnings[-1]
    assert "tetap utuh" in page.status.text() and page.restore_button.isEnabled()

    def right(d: BackupPasswordDialog) -> None:
        d.password.setText(PASSWORD)
        d.accept()

    drive(monkeypatch, BackupPasswordDialog, right)
    drive(monkeypatch, RestoreConfirmDialog, lambda d: d.reject())
    page.restore_from_file()
    wait_for_jobs(qtbot)
    assert "dibatalkan" in page.status.text() and page.prepared is None
    not_a_backup = tmp_path / "bukan.sqlite3"
    not_a_backup.write_bytes(b"bukan cadangan" * 100)
    _choose(monkeypatch, not_a_backup)
    page.restore_from_file()
    wait_for_jobs(qtbot)
    assert "bukan cadangan" in screen.warnings[-1]
    assert not restarted and _residents(db) == 1  # nothing restored


def test_the_page_tells_what_backups_do_on_this_engine_and_pc(page: BackupPage, db: Database) -> None:
    text = page.explain.text()
    if db.is_sqlite:
        assert page.auto_here.isChecked() and "setiap hari" in text
    else:
        assert not page.auto_here.isChecked() and "server" in text and "tidak membuat cadangan otomatis" in text
    page.auto_here.setChecked(not page.auto_here.isChecked())
    assert backup.auto_backups_here(db) == page.auto_here.isChecked()
    assert page.explain.text() != text


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
    page.store_second()  # a job: the refusal comes back with its field's key
    _idle(qtbot)
    assert page.second.property("invalid") == "true" and screen.warnings
    page.second.setText(str(tmp_path))
    page.store_second()
    _idle(qtbot)
    assert backup.second_folder(db) == tmp_path and page.second.property("invalid") != "true"
    assert "Folder kedua tersimpan" in page.status.text()
