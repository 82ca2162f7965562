from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import PermissionDenied, TransitionError, ValidationError
from puskesos_desktop.core.statuses import ComplaintStatus, ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import audit, office
from puskesos_desktop.services.casework import complaints, referrals
from puskesos_desktop.services.casework.referrals import ReferralInput
from puskesos_desktop.services.context import Actor
from tests.services import bo_helpers as h

# In the PostgreSQL subset (make test-postgres).
pytestmark = pytest.mark.pg

DINSOS = "Dinas Sosial Kabupaten"


def _refer(db: Database, actor: Actor, cid: int, partner: str = DINSOS, field: str = "Kesehatan") -> str:
    made = referrals.create_referral(
        db, actor, cid, ReferralInput(field, h.partner_id(db, partner), "PBI perlu diaktifkan kembali")
    )
    return made.number


def test_out_of_village_referral_waits_for_coordinator(
    db: Database, front: Actor, back: Actor, coordinator: Actor, fixed_now: dt.datetime
) -> None:
    ids = h.complaint(db, front)
    ref = referrals.create_referral(
        db,
        back,
        ids.complaint_id,
        ReferralInput(
            "Kesehatan",
            h.partner_id(db, DINSOS),
            "PBI nonaktif",
            service_id=h.service_id(db, "BPJS-PBI-AKTIF"),
            documents=("Fotokopi KTP", "Fotokopi KTP", "SKTM"),
        ),
    )
    assert ref.number == "RJK/6201022001/2026/11/0001"
    assert ref.status == ReferralStatus.MENUNGGU
    assert ref.documents == ("Fotokopi KTP", "SKTM")
    assert not ref.printable and ref.sent_at is None
    c = complaints.get_complaint(db, None, ids.complaint_number)
    assert c.status == ComplaintStatus.DIRUJUK
    # Only the coordinator approves.
    with pytest.raises(PermissionDenied):
        referrals.approve_referral(db, back, ref.number)
    approved = referrals.approve_referral(db, coordinator, ref.number)
    assert approved.status == ReferralStatus.DIKIRIM
    assert approved.approved_by == "Sri Wahyuni" and approved.sent_at == fixed_now
    with pytest.raises(TransitionError):
        referrals.approve_referral(db, coordinator, ref.number)
    actions = [e.action for e in audit_entries(db)]
    assert "referral.create" in actions and "referral.status" in actions
    assert audit.verify(db).ok


def audit_entries(db: Database) -> list[object]:
    from sqlalchemy import select

    from puskesos_desktop.db.models import AuditEntry

    with db.read() as s:
        return list(s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars())


def test_in_village_partner_and_gate_off_send_at_once(
    db: Database, front: Actor, back: Actor, coordinator: Actor, fixed_now: dt.datetime
) -> None:
    ids = h.complaint(db, front)
    inside = referrals.get_referral(db, _refer(db, back, ids.complaint_id, "Pemerintah Desa", "Sosial"))
    assert inside.status == ReferralStatus.DIKIRIM and inside.in_village
    office.update_settings(db, coordinator, lambda st: dataclasses.replace(st, referral_approval_required=False))
    outside = referrals.get_referral(db, _refer(db, back, ids.complaint_id))
    assert outside.status == ReferralStatus.DIKIRIM
    assert outside.number.endswith("/0002")


def test_several_referrals_one_transaction_all_or_nothing(
    db: Database, front: Actor, back: Actor, fixed_now: dt.datetime
) -> None:
    ids = h.complaint(db, front)
    good = ReferralInput("Kesehatan", h.partner_id(db, "Puskesmas Arut Selatan"), "Periksa")
    bad = ReferralInput("Pendidikan", None, "Sekolah")
    with pytest.raises(ValidationError) as err:
        referrals.create_referrals(db, back, ids.complaint_id, [good, bad])
    assert err.value.field == "Tujuan" and err.value.row == 2
    assert referrals.list_referrals(db, ids.complaint_id) == []
    assert complaints.get_complaint(db, None, ids.complaint_id).status == ComplaintStatus.DITERUSKAN
    school = ReferralInput("Pendidikan", h.partner_id(db, "SD Negeri 1"), "SKTM sekolah")
    made = referrals.create_referrals(db, back, ids.complaint_id, [good, school])
    assert [r.number[-4:] for r in made] == ["0001", "0002"]
    assert [r.field for r in made] == ["Kesehatan", "Pendidikan"]


