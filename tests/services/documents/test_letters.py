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
