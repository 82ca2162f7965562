"""Feedback at the desk (issue 17, item 4): Selesai with documents still missing asks first."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.services import bo_helpers as h


def _asked(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    questions: list[str] = []

    def question(_parent: object, _title: str, text: str, *a: object, **k: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return questions


def test_selesai_with_documents_missing_asks(
    qtbot: QtBot, db: Database, front: Actor, back: Actor, fixed_now: dt.datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    from puskesos_desktop.core.statuses import ComplaintStatus
    from puskesos_desktop.services.casework import backoffice, complaints
    from puskesos_desktop.ui.dialogs.back.workspace import WorkspaceDialog

    ids = h.complaint(db, front)  # the KK copy is still missing
    backoffice.answer_resident(db, back, ids.complaint_id, "Kartu diaktifkan ulang minggu depan")
    questions = _asked(monkeypatch, QMessageBox.StandardButton.No)
    ws = WorkspaceDialog(AppContext(db, back), ids.complaint_id)
    qtbot.addWidget(ws)
    ws.show()
    wait_until(qtbot, lambda: ws.ws is not None)  # read on a worker
    qtbot.mouseClick(ws.button_close_case, Qt.MouseButton.LeftButton)
    assert len(questions) == 1 and "Fotokopi KK" in questions[0] and "diberi tahu" in questions[0]
    assert complaints.get_complaint(db, None, ids.complaint_id).status != ComplaintStatus.SELESAI
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(ws.button_close_case, Qt.MouseButton.LeftButton)
    wait_for_jobs(qtbot)  # closed on a worker
    assert complaints.get_complaint(db, None, ids.complaint_id).status == ComplaintStatus.SELESAI
