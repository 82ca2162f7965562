from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, true

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


def _to_inform_as_objects(db: Database, facilitator_id: int | None, limit: int) -> list[statusdesk.InformItem]:
    """to_inform as it was written with ORM objects (before issue 12's rows): the reference the rows must match."""
    from sqlalchemy import exists, or_
    from sqlalchemy.orm import selectinload

    from puskesos_desktop.db.models import Resident

    pending = exists().where(
        Referral.complaint_id == Complaint.id,
        Referral.status.in_(["Disetujui", "Ditolak", "Ditelaah Lebih Lanjut"]),
    )
    q = (
        select(Complaint)
        .join(Resident, Resident.id == Complaint.resident_id)
        .where(or_((Complaint.status == "Selesai") & Complaint.informed_at.is_(None), pending))
        .options(selectinload(Complaint.referrals).selectinload(Referral.partner))
        .order_by(Complaint.registered_at, Complaint.id)
    )
    if facilitator_id is not None:
        q = q.where(or_(Complaint.facilitator_id == facilitator_id, Resident.facilitator_id == facilitator_id))
    out: list[statusdesk.InformItem] = []
    with db.read() as s:
        for c in s.execute(q).scalars():
            person = s.get(Resident, c.resident_id)
            assert person is not None
            names = users.names_in(s, {c.facilitator_id, person.facilitator_id})
            items = (
                [("Keluhan selesai", (c.closed_at or c.registered_at).date())]
                if c.status == "Selesai" and (c.informed_at is None)
                else []
            )
            for r in c.referrals:
                told = r.informed_at is not None and (r.outcome_date is None or r.informed_at.date() >= r.outcome_date)
                if r.status in ("Disetujui", "Ditolak", "Ditelaah Lebih Lanjut") and not told:
                    items.append((f"{r.number} {r.status} ({r.partner.name})", r.outcome_date or r.referred_at.date()))
            if items:
                out.append(
                    statusdesk.InformItem(
                        number=c.number,
                        resident_id=person.id,
                        resident_name=person.name,
                        phone=person.phone,
                        address=person.address,
                        rt=person.rt,
                        rw=person.rw,
                        facilitator=names.get(c.facilitator_id or person.facilitator_id or -1, ""),
                        what="; ".join(w for w, _ in items),
                        since=min(d for _, d in items),
                    )
                )
    return out[:limit]