def test_roles_and_bad_input_refused(db: Database, front: Actor, back: Actor, head: Actor) -> None:
    ids = h.complaint(db, front)
    item = ReferralInput("Kesehatan", h.partner_id(db, DINSOS), "x")
    for who in (front, head):
        with pytest.raises(PermissionDenied):
            referrals.create_referral(db, who, ids.complaint_id, item)
    with pytest.raises(ValidationError) as err:
        referrals.create_referral(db, back, ids.complaint_id, ReferralInput("Kesehatan", item.partner_id, "  "))
    assert err.value.field == "Alasan rujukan"
    with pytest.raises(ValidationError) as err:
        referrals.create_referral(db, back, ids.complaint_id, ReferralInput("Rahasia", item.partner_id, "x"))
    assert err.value.field == "Bidang"
    wrong_service = ReferralInput("Sosial", item.partner_id, "x", service_id=h.service_id(db, "BPJS-PBI-AKTIF"))
    with pytest.raises(ValidationError) as err:
        referrals.create_referral(db, back, ids.complaint_id, wrong_service)
    assert err.value.field == "Layanan"
    assert referrals.list_referrals(db, ids.complaint_id) == []


def test_outcomes_and_informing(
    db: Database, front: Actor, back: Actor, coordinator: Actor, fixed_now: dt.datetime
) -> None:
    ids = h.complaint(db, front)
    number = _refer(db, back, ids.complaint_id)
    today = fixed_now.date()
    # Not sent yet: refused, nothing recorded.
    with pytest.raises(TransitionError, match="menunggu persetujuan"):
        referrals.record_outcome(db, back, number, "Disetujui", today, "Telepon")
    assert referrals.get_referral(db, number).outcome_source == ""
    referrals.approve_referral(db, coordinator, number)
    with pytest.raises(ValidationError) as err:
        referrals.record_outcome(db, back, number, "Ditolak", today, "Lembar balasan", "  ")
    assert err.value.field == "Keterangan"
    with pytest.raises(ValidationError):
        referrals.record_outcome(db, back, number, "Dikirim", today, "Telepon")
    with pytest.raises(ValidationError):
        referrals.record_outcome(db, back, number, "Disetujui", today + dt.timedelta(days=1), "Telepon")
    with pytest.raises(ValidationError) as err:
        referrals.record_outcome(db, back, number, "Disetujui", today, "")
    assert err.value.field == "Sumber informasi"
    with pytest.raises(PermissionDenied):
        referrals.record_outcome(db, front, number, "Disetujui", today, "Telepon")
    with pytest.raises(TransitionError):
        referrals.mark_informed(db, back, number, "Telepon")
    review = referrals.record_outcome(db, back, number, "Ditelaah Lebih Lanjut", today, "Telepon")
    assert review.status == ReferralStatus.DITELAAH and review.is_open
    referrals.mark_informed(db, front, number, "WhatsApp")
    done = referrals.record_outcome(
        db, back, number, "Ditolak", today, "Berkas umpan balik kabupaten", "Sudah terdaftar PBI di desa lain"
    )
    assert done.status == ReferralStatus.DITOLAK and done.outcome_note.startswith("Sudah")
    assert done.informed_at is None  # a new answer must reach the resident again
    with pytest.raises(TransitionError):
        referrals.record_outcome(db, back, number, "Disetujui", today, "Telepon")
    told = referrals.mark_informed(db, back, number, "Datang Langsung", "Dijelaskan di kantor")
    assert told.informed_at == fixed_now and told.informed_channel == "Datang Langsung"
    with pytest.raises(ValidationError):
        referrals.mark_informed(db, back, number, "Merpati")


def test_cancel_needs_reason_and_is_final(db: Database, front: Actor, back: Actor) -> None:
    ids = h.complaint(db, front)
    number = _refer(db, back, ids.complaint_id)
    with pytest.raises(ValidationError):
        referrals.cancel_referral(db, back, number, "")
    gone = referrals.cancel_referral(db, back, number, "Warga pindah domisili")
    assert gone.status == ReferralStatus.DIBATALKAN and gone.cancel_reason == "Warga pindah domisili"
    with pytest.raises(TransitionError):
        referrals.cancel_referral(db, back, number, "lagi")


