from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import PermissionDenied, TransitionError, ValidationError
from puskesos_desktop.core.statuses import ComplaintStatus, ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry, Complaint
from puskesos_desktop.services import audit
from puskesos_desktop.services.casework import backoffice, complaints, referrals
from puskesos_desktop.services.casework.backoffice import HandleInput
from puskesos_desktop.services.casework.referrals import ReferralInput
from puskesos_desktop.services.context import Actor
from tests.services import bo_helpers as h


def _status(db: Database, cid: int) -> str:
    return complaints.get_complaint(db, None, cid).status


def _actions(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars())


def test_handle_in_village_then_close(db: Database, front: Actor, back: Actor, fixed_now: dt.datetime) -> None:
    ids = h.complaint(db, front, field="Sosial", service="BLT-DD")
    with pytest.raises(ValidationError) as err:
        backoffice.handle_in_village(db, back, ids.complaint_id, HandleInput(given="Beras 10 kg"))
    assert err.value.field == "Program/mitra"
    with pytest.raises(ValidationError) as err:
        backoffice.handle_in_village(
            db, back, ids.complaint_id, HandleInput("Uang", programme_id=h.programme_id(db, "BLTDD"), amount_rupiah=-5)
        )
    assert err.value.field == "Nilai (Rp)"
    with pytest.raises(PermissionDenied):
        backoffice.handle_in_village(db, front, ids.complaint_id, HandleInput("x", programme_id=1))
    assert _status(db, ids.complaint_id) == ComplaintStatus.DITERUSKAN
    backoffice.handle_in_village(
        db,
        back,
        ids.complaint_id,
        HandleInput("BLT Dana Desa bulan November", programme_id=h.programme_id(db, "BLTDD"), amount_rupiah=300_000),
    )
    assert _status(db, ids.complaint_id) == ComplaintStatus.DITANGANI_DESA
    backoffice.handle_in_village(
        db, back, ids.complaint_id, HandleInput("Sembako", partner_id=h.partner_id(db, "BAZNAS Kabupaten"))
    )
    ws = backoffice.get_workspace(db, None, ids.complaint_id)
    assert not ws.is_closed  # handled in the village, not yet closed
    assert [x.through for x in ws.handlings] == ["BLT Dana Desa", "BAZNAS Kabupaten"]
    assert ws.handlings[0].amount_rupiah == 300_000
    assert any("Rp 300.000" in t.text for t in ws.timeline)
    assert ws.can_close
    backoffice.close_complaint(db, back, ids.complaint_id, "Bantuan diterima warga")
    c = complaints.get_complaint(db, None, ids.complaint_id)
    assert c.status == ComplaintStatus.SELESAI and c.closed_at == fixed_now
    assert backoffice.get_workspace(db, None, ids.complaint_id).is_closed
    with pytest.raises(TransitionError):
        backoffice.handle_in_village(db, back, ids.complaint_id, HandleInput("x", programme_id=1))
    assert "complaint.handle" in _actions(db)
    assert audit.verify(db).ok


def test_close_refused_while_referrals_open_or_resident_uninformed(
    db: Database, front: Actor, back: Actor, coordinator: Actor, fixed_now: dt.datetime
) -> None:
    ids = h.complaint(db, front)
    with pytest.raises(TransitionError, match="Belum ada tindakan"):
        backoffice.close_complaint(db, back, ids.complaint_id)
    made = referrals.create_referrals(
        db,
        back,
        ids.complaint_id,
        [
            ReferralInput("Kesehatan", h.partner_id(db, "Dinas Sosial Kabupaten"), "PBI"),
            ReferralInput("Pendidikan", h.partner_id(db, "SD Negeri 1"), "Seragam anak"),
        ],
    )
    health, school = made[0].number, made[1].number
    before = _actions(db)
    with pytest.raises(TransitionError, match="belum ada hasil akhirnya"):
        backoffice.close_complaint(db, back, ids.complaint_id)
    assert _actions(db) == before and _status(db, ids.complaint_id) == ComplaintStatus.DIRUJUK
    referrals.approve_referral(db, coordinator, health)
    referrals.approve_referral(db, coordinator, school)
    today = fixed_now.date()
    referrals.record_outcome(db, back, health, "Disetujui", today, "Lembar balasan")
    referrals.cancel_referral(db, back, school, "Sudah dibantu sekolah")
    ws = backoffice.get_workspace(db, None, ids.complaint_id)
    assert [str(m) for m in ws.close_blockers] == [f"Warga belum diberi tahu hasil rujukan: {health}."]
    with pytest.raises(TransitionError, match="belum diberi tahu"):
        backoffice.close_complaint(db, back, ids.complaint_id)
    referrals.mark_informed(db, back, health, "Telepon")
    backoffice.close_complaint(db, back, ids.complaint_id)
    assert _status(db, ids.complaint_id) == ComplaintStatus.SELESAI


