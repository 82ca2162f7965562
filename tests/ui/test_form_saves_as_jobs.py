"""Saving a form and opening the workspace through ui/jobs.py (issue 12): the form waits for its save's answer,
busy and disabled, and is saved once however often Save is pressed; the workspace shows at once and is read on a
worker."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Complaint
from puskesos_desktop.services.casework import backoffice
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.back import workspace as workspace_module
from puskesos_desktop.ui.dialogs.back.workspace import WorkspaceDialog
from puskesos_desktop.ui.dialogs.front.complaint_form import ComplaintFormDialog
from puskesos_desktop.ui.widgets.busy_action import acting
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.services import bo_helpers as h


@pytest.fixture(autouse=True)
def _quiet(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Iterator[None]:
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.Ok)
    yield
    wait_for_jobs(qtbot)


def _complaints(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Complaint)) or 0)


def test_save_pressed_twice_registers_the_complaint_once(qtbot: QtBot, db: Database, front: Actor) -> None:
    rid = h.resident(db, front)
    form = ComplaintFormDialog(AppContext(db, front), rid)
    qtbot.addWidget(form)
    form.show()
    form.field.setCurrentIndex(form.field.findData("Kesehatan"))
    qtbot.keyClicks(form.description, "Kartu BPJS tidak aktif")
    form.consent_data.setChecked(True)
    form.accept()
    form.accept()  # Enter again before the answer came (the job is delivered only by the event loop)
    save_button = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert form.saving and form.busy_note.isVisible() and form.busy_note.text() == "Menyimpan…"
    assert not save_button.isEnabled() and not form.description.isEnabled()
    form.reject()  # Esc while saving: the form waits for the answer
    assert form.isVisible() and form.result() == 0
    wait_for_jobs(qtbot)
    assert form.result() == QDialog.DialogCode.Accepted and form.registered is not None
    assert not form.saving and not form.busy_note.isVisible()
    assert _complaints(db) == 1


def test_a_refused_save_opens_the_form_again_with_the_field_marked(
    qtbot: QtBot, db: Database, front: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The form keeps what was typed, so closing it at the end asks "Buang isian?": answer it.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    rid = h.resident(db, front)
    form = ComplaintFormDialog(AppContext(db, front), rid)
    qtbot.addWidget(form)
    form.show()
    form.field.setCurrentIndex(form.field.findData("Kesehatan"))
    form.consent_data.setChecked(True)
    form.accept()  # no description: the service refuses, on the worker
    assert form.saving
    wait_for_jobs(qtbot)
    assert not form.saving and form.isVisible() and form.result() == 0
    assert form.description.property("invalid") == "true" and form.error.isVisible()
    assert form.description.isEnabled() and form.buttons.isEnabled()
    assert _complaints(db) == 0


def test_the_workspace_shows_at_once_and_is_read_on_a_worker(
    qtbot: QtBot, db: Database, front: Actor, back: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = h.complaint(db, front)
    threads: list[bool] = []
    real = backoffice.get_workspace

    def reading(*args: object, **kwargs: object) -> backoffice.Workspace:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(workspace_module.backoffice, "get_workspace", reading)
    ws = WorkspaceDialog(AppContext(db, back), ids.complaint_id)
    qtbot.addWidget(ws)
    ws.show()
    # Not read yet: the loading state, nothing to act on.
    assert ws.loading() and ws.ws is None and ws.heading.text() == "Memuat ruang kerja…"
    assert ws.loader.overlay is not None and ws.loader.overlay.isVisible()
    assert not ws.button_handle.isEnabled() and not ws.button_close_case.isEnabled()
    wait_until(qtbot, lambda: not ws.loading())
    assert ws.ws is not None and ws.ws.number in ws.heading.text()
    assert not ws.loader.overlay.isVisible() and ws.button_handle.isEnabled()
    # An action is written on a worker (issue 12), then reads it again, on a worker too.
    qtbot.keyClicks(ws.note_text, "Sudah ditelepon")
    ws.add_note()
    assert acting(ws) and not ws.button_note.isEnabled()
    wait_for_jobs(qtbot)
    assert not ws.loading() and not acting(ws)
    assert any("Sudah ditelepon" in ws.notes.item(i).text() for i in range(ws.notes.count()))
    assert threads == [False, False]
