"""Cetak data warga (issue 14, item 8): everything the office holds about one resident, printed for them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from puskesos_desktop.core.errors import NotFoundError, PermissionDenied
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    AuditEntry,
    Complaint,
    Household,
    Letter,
    Proposal,
    ProposalMember,
    Referral,
    Resident,
)
from puskesos_desktop.services import audit, office
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import access_report, residents
from puskesos_desktop.services.people.consent import ConsentInput
from tests.printing.helpers import MM, sizes
from tests.printing.helpers import text as pdf_text
from tests.services.pdp_data import demo_copy, richest_resident


@pytest.fixture
def village(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Database:
    return demo_copy(tmp_path, tmp_path_factory.getbasetemp())


def _actor(db: Database, username: str) -> Actor:
    return users.get_user(db, username).actor()


def test_the_sheet_holds_every_section_for_a_demo_resident(village: Database) -> None:
    db = village
    rid = richest_resident(db)
    front = _actor(db, "frontoffice")
    with db.read() as s:
        r = s.get(Resident, rid)
        assert r is not None
        kk = s.execute(select(Household.kk).where(Household.id == r.household_id)).scalar()
        complaint = s.execute(select(Complaint.number).where(Complaint.resident_id == rid)).scalars().first()
        referral = (
            s.execute(select(Referral.number).join(Complaint).where(Complaint.resident_id == rid)).scalars().first()
        )
        as_member = select(ProposalMember.proposal_id).where(ProposalMember.resident_id == rid)
        proposal = s.execute(select(Proposal.number).where(Proposal.id.in_(as_member))).scalars().first()
        letter = s.execute(select(Letter.number).where(Letter.resident_id == rid)).scalars().first()
        name, nik = r.name, r.nik
    assert complaint and referral and proposal and letter
    text = pdf_text(access_report.resident_data_pdf(db, front, rid))
    for number, title in enumerate(access_report.SECTION_TITLES, start=1):
        assert f"{number}. {title}" in text, title
    assert "DATA PRIBADI WARGA YANG DISIMPAN PUSKESOS" in text and name in text
    assert (nik or "belum ada") in text and (kk or "belum ada") in text
    for number in (complaint, referral, proposal, letter):
        assert number in text
    assert "Warga diberi tahu" in text  # the informing records
    assert "Warga didaftarkan" in text and "Dewi Lestari (frontoffice)" in text  # who did what (audit trail)
    assert "Pasal 7 Undang-Undang Nomor 27 Tahun 2022" in text and "…" not in text
    # The print itself is audited, without personal data in the entry.
    with db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "resident.data_print")).scalar_one()
    assert entry.entity_id == str(rid) and entry.actor == "frontoffice" and name not in entry.details
    assert len(json.loads(entry.details)["sections"]) >= 9
    assert audit.verify(db).ok


def test_long_texts_are_printed_whole_and_consent_is_listed(db: Database, front: Actor) -> None:
    rid = residents.create_resident(
        db,
        front,
        residents.ResidentInput(
            name="Siti Aminah", nik="6201024506800003", kk="6201021205900002", phone="081234567890"
        ),
    ).id
    story = " ".join(f"kalimat{i}" for i in range(370)) + " AKHIR-URAIAN"
    complaints.register_complaint(
        db, front, complaints.ComplaintInput(rid, "Sosial", story, consent=ConsentInput(True, True, "WhatsApp"))
    )
    text = pdf_text(access_report.resident_data_pdf(db, front, rid))
    assert "kalimat369 AKHIR-URAIAN" in text  # ~3,900 characters, not cut
    assert "3. Persetujuan penggunaan data" in text and "WhatsApp" in text and "Dewi Lestari" in text


def test_paper_follows_the_office_setting(db: Database, front: Actor, coordinator: Actor) -> None:
    rid = residents.create_resident(
        db, front, residents.ResidentInput(name="Budi", no_nik_reason=residents.NO_PAPERS_REASON, sex="L")
    ).id
    assert sizes(access_report.resident_data_pdf(db, front, rid))[0] == (round(210 * MM, 1), round(297 * MM, 1))
    profile = office.get_profile(db)
    assert profile is not None
    office.save_profile(db, coordinator, office.OfficeData(**{**profile.__dict__, "paper_size": "F4"}))
    width, height = sizes(access_report.resident_data_pdf(db, front, rid))[0]
    assert (round(width / MM), round(height / MM)) == (215, 330)


def test_only_roles_that_see_whole_numbers_may_print_it(db: Database, front: Actor, head: Actor) -> None:
    rid = residents.create_resident(
        db, front, residents.ResidentInput(name="Budi", no_nik_reason=residents.NO_PAPERS_REASON, sex="L")
    ).id
    with pytest.raises(PermissionDenied):
        access_report.resident_data_pdf(db, head, rid)


def test_finding_the_resident_for_the_command_line(db: Database, front: Actor) -> None:
    rid = residents.create_resident(
        db, front, residents.ResidentInput(name="Siti", nik="6201024506800003", kk="6201021205900002")
    ).id
    assert access_report.find_resident(db, front, "6201024506800003") == rid
    assert access_report.find_resident(db, front, f"#{rid}") == rid
    with pytest.raises(NotFoundError):
        access_report.find_resident(db, front, "6201025506850002")