def test_complaint_level_informing_counts_when_after_the_outcome(
    db: Database, front: Actor, back: Actor, coordinator: Actor
) -> None:
    moment = [dt.datetime(2026, 11, 23, 9, 0)]
    clock.set_clock(lambda: moment[0])
    ids = h.complaint(db, front)
    number = referrals.create_referral(
        db, back, ids.complaint_id, ReferralInput("Kesehatan", h.partner_id(db, "Pemerintah Desa"), "x")
    ).number
    with db.write() as s:  # what the front office's status desk records
        s.get_one(Complaint, ids.complaint_id).informed_at = dt.datetime(2026, 11, 23, 10, 0)
    moment[0] = dt.datetime(2026, 11, 24, 9, 0)
    referrals.record_outcome(db, back, number, "Disetujui", moment[0].date(), "Telepon")
    assert backoffice.close_blockers(db, ids.complaint_id)  # informed before the answer came
    with db.write() as s:
        s.get_one(Complaint, ids.complaint_id).informed_at = dt.datetime(2026, 11, 24, 11, 0)
    assert backoffice.close_blockers(db, ids.complaint_id) == []


def test_cancel_cascades_and_reopen_returns_to_back_office(
    db: Database, front: Actor, back: Actor, fixed_now: dt.datetime
) -> None:
    ids = h.complaint(db, front)
    number = referrals.create_referral(
        db, back, ids.complaint_id, ReferralInput("Kesehatan", h.partner_id(db, "Dinas Sosial Kabupaten"), "x")
    ).number
    with pytest.raises(ValidationError):
        backoffice.cancel_complaint(db, back, ids.complaint_id, " ")
    backoffice.cancel_complaint(db, back, ids.complaint_id, "Warga meninggal dunia")
    assert _status(db, ids.complaint_id) == ComplaintStatus.DIBATALKAN
    assert referrals.get_referral(db, number).status == ReferralStatus.DIBATALKAN
    with pytest.raises(ValidationError):
        backoffice.reopen_complaint(db, back, ids.complaint_id, "")
    with pytest.raises(PermissionDenied):
        backoffice.reopen_complaint(db, front, ids.complaint_id, "salah")
    backoffice.reopen_complaint(db, back, ids.complaint_id, "Ahli waris meminta dilanjutkan")
    ws = backoffice.get_workspace(db, None, ids.complaint_id)
    assert ws.status == ComplaintStatus.DITERUSKAN and ws.closed_at is None
    assert "Dibuka kembali: Ahli waris meminta dilanjutkan" in ws.timeline[-1].text
    with pytest.raises(TransitionError):
        backoffice.reopen_complaint(db, back, ids.complaint_id, "lagi")


def test_workspace_documents_notes_answer_and_timeline(
    db: Database, front: Actor, back: Actor, head: Actor, fixed_now: dt.datetime
) -> None:
    ids = h.complaint(db, front)
    ws = backoffice.get_workspace(db, None, ids.complaint_number)
    assert ws.resident.nik == h.NIK and ws.resident.kk == h.KK
    assert not ws.registry.registered
    assert "Fotokopi KTP" not in ws.missing_documents and "SKTM" in ws.missing_documents
    sktm = next(d for d in ws.documents if d.name == "SKTM")
    ktp = next(d for d in ws.documents if d.name == "Fotokopi KTP")
    assert backoffice.set_documents_received(db, back, ids.complaint_id, {sktm.id: True, ktp.id: True}) == 1
    assert backoffice.set_documents_received(db, back, ids.complaint_id, {sktm.id: True}) == 0
    with pytest.raises(ValidationError):
        backoffice.set_documents_received(db, back, ids.complaint_id, {999_999: True})
    with pytest.raises(ValidationError):
        backoffice.add_note(db, back, ids.complaint_id, "")
    with pytest.raises(PermissionDenied):
        backoffice.add_note(db, head, ids.complaint_id, "Kepala desa menulis")
    backoffice.add_note(db, back, ids.complaint_id, "Warga akan datang lagi Kamis")
    backoffice.answer_resident(db, back, ids.complaint_id, "Berkas diantar ke Dinsos paling lambat Jumat")
    ws = backoffice.get_workspace(db, None, ids.complaint_id)
    assert ws.answer.startswith("Berkas diantar")
    assert [n.text for n in ws.notes] == ["Warga akan datang lagi Kamis"]
    kinds = [t.kind for t in ws.timeline]
    assert kinds[:2] == ["Status", "Status"] and kinds[-3:] == ["Dokumen", "Catatan", "Kepastian"]
    assert ws.timeline[-1].actor == "Budi Santoso"
    assert next(d for d in ws.documents if d.name == "SKTM").received_at == fixed_now


def test_assign_refuses_roles_outside_back_office(db: Database, front: Actor, back: Actor) -> None:
    ids = h.complaint(db, front)
    with pytest.raises(ValidationError):
        backoffice.assign_officer(db, back, ids.complaint_id, front.user_id)
    backoffice.assign_officer(db, back, ids.complaint_id, back.user_id)
    assert backoffice.get_workspace(db, None, ids.complaint_id).officer == "Budi Santoso"
    backoffice.assign_officer(db, back, ids.complaint_id, None)
    assert backoffice.get_workspace(db, None, ids.complaint_id).officer == ""