@pytest.mark.parametrize("paged", [False, True], ids=["one-page", "small-pages"])
def test_to_inform_reads_rows_as_the_objects_read(
    db: Database, front: Actor, facilitator: Actor, fixed_now: dt.datetime, monkeypatch: pytest.MonkeyPatch, paged: bool
) -> None:
    """Issue 12: the list reads plain rows, not ORM objects — with the same items, words, order, facilitator filter
    and limit as the objects gave, on complaints with several referrals in mixed states."""
    visit = visits.record_visit(db, facilitator, visits.VisitInput(fixed_now.date(), "Dusun III"))
    budi = resident(db, front, "Budi Santoso", "6201020101700006", "6201020101700007", phone="081234567890")
    wati = resident(db, facilitator, "Wati Dusun", "6201024506800003", "6201021205900002", visit_id=visit.id)
    sri = resident(db, front, "Sri Rahayu", "6201024107850001", "6201021205900003", address="Jl. Melati 3")

    def complaint(rid: int, registered: dt.datetime, **values: object) -> str:
        number = complaints.register_complaint(db, front, complaints.ComplaintInput(rid, "Kesehatan", "Sakit")).number
        _complaint_fields(db, number, registered_at=registered, **values)
        return number

    with db.read() as s:
        rsud, puskesmas = (p.id for p in s.execute(select(Partner).order_by(Partner.id)).scalars().all()[:2])
        partner_names = {p.id: p.name for p in s.execute(select(Partner)).scalars()}

    def refer(number: str, n: int, status: str, partner: int, **values: object) -> str:
        with db.write() as s:
            c = s.execute(select(Complaint).where(Complaint.number == number)).scalar_one()
            r = Referral(
                number=f"{number.replace('RESI', 'RJK')}-{n}",
                complaint_id=c.id,
                field="Kesehatan",
                partner_id=partner,
                reason="Perlu PBI",
                status=status,
                outcome_note="Alasan" if status == ReferralStatus.DITOLAK.value else "",
                referred_at=dt.datetime(2026, 11, 1 + n, 8, 0),
            )
            for name, value in values.items():
                setattr(r, name, value)
            s.add(r)
            s.flush()
            return r.number

    def nov(day: int, hour: int = 10) -> dt.datetime:
        return dt.datetime(2026, 11, day, hour, 0)

    # Budi's first complaint: four referrals, two still to be told (never told; told the day before the outcome).
    first = complaint(budi, nov(10))
    refer(first, 1, ReferralStatus.DIKIRIM.value, rsud)
    approved = refer(first, 2, ReferralStatus.DISETUJUI.value, rsud, outcome_date=dt.date(2026, 11, 20))
    refer(first, 3, ReferralStatus.DITOLAK.value, puskesmas, outcome_date=dt.date(2026, 11, 21), informed_at=nov(21))
    review = refer(
        first, 4, ReferralStatus.DITELAAH.value, puskesmas, outcome_date=dt.date(2026, 11, 22), informed_at=nov(21, 16)
    )
    # Budi's second: closed, not told, registered earlier (it comes first); its referral was told.
    closed = complaint(budi, nov(5), status=ComplaintStatus.SELESAI.value, closed_at=nov(19))
    refer(closed, 1, ReferralStatus.DISETUJUI.value, rsud, outcome_date=dt.date(2026, 11, 18), informed_at=nov(18))
    # Everything told: not in the list (the old query read it and Python dropped it).
    told = complaint(sri, nov(3))
    refer(told, 1, ReferralStatus.DISETUJUI.value, rsud, outcome_date=dt.date(2026, 11, 4), informed_at=nov(6))
    complaint(sri, nov(4), status=ComplaintStatus.SELESAI.value, closed_at=nov(6), informed_at=nov(7))
    # Wati (registered in the field by the facilitator): no outcome date, so since the day it was referred; the same
    # moment as Budi's first, so after it (by id).
    theirs = complaint(wati, nov(10))
    field_review = refer(theirs, 5, ReferralStatus.DITELAAH.value, puskesmas)
    # Sri's complaint that the facilitator follows up (the complaint's facilitator, not the resident's); its one
    # outcome was told the evening before the outcome's day (the query's own date test must keep it).
    followed = complaint(sri, nov(12), facilitator_id=facilitator.user_id)
    refused = refer(
        followed, 2, ReferralStatus.DITOLAK.value, rsud, outcome_date=dt.date(2026, 11, 14), informed_at=nov(13, 23)
    )

    if paged:
        # Pages of two complaints, and a query that no longer leaves out referrals already told: the pages hold
        # complaints with nothing to tell, which Python drops while reading on until the list is full.
        monkeypatch.setattr(statusdesk, "_PAGE_MIN", 2)
        monkeypatch.setattr(statusdesk, "_referral_untold", lambda: true())
    everyone = statusdesk.to_inform(db)
    assert [(i.number, i.resident_name, i.what, i.since, i.facilitator) for i in everyone] == [
        (closed, "Budi Santoso", "Keluhan selesai", dt.date(2026, 11, 19), ""),
        (
            first,
            "Budi Santoso",
            f"{approved} Disetujui ({partner_names[rsud]}); "
            f"{review} Ditelaah Lebih Lanjut ({partner_names[puskesmas]})",
            dt.date(2026, 11, 20),
            "",
        ),
        (
            theirs,
            "Wati Dusun",
            f"{field_review} Ditelaah Lebih Lanjut ({partner_names[puskesmas]})",
            dt.date(2026, 11, 6),
            "Agus Salim",
        ),
        (followed, "Sri Rahayu", f"{refused} Ditolak ({partner_names[rsud]})", dt.date(2026, 11, 14), "Agus Salim"),
    ]
    assert everyone[0].phone == "+6281234567890" and everyone[3].address == "Jl. Melati 3"
    assert [i.number for i in statusdesk.to_inform(db, facilitator_id=facilitator.user_id)] == [theirs, followed]
    assert statusdesk.to_inform(db, limit=2) == everyone[:2]
    assert statusdesk.to_inform(db, facilitator_id=facilitator.user_id, limit=1) == everyone[2:3]
    for fac in (None, facilitator.user_id, front.user_id):
        for limit in (1, 2, 3, 500):
            assert statusdesk.to_inform(db, fac, limit) == _to_inform_as_objects(db, fac, limit), (fac, limit)
