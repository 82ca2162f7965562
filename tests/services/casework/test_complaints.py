"""Registering a complaint sets things in motion: DTKS proposal, letter for Dukcapil, answer on the spot."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.statuses import Channel, ComplaintStatus, ProposalKind, ProposalStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry, Complaint, Letter, NumberSeries, Proposal
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import letters
from puskesos_desktop.services.people import residents
from puskesos_desktop.services.registry import proposals
from tests.services.fo_data import add_registry, resident

# In the PostgreSQL subset (make test-postgres).
pytestmark = pytest.mark.pg

KK = "6201021205900002"


def _svc(db: Database, code: str) -> catalogue.ServiceInfo:
    return next(s for s in catalogue.list_services(db) if s.code == code)


def _counts(db: Database) -> tuple[int, int, int, int]:
    with db.read() as s:
        return tuple(  # type: ignore[return-value]
            s.execute(select(func.count()).select_from(m)).scalar_one()
            for m in (Complaint, Proposal, Letter, AuditEntry)
        )


def test_no_papers_gets_receipt_letter_and_draft(db: Database, front: Actor, fixed_now: object) -> None:
    rid = resident(db, front, "Budi Tanpa Nik", sex="L", birth_date=dt.date(1990, 1, 1))
    reg = complaints.register_complaint(
        db,
        front,
        complaints.ComplaintInput(rid, "Adminduk", "Belum punya NIK dan KK", service_id=_svc(db, "NIK-KK").id),
    )
    assert reg.number == "RESI/6201022001/2026/11/0001"
    assert reg.status == ComplaintStatus.DITERUSKAN
    assert reg.letter_number == "REK/6201022001/2026/11/0001" and reg.letter_created
    assert reg.proposal_number == "USL/6201022001/2026/11/0001" and reg.proposal_created
    p = proposals.get_proposal(db, None, reg.proposal_number)
    assert p.kind == ProposalKind.TAMBAH and p.status == ProposalStatus.DRAF
    assert [m.resident_id for m in p.members] == [rid] and p.waiting_for_nik
    assert proposals.get_proposal(db, None, p.id) == p  # by id as by number
    assert letters.get_letter(db, None, reg.letter_number).label == "Surat Rekomendasi Dukcapil"
    # A second complaint: same draft, same letter (reprint it rather than issue another).
    again = complaints.register_complaint(db, front, complaints.ComplaintInput(rid, "Sosial", "Rumah bocor"))
    assert again.proposal_number == reg.proposal_number and not again.proposal_created
    assert again.letter_number == reg.letter_number and not again.letter_created
    c = complaints.get_complaint(db, None, reg.number)
    kinds = [e.kind for e in c.events]
    assert "usulan" in kinds and "surat" in kinds
    assert audit.verify(db).ok


def test_household_proposal_holds_the_unlisted_members(db: Database, front: Actor, fixed_now: object) -> None:
    head = resident(db, front, "Ahmad Fauzi", "6201021205800001", KK, family_relation="Kepala Keluarga")
    wife = resident(db, front, "Rina Marlina", "6201025505850002", KK, family_relation="Istri")
    first = complaints.register_complaint(db, front, complaints.ComplaintInput(head, "Sosial", "Rumah bocor"))
    p = proposals.get_proposal(db, None, first.proposal_number or "")
    assert p.kk == KK and {m.resident_id for m in p.members} == {head, wife}
    second = complaints.register_complaint(db, front, complaints.ComplaintInput(wife, "Kesehatan", "Sakit"))
    assert second.proposal_number == first.proposal_number and not second.proposal_created
    assert len(proposals.list_open(db, None)) == 1


def test_listed_resident_gets_no_proposal(db: Database, front: Actor) -> None:
    rid = resident(db, front, "Siti Aminah", "6201024506800003", KK)
    add_registry(db, "6201024506800003", "SITI AMINAH", kk=KK)
    reg = complaints.register_complaint(db, front, complaints.ComplaintInput(rid, "Kesehatan", "BPJS"))
    assert reg.proposal_number is None and reg.letter_number is None


def test_unlisted_member_of_a_listed_household_is_an_update(db: Database, front: Actor) -> None:
    add_registry(db, "6201024506800003", "SITI AMINAH", kk=KK)
    baby = resident(db, front, "Anak Baru", "6201025001250004", KK, family_relation="Anak")
    reg = complaints.register_complaint(db, front, complaints.ComplaintInput(baby, "Kesehatan", "Belum punya BPJS"))
    assert proposals.get_proposal(db, None, reg.proposal_number or "").kind == ProposalKind.PERBARUI


def test_facilitator_registration_sends_the_resident_to_the_office_for_the_letter(
    db: Database, facilitator: Actor, fixed_now: dt.datetime
) -> None:
    rid = resident(db, facilitator, "Warga Lapangan", sex="P")
    reg = complaints.register_complaint(
        db,
        facilitator,
        complaints.ComplaintInput(
            rid,
            "Sosial",
            "Lansia sendirian",
            channel=Channel.FASILITATOR.value,
            facilitator_id=facilitator.user_id,
            visit_date=fixed_now.date(),
        ),
    )
    assert reg.letter_pending and reg.letter_number is None
    assert reg.proposal_number is not None  # the draft is part of registering, whoever registers


def test_answer_on_the_spot_closes_and_counts_as_informed(db: Database, front: Actor) -> None:
    rid = resident(db, front, "Siti Aminah", "6201024506800003", KK)
    add_registry(db, "6201024506800003", "SITI AMINAH", kk=KK)
    reg = complaints.register_complaint(
        db,
        front,
        complaints.ComplaintInput(
            rid,
            "Lainnya",
            "Menanyakan desil",
            service_id=_svc(db, "CEK-DESIL").id,
            answer_now="Desil 2 (DTKS Okt 2026)",
        ),
    )
    c = complaints.get_complaint(db, None, reg.number)
    assert c.status == ComplaintStatus.SELESAI and c.answer.startswith("Desil 2")
    assert c.informed_at is not None and c.informed_channel == Channel.DATANG_LANGSUNG


@pytest.mark.parametrize(
    "changes,field",
    [
        (dict(channel="Fasilitator"), "Fasilitator"),
        (dict(channel="Surat"), "Saluran"),
        (dict(field="Hukum"), "Bidang"),
        (dict(description="x" * 4001), "Uraian keluhan"),
        (dict(description="a\x00b"), "Uraian keluhan"),
        (dict(urgency="Sangat"), "Kemendesakan"),
        (dict(service_id=99999), "Layanan"),
        (dict(facilitator_id=1), "Saluran"),
    ],
)
def test_refused_registration_changes_nothing(
    db: Database, front: Actor, fixed_now: object, changes: dict[str, object], field: str
) -> None:
    rid = resident(db, front, "Budi Tanpa Nik", sex="L")
    before = _counts(db)
    base = dict(resident_id=rid, field="Sosial", description="Rumah bocor")
    with pytest.raises(ValidationError) as err:
        complaints.register_complaint(db, front, complaints.ComplaintInput(**{**base, **changes}))  # type: ignore[arg-type]
    assert err.value.field == field
    assert _counts(db) == before
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(NumberSeries)).scalar_one() == 0


def test_facilitator_channel_needs_a_facilitator_and_a_past_visit_date(
    db: Database, front: Actor, facilitator: Actor, back: Actor, fixed_now: dt.datetime
) -> None:
    rid = resident(db, front, "Warga", sex="L")
    base = dict(resident_id=rid, field="Sosial", description="x", channel="Fasilitator")
    with pytest.raises(ValidationError) as err:
        complaints.register_complaint(
            db,
            front,
            complaints.ComplaintInput(**base, facilitator_id=back.user_id, visit_date=fixed_now.date()),  # type: ignore[arg-type]
        )
    assert err.value.field == "Fasilitator"
    with pytest.raises(ValidationError) as err:
        complaints.register_complaint(
            db,
            front,
            complaints.ComplaintInput(
                **base,
                facilitator_id=facilitator.user_id,
                visit_date=fixed_now.date() + dt.timedelta(days=1),  # type: ignore[arg-type]
            ),
        )
    assert err.value.field == "Tanggal kunjungan"


def test_resident_validation(db: Database, front: Actor, fixed_now: object) -> None:
    bad = [
        (dict(name=""), "Nama"),
        (dict(nik="62010212059A0001", kk=KK), "NIK"),
        (dict(nik="620102120590001", kk=KK), "NIK"),
        (dict(nik="6201021205900001", kk="123"), "No. KK"),
        (dict(nik="9901021205900001", kk=KK), "NIK"),
        (dict(nik="6201021205900001", kk=KK, sex="P"), "Jenis kelamin"),
        (dict(no_nik_reason="belum punya NIK/KK", sex="L", birth_date=dt.date(2030, 1, 1)), "Tanggal lahir"),
        (dict(no_nik_reason="belum punya NIK/KK", sex="L", birth_date=dt.date(1890, 1, 1)), "Tanggal lahir"),
        (dict(no_nik_reason="belum punya NIK/KK", sex="L", phone="12345"), "Telepon"),
        (dict(no_nik_reason="belum punya NIK/KK", sex="L", rt="12a"), "RT"),
        (dict(sex="L"), "NIK"),
        (dict(no_nik_reason="belum punya NIK/KK", sex="L", name="x" * 151), "Nama"),
    ]
    for values, field in bad:
        data = residents.ResidentInput(**{"name": "Budi", **values})  # type: ignore[arg-type]
        with pytest.raises(ValidationError) as err:
            residents.create_resident(db, front, data)
        assert err.value.field == field, values
    ok = residents.create_resident(
        db,
        front,
        residents.ResidentInput(name="Budi", no_nik_reason="belum punya NIK/KK", sex="L", phone="+6281234567890"),
    )
    assert ok.phone == "+6281234567890"


def test_recent_per_facilitator(db: Database, front: Actor, facilitator: Actor, fixed_now: dt.datetime) -> None:
    at_desk = complaints.register_complaint(
        db, front, complaints.ComplaintInput(resident(db, front, "Warga Kantor", sex="L"), "Kesehatan", "BPJS mati")
    )
    in_field = complaints.register_complaint(
        db,
        facilitator,
        complaints.ComplaintInput(
            resident(db, facilitator, "Warga Lapangan", sex="P"),
            "Sosial",
            "Lansia sendirian",
            channel=Channel.FASILITATOR.value,
            facilitator_id=facilitator.user_id,
            visit_date=fixed_now.date(),
        ),
    )
    assert {c.number for c in complaints.recent(db, None)} == {at_desk.number, in_field.number}
    (mine,) = complaints.recent(db, None, facilitator_id=facilitator.user_id)
    assert (mine.number, mine.facilitator) == (in_field.number, "Agus Salim")


def test_registration_writes_the_complaint_once_with_its_timeline_in_order(
    db: Database, front: Actor, fixed_now: object
) -> None:
    """Issue 15 §10: the complaint goes in with its final status (no UPDATE after its INSERT), the resident comes
    with the household and the service with its requirements, the registry is asked once for the resident and
    once for the other members; the timeline keeps its order."""
    from sqlalchemy import event

    head = resident(db, front, "Ahmad Fauzi", "6201021205800001", KK, family_relation="Kepala Keluarga")
    resident(db, front, "Rina Marlina", "6201025505850002", KK, family_relation="Istri")
    service = _svc(db, "NIK-KK")
    statements: list[str] = []
    listener = lambda *args: statements.append(" ".join(args[2].split()))  # noqa: E731 - (conn, cursor, statement…)
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        reg = complaints.register_complaint(
            db, front, complaints.ComplaintInput(head, "Adminduk", "KK hilang", service_id=service.id)
        )
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    assert reg.proposal_created and reg.missing_documents
    assert not [q for q in statements if q.upper().startswith("UPDATE COMPLAINTS")], statements
    reads = [q for q in statements if q.upper().startswith("SELECT")]
    for table in ("households", "service_requirements", "registry_records"):
        assert not [q for q in reads if q.startswith(f"SELECT {table}.")], table
    assert len([q for q in reads if "registry_records" in q]) == 2
    c = complaints.get_complaint(db, None, reg.number)
    assert c.status == ComplaintStatus.DITERUSKAN
    assert [(e.kind, e.from_status, e.to_status) for e in c.events] == [
        ("status", None, ComplaintStatus.DITERIMA),
        ("status", ComplaintStatus.DITERIMA, ComplaintStatus.DITERUSKAN),
        ("usulan", None, None),
    ]
    assert [d.name for d in c.documents if not d.received] == reg.missing_documents
    with db.read() as s:
        actions = list(s.execute(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(3)).scalars())
    assert actions[::-1] == ["complaint.create", "complaint.status", "proposal.create"]
    assert audit.verify(db).ok
