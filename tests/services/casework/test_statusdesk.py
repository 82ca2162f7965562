from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from puskesos_desktop.core.errors import NotFoundError, PermissionDenied, ValidationError
from puskesos_desktop.core.statuses import ComplaintStatus, ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry, Complaint, Partner, Referral
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.casework import complaints, statusdesk, visits
from puskesos_desktop.services.context import Actor
from tests.services.fo_data import resident


def _refer(db: Database, number: str, status: str, outcome: dt.date | None = None, note: str = "") -> str:
    """A referral as the back office would leave it (its service is another issue)."""
    with db.write() as s:
        c = s.execute(select(Complaint).where(Complaint.number == number)).scalar_one()
        partner = s.execute(select(Partner).where(Partner.field == "Kesehatan")).scalars().first()
        assert partner is not None
        c.status = ComplaintStatus.DIRUJUK.value
        r = Referral(
            number=number.replace("RESI", "RJK"),
            complaint_id=c.id,
            field="Kesehatan",
            partner_id=partner.id,
            reason="Perlu PBI",
            status=status,
            outcome_date=outcome,
            outcome_note=note,
            referred_at=dt.datetime(2026, 11, 23, 10, 0),
        )
        s.add(r)
        s.flush()
        return r.number


@pytest.fixture
def number(db: Database, front: Actor, fixed_now: object) -> str:
    rid = resident(db, front, "Budi Santoso", "6201020101700006", "6201020101700007", phone="081234567890")
    return complaints.register_complaint(db, front, complaints.ComplaintInput(rid, "Kesehatan", "BPJS mati")).number


def test_lookup_tells_the_story(db: Database, front: Actor, number: str) -> None:
    story = statusdesk.lookup(db, front, number.lower().replace("/", " "))
    assert story.number == number and story.status == ComplaintStatus.DITERUSKAN
    assert str(story.headline).startswith("Keluhan sedang ditelaah")
    assert str(story.story[0]).startswith(f"Keluhan {number} didaftarkan 23 November 2026")
    assert [str(t.text).split(".")[0] for t in story.timeline][:2] == [
        "Status menjadi 'Diterima'",
        "Status: Diterima → Diteruskan ke Back Office",
    ]
    with pytest.raises(ValidationError):
        statusdesk.lookup(db, front, "Budi")


def test_referral_outcome_in_plain_words(db: Database, front: Actor, number: str) -> None:
    rjk = _refer(db, number, ReferralStatus.DITOLAK.value, dt.date(2026, 11, 25), "Sudah terdaftar PBI daerah")
    story = statusdesk.lookup(db, front, number)
    (ref,) = story.referrals
    assert ref.number == rjk and str(ref.plain).endswith(
        "menolak rujukan bidang Kesehatan pada 25 November 2026. Keterangan: Sudah terdaftar PBI daerah"
    )
    assert ref.needs_informing and story.needs_informing


def test_record_informed_on_referrals(db: Database, front: Actor, number: str) -> None:
    rjk = _refer(db, number, ReferralStatus.DISETUJUI.value, dt.date(2026, 11, 23))
    assert [i.number for i in statusdesk.to_inform(db)] == [number]
    story = statusdesk.record_informed(db, front, number, channel="WhatsApp", note="Kartu bisa dipakai")
    assert story.informed_channel == "WhatsApp" and story.informed_by == "Dewi Lestari"
    assert story.referrals[0].informed_channel == "WhatsApp" and not story.referrals[0].needs_informing
    assert statusdesk.to_inform(db) == []
    assert any("Pemberitahuan" in str(t.text) for t in story.timeline)
    with db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "complaint.informed")).scalar_one()
    assert rjk in entry.details


def test_informed_refusals(db: Database, front: Actor, head: Actor, number: str, fixed_now: dt.datetime) -> None:
    with pytest.raises(ValidationError) as err:
        statusdesk.record_informed(db, front, number, channel="Surat")
    assert err.value.field == "Cara"
    with pytest.raises(ValidationError) as err:
        statusdesk.record_informed(db, front, number, channel="Telepon", when=fixed_now.date() + dt.timedelta(days=1))
    assert err.value.field == "Tanggal diberi tahu"
    with pytest.raises(ValidationError):
        statusdesk.record_informed(db, front, number, channel="Telepon", when=dt.date(2026, 11, 20))
    with pytest.raises(ValidationError):
        statusdesk.record_informed(db, front, number, channel="Telepon", referral_numbers=["RJK/X"])
    with pytest.raises(PermissionDenied):
        statusdesk.record_informed(db, head, number, channel="Telepon")
    assert statusdesk.lookup(db, front, number).informed_at is None


