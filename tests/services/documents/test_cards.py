"""Referral cards from the database: read back as text, QR and the colour of the rendered page."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from reportlab.lib.pagesizes import A4, A6
from sqlalchemy import select, update

from puskesos_desktop.core.errors import PermissionDenied
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    AuditEntry,
    Programme,
    Referral,
    ReferralEvent,
    RegistryProgramme,
    RegistryRecord,
)
from puskesos_desktop.printing.page import paper_size
from puskesos_desktop.services import office
from puskesos_desktop.services.casework import backoffice, referrals
from puskesos_desktop.services.casework.referrals import ReferralInput
from puskesos_desktop.services.context import SYSTEM, Actor
from puskesos_desktop.services.documents import cards
from tests.printing import helpers
from tests.services import bo_helpers as h


def _colour_name(rgb: tuple[int, int, int]) -> str:
    r, g, b = rgb
    if b > r + 80 and b > g + 40:
        return "biru"
    if r > 200 and g < 160 and b > 130:
        return "merah muda"
    if r > 200 and g > 170 and b < 90:
        return "kuning"
    if max(rgb) - min(rgb) < 12 and 110 < r < 210:
        return "netral"
    return f"lain {rgb}"


def _band_colour(pdf: bytes, page: int = 0, x_mm: float = 7.0, y_mm: float = 7.5) -> str:
    img = helpers.render(pdf, page, scale=1.5)
    height = helpers.sizes(pdf)[page][1]
    return _colour_name(helpers.pixel_mm(img, height, x_mm, y_mm))


def _audit_count(db: Database, action: str) -> int:
    with db.read() as s:
        return len(s.execute(select(AuditEntry.id).where(AuditEntry.action == action)).all())


def _sent(db: Database, back: Actor, cid: int, field: str, partner: str, service: str | None = None) -> str:
    return referrals.create_referral(
        db,
        back,
        cid,
        ReferralInput(
            field,
            h.partner_id(db, partner),
            f"Alasan rujukan {field}",
            service_id=h.service_id(db, service) if service else None,
            documents=("Fotokopi KTP", "SKTM"),
        ),
    ).number


def test_card_waiting_for_approval_is_refused(
    db: Database, front: Actor, back: Actor, coordinator: Actor, fixed_now: dt.datetime
) -> None:
    ids = h.complaint(db, front)
    number = _sent(db, back, ids.complaint_id, "Kesehatan", "Dinas Sosial Kabupaten", "BPJS-PBI-AKTIF")
    with pytest.raises(cards.PrintRefused, match="menunggu persetujuan koordinator"):
        cards.print_card(db, back, number)
    with pytest.raises(cards.PrintRefused):
        cards.print_cards(db, back, [number])
    assert _audit_count(db, "card.print") == 0
    referrals.approve_referral(db, coordinator, number)
    pdf = cards.print_card(db, back, number)
    assert helpers.sizes(pdf) == [(round(A6[0], 1), round(A6[1], 1))]
    text = helpers.text(pdf)
    for expected in (
        number,
        "KESEHATAN",
        "Siti Aminah",
        h.NIK,
        h.KK,
        "Dinas Sosial Kabupaten",
        "Pengaktifan kembali BPJS Kesehatan PBI-JK",
        "Alasan rujukan Kesehatan",
        "Fotokopi KTP; SKTM",
        "Budi Santoso",  # the officer who referred
        "Sri Wahyuni",  # the coordinator who approved
        "23 November 2026",
        "Tidak terdaftar",
        "LEMBAR BALASAN",
        "Ditelaah Lebih Lanjut",
    ):
        assert expected in text, expected
    assert "SALINAN" not in text
    assert helpers.qr_texts(pdf) == [number]
    assert _band_colour(pdf) == "biru"
    assert _audit_count(db, "card.print") == 1


def test_every_field_has_its_colour_and_four_fit_a_sheet(
    db: Database, front: Actor, back: Actor, coordinator: Actor, fixed_now: dt.datetime
) -> None:
    office.update_settings(db, coordinator, lambda st: dataclasses.replace(st, referral_approval_required=False))
    ids = h.complaint(db, front)
    numbers = {
        "Kesehatan": _sent(db, back, ids.complaint_id, "Kesehatan", "Puskesmas Arut Selatan"),
        "Sosial": _sent(db, back, ids.complaint_id, "Sosial", "Dinas Sosial Kabupaten", "KEBAKARAN"),
        "Pendidikan": _sent(db, back, ids.complaint_id, "Pendidikan", "Dinas Pendidikan Kabupaten"),
        "Adminduk": _sent(db, back, ids.complaint_id, "Adminduk", "Dinas Kependudukan dan Pencatatan Sipil"),
    }
    expected = {"Kesehatan": "biru", "Sosial": "merah muda", "Pendidikan": "kuning", "Adminduk": "netral"}
    for field, number in numbers.items():
        pdf = cards.print_card(db, back, number)
        assert _band_colour(pdf) == expected[field], field
        assert field.upper() in helpers.text(pdf)
    sheet = cards.print_cards(db, back, list(numbers.values()))
    assert helpers.sizes(sheet) == [(round(A4[0], 1), round(A4[1], 1))]
    assert helpers.qr_texts(sheet, scale=2.5) == sorted(numbers.values())
    # Cards sit centred on the sheet, reading order: top-left health, top-right social …
    ox = (210 - 2 * 105) / 2
    oy = (297 - 2 * 148) / 2
    assert _band_colour(sheet, x_mm=ox + 7, y_mm=oy + 7.5) == "biru"
    assert _band_colour(sheet, x_mm=ox + 105 + 7, y_mm=oy + 7.5) == "merah muda"
    assert _band_colour(sheet, x_mm=ox + 7, y_mm=oy + 148 + 7.5) == "kuning"
    assert _band_colour(sheet, x_mm=ox + 105 + 7, y_mm=oy + 148 + 7.5) == "netral"
    assert _audit_count(db, "card.print") == 5  # one entry per print, the sheet included


def test_office_paper_f4_and_reprint_marked_copy(
    db: Database, front: Actor, back: Actor, head: Actor, fixed_now: dt.datetime
) -> None:
    profile = office.get_profile(db)
    assert profile is not None
    from dataclasses import replace

    office.save_profile(db, SYSTEM, replace(profile, paper_size="F4"))
    ids = h.complaint(db, front)
    a = _sent(db, back, ids.complaint_id, "Sosial", "Pemerintah Desa")
    b = _sent(db, back, ids.complaint_id, "Pendidikan", "Karang Taruna Desa")
    sheet = cards.print_cards(db, back, [a, b])
    w, hgt = paper_size("F4")
    assert helpers.sizes(sheet) == [(round(w, 1), round(hgt, 1))]
    copy = cards.reprint_card(db, back, a)
    assert "SALINAN" in helpers.text(copy)
    assert helpers.qr_texts(copy) == [a]
    assert _audit_count(db, "card.reprint") == 1
    with pytest.raises(PermissionDenied):
        cards.print_card(db, head, a)
    # Each card's timeline says who printed it, and whether it was the card or a copy (the sheet: both cards).
    with db.read() as s:
        events = s.execute(
            select(Referral.number, ReferralEvent.user_id, ReferralEvent.actor, ReferralEvent.note, ReferralEvent.at)
            .join(Referral, Referral.id == ReferralEvent.referral_id)
            .where(ReferralEvent.kind == "print")
            .order_by(ReferralEvent.id)
        ).all()
    assert [tuple(e[:4]) for e in events] == [
        (a, back.user_id, back.label, "Cetak kartu rujukan"),
        (b, back.user_id, back.label, "Cetak kartu rujukan"),
        (a, back.user_id, back.label, "Cetak salinan kartu rujukan"),
    ]
    assert {e.at for e in events} == {fixed_now}


def test_registry_status_and_programmes_on_the_card(
    db: Database, front: Actor, back: Actor, fixed_now: dt.datetime
) -> None:
    with db.write() as s:
        rec = RegistryRecord(
            nik=h.NIK, kk=h.KK, name="SITI AMINAH", desil=2, registry_id="DTSEN-620102001", active=True
        )
        s.add(rec)
        s.flush()
        for code in ("PKH", "BPNT"):
            pid = s.execute(select(Programme.id).where(Programme.code == code)).scalar_one()
            s.add(RegistryProgramme(record_id=rec.id, programme_id=pid))
    ids = h.complaint(db, front)
    number = _sent(db, back, ids.complaint_id, "Sosial", "Pemerintah Desa")
    text = helpers.text(cards.print_card(db, back, number))
    assert "Terdaftar DTKS/DTSEN, desil 2" in text
    assert "BPNT, PKH" in text
    ws = backoffice.get_workspace(db, None, ids.complaint_id)
    assert ws.registry.registered and ws.registry.programmes == ("BPNT", "PKH")


def test_cancelled_card_refused(db: Database, front: Actor, back: Actor) -> None:
    ids = h.complaint(db, front)
    number = _sent(db, back, ids.complaint_id, "Sosial", "Pemerintah Desa")
    referrals.cancel_referral(db, back, number, "Salah input")
    with pytest.raises(cards.PrintRefused, match="dibatalkan"):
        cards.print_card(db, back, number)
    assert cards.printable_numbers(db, ids.complaint_id) == []


def test_a_sheet_recorded_after_a_referral_went_records_the_others(
    db: Database, front: Actor, back: Actor, fixed_now: dt.datetime
) -> None:
    """The window records a sheet once it was printed: a referral removed meanwhile gets no timeline row (one
    INSERT … SELECT of the referrals still there), the others and the audit entry are recorded."""
    from sqlalchemy import delete

    ids = h.complaint(db, front)
    a = _sent(db, back, ids.complaint_id, "Sosial", "Pemerintah Desa")
    b = _sent(db, back, ids.complaint_id, "Pendidikan", "Karang Taruna Desa")
    sheet = cards.cards_printout(db, back, [b, a])
    with db.write() as s:
        s.execute(delete(Referral).where(Referral.number == b))
    sheet.record("printer")
    with db.read() as s:
        printed = s.execute(
            select(Referral.number, ReferralEvent.note, ReferralEvent.at)
            .join(Referral, Referral.id == ReferralEvent.referral_id)
            .where(ReferralEvent.kind == "print")
        ).all()
    assert [tuple(row) for row in printed] == [(a, "Cetak kartu rujukan", fixed_now)]
    assert _audit_count(db, "card.print") == 1


def test_a_card_reads_in_three_statements(
    db: Database, front: Actor, back: Actor, coordinator: Actor, fixed_now: dt.datetime
) -> None:
    """Issue 15 §10: the referral with its complaint, resident, partner, KK, service, both names and the letterhead
    of its date in one statement, the registry record with its programmes in one, the scans in one (before: seven,
    eight for a referral older than every profile version, as in the bench's data)."""
    from sqlalchemy import event

    with db.write() as s:
        rec = RegistryRecord(nik=h.NIK, kk=h.KK, name="SITI AMINAH", desil=3, registry_id="DTSEN-1", active=True)
        s.add(rec)
        s.flush()
        s.add(RegistryProgramme(record_id=rec.id, programme_id=h.programme_id(db, "PKH")))
    ids = h.complaint(db, front)
    number = _sent(db, back, ids.complaint_id, "Sosial", "Dinas Sosial Kabupaten", "KEBAKARAN")
    referrals.approve_referral(db, coordinator, number)
    with db.write() as s:  # the referral older than every version of the profile: the earliest letterhead
        s.execute(update(Referral).where(Referral.number == number).values(referred_at=dt.datetime(2001, 1, 1)))
    statements: list[str] = []
    listener = lambda *args: statements.append(" ".join(args[2].split()))  # noqa: E731 - (conn, cursor, statement…)
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        printout = cards.card_printout(db, back, number)
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    reads = [q for q in statements if q.upper().startswith("SELECT")]
    assert len(reads) == 3, reads
    text = helpers.text(printout.pdf)
    assert "Terdaftar DTKS/DTSEN, desil 3" in text and "PKH" in text
    assert "Siti Aminah" in text and h.KK in text
    assert office.get_profile(db) is not None and office.get_profile(db).village_name.upper() in text.upper()
