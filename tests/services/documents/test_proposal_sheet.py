"""services/documents/proposal_sheet.py: a DTKS/DTSEN proposal printed with its members and history, then the contact
sheet of its house photos (each photo's printing audited); the penanggung jawab prints none (issue 20, item 4)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from puskesos_desktop.core.errors import PermissionDenied
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry
from puskesos_desktop.devtools import photos
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import attachments as att
from puskesos_desktop.services.people.attachments import Owner
from puskesos_desktop.services.registry import proposals
from tests.services import bo_helpers as h

GPS = (-2.208472, 113.917014)  # Palangka Raya
TAKEN = dt.datetime(2026, 11, 20, 9, 15, 0)


def _audits(db: Database, action: str) -> int:
    with db.read() as s:
        return len(s.execute(select(AuditEntry.id).where(AuditEntry.action == action)).all())


def _images_in(pdf: bytes) -> int:
    return sum(len(p.images) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_a_proposals_print_carries_its_house_photos(
    db: Database, front: Actor, coordinator: Actor, head: Actor
) -> None:
    """Item 4: the proposal, its members and history, then the contact sheet with time and position."""
    from puskesos_desktop.services.documents import proposal_sheet
    from tests.services.fo_data import pdf_text

    rid = h.resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    prop = proposals.propose_addition(db, front, rid, "Rumah tidak layak huni")
    att.attach_bytes(db, front, Owner("proposal", prop.id), photos.photo(800, 600, taken_at=TAKEN, gps=GPS),
                     "d.jpg", "foto-depan")  # fmt: skip
    att.attach_bytes(db, front, Owner("proposal", prop.id), photos.photo(600, 800), "t.jpg", "foto-toilet")
    before = _audits(db, "attachment.print")
    pdf = proposal_sheet.print_proposal(db, coordinator, prop.number)
    text = " ".join(pdf_text(pdf).split())
    assert "USULAN DTKS/DTSEN" in text and prop.number in text and "Rumah tidak layak huni" in text
    assert "6201020101700006" in text and "LAMPIRAN FOTO RUMAH" in text
    assert "Foto rumah depan · 20 November 2026 pukul 09.15 · -2.20847, 113.91701" in text
    assert "tanpa lokasi GPS" in text and _images_in(pdf) == 2
    assert _audits(db, "attachment.print") == before + 2
    with pytest.raises(PermissionDenied):  # the penanggung jawab prints no documents, let alone the photos
        proposal_sheet.print_proposal(db, head, prop.number)
    assert _audits(db, "attachment.print") == before + 2