def test_facilitator_worklist(
    db: Database, front: Actor, facilitator: Actor, number: str, fixed_now: dt.datetime
) -> None:
    visit = visits.record_visit(db, facilitator, visits.VisitInput(fixed_now.date(), "Dusun III"))
    rid = resident(db, facilitator, "Warga Dusun", "6201024506800003", "6201021205900002", visit_id=visit.id)
    theirs = complaints.register_complaint(
        db, facilitator, complaints.ComplaintInput(rid, "Kesehatan", "Sakit", visit_id=visit.id)
    ).number
    _refer(db, number, ReferralStatus.DISETUJUI.value, dt.date(2026, 11, 23))
    _refer(db, theirs, ReferralStatus.DITELAAH.value, dt.date(2026, 11, 23))
    assert [i.number for i in visits.worklist(db, facilitator)] == [theirs]
    assert {i.number for i in visits.worklist(db, front)} == {number, theirs}
    item = visits.worklist(db, facilitator)[0]
    assert item.facilitator == "Agus Salim" and "Ditelaah" in item.what


def _complaint_fields(db: Database, number: str, **values: object) -> None:
    with db.write() as s:
        c = s.execute(select(Complaint).where(Complaint.number == number)).scalar_one()
        for name, value in values.items():
            setattr(c, name, value)


def test_story_reads_out_the_answer_and_the_target_date(db: Database, front: Actor, number: str) -> None:
    _complaint_fields(db, number, answer="Kartu BPJS aktif kembali", due_date=dt.date(2026, 11, 30))
    story = statusdesk.lookup(db, front, number)
    lines = [str(line) for line in story.story]
    assert "Jawaban: Kartu BPJS aktif kembali" in lines
    assert not story.overdue and any(
        line.startswith("Perkiraan selesai") and "30 November 2026" in line for line in lines
    )
    # The target passed and the complaint is still open: the resident hears it was missed, not a new estimate.
    _complaint_fields(db, number, due_date=dt.date(2026, 11, 20))
    story = statusdesk.lookup(db, front, number)
    lines = [str(line) for line in story.story]
    assert story.overdue
    assert "Target penyelesaian 20 November 2026 sudah lewat; petugas akan menindaklanjuti." in lines
    assert not any(line.startswith("Perkiraan selesai") for line in lines)
    # Closed: no date at all.
    _complaint_fields(db, number, status=ComplaintStatus.SELESAI.value)
    lines = [str(line) for line in statusdesk.lookup(db, front, number).story]
    assert not any("Target penyelesaian" in line or "Perkiraan selesai" in line for line in lines)


def test_lookup_of_a_number_not_registered(db: Database, front: Actor, number: str) -> None:
    unknown = number[:-4] + "9999"
    with pytest.raises(NotFoundError) as err:
        statusdesk.lookup(db, front, unknown)
    assert unknown in err.value.message


def test_informed_by_another_officer(
    db: Database, front: Actor, facilitator: Actor, coordinator: Actor, number: str
) -> None:
    with pytest.raises(ValidationError) as err:
        statusdesk.record_informed(db, front, number, channel="Telepon", informed_by_id=99999)
    assert err.value.field == "Oleh"
    users.set_active(db, coordinator, "fasil", False)
    with pytest.raises(ValidationError):
        statusdesk.record_informed(db, front, number, channel="Telepon", informed_by_id=facilitator.user_id)
    assert statusdesk.lookup(db, front, number).informed_at is None
    users.set_active(db, coordinator, "fasil", True)
    story = statusdesk.record_informed(db, front, number, channel="Telepon", informed_by_id=facilitator.user_id)
    assert story.informed_by == "Agus Salim" and story.informed_channel == "Telepon"
