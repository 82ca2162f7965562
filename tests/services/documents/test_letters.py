"""services/documents/letters.py: a recommendation letter for someone without papers, on the office's paper size;
none for someone who has them."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import office
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import letters
from puskesos_desktop.services.documents import papers as documents
from tests.services.fo_data import pdf_text, resident


def test_letter_on_f4_paper(db: Database, front: Actor, coordinator: Actor, fixed_now: object) -> None:
    profile = office.get_profile(db)
    assert profile is not None
    from dataclasses import replace

    office.save_profile(db, coordinator, replace(profile, paper_size="F4"))
    rid = resident(db, front, "Tanpa KK", nik="6201024506800003", sex="P")
    letter = letters.issue_recommendation(db, front, rid, note="Lahir di rumah")
    assert letter.details["request"] == "penerbitan Kartu Keluarga (KK)"
    pdf = documents.letter_pdf(db, front, letter.number)
    assert round(float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.height)) == 935  # 330 mm
    assert "Lahir di rumah" in pdf_text(pdf)


def test_no_letter_for_someone_with_papers(db: Database, front: Actor) -> None:
    rid = resident(db, front, "Lengkap", "6201024506800003", "6201021205900002")
    with pytest.raises(ValidationError):
        letters.issue_recommendation(db, front, rid)


def test_a_letter_names_the_complaint_it_answers_and_refuses_what_is_not_there(
    db: Database, front: Actor, coordinator: Actor, fixed_now: object
) -> None:
    """A recommendation made at a complaint's desk carries that complaint (its number typed any way); an unknown
    number, resident or registry record, or an office without a head to sign, is refused before anything is issued."""
    from dataclasses import replace

    from puskesos_desktop.core.errors import NotFoundError
    from puskesos_desktop.services.casework import complaints
    from tests.services.fo_data import add_registry

    rid = resident(db, front, "Tanpa KK", nik="6201024506800003", sex="P")
    number = complaints.register_complaint(db, front, complaints.ComplaintInput(rid, "Sosial", "Butuh KK")).number
    with pytest.raises(ValidationError, match="RSI/0000 tidak ditemukan"):
        letters.issue_recommendation(db, front, rid, complaint_number="RSI/0000")
    with pytest.raises(NotFoundError):
        letters.issue_recommendation(db, front, 999_999)
    before = [x.number for x in letters.for_resident(db, None, rid)]  # the desk's own letter, if it made one

    letter = letters.issue_recommendation(db, front, rid, complaint_number=f"  {number.lower()} ")
    assert letter.created and letter.number not in before
    assert letter.complaint_id == complaints.get_complaint(db, None, number).id
    assert sorted(x.number for x in letters.for_resident(db, None, rid)) == sorted([*before, letter.number])

    with pytest.raises(NotFoundError):
        letters.issue_certificate(db, front, resident_id=999_999)
    gone = add_registry(db, "6201020101700006", "BUDI", kk="6201020101700007", active=False)
    with pytest.raises(NotFoundError, match="DTKS/DTSEN"):
        letters.issue_certificate(db, front, registry_record_id=gone)
    with pytest.raises(ValidationError, match="Pilih warga"):
        letters.issue_certificate(db, front)

    profile = office.get_profile(db)
    assert profile is not None
    office.save_profile(db, coordinator, replace(profile, head_name=""))
    other = resident(db, front, "Tanpa Akta", nik="6201024507800004", sex="P")
    with pytest.raises(ValidationError, match="kepala desa"):
        letters.issue_recommendation(db, front, other)
    assert letters.for_resident(db, None, other) == []
