"""Issue 19: the 'Perlu diberi tahu' worklist — one action per row opens the ready message; copying it or opening
WhatsApp records the resident told; a printed slip does the same once handed out; the template page previews."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.errors import PermissionDenied
from puskesos_desktop.core.statuses import ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import complaints, messages, statusdesk
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import search
from puskesos_desktop.services.people.consent import ConsentInput
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.pdf_preview import PdfPreviewDialog
from puskesos_desktop.ui.dialogs.front import message_dialog
from puskesos_desktop.ui.dialogs.front.message_dialog import MessageDialog
from puskesos_desktop.ui.tabs.front_office import FrontOfficeTab
from tests.helpers.driving import watch
from tests.helpers.gate import hold
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.services.casework.test_messages import _refer
from tests.services.fo_data import resident

SHOTS = os.environ.get("PUSKESOS_SHOTS")  # a folder: save screenshots there for a person to look at


def _case(db: Database, front: Actor, channel: str, phone: str = "081234567890") -> str:
    rid = resident(db, front, "Siti Aminah", "6201024506800003", "6201021205900002", phone=phone)
    data = complaints.ComplaintInput(rid, "Kesehatan", "BPJS mati", consent=ConsentInput(True, True, channel))
    number = complaints.register_complaint(db, front, data).number
    _refer(db, number, ReferralStatus.DISETUJUI.value, dt.date(2026, 11, 23), "Kartu KIS aktif mulai Desember")
    return number


@pytest.fixture
def tab(db: Database, front: Actor, qtbot: QtBot) -> Iterator[FrontOfficeTab]:
    widget = FrontOfficeTab(AppContext(db, front))
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    yield widget
    wait_for_jobs(qtbot)
    search.release(db)


def _open_row(qtbot: QtBot, tab: FrontOfficeTab, monkeypatch: pytest.MonkeyPatch, act: str) -> MessageDialog:
    """Activate the worklist's first row (Enter); the dialog's exec shows it and presses `act`."""
    opened: list[MessageDialog] = []

    def fake_exec(self: MessageDialog) -> int:
        self.show()
        opened.append(self)
        wait_until(qtbot, lambda: self.message is not None and not self.loading())  # composed on a worker
        if SHOTS:
            self.grab().save(str(Path(SHOTS) / f"message-{act}.png"))
        getattr(self, act).click()
        wait_until(qtbot, lambda: not self.loading())  # recorded as a job, then composed again
        return 0

    monkeypatch.setattr(MessageDialog, "exec", fake_exec)
    tab.refresh()
    wait_for_jobs(qtbot)
    tab.lists.setCurrentIndex(1)
    tab.to_inform.selectRow(0)
    tab.to_inform.activated.emit(tab.to_inform.currentIndex())
    assert len(opened) == 1
    return opened[0]


def test_copy_from_the_worklist_records_the_resident_told(
    qtbot: QtBot, tab: FrontOfficeTab, db: Database, front: Actor, fixed_now: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = _case(db, front, "Telepon")
    tab.refresh()
    wait_for_jobs(qtbot)
    assert tab.to_inform.source.rowCount() == 1
    dialog = _open_row(qtbot, tab, monkeypatch, "button_copy")
    assert dialog.button_whatsapp.isHidden()  # the resident chose a call/SMS, not WhatsApp
    assert QGuiApplication.clipboard().text().startswith("Puskesos Sukamaju: rujukan Siti Aminah")
    assert dialog.told_via == "salin"
    ref = statusdesk.lookup(db, front, number).referrals[0]
    assert ref.informed_channel == "Telepon" and not ref.needs_informing
    wait_until(qtbot, lambda: tab.to_inform.source.rowCount() == 0)  # the row is done


def test_open_whatsapp_from_the_worklist(
    qtbot: QtBot, tab: FrontOfficeTab, db: Database, front: Actor, fixed_now: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = _case(db, front, "WhatsApp")
    urls: list[str] = []
    monkeypatch.setattr(message_dialog, "open_url", lambda url: urls.append(url) or True)
    dialog = _open_row(qtbot, tab, monkeypatch, "button_whatsapp")
    (url,) = urls
    assert url.startswith("https://wa.me/6281234567890?text=Yth.%20Siti%20Aminah%2C%0AKabar%20baik") and " " not in url
    assert "6201024506800003" not in url and dialog.told_via == "whatsapp"
    story = statusdesk.lookup(db, front, number)
    assert story.referrals[0].informed_channel == "WhatsApp" and not story.needs_informing
    assert any("pesan WhatsApp" in str(t.text) for t in story.timeline)


def test_whatsapp_that_cannot_open_records_nothing(
    qtbot: QtBot, db: Database, front: Actor, fixed_now: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = _case(db, front, "WhatsApp")
    monkeypatch.setattr(message_dialog, "open_url", lambda _url: False)
    dialog = MessageDialog(AppContext(db, front), number)
    qtbot.addWidget(dialog)
    wait_for_jobs(qtbot)  # composed on a worker
    dialog.button_whatsapp.click()
    assert dialog.told_via == "" and statusdesk.lookup(db, front, number).needs_informing
    assert "tidak dapat dibuka" in dialog.status.text()


def test_a_printed_slip_records_the_resident_told(
    qtbot: QtBot, db: Database, front: Actor, fixed_now: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = _case(db, front, "Datang Langsung", phone="")
    previews: list[bytes] = []

    def printed(self: PdfPreviewDialog) -> int:
        previews.append(self.pdf)
        self._record("printer")  # as after a print job finished
        wait_for_jobs(qtbot)
        return 0

    monkeypatch.setattr(PdfPreviewDialog, "exec", printed)
    dialog = MessageDialog(AppContext(db, front), number)
    qtbot.addWidget(dialog)
    wait_for_jobs(qtbot)  # composed on a worker
    assert dialog.button_copy.isHidden() and dialog.button_whatsapp.isHidden()
    dialog.slip_layout.setCurrentIndex(dialog.slip_layout.findData("80mm"))
    dialog.button_slip.click()
    wait_until(qtbot, lambda: bool(previews) and not statusdesk.lookup(db, front, number).needs_informing)
    if SHOTS:
        Path(SHOTS, "slip-80mm.pdf").write_bytes(previews[0])
    ref = statusdesk.lookup(db, front, number).referrals[0]
    assert ref.informed_channel == "Datang Langsung"


def test_the_status_desk_opens_the_message(
    qtbot: QtBot, db: Database, front: Actor, fixed_now: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from puskesos_desktop.ui.dialogs.front.status_desk import StatusDeskDialog

    number = _case(db, front, "Fasilitator", phone="")
    shown: list[MessageDialog] = []

    def fake_exec(self: MessageDialog) -> int:
        shown.append(self)
        wait_until(qtbot, lambda: self.message is not None and not self.loading())
        self.button_copy.click()  # for the facilitator to read out in the field
        wait_until(qtbot, lambda: not self.loading())
        return 0

    monkeypatch.setattr(MessageDialog, "exec", fake_exec)
    desk = StatusDeskDialog(AppContext(db, front), number)
    qtbot.addWidget(desk)
    wait_for_jobs(qtbot)  # looked up on a worker
    assert desk.story is not None and desk.story.needs_informing
    desk.button_message.click()
    wait_for_jobs(qtbot)  # looked up again once the message was sent
    assert shown and shown[0].button_whatsapp.isHidden() and shown[0].told_via == "salin"
    assert desk.story is not None and not desk.story.needs_informing
    assert desk.story.referrals[0].informed_channel == "Fasilitator"


def test_the_message_is_composed_and_told_off_the_window_thread_once_when_pressed_twice(
    qtbot: QtBot, db: Database, front: Actor, fixed_now: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = _case(db, front, "Telepon")
    composing = hold(monkeypatch, messages, "compose")
    dialog = MessageDialog(AppContext(db, front), number)
    qtbot.addWidget(dialog)
    assert dialog.message is None and not dialog.button_copy.isEnabled()  # greyed until the message came
    composing.open()
    wait_until(qtbot, lambda: dialog.message is not None)
    assert composing.threads == [False] and dialog.button_copy.isEnabled()
    telling = hold(monkeypatch, messages, "record_told")
    dialog.button_copy.click()
    assert dialog.loading() and not dialog.button_copy.isEnabled()
    dialog.copy_message()  # pressed again while the first is on its way
    telling.open()
    wait_for_jobs(qtbot)
    assert telling.calls == 1 and telling.threads == [False] and dialog.told_via == "salin"
    assert not statusdesk.lookup(db, front, number).needs_informing


def test_a_refused_telling_is_shown_and_recorded_nowhere(
    qtbot: QtBot, db: Database, front: Actor, fixed_now: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = _case(db, front, "Telepon")
    screen = watch(monkeypatch)
    dialog = MessageDialog(AppContext(db, front), number)
    qtbot.addWidget(dialog)
    wait_for_jobs(qtbot)

    def refuse(*_a: object, **_k: object) -> None:
        raise PermissionDenied("Peran Anda tidak boleh mencatat pemberitahuan.")

    monkeypatch.setattr(messages, "record_told", refuse)
    dialog.button_copy.click()
    wait_for_jobs(qtbot)
    assert screen.warnings == ["Peran Anda tidak boleh mencatat pemberitahuan."]
    assert dialog.told_via == "" and dialog.button_copy.isEnabled()
    assert statusdesk.lookup(db, front, number).needs_informing
