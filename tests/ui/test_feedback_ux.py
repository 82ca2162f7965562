"""Feedback at the desk (issue 17, item 4): success looks like success, final actions ask, nothing typed is lost to
one key, and the coordinator approves several referrals at once with a message saying so."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.statuses import ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import referrals
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.form_base import set_message
from puskesos_desktop.ui.dialogs.common.reason_form import ReasonDialog
from puskesos_desktop.ui.widgets.referral_lists import ApprovalsPanel
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.services import bo_helpers as h


def _asked(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    questions: list[str] = []

    def question(_parent: object, _title: str, text: str, *a: object, **k: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return questions


def _reason_dialog(qtbot: QtBot) -> ReasonDialog:
    dialog = ReasonDialog("Batalkan", "Alasan", lambda text, choice: None, text_label="&Alasan", text_field="Alasan")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_esc_on_a_filled_form_asks(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    questions = _asked(monkeypatch, QMessageBox.StandardButton.No)
    dialog = _reason_dialog(qtbot)
    assert dialog.text is not None
    dialog.text.setPlainText("Warga pindah ke desa lain")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert questions and dialog.isVisible()  # "No": the text stays
    assert dialog.text.toPlainText() == "Warga pindah ke desa lain"
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_esc_on_an_untouched_form_closes_at_once(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    questions = _asked(monkeypatch, QMessageBox.StandardButton.No)
    dialog = _reason_dialog(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not questions and not dialog.isVisible()


def test_success_is_green_and_a_refusal_red(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    set_message(label, "Gagal.", ok=False)
    assert label.objectName() == "error"
    set_message(label, "Tercatat.", ok=True)
    assert label.objectName() == "ok" and label.text() == "Tercatat."


def _two_waiting(db: Database, front: Actor, back: Actor) -> list[str]:
    numbers = []
    dinsos = h.partner_id(db, "Dinas Sosial Kabupaten")
    for name, nik, kk in (("Siti Aminah", h.NIK, h.KK), ("Budi Hartono", "6201021507800001", "6201020101100002")):
        ids = h.complaint(db, front, resident_id=h.resident(db, front, name, nik, kk))
        made = referrals.create_referral(
            db, back, ids.complaint_id, referrals.ReferralInput("Kesehatan", dinsos, "PBI perlu diaktifkan")
        )
        numbers.append(made.number)
    return numbers


def test_approve_several_at_once(
    db: Database, front: Actor, back: Actor, coordinator: Actor, fixed_now: dt.datetime
) -> None:
    numbers = _two_waiting(db, front, back)
    done = referrals.approve_referrals(db, coordinator, numbers)
    assert [r.status for r in done] == [ReferralStatus.DIKIRIM, ReferralStatus.DIKIRIM]
    assert [r.number for r in done] == numbers


def test_approvals_panel_approves_the_selection_with_a_message(
    qtbot: QtBot, db: Database, front: Actor, back: Actor, coordinator: Actor, fixed_now: dt.datetime
) -> None:
    numbers = _two_waiting(db, front, back)
    panel = ApprovalsPanel(AppContext(db, coordinator))
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    wait_for_jobs(qtbot)
    assert panel.count() == 2
    panel.table.selectAll()
    qtbot.mouseClick(panel.button_approve, Qt.MouseButton.LeftButton)
    wait_for_jobs(qtbot)
    assert all(referrals.get_referral(db, n).status == ReferralStatus.DIKIRIM for n in numbers)
    assert panel.message.objectName() == "ok"
    assert "2 rujukan disetujui" in panel.message.text() and numbers[1] in panel.message.text()
    panel.refresh()  # the back-office tab does this on the "referrals" change
    wait_for_jobs(qtbot)
    assert panel.count() == 0


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
    assert complaints.get_complaint(db, None, ids.complaint_id).status == ComplaintStatus.SELESAI
