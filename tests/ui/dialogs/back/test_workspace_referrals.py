"""The workspace's referral panel (ui/dialogs/back/workspace_referrals.py): the approval gate, the cards (four to a
sheet, one alone), and every action off the window's thread (issue 12): approving is a job done once however often
it is pressed, a card is drawn on a worker and recorded only once handed out, the reason forms save as jobs."""

from __future__ import annotations

import datetime as dt

from puskesos_desktop.core.statuses import ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import backoffice, referrals
from puskesos_desktop.services.casework.referrals import ReferralInfo, ReferralInput
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import cards
from puskesos_desktop.ui.context import AppContext, rights_of
from puskesos_desktop.ui.dialogs.back.referral_form import ReferralDialog
from puskesos_desktop.ui.dialogs.back.workspace_referrals import ReferralsPanel
from puskesos_desktop.ui.dialogs.common.form_base import select_data
from puskesos_desktop.ui.dialogs.common.pdf_preview import PdfPreviewDialog
from puskesos_desktop.ui.dialogs.common.reason_form import ReasonDialog
from tests.helpers.driving import drive, save
from tests.helpers.gate import hold
from tests.helpers.jobs import wait_until
from tests.printing import helpers as pdfs
from tests.services import bo_helpers as h
from tests.ui.dialogs.back.conftest import BackDesk


def _two_sent(db: Database, back: Actor, complaint_id: int) -> list[ReferralInfo]:
    """Two referrals inside the village (no approval needed): health to the posyandu, a school SKTM."""
    return referrals.create_referrals(
        db,
        back,
        complaint_id,
        [
            ReferralInput("Kesehatan", h.partner_id(db, "Kader Posyandu Desa"), "Pendampingan kader untuk berobat"),
            ReferralInput(
                "Pendidikan",
                h.partner_id(db, "Pemerintah Desa"),
                "SKTM untuk anak SMP",
                h.service_id(db, "SKTM-SEKOLAH"),
            ),
        ],
    )


def _waiting(desk: BackDesk) -> tuple[int, str]:
    """A complaint with one referral outside the village, waiting for the coordinator."""
    ids = desk.complaint()
    made = referrals.create_referral(
        desk.db,
        desk.back,
        ids.complaint_id,
        ReferralInput("Kesehatan", h.partner_id(desk.db, "Dinas Sosial Kabupaten"), "PBI nonaktif"),
    )
    return ids.complaint_id, made.number


def _printed(db: Database, actor: Actor, complaint_id: int) -> bool:
    return any(t.kind == "Cetak" for t in backoffice.get_workspace(db, actor, complaint_id).timeline)


def _panel(desk: BackDesk, actor: Actor, complaint_id: int) -> ReferralsPanel:
    panel = desk.shown(ReferralsPanel(AppContext(desk.db, actor)))
    panel.set_referrals(referrals.list_referrals(desk.db, complaint_id), closed=False, rights=rights_of(actor))
    desk.wait()  # the chosen referral's scans are listed on a worker
    return panel


def test_cards_four_to_a_sheet_and_one_alone(desk: BackDesk, fixed_now: dt.datetime) -> None:
    screen = desk.watch()
    ids = desk.complaint()
    made = _two_sent(desk.db, desk.back, ids.complaint_id)
    ws = desk.open(ids.complaint_id)
    # Both cards, four to a sheet: one A4 page holding two QR codes.
    assert ws.referrals.button_cards.isEnabled()
    desk.click(ws.referrals.button_cards)
    wait_until(desk.qtbot, lambda: len(screen.pdfs) == 1)  # drawn on a pool thread
    name, sheet = screen.pdfs[-1]
    assert name.startswith("kartu-rujukan-2") and pdfs.sizes(sheet) == [(595.3, 841.9)]
    assert pdfs.qr_texts(sheet, scale=2.5) == sorted(r.number for r in made)
    # One card alone: A6.
    desk.select_referral(ws, made[1].number)
    desk.click(ws.referrals.button_card)
    desk.wait()  # the action's reload reads on a worker
    name, card = screen.pdfs[-1]
    assert pdfs.sizes(card) == [(297.6, 419.5)] and "PENDIDIKAN" in pdfs.text(card)
    assert name == f"kartu-rujukan-{made[1].number.replace('/', '-')}.pdf"
    assert any(t.kind == "Cetak" for t in ws.ws.timeline)


def test_approval_gate(desk: BackDesk, coordinator: Actor, fixed_now: dt.datetime) -> None:
    from puskesos_desktop.ui.tabs.back_office import BackOfficeTab

    screen = desk.watch()
    ids = desk.complaint()
    ws = desk.open(ids.complaint_id)

    def fill(d: ReferralDialog) -> None:
        select_data(d.destination, h.partner_id(desk.db, "Dinas Sosial Kabupaten"))
        assert "persetujuan koordinator" in d.gate_hint.text()
        d.reason.setPlainText("PBI nonaktif, perlu diaktifkan")
        save(d)

    drive(desk.monkeypatch, ReferralDialog, fill)
    desk.click(ws.button_refer)
    desk.wait()  # the action's reload reads on a worker
    number = referrals.list_referrals(desk.db, ids.complaint_id)[0].number
    assert referrals.get_referral(desk.db, number).status == ReferralStatus.MENUNGGU
    desk.select_referral(ws, number)
    assert not ws.referrals.button_approve.isVisible()  # back office cannot approve
    assert not ws.referrals.button_outcome.isEnabled()  # not sent: no outcome yet
    desk.click(ws.referrals.button_card)
    desk.wait()  # the action's reload reads on a worker
    assert screen.pdfs == [] and "persetujuan koordinator" in screen.warnings[-1]
    # The coordinator sees it waiting in the back-office tab and approves it there.
    tab = desk.shown(BackOfficeTab(AppContext(desk.db, coordinator)))
    desk.wait()
    assert tab.approvals.count() == 1 and "(1)" in tab.inner.tabText(1)
    tab.approvals.table.selectRow(0)
    desk.click(tab.approvals.button_approve)
    desk.wait()
    assert referrals.get_referral(desk.db, number).status == ReferralStatus.DIKIRIM
    assert tab.approvals.count() == 0
    ws.reload()
    desk.select_referral(ws, number)
    desk.click(ws.referrals.button_card)
    desk.wait()  # the action's reload reads on a worker
    assert len(screen.pdfs) == 1 and pdfs.qr_texts(screen.pdfs[0][1]) == [number]
    assert "Sri Wahyuni" in pdfs.text(screen.pdfs[0][1])


