"""The complaint's workspace driven through the real widgets: outcomes, informing, closing and reopening, the
documents, notes and certainty, who may do what; every action a job (issue 12): the buttons wait for its answer,
pressed twice it is done once, a refusal is shown and nothing changed. The forms it opens have their own test
modules (test_handle_form, test_referral_form, test_outcome_form), the referral panel test_workspace_referrals."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt

from puskesos_desktop.core.statuses import ComplaintStatus, ReferralStatus
from puskesos_desktop.services import office
from puskesos_desktop.services.casework import backoffice, referrals
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import papers
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.back.outcome_form import OutcomeDialog
from puskesos_desktop.ui.dialogs.back.workspace import WorkspaceDialog
from puskesos_desktop.ui.dialogs.common.pdf_preview import PdfPreviewDialog
from puskesos_desktop.ui.dialogs.common.reason_form import ReasonDialog
from puskesos_desktop.ui.widgets.busy_action import acting
from tests.helpers.driving import drive, save
from tests.helpers.gate import hold
from tests.helpers.jobs import wait_until
from tests.printing import helpers as pdfs
from tests.services import bo_helpers as h
from tests.ui.dialogs.back.conftest import BackDesk


def test_record_outcomes_inform_close_and_reopen(desk: BackDesk, coordinator: Actor, fixed_now: dt.datetime) -> None:
    screen = desk.watch()
    office.update_settings(desk.db, coordinator, lambda st: dataclasses.replace(st, referral_approval_required=False))
    ids = desk.complaint()
    number = referrals.create_referral(
        desk.db,
        desk.back,
        ids.complaint_id,
        referrals.ReferralInput("Kesehatan", h.partner_id(desk.db, "Dinas Sosial Kabupaten"), "PBI nonaktif"),
    ).number
    ws = desk.open(ids.complaint_id)
    desk.select_referral(ws, number)
    # Closing with the referral still open is refused, with the reason.
    desk.click(ws.button_close_case)
    desk.wait()  # the action's reload reads on a worker
    assert "belum ada hasil akhirnya" in screen.warnings[-1]
    assert desk.status(ids.complaint_id) == ComplaintStatus.DIRUJUK

    def outcome(d: OutcomeDialog) -> None:
        d.radios[ReferralStatus.DITOLAK].setChecked(True)
        assert "wajib" in d.label_note.text()
        d.source.setCurrentText("Lembar balasan")
        save(d)  # a rejection without its reason: refused
        assert d.note.property("invalid") == "true"
        d.note.setPlainText("Sudah terdaftar PBI di kabupaten lain")
        save(d)

    drive(desk.monkeypatch, OutcomeDialog, outcome)
    desk.click(ws.referrals.button_outcome)
    desk.wait()  # the action's reload reads on a worker
    r = referrals.get_referral(desk.db, number)
    assert r.status == ReferralStatus.DITOLAK and r.outcome_source == "Lembar balasan"
    assert r.outcome_date == fixed_now.date()
    desk.click(ws.button_close_case)
    desk.wait()  # the action's reload reads on a worker
    assert "belum diberi tahu" in screen.warnings[-1]

    def inform(d: ReasonDialog) -> None:
        assert d.choice is not None and d.text is not None
        d.choice.setCurrentIndex(d.choice.findData("Telepon"))
        d.text.setPlainText("Dijelaskan lewat telepon")
        save(d)

    drive(desk.monkeypatch, ReasonDialog, inform)
    desk.select_referral(ws, number)
    assert ws.referrals.button_inform.isEnabled()
    desk.click(ws.referrals.button_inform)
    desk.wait()  # the action's reload reads on a worker
    assert referrals.get_referral(desk.db, number).informed_channel == "Telepon"
    assert ws.blockers.text() == ""
    desk.click(ws.button_close_case)
    desk.wait()  # the action's reload reads on a worker
    assert desk.status(ids.complaint_id) == ComplaintStatus.SELESAI

    def reopen(d: ReasonDialog) -> None:
        assert d.text is not None
        save(d)  # no reason: refused
        d.text.setPlainText("Warga mengajukan ulang dengan dokumen baru")
        save(d)

    drive(desk.monkeypatch, ReasonDialog, reopen)
    warnings_before = len(screen.warnings)
    desk.click(ws.button_reopen)
    desk.wait()  # the action's reload reads on a worker
    assert len(screen.warnings) == warnings_before + 1  # the empty reason
    assert desk.status(ids.complaint_id) == ComplaintStatus.DITERUSKAN
    assert "Diteruskan ke Back Office" in ws.heading.text()
    assert "Dibuka kembali: Warga mengajukan ulang" in ws.ws.timeline[-1].text  # type: ignore[union-attr]


def test_documents_notes_answer_and_missing_slip(desk: BackDesk, fixed_now: dt.datetime) -> None:
    screen = desk.watch()
    ids = desk.complaint()
    ws = desk.open(ids.complaint_id)
    assert "kurang" in ws.tabs.tabText(1)
    desk.click(ws.button_docs_slip)
    desk.wait()  # the action's reload reads on a worker
    name, slip = screen.pdfs[-1]
    assert name.startswith("kurang-") and "SKTM" in pdfs.text(slip)
    for i in range(ws.documents.count()):
        ws.documents.item(i).setCheckState(Qt.CheckState.Checked)
    desk.click(ws.button_docs_save)
    desk.wait()  # the action's reload reads on a worker
    assert ws.ws is not None and ws.ws.missing_documents == []
    assert not ws.button_docs_slip.isEnabled()
    ws.note_text.setPlainText("Warga datang lagi hari Kamis")
    desk.click(ws.button_note)
    desk.wait()  # the action's reload reads on a worker
    assert ws.notes.count() == 1 and "Kamis" in ws.notes.item(0).text()

    def answer(d: ReasonDialog) -> None:
        assert d.text is not None
        d.text.setPlainText("Berkas diantar ke Dinas Sosial paling lambat Jumat")
        save(d)

    drive(desk.monkeypatch, ReasonDialog, answer)
    desk.click(ws.button_answer)
    desk.wait()  # the action's reload reads on a worker
    assert ws.values["answer"].text().startswith("Berkas diantar")
    assert not screen.warnings


def test_roles_see_only_what_they_may_do(desk: BackDesk, head: Actor) -> None:
    ids = desk.complaint()
    for actor in (desk.front, head):
        ws = desk.open(ids.complaint_id, actor)
        assert not ws.button_refer.isEnabled() and not ws.button_handle.isEnabled()
        assert not ws.referrals.button_refer.isEnabled()


def test_a_note_is_saved_on_a_worker_once_with_the_buttons_waiting(desk: BackDesk, fixed_now: dt.datetime) -> None:
    screen = desk.watch()
    ids = desk.complaint()
    ws = desk.open(ids.complaint_id)
    gate = hold(desk.monkeypatch, backoffice, "add_note")
    ws.note_text.setPlainText("Warga datang lagi hari Kamis")
    desk.click(ws.button_note)
    # While the write runs: every action waits for its answer; the window itself keeps answering.
    assert acting(ws) and not ws.button_note.isEnabled() and not ws.button_close_case.isEnabled()
    assert ws.cursor().shape() == Qt.CursorShape.BusyCursor
    ws.add_note()  # pressed again (Alt+A twice)
    ws.close_case()  # another action meanwhile: not started either
    gate.open()
    desk.wait()
    assert gate.calls == 1 and gate.threads == [False]  # once, and not on the window's thread
    notes = desk.workspace(ids.complaint_id).notes
    assert [n.text for n in notes] == ["Warga datang lagi hari Kamis"]
    assert ws.notes.count() == 1 and ws.note_text.toPlainText() == ""
    assert ws.button_note.isEnabled() and ws.cursor().shape() != Qt.CursorShape.BusyCursor
    assert desk.status(ids.complaint_id) != ComplaintStatus.SELESAI and not screen.warnings


def test_a_refused_action_is_shown_and_the_buttons_come_back(desk: BackDesk, fixed_now: dt.datetime) -> None:
    screen = desk.watch()
    ids = desk.complaint()
    ws = desk.open(ids.complaint_id)
    desk.click(ws.button_note)  # nothing typed: the service refuses, on its worker
    desk.wait()
    assert len(screen.warnings) == 1 and desk.workspace(ids.complaint_id).notes == []
    assert ws.button_note.isEnabled() and ws.button_handle.isEnabled() and not acting(ws)


def test_assign_reads_the_officers_on_a_worker_then_asks(desk: BackDesk, fixed_now: dt.datetime) -> None:
    desk.watch()
    ids = desk.complaint()
    ws = desk.open(ids.complaint_id)
    gate = hold(desk.monkeypatch, backoffice, "officers")
    chosen: list[str] = []

    def pick(d: ReasonDialog) -> None:
        assert d.choice is not None
        d.choice.setCurrentIndex(1)  # the first officer
        chosen.append(d.choice.currentText())
        save(d)

    opened = drive(desk.monkeypatch, ReasonDialog, pick)
    desk.click(ws.button_assign)
    assert opened == [] and not ws.button_assign.isEnabled()  # the list is being read
    gate.open()
    desk.wait()
    assert len(opened) == 1 and gate.threads == [False]
    assert ws.values["officer"].text() == chosen[0]


def test_a_slip_not_handed_out_is_not_recorded_as_printed(desk: BackDesk, fixed_now: dt.datetime) -> None:
    ids = desk.complaint()
    ws = desk.open(ids.complaint_id)
    gate = hold(desk.monkeypatch, papers, "missing_documents_printout")
    shown: list[str] = []
    desk.monkeypatch.setattr(PdfPreviewDialog, "exec", lambda d: shown.append(d.filename) or 0)  # closed unprinted
    desk.click(ws.button_docs_slip)
    assert not ws.button_docs_slip.isEnabled() and shown == []  # drawn on a worker
    ws.print_missing()  # pressed twice: one slip
    gate.open()
    desk.wait()
    assert gate.calls == 1 and gate.threads == [False] and len(shown) == 1
    assert ws.ws is not None and not any(t.kind == "Cetak" for t in ws.ws.timeline)
    assert ws.button_docs_slip.isEnabled()
    screen = desk.watch()  # now it is saved: recorded
    desk.click(ws.button_docs_slip)
    desk.wait()
    assert len(screen.pdfs) == 1 and any(t.kind == "Cetak" for t in ws.ws.timeline)


def test_the_workspace_and_the_rights_are_read_off_the_window_thread(desk: BackDesk) -> None:
    from tests.helpers.jobs import wait_until

    ids = desk.complaint()
    gate = hold(desk.monkeypatch, backoffice, "get_workspace")
    ws = desk.shown(WorkspaceDialog(AppContext(desk.db, desk.back), ids.complaint_id))
    wait_until(desk.qtbot, lambda: gate.calls == 1)
    # Greyed while loading: the rights come with the workspace.
    assert ws.loading() and not ws.button_answer.isEnabled() and not ws.referrals.button_refer.isEnabled()
    gate.open()
    wait_until(desk.qtbot, lambda: ws.ws is not None and not ws.loading())
    assert gate.threads == [False] and gate.calls == 1
    assert ws.button_answer.isEnabled() and ws.referrals.button_refer.isEnabled()


def test_who_sees_the_scans_is_read_with_the_workspace_on_a_worker(desk: BackDesk, head: Actor) -> None:
    """Issue 12 §4: whether the account may see attachments comes with the workspace's read on a worker (it was
    ``attachments.may_see``, a read of the account on the window's thread while the dialog was built); the scans'
    tab and the referral's scans are placed when it arrives, and never for the penanggung jawab."""
    from tests.helpers.ui_thread import statements_on_this_thread

    ids = desk.complaint()
    referrals.create_referral(
        desk.db,
        desk.back,
        ids.complaint_id,
        referrals.ReferralInput("Kesehatan", h.partner_id(desk.db, "Kader Posyandu Desa"), "Pendampingan berobat"),
    )
    for actor, sees in ((desk.back, True), (head, False)):
        with statements_on_this_thread() as seen:
            ws = WorkspaceDialog(AppContext(desk.db, actor), ids.complaint_id)
            desk.qtbot.addWidget(ws)
            ws.show()
            assert ws.attachments is None  # nothing known yet: no tab
            wait_until(desk.qtbot, lambda ws=ws: ws.ws is not None and not ws.loading())
            desk.wait()  # and the scans' lists, read on workers too
        assert seen == []
        assert (ws.attachments is not None) is sees and (ws.referrals.attachments is not None) is sees
        assert ("Lampiran" in [ws.tabs.tabText(i) for i in range(ws.tabs.count())]) is sees
        if ws.attachments is not None:
            assert ws.tabs.indexOf(ws.attachments) == ws.tabs.count() - 1
            assert ws.attachments.owner is not None and ws.attachments.owner.id == ids.complaint_id
        ws.reload()  # a second read places nothing twice
        wait_until(desk.qtbot, lambda ws=ws: not ws.loading())
        assert ws.tabs.count() == 5 + sees
