"""The back office's flows driven through the real widgets: workspace, forms, cards, approval, closing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.statuses import ComplaintStatus, ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import office
from puskesos_desktop.services.casework import complaints, referrals
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.back.handle_form import HandleDialog
from puskesos_desktop.ui.dialogs.back.outcome_form import OutcomeDialog
from puskesos_desktop.ui.dialogs.back.referral_form import ReferralDialog
from puskesos_desktop.ui.dialogs.back.workspace import WorkspaceDialog
from puskesos_desktop.ui.dialogs.common.form_base import select_data
from puskesos_desktop.ui.dialogs.common.reason_form import ReasonDialog
from tests.helpers.driving import drive, save, watch
from tests.helpers.jobs import drain, wait_for_jobs, wait_until
from tests.printing import helpers as pdfs
from tests.services import bo_helpers as h

LEFT = Qt.MouseButton.LeftButton


def _status(db: Database, cid: int) -> str:
    return complaints.get_complaint(db, None, cid).status


def _workspace(qtbot: QtBot, db: Database, actor: Actor, cid: int) -> WorkspaceDialog:
    ws = WorkspaceDialog(AppContext(db, actor), cid)
    qtbot.addWidget(ws)
    ws.show()
    wait_until(qtbot, lambda: ws.ws is not None and not ws.loading())  # read on a worker
    return ws


def _select_referral(ws: WorkspaceDialog, number: str) -> None:
    drain()  # the workspace reads itself again after each action
    ws.referrals.select(number)
    assert ws.referrals.selected() is not None and ws.referrals.selected().number == number  # type: ignore[union-attr]


def test_handle_in_village_and_close(
    qtbot: QtBot, db: Database, front: Actor, back: Actor, fixed_now: dt.datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = watch(monkeypatch)
    ids = h.complaint(db, front, field="Sosial", service="BLT-DD")
    ws = _workspace(qtbot, db, back, ids.complaint_id)
    marked: list[str] = []

    def fill(d: HandleDialog) -> None:
        save(d)  # nothing written: refused, the field at fault is marked
        marked.append(str(d.given.property("invalid")))
        assert d.isVisible() or d.result() == 0
        select_data(d.programme, h.programme_id(db, "BLTDD"))
        d.given.setPlainText("BLT Dana Desa bulan November")
        d.amount.setText("300.000")
        save(d)

    drive(monkeypatch, HandleDialog, fill)
    qtbot.mouseClick(ws.button_handle, LEFT)
    wait_for_jobs(qtbot)  # the action's reload reads on a worker
    assert marked == ["true"] and len(screen.warnings) == 1 and "Wajib diisi" in screen.warnings[0]
    assert _status(db, ids.complaint_id) == ComplaintStatus.DITANGANI_DESA
    assert "Ditangani di Desa" in ws.heading.text()
    assert ws.handlings.source.rowCount() == 1
    assert ws.handlings.source.row_at(0).amount_rupiah == 300_000
    qtbot.mouseClick(ws.button_close_case, LEFT)
    wait_for_jobs(qtbot)  # the action's reload reads on a worker
    assert _status(db, ids.complaint_id) == ComplaintStatus.SELESAI
    assert ws.button_reopen.isEnabled() and not ws.button_handle.isEnabled()
    assert len(screen.warnings) == 1


def test_refer_to_two_fields_and_print_two_cards(
    qtbot: QtBot,
    db: Database,
    front: Actor,
    back: Actor,
    coordinator: Actor,
    fixed_now: dt.datetime,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen = watch(monkeypatch)
    ids = h.complaint(db, front)
    ws = _workspace(qtbot, db, back, ids.complaint_id)

    def fill(d: ReferralDialog) -> None:
        select_data(d.field, "Kesehatan")
        select_data(d.destination, h.partner_id(db, "Kader Posyandu Desa"))
        d.reason.setPlainText("Pendampingan kader untuk berobat")
        d.button_add.click()
        assert len(d.pending) == 1 and d.reason.toPlainText() == ""
        select_data(d.field, "Pendidikan")
        select_data(d.service, h.service_id(db, "SKTM-SEKOLAH"))
        assert d.destination.currentData() == h.partner_id(db, "Pemerintah Desa")  # the service's default
        d.reason.setPlainText("SKTM untuk anak SMP")
        save(d)

    opened = drive(monkeypatch, ReferralDialog, fill)
    qtbot.mouseClick(ws.button_refer, LEFT)
    wait_for_jobs(qtbot)  # the action's reload reads on a worker
    assert len(opened) == 1 and not screen.warnings
    made = referrals.list_referrals(db, ids.complaint_id)
    assert [(r.field, r.status) for r in made] == [("Kesehatan", "Dikirim"), ("Pendidikan", "Dikirim")]
    assert made[0].documents == ("Fotokopi KTP",)  # the received document is attached by default
    assert _status(db, ids.complaint_id) == ComplaintStatus.DIRUJUK
    assert ws.referrals.table.source.rowCount() == 2
    # Both cards, four to a sheet: one A4 page holding two QR codes.
    assert ws.referrals.button_cards.isEnabled()
    qtbot.mouseClick(ws.referrals.button_cards, LEFT)
    wait_until(qtbot, lambda: len(screen.pdfs) == 1)  # drawn on a pool thread
    name, sheet = screen.pdfs[-1]
    assert name.startswith("kartu-rujukan-2") and pdfs.sizes(sheet) == [(595.3, 841.9)]
    assert pdfs.qr_texts(sheet, scale=2.5) == sorted(r.number for r in made)
    # One card alone: A6.
    _select_referral(ws, made[1].number)
    qtbot.mouseClick(ws.referrals.button_card, LEFT)
    wait_for_jobs(qtbot)  # the action's reload reads on a worker
    name, card = screen.pdfs[-1]
    assert pdfs.sizes(card) == [(297.6, 419.5)] and "PENDIDIKAN" in pdfs.text(card)
    assert name == f"kartu-rujukan-{made[1].number.replace('/', '-')}.pdf"
    assert any(t.kind == "Cetak" for t in ws.ws.timeline)  # type: ignore[union-attr]


def test_approval_gate(
    qtbot: QtBot,
    db: Database,
    front: Actor,
    back: Actor,
    coordinator: Actor,
    fixed_now: dt.datetime,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from puskesos_desktop.ui.tabs.back_office import BackOfficeTab

    screen = watch(monkeypatch)
    ids = h.complaint(db, front)
    ws = _workspace(qtbot, db, back, ids.complaint_id)

    def fill(d: ReferralDialog) -> None:
        select_data(d.destination, h.partner_id(db, "Dinas Sosial Kabupaten"))
        assert "persetujuan koordinator" in d.gate_hint.text()
        d.reason.setPlainText("PBI nonaktif, perlu diaktifkan")
        save(d)

    drive(monkeypatch, ReferralDialog, fill)
    qtbot.mouseClick(ws.button_refer, LEFT)
    wait_for_jobs(qtbot)  # the action's reload reads on a worker
    number = referrals.list_referrals(db, ids.complaint_id)[0].number
    assert referrals.get_referral(db, number).status == ReferralStatus.MENUNGGU
    _select_referral(ws, number)
    assert not ws.referrals.button_approve.isVisible()  # back office cannot approve
    assert not ws.referrals.button_outcome.isEnabled()  # not sent: no outcome yet
    qtbot.mouseClick(ws.referrals.button_card, LEFT)
    wait_for_jobs(qtbot)  # the action's reload reads on a worker
    assert screen.pdfs == [] and "persetujuan koordinator" in screen.warnings[-1]
    # The coordinator sees it waiting in the back-office tab and approves it there.
    tab = BackOfficeTab(AppContext(db, coordinator))
    qtbot.addWidget(tab)
    tab.show()
    wait_for_jobs(qtbot)
    assert tab.approvals.count() == 1 and "(1)" in tab.inner.tabText(1)
    tab.approvals.table.selectRow(0)
    qtbot.mouseClick(tab.approvals.button_approve, LEFT)
    wait_for_jobs(qtbot)
    assert referrals.get_referral(db, number).status == ReferralStatus.DIKIRIM
    assert tab.approvals.count() == 0
    ws.reload()
    _select_referral(ws, number)
    qtbot.mouseClick(ws.referrals.button_card, LEFT)
    wait_for_jobs(qtbot)  # the action's reload reads on a worker
    assert len(screen.pdfs) == 1 and pdfs.qr_texts(screen.pdfs[0][1]) == [number]
    assert "Sri Wahyuni" in pdfs.text(screen.pdfs[0][1])


def test_record_outcomes_inform_close_and_reopen(
    qtbot: QtBot,
    db: Database,
    front: Actor,
    back: Actor,
    coordinator: Actor,
    fixed_now: dt.datetime,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen = watch(monkeypatch)
    office.update_settings(db, coordinator, lambda st: dataclasses.replace(st, referral_approval_required=False))
    ids = h.complaint(db, front)
    number = referrals.create_referral(
        db,
        back,
        ids.complaint_id,
        referrals.ReferralInput("Kesehatan", h.partner_id(db, "Dinas Sosial Kabupaten"), "PBI nonaktif"),
    ).number
    ws = _workspace(qtbot, db, back, ids.complaint_id)
    _select_referral(ws, number)
    # Closing with the referral still open is refused, with the reason.
    qtbot.mouseClick(ws.button_close_case, LEFT)
    wait_for_jobs(qtbot)  # the action's reload reads on a worker
    assert "belum ada hasil akhirnya" in screen.warnings[-1]
    assert _status(db, ids.complaint_id) == ComplaintStatus.DIRUJUK

    def outcome(d: OutcomeDialog) -> None:
        d.radios[ReferralStatus.DITOLAK].setChecked(True)
        assert "wajib" in d.label_note.text()
        d.source.setCurrentText("Lembar balasan")
        save(d)  # a rejection without its reason: refused
        assert d.note.property("invalid") == "true"
        d.note.setPlainText("Sudah terdaftar PBI di kabupaten lain")
        save(d)

    drive(monkeypatch, OutcomeDialog, outcome)
    qtbot.mouseClick(ws.referrals.button_outcome, LEFT)
    wait_for_jobs(qtbot)  # the action's reload reads on a worker
    r = referrals.get_referral(db, number)
    assert r.status == ReferralStatus.DITOLAK and r.outcome_source == "Lembar balasan"
    assert r.outcome_date == fixed_now.date()
    qtbot.mouseClick(ws.button_close_case, LEFT)
    wait_for_jobs(qtbot)  # the action's reload reads on a worker
    assert "belum diberi tahu" in screen.warnings[-1]

    def inform(d: ReasonDialog) -> None:
        assert d.choice is not None and d.text is not None
        d.choice.setCurrentIndex(d.choice.findData("Telepon"))
        d.text.setPlainText("Dijelaskan lewat telepon")
        save(d)

    drive(monkeypatch, ReasonDialog, inform)
    _select_referral(ws, number)
    assert ws.referrals.button_inform.isEnabled()
    qtbot.mouseClick(ws.referrals.button_inform, LEFT)
    wait_for_jobs(qtbot)  # the action's reload reads on a worker
    assert referrals.get_referral(db, number).informed_channel == "Telepon"
    assert ws.blockers.text() == ""
    qtbot.mouseClick(ws.button_close_case, LEFT)
    wait_for_jobs(qtbot)  # the action's reload reads on a worker
    assert _status(db, ids.complaint_id) == ComplaintStatus.SELESAI

    def reopen(d: ReasonDialog) -> None:
        assert d.text is not None
        save(d)  # no reason: refused
        d.text.setPlainText("Warga mengajukan ulang dengan dokumen baru")
        save(d)

    drive(monkeypatch, ReasonDialog, reopen)
    warnings_before = len(screen.warnings)
    qtbot.mouseClick(ws.button_reopen, LEFT)
    wait_for_jobs(qtbot)  # the action's reload reads on a worker
    assert len(screen.warnings) == warnings_before + 1  # the empty reason
    assert _status(db, ids.complaint_id) == ComplaintStatus.DITERUSKAN
    assert "Diteruskan ke Back Office" in ws.heading.text()
    assert "Dibuka kembali: Warga mengajukan ulang" in ws.ws.timeline[-1].text  # type: ignore[union-attr]


def test_documents_notes_answer_and_missing_slip(
    qtbot: QtBot, db: Database, front: Actor, back: Actor, fixed_now: dt.datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = watch(monkeypatch)
    ids = h.complaint(db, front)
    ws = _workspace(qtbot, db, back, ids.complaint_id)
    assert "kurang" in ws.tabs.tabText(1)
    qtbot.mouseClick(ws.button_docs_slip, LEFT)
    wait_for_jobs(qtbot)  # the action's reload reads on a worker
    name, slip = screen.pdfs[-1]
    assert name.startswith("kurang-") and "SKTM" in pdfs.text(slip)
    for i in range(ws.documents.count()):
        ws.documents.item(i).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(ws.button_docs_save, LEFT)
    wait_for_jobs(qtbot)  # the action's reload reads on a worker
    assert ws.ws is not None and ws.ws.missing_documents == []
    assert not ws.button_docs_slip.isEnabled()
    ws.note_text.setPlainText("Warga datang lagi hari Kamis")
    qtbot.mouseClick(ws.button_note, LEFT)
    wait_for_jobs(qtbot)  # the action's reload reads on a worker
    assert ws.notes.count() == 1 and "Kamis" in ws.notes.item(0).text()

    def answer(d: ReasonDialog) -> None:
        assert d.text is not None
        d.text.setPlainText("Berkas diantar ke Dinas Sosial paling lambat Jumat")
        save(d)

    drive(monkeypatch, ReasonDialog, answer)
    qtbot.mouseClick(ws.button_answer, LEFT)
    wait_for_jobs(qtbot)  # the action's reload reads on a worker
    assert ws.values["answer"].text().startswith("Berkas diantar")
    assert not screen.warnings


def test_roles_see_only_what_they_may_do(qtbot: QtBot, db: Database, front: Actor, head: Actor) -> None:
    ids = h.complaint(db, front)
    for actor in (front, head):
        ws = _workspace(qtbot, db, actor, ids.complaint_id)
        assert not ws.button_refer.isEnabled() and not ws.button_handle.isEnabled()
        assert not ws.referrals.button_refer.isEnabled()
