"""Consent at registration (issue 14, item 8): recorded with who and when, kept with its history, on the receipt."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry, Complaint, ResidentConsent
from puskesos_desktop.services import audit
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import papers as documents
from puskesos_desktop.services.people import consent
from puskesos_desktop.services.people.consent import ConsentInput
from tests.printing.helpers import text as pdf_text
from tests.services.fo_data import resident

NIK, KK = "6201024506800003", "6201021205900002"


def _register(db: Database, actor: Actor, rid: int, given: ConsentInput | None) -> complaints.RegisteredComplaint:
    return complaints.register_complaint(
        db, actor, complaints.ComplaintInput(rid, "Kesehatan", "BPJS tidak aktif", consent=given)
    )


def _count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def test_consent_is_stored_with_who_and_when_and_printed_on_the_receipt(
    db: Database, front: Actor, fixed_now: dt.datetime
) -> None:
    rid = resident(db, front, "Siti Aminah", NIK, KK, phone="081234567890")
    reg = _register(db, front, rid, ConsentInput(True, True, "WhatsApp"))
    info = consent.latest(db, front, rid)
    assert info is not None
    assert (info.data_use, info.contact, info.contact_channel) == (True, True, "WhatsApp")
    assert info.recorded_by == "Dewi Lestari" and info.at == fixed_now and info.complaint_number == reg.number
    with db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "consent.record")).scalar_one()
        assert entry.entity == "resident" and entry.entity_id == str(rid) and entry.actor == "fo"
        assert NIK not in entry.details and "Siti" not in entry.details  # nothing personal in the trail
    text = pdf_text(documents.receipt_pdf(db, front, reg.number))
    assert "Persetujuan warga: data dipakai untuk layanan ini; boleh dihubungi melalui WhatsApp" in text
    assert "(dicatat Dewi Lestari)" in text
    assert audit.verify(db).ok


def test_the_history_keeps_every_consent_and_the_newest_is_in_force(
    db: Database, front: Actor, fixed_now: dt.datetime
) -> None:
    rid = resident(db, front, "Siti Aminah", NIK, KK, phone="081234567890")
    first = _register(db, front, rid, ConsentInput(True, True, "Telepon"))
    clock.set_clock(lambda: fixed_now + dt.timedelta(days=3))
    second = _register(db, front, rid, ConsentInput(True, False, "Telepon"))  # a channel without contact is dropped
    rows = consent.history(db, front, rid)
    assert [(r.contact, r.contact_channel, r.complaint_number) for r in rows] == [
        (False, "", second.number),
        (True, "Telepon", first.number),
    ]
    latest = consent.latest(db, front, rid)
    assert latest is not None and not latest.contact
    # Each receipt states the consent given with its own complaint, not a later one.
    assert "boleh dihubungi melalui Telepon" in pdf_text(documents.receipt_pdf(db, front, first.number))
    assert "tidak ingin dihubungi" in pdf_text(documents.receipt_pdf(db, front, second.number))


def test_registration_is_refused_without_consent_to_data_use(db: Database, front: Actor) -> None:
    rid = resident(db, front, "Siti Aminah", NIK, KK)
    with pytest.raises(ValidationError) as refused:
        _register(db, front, rid, ConsentInput(data_use=False, contact=True, contact_channel="Datang Langsung"))
    assert refused.value.field == consent.FIELD_DATA_USE
    assert "Warga setuju datanya dipakai untuk layanan ini" in refused.value.message
    # Refused before anything was written: no complaint, no number spent, no consent row.
    assert _count(db, Complaint) == 0 and _count(db, ResidentConsent) == 0


def test_contact_needs_a_channel_and_a_phone_for_phone_channels(db: Database, front: Actor) -> None:
    rid = resident(db, front, "Siti Aminah", NIK, KK)  # no phone number on record
    with pytest.raises(ValidationError) as no_channel:
        _register(db, front, rid, ConsentInput(True, True, ""))
    assert no_channel.value.field == consent.FIELD_CONTACT
    with pytest.raises(ValidationError) as no_phone:
        _register(db, front, rid, ConsentInput(True, True, "WhatsApp"))
    assert no_phone.value.field == consent.FIELD_CONTACT and "nomor telepon" in no_phone.value.message
    reg = _register(db, front, rid, ConsentInput(True, True, "Fasilitator"))  # a visit needs no phone
    assert "boleh dihubungi melalui Fasilitator" in pdf_text(documents.receipt_pdf(db, front, reg.number))


def test_a_receipt_without_recorded_consent_says_nothing_about_it(db: Database, front: Actor) -> None:
    rid = resident(db, front, "Siti Aminah", NIK, KK)
    reg = _register(db, front, rid, None)
    assert "Persetujuan warga" not in pdf_text(documents.receipt_pdf(db, front, reg.number))
    assert consent.latest(db, front, rid) is None


def test_the_demo_village_records_consent_so_its_receipts_show_the_line(small_demo: Database) -> None:
    from puskesos_desktop.services.context import SYSTEM

    with small_demo.read() as s:
        registered = s.execute(select(func.count(Complaint.id))).scalar_one()
        recorded = s.execute(select(func.count(ResidentConsent.id))).scalar_one()
        first = s.execute(select(Complaint.number).order_by(Complaint.id)).scalars().first()
        ways = set(s.execute(select(ResidentConsent.contact_channel)).scalars())
    assert registered > 0 and recorded == registered  # one consent with every complaint the desk registered
    assert len(ways) >= 2  # not all the same answer
    assert first is not None
    receipt = pdf_text(documents.receipt_pdf(small_demo, SYSTEM, first))
    assert "Persetujuan warga: data dipakai untuk layanan ini" in receipt
