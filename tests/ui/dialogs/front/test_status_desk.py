"""The status desk prints the missing-documents slip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.services.fo_data import pdf_text, resident


def test_status_desk_prints_the_missing_documents(qtbot: QtBot, db: Database, front: Actor, pdfs: list[bytes]) -> None:
    from puskesos_desktop.services.admin import catalogue
    from puskesos_desktop.ui.dialogs.front.status_desk import StatusDeskDialog

    rid = resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    sktm = next(s for s in catalogue.list_services(db, "Pendidikan") if s.code == "SKTM-SEKOLAH")
    number = complaints.register_complaint(
        db, front, complaints.ComplaintInput(rid, "Pendidikan", "SKTM sekolah", service_id=sktm.id)
    ).number
    desk = StatusDeskDialog(AppContext(db, front), number)
    qtbot.addWidget(desk)
    wait_for_jobs(qtbot)  # the receipt is looked up on a worker
    assert desk.button_missing.isVisibleTo(desk)
    qtbot.mouseClick(desk.button_missing, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: len(pdfs) == 1)
    assert "DOKUMEN YANG MASIH KURANG" in pdf_text(pdfs[0])


def test_the_desk_reads_its_rights_off_the_window_thread(qtbot: QtBot, db: Database, front: Actor) -> None:
    """Issue 12 §7: opened without the caller's rights, the desk reads them on a worker (nothing on the window's
    thread); the buttons wait for the answer, then follow the account's rights."""
    from puskesos_desktop.ui.dialogs.front.status_desk import StatusDeskDialog
    from tests.helpers.ui_thread import statements_on_this_thread

    with statements_on_this_thread() as seen:
        desk = StatusDeskDialog(AppContext(db, front))
    qtbot.addWidget(desk)
    assert seen == []
    assert not desk.button_message.isEnabled() and not desk.button_reprint.isEnabled()
    wait_for_jobs(qtbot)
    assert desk.button_message.isEnabled() and desk.button_reprint.isEnabled()
