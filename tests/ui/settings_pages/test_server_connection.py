"""Pengaturan › Server kantor (issue 15 item 4): the coordinator only; tried before saved; a bad address refused
before anything is tried."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from puskesos_desktop import connection
from puskesos_desktop.config import data_dir
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.settings_pages.server_connection import ServerConnectionPage
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.helpers.servers import SERVER_PASSWORD as PASSWORD
from tests.helpers.servers import closed_port

pytestmark = pytest.mark.usefixtures("no_credential_store")


def page_for(qtbot: QtBot, db: Database, actor: Actor) -> ServerConnectionPage:
    page = ServerConnectionPage(AppContext(db, actor))
    qtbot.addWidget(page)
    page.refresh()
    wait_for_jobs(qtbot)
    return page


def test_only_the_coordinator_sees_the_form(qtbot: QtBot, db: Database, front: Actor) -> None:
    page = page_for(qtbot, db, front)
    assert not page.body.isVisibleTo(page)
    assert "Hanya koordinator" in page.message.text()


def test_the_coordinator_tries_and_saves_a_server(qtbot: QtBot, db: Database, coordinator: Actor) -> None:
    page = page_for(qtbot, db, coordinator)
    form = page.form
    assert not form.use_server.isChecked() and not form.host.isEnabled()
    assert "berkas pribadi" in form.store_note.text()  # no credential store on this machine
    form.use_server.setChecked(True)
    form.host.setText("127.0.0.1")
    form.port.setValue(closed_port())
    form.password.setText(PASSWORD)
    form.test_button.click()
    wait_until(qtbot, lambda: "tidak dapat dihubungi" in form.result.text())
    assert PASSWORD not in form.result.text()
    page.save_button.click()
    wait_for_jobs(qtbot)
    assert "Tersimpan" in page.message.text()
    saved = connection.load(data_dir())
    assert saved is not None and saved.host == "127.0.0.1" and saved.enabled
    assert connection.load_password(data_dir(), saved) == PASSWORD
    assert form.stored_password and form.password.text() == ""
    with db.read() as s:
        entries = s.execute(select(AuditEntry).where(AuditEntry.action == AuditAction.SERVER_CONNECTION)).scalars()
        details = [str(e.details) for e in entries]
    assert len(details) == 1 and PASSWORD not in details[0]
    # Unticked and saved: back to this PC's own file, the password gone with it.
    form.use_server.setChecked(False)
    page.save_button.click()
    wait_for_jobs(qtbot)
    assert connection.load(data_dir()) is None
    assert not connection.password_path(data_dir()).exists()


def test_a_bad_address_is_refused_before_anything_is_tried(
    qtbot: QtBot, db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a, **_k: warned.append(text)))
    page = page_for(qtbot, db, coordinator)
    page.form.use_server.setChecked(True)
    page.form.host.setText("server kantor")
    page.form.test_button.click()
    assert "Alamat server" in page.form.result.text() or "Server" in page.form.result.text()
    page.save_button.click()
    assert warned and "Server" in warned[0]
    assert connection.load(data_dir()) is None