def test_approve_pressed_twice_approves_once_off_the_window_thread(
    desk: BackDesk, coordinator: Actor, fixed_now: dt.datetime
) -> None:
    screen = desk.watch()
    complaint_id, number = _waiting(desk)
    panel = _panel(desk, coordinator, complaint_id)
    changed: list[bool] = []
    panel.changed.connect(lambda: changed.append(True))
    assert panel.button_approve.isEnabled()
    gate = hold(desk.monkeypatch, referrals, "approve_referral")
    desk.click(panel.button_approve)
    assert not panel.button_approve.isEnabled()  # waiting for the answer
    panel.approve()  # pressed again (Alt+U twice): a second approval would be refused
    gate.open()
    desk.wait()
    assert gate.calls == 1 and gate.threads == [False] and not screen.warnings and changed == [True]
    assert referrals.get_referral(desk.db, number).status == ReferralStatus.DIKIRIM


def test_a_refused_approval_is_shown_and_changes_nothing(desk: BackDesk, fixed_now: dt.datetime) -> None:
    screen = desk.watch()
    complaint_id, number = _waiting(desk)
    panel = _panel(desk, desk.back, complaint_id)
    panel.approve()  # the back office may not approve: the service says so, on its worker
    desk.wait()
    assert len(screen.warnings) == 1 and referrals.get_referral(desk.db, number).status == ReferralStatus.MENUNGGU
    assert panel.button_approve.isEnabled()  # the button is back (hidden for this role, as before)


def test_a_card_is_drawn_on_a_worker_and_recorded_only_once_handed_out(desk: BackDesk, fixed_now: dt.datetime) -> None:
    ids = desk.complaint()
    made = _two_sent(desk.db, desk.back, ids.complaint_id)
    panel = _panel(desk, desk.back, ids.complaint_id)
    panel.select(made[0].number)
    gate = hold(desk.monkeypatch, cards, "card_printout")
    shown: list[bytes] = []
    desk.monkeypatch.setattr(PdfPreviewDialog, "exec", lambda d: shown.append(d.pdf) or 0)  # closed, not printed
    desk.click(panel.button_card)
    assert not panel.button_card.isEnabled() and shown == []
    panel.print_card()  # pressed twice: one card
    gate.open()
    desk.wait()
    assert gate.calls == 1 and gate.threads == [False] and len(shown) == 1
    assert panel.button_card.isEnabled()
    assert not _printed(desk.db, desk.back, ids.complaint_id)  # not handed out: not recorded
    screen = desk.watch()  # saved this time: recorded
    desk.click(panel.button_card)
    desk.wait()
    assert len(screen.pdfs) == 1 and _printed(desk.db, desk.back, ids.complaint_id)


def test_cancel_saves_through_its_form_with_the_refused_field_marked(desk: BackDesk, fixed_now: dt.datetime) -> None:
    screen = desk.watch()
    ids = desk.complaint()
    made = _two_sent(desk.db, desk.back, ids.complaint_id)
    panel = _panel(desk, desk.back, ids.complaint_id)
    marked: list[object] = []

    def cancel(d: ReasonDialog) -> None:
        assert d.text is not None
        save(d)  # no reason: refused, the field marked
        marked.append(d.text.property("invalid"))
        d.text.setPlainText("Warga sudah berobat sendiri")
        save(d)

    drive(desk.monkeypatch, ReasonDialog, cancel)
    panel.select(made[0].number)
    desk.click(panel.button_cancel)
    desk.wait()
    assert marked == ["true"] and len(screen.warnings) == 1
    assert referrals.get_referral(desk.db, made[0].number).status == ReferralStatus.DIBATALKAN


def test_the_scans_follow_the_rights_read_with_the_referrals(desk: BackDesk, head: Actor) -> None:
    """Issue 12 §4: the panel reads nothing when built (``attachments.may_see`` was a read of the account on the
    window's thread); the chosen referral's scans are placed under the list once the rights read with the
    workspace allow it, once, and never for the penanggung jawab."""
    from tests.helpers.ui_thread import statements_on_this_thread

    ids = desk.complaint()
    _two_sent(desk.db, desk.back, ids.complaint_id)
    items = referrals.list_referrals(desk.db, ids.complaint_id)
    for actor, sees in ((desk.back, True), (head, False)):
        with statements_on_this_thread() as seen:
            panel = desk.shown(ReferralsPanel(AppContext(desk.db, actor)))
        assert seen == [] and panel.attachments is None
        panel.set_referrals(items, closed=False, rights=rights_of(actor))
        panel.set_referrals(items, closed=False, rights=rights_of(actor))  # read again: placed once
        desk.wait()
        assert (panel.attachments is not None) is sees and panel.splitter.count() == 1 + sees
        if panel.attachments is not None:
            chosen = panel.selected()
            assert chosen is not None and panel.attachments.owner is not None
            assert panel.attachments.owner.id == chosen.id and panel.attachments_box.title().startswith("Pindaian")