def test_closed_complaint_cannot_be_referred(db: Database, front: Actor, back: Actor) -> None:
    from puskesos_desktop.services.casework import backoffice

    ids = h.complaint(db, front)
    backoffice.answer_resident(db, back, ids.complaint_id, "Sudah dijelaskan")
    backoffice.close_complaint(db, back, ids.complaint_id)
    with pytest.raises(TransitionError, match="buka kembali"):
        _refer(db, back, ids.complaint_id)


def test_followup_list_with_controlled_clock(db: Database, front: Actor, back: Actor, coordinator: Actor) -> None:
    moment = [dt.datetime(2026, 11, 2, 10, 0)]
    clock.set_clock(lambda: moment[0])
    ids = h.complaint(db, front)
    early = _refer(db, back, ids.complaint_id, "Pemerintah Desa", "Sosial")
    moment[0] = dt.datetime(2026, 11, 10, 10, 0)
    late = _refer(db, back, ids.complaint_id, "Puskesmas Arut Selatan")
    referrals.approve_referral(db, coordinator, late)
    waiting = _refer(db, back, ids.complaint_id)  # never approved: not at its destination, not followed up
    moment[0] = dt.datetime(2026, 11, 16, 9, 0)  # 14 days after the first
    assert [r.number for r in referrals.followup_list(db)] == [early]
    assert referrals.get_referral(db, early).needs_followup
    assert not referrals.get_referral(db, late).needs_followup
    assert {r.number for r in referrals.followup_list(db, days=6)} == {early, late}
    office.update_settings(db, coordinator, lambda st: dataclasses.replace(st, followup_days=30))
    assert referrals.followup_list(db) == []
    office.update_settings(db, coordinator, lambda st: dataclasses.replace(st, followup_days=14))
    referrals.record_outcome(db, back, early, "Disetujui", dt.date(2026, 11, 12), "Telepon")
    assert referrals.followup_list(db) == []
    assert [r.number for r in referrals.pending_approvals(db)] == [waiting]


def test_list_rows_hold_what_the_lists_show(db: Database, front: Actor, back: Actor, coordinator: Actor) -> None:
    """The back office's two referral lists read slim rows that agree with the full referrals."""
    moment = [dt.datetime(2026, 11, 2, 10, 0)]
    clock.set_clock(lambda: moment[0])
    ids = h.complaint(db, front)
    early = _refer(db, back, ids.complaint_id, "Pemerintah Desa", "Sosial")
    moment[0] = dt.datetime(2026, 11, 10, 10, 0)
    waiting = _refer(db, back, ids.complaint_id)
    moment[0] = dt.datetime(2026, 11, 16, 9, 0)
    fields = ("number", "complaint_id", "resident_name", "referred_at", "sent_at", "field", "destination", "service",
              "reason", "status", "created_by", "days_waiting")  # fmt: skip
    for rows, full in (
        (referrals.followup_rows(db), referrals.followup_list(db)),
        (referrals.approval_rows(db), referrals.pending_approvals(db)),
        (referrals.followup_rows(db, days=0), referrals.followup_list(db, days=0)),
    ):
        assert [tuple(getattr(r, f) for f in fields) for r in rows] == [
            tuple(getattr(r, f) for f in fields) for r in full
        ]
    assert [r.number for r in referrals.followup_rows(db)] == [early]
    assert [(r.number, r.created_by) for r in referrals.approval_rows(db)] == [(waiting, back.full_name)]
    assert referrals.followup_rows(db)[0].days_waiting == 14


def test_numbers_are_sequential_per_month(db: Database, front: Actor, back: Actor) -> None:
    moment = [dt.datetime(2026, 11, 30, 15, 0)]
    clock.set_clock(lambda: moment[0])
    ids = h.complaint(db, front)
    a = _refer(db, back, ids.complaint_id)
    referrals.cancel_referral(db, back, a, "Salah tujuan")
    b = _refer(db, back, ids.complaint_id)
    moment[0] = dt.datetime(2026, 12, 1, 8, 0)
    c = _refer(db, back, ids.complaint_id)
    assert (a, b, c) == (
        "RJK/6201022001/2026/11/0001",
        "RJK/6201022001/2026/11/0002",
        "RJK/6201022001/2026/12/0001",
    )
