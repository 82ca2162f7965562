"""Issue 20: evidence on the case — attach every kind from every source, read the stored images back, refuse
hostile files with nothing stored, keep them private, carry them through a backup and restore byte-for-byte."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import PermissionDenied, ValidationError
from puskesos_desktop.core.statuses import AttachmentKind
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Attachment, AuditEntry, ComplaintDocument
from puskesos_desktop.devtools import photos
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import backup, restore
from puskesos_desktop.services.bootstrap import open_office_db
from puskesos_desktop.services.casework import referrals
from puskesos_desktop.services.casework.referrals import ReferralInput
from puskesos_desktop.services.context import Actor, cli_actor
from puskesos_desktop.services.people import attachments as att
from puskesos_desktop.services.people.attachments import Owner
from puskesos_desktop.services.registry import proposals
from tests.services import bo_helpers as h

GPS = (-2.208472, 113.917014)  # Palangka Raya
TAKEN = dt.datetime(2026, 11, 20, 9, 15, 0)


def _count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count(Attachment.id))) or 0)


def _audits(db: Database, action: str) -> int:
    with db.read() as s:
        return len(s.execute(select(AuditEntry.id).where(AuditEntry.action == action)).all())


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_every_kind_on_every_owner(db: Database, front: Actor, back: Actor, coordinator: Actor, tmp_path: Path) -> None:
    ids = h.complaint(db, front, service="BPJS-PBI-AKTIF")
    ref = referrals.create_referral(
        db, back, ids.complaint_id, ReferralInput("Kesehatan", h.partner_id(db, "Puskesmas Arut Selatan"), "Berobat")
    )
    other = h.resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    prop = proposals.propose_addition(db, front, other, "Keluarga tidak mampu")
    owners = [
        Owner("resident", ids.resident_id),
        Owner("complaint", ids.complaint_id),
        Owner("referral", ref.id),
        Owner("proposal", prop.id),
    ]
    pdf = photos.scan_pdf()
    for i, kind in enumerate(AttachmentKind):
        owner = owners[i % len(owners)]
        data = photos.photo(320, 240, gps=GPS) if kind.value.startswith("Foto") else pdf + b"%" + bytes([65 + i])
        info = att.attach_bytes(db, coordinator, owner, data, f"berkas{i}.bin", kind.value)
        assert info.kind == kind.value and info.owner_type == owner.type
    listed = att.list_attachments(db, coordinator)
    assert sorted(a.kind for a in listed) == sorted(k.value for k in AttachmentKind)
    assert {a.owner for a in listed} == {h.NIK, ids.complaint_number, ref.number, prop.number}
    assert all(not a.flag for a in listed)
    assert _audits(db, "attachment.add") == len(AttachmentKind)


def test_a_phone_photo_is_turned_shrunk_and_its_time_and_place_kept(db: Database, front: Actor, tmp_path: Path) -> None:
    rid = h.resident(db, front)
    # Orientation 6: the camera was held upright; the stored picture must stand (taller than wide).
    raw = photos.photo(4000, 3000, orientation=6, taken_at=TAKEN, gps=GPS)
    assert len(raw) > 3_000_000
    path = _write(tmp_path, "IMG_20261120_091500.jpg", raw)
    info = att.attach_file(db, front, Owner("resident", rid), path, "foto-depan")
    assert (info.width, info.height) == (1200, 1600)
    assert info.taken_at == TAKEN and info.gps is not None
    assert info.gps == pytest.approx(GPS, abs=1e-5)
    assert info.flag == "" and info.kind == "Foto rumah depan"
    assert info.bytes < 1_000_000 and info.mime == "image/jpeg"
    got, data = att.view_attachment(db, front, info.id)
    assert hashlib.sha256(data).hexdigest() == info.sha256 == got.sha256
    img = Image.open(io.BytesIO(data))
    assert img.format == "JPEG" and img.size == (1200, 1600)
    assert not img.getexif()  # EXIF (with GPS) is not carried in the stored file; it lives in columns
    # The red band was the sensor's top edge; after rotating 90° clockwise it is the right edge.
    rgb = img.convert("RGB")
    assert rgb.getpixel((1195, 800))[0] > 200 and rgb.getpixel((1195, 800))[1] < 60
    assert _audits(db, "attachment.view") == 1


def test_a_house_photo_without_position_is_flagged(db: Database, front: Actor) -> None:
    rid = h.resident(db, front)
    info = att.attach_bytes(db, front, Owner("resident", rid), photos.photo(640, 480), "a.jpg", "foto-toilet")
    assert info.gps is None and info.flag == att.NO_POSITION
    ktp = att.attach_bytes(db, front, Owner("resident", rid), photos.photo(640, 480, quality=80), "k.jpg", "ktp")
    assert ktp.flag == ""  # only house photos need a position


def test_pdf_kept_as_it_is(db: Database, front: Actor, tmp_path: Path) -> None:
    rid = h.resident(db, front)
    pdf = photos.scan_pdf()
    info = att.attach_file(db, front, Owner("resident", rid), _write(tmp_path, "sktm.pdf", pdf), "SKTM")
    assert info.mime == "application/pdf" and info.sha256 == hashlib.sha256(pdf).hexdigest()
    assert att.view_attachment(db, front, info.id)[1] == pdf


def test_png_scan_and_tiff_are_converted(db: Database, front: Actor) -> None:
    rid = h.resident(db, front)
    for fmt in ("PNG", "TIFF"):
        info = att.attach_bytes(db, front, Owner("resident", rid), photos.photo(2400, 1800, fmt=fmt), "s", "kk")
        assert info.mime == "image/jpeg" and (info.width, info.height) == (1600, 1200)
    # A palette PNG with transparency (a screenshot, a logo-like scan) comes out on white, in colour.
    pal = Image.new("RGBA", (400, 300), (0, 0, 0, 0))
    pal.paste((200, 30, 30, 255), (0, 0, 200, 300))
    buf = io.BytesIO()
    pal.convert("P").save(buf, "PNG", transparency=0)
    info = att.attach_bytes(db, front, Owner("resident", rid), buf.getvalue(), "p.png", "lainnya")
    img = Image.open(io.BytesIO(att.view_attachment(db, front, info.id)[1])).convert("RGB")
    assert img.getpixel((50, 150))[0] > 150 and img.getpixel((350, 150)) >= (240, 240, 240)


def _png_bomb() -> bytes:
    """A tiny PNG declaring 40,000 × 40,000 pixels (1.6 G): decoding it would take gigabytes."""
    w = h_ = 40_000
    ihdr = struct.pack(">IIBBBBB", w, h_, 8, 0, 0, 0, 0)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = zlib.compress(b"\x00" * 1000)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("KTP.jpg", lambda: b"MZ\x90\x00" + b"\x00" * 4000, "program"),
        ("foto.jpg", _png_bomb, "tidak wajar"),
        ("rusak.jpg", lambda: photos.photo(800, 600)[:5000], "rusak"),
        ("acak.jpg", lambda: bytes(range(256)) * 40, "bukan gambar"),
        ("potong.pdf", lambda: photos.scan_pdf()[:-200], "terpotong"),
    ],
)
def test_hostile_files_are_refused_and_nothing_stored(
    db: Database, front: Actor, tmp_path: Path, name: str, make: object, message: str
) -> None:
    rid = h.resident(db, front)
    path = _write(tmp_path, name, make())  # type: ignore[operator]
    with pytest.raises(ValidationError, match=message):
        att.attach_file(db, front, Owner("resident", rid), path, "ktp")
    assert _count(db) == 0 and _audits(db, "attachment.add") == 0


def test_a_200_mb_file_is_refused_before_it_is_read(
    db: Database, front: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = h.resident(db, front)
    big = tmp_path / "video.jpg"
    with big.open("wb") as f:  # sparse: 200 MB on paper, nothing on disk
        f.truncate(200 * 1024 * 1024)

    def no_read(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened for reading")

    monkeypatch.setattr(Path, "open", no_read)
    with pytest.raises(ValidationError, match="terlalu besar"):
        att.attach_file(db, front, Owner("resident", rid), big, "ktp")
    assert _count(db) == 0


def test_a_pdf_over_10_mb_is_refused(db: Database, front: Actor) -> None:
    rid = h.resident(db, front)
    fat = b"%PDF-1.4\n" + b"0" * (11 * 1024 * 1024) + b"\n%%EOF\n"
    with pytest.raises(ValidationError, match="10 MB"):
        att.attach_bytes(db, front, Owner("resident", rid), fat, "besar.pdf", "sktm")
    assert _count(db) == 0


def test_the_same_file_twice_is_refused(db: Database, front: Actor) -> None:
    rid = h.resident(db, front)
    data = photos.photo(320, 240)
    att.attach_bytes(db, front, Owner("resident", rid), data, "a.jpg", "kk")
    with pytest.raises(ValidationError, match="sudah dilampirkan"):
        att.attach_bytes(db, front, Owner("resident", rid), data, "salinan.jpg", "kk")


def test_the_checklist_ticks_itself(db: Database, front: Actor, back: Actor) -> None:
    ids = h.complaint(db, front, brought=frozenset())

    def received() -> dict[str, bool]:
        with db.read() as s:
            rows = s.scalars(select(ComplaintDocument).where(ComplaintDocument.complaint_id == ids.complaint_id))
            return {d.name: d.received for d in rows}

    before = received()
    assert before and not any(before.values())
    ktp_lines = {n for n in before if "KTP" in n}
    att.attach_bytes(db, front, Owner("complaint", ids.complaint_id), photos.scan_pdf(), "ktp.pdf", "ktp")
    after = received()
    assert {n for n, v in after.items() if v} == ktp_lines
    # A KK scan on the resident ticks the KK line of the resident's open complaint.
    att.attach_bytes(db, front, Owner("resident", ids.resident_id), photos.photo(300, 200), "kk.jpg", "kk")
    assert all(v for n, v in received().items() if "KK" in n or "Kartu Keluarga" in n)


def test_only_those_who_may_see_the_case_see_them(
    db: Database, front: Actor, head: Actor, facilitator: Actor, coordinator: Actor, back: Actor
) -> None:
    ids = h.complaint(db, front)
    info = att.attach_bytes(db, front, Owner("complaint", ids.complaint_id), photos.scan_pdf(), "ktp.pdf", "ktp")
    for call in (
        lambda: att.list_attachments(db, head),
        lambda: att.view_attachment(db, head, info.id),
        lambda: att.attach_bytes(db, head, Owner("complaint", ids.complaint_id), b"x", "x", "ktp"),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert not att.may_see(head)
    # A facilitator sees only the cases they registered.
    assert att.list_attachments(db, facilitator) == []
    with pytest.raises(Exception, match="tidak ditemukan"):
        att.view_attachment(db, facilitator, info.id)
    assert [a.id for a in att.list_attachments(db, back)] == [info.id]


def test_removal_by_the_coordinator_only_and_audited(
    db: Database, front: Actor, back: Actor, coordinator: Actor, tmp_path: Path
) -> None:
    rid = h.resident(db, front)
    info = att.attach_bytes(db, front, Owner("resident", rid), photos.scan_pdf(), "a.pdf", "akta")
    out = tmp_path / "keluar.pdf"
    att.export_attachment(db, back, info.id, out)
    assert hashlib.sha256(out.read_bytes()).hexdigest() == info.sha256
    assert _audits(db, "attachment.export") == 1
    for who in (front, back):
        with pytest.raises(PermissionDenied):
            att.remove_attachment(db, who, info.id, "salah unggah")
    with pytest.raises(ValidationError):
        att.remove_attachment(db, coordinator, info.id, " ")
    att.remove_attachment(db, coordinator, info.id, "salah unggah")
    assert _count(db) == 0
    entry = audit.query(db, coordinator, audit.AuditFilter(action="attachment.remove"))[0]
    assert entry.details["sha256"] == info.sha256 and entry.details["reason"] == "salah unggah"
    assert audit.verify(db).ok


def test_storage_total(db: Database, front: Actor, coordinator: Actor) -> None:
    rid = h.resident(db, front)
    a = att.attach_bytes(db, front, Owner("resident", rid), photos.scan_pdf(), "a.pdf", "akta")
    b = att.attach_bytes(db, front, Owner("resident", rid), photos.photo(300, 200), "b.jpg", "kk")
    total = att.storage_total(db, coordinator)
    assert (total.count, total.bytes) == (2, a.bytes + b.bytes)


@pytest.mark.sqlite_only  # backup is SQLite-only for now (issue 15 item 6)
def test_backup_restored_on_a_fresh_database_carries_every_file(
    db: Database, front: Actor, coordinator: Actor, tmp_path: Path
) -> None:
    rid = h.resident(db, front)
    ids = h.complaint(db, front, resident_id=rid)
    scan = photos.scan_pdf()
    stored = [
        att.attach_bytes(db, front, Owner("resident", rid), photos.photo(2000, 1500, gps=GPS), "d.jpg", "foto-depan"),
        att.attach_bytes(db, front, Owner("complaint", ids.complaint_id), scan, "s.pdf", "sktm"),
    ]
    originals = {i.id: att.view_attachment(db, coordinator, i.id)[1] for i in stored}
    saved = backup.create_backup(db, coordinator, tmp_path / "cadangan.sqlite3", password="Sandi-cadangan-1")
    fresh_path = tmp_path / "baru" / "kantor.sqlite3"
    fresh_path.parent.mkdir()
    fresh = open_office_db(f"sqlite:///{fresh_path}")
    assert _count(fresh) == 0
    fresh.dispose()
    restore.restore(f"sqlite:///{fresh_path}", saved.path, cli_actor(), password="Sandi-cadangan-1")
    again = open_office_db(f"sqlite:///{fresh_path}")
    try:
        listed = {a.id: a for a in att.list_attachments(again, cli_actor())}
        assert set(listed) == set(originals)
        for aid, data in originals.items():
            got = att.view_attachment(again, cli_actor(), aid)[1]
            assert got == data and hashlib.sha256(got).hexdigest() == listed[aid].sha256
        assert listed[stored[0].id].gps == pytest.approx(GPS, abs=1e-5)
        assert originals[stored[1].id] == scan  # a PDF is kept exactly as it came, and restored so
    finally:
        again.dispose()


def _images_in(pdf: bytes) -> int:
    from pypdf import PdfReader

    return sum(len(p.images) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_contact_sheet_for_a_proposal_and_the_deliberation(
    db: Database, front: Actor, coordinator: Actor, head: Actor
) -> None:
    from puskesos_desktop.services.registry import musdes
    from tests.services.fo_data import pdf_text

    rid = h.resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    prop = proposals.propose_addition(db, front, rid, "Rumah tidak layak huni")
    empty_sheet = att.proposal_photos_pdf(db, front, prop.number)
    assert _images_in(empty_sheet) == 0 and "Belum ada foto rumah" in pdf_text(empty_sheet)
    # One photo on the proposal, one taken earlier on the applicant; a KTP scan is not a house photo.
    att.attach_bytes(db, front, Owner("proposal", prop.id), photos.photo(800, 600, taken_at=TAKEN, gps=GPS), "d.jpg",
                     "foto-depan")  # fmt: skip
    att.attach_bytes(db, front, Owner("resident", rid), photos.photo(600, 800), "t.jpg", "foto-toilet")
    att.attach_bytes(db, front, Owner("resident", rid), photos.photo(600, 400), "k.jpg", "ktp")
    sheet = att.proposal_photos_pdf(db, front, prop.number)
    text = " ".join(pdf_text(sheet).split())
    assert _images_in(sheet) == 2
    assert "Foto rumah depan · 20 November 2026 pukul 09.15 · -2.20847, 113.91701" in text
    assert "Foto rumah toilet" in text and "tanpa lokasi GPS" in text and "KTP" not in text.split("LAMPIRAN")[1]
    assert _audits(db, "attachment.print") == 2
    with pytest.raises(PermissionDenied):
        att.proposal_photos_pdf(db, head, prop.number)
    with pytest.raises(ValidationError, match="USL"):
        att.proposal_photos_pdf(db, front, f"#{rid}")

    agenda = musdes.agenda_pdf(db, coordinator, paper="A4")
    assert _images_in(agenda) == 2 and "LAMPIRAN FOTO RUMAH" in pdf_text(agenda)
    assert _audits(db, "attachment.print") == 4  # each photo printed in the list is audited too

    # The minutes (berita acara) the district gets carry the agreed proposals' house photos.
    session = musdes.record_session(
        db, coordinator,
        musdes.SessionInput(clock.today(), "Balai Desa", 12, "Kepala Desa", (musdes.Decision(prop.id, True),)),
    )  # fmt: skip
    minutes = musdes.minutes_pdf(db, coordinator, session.id)
    assert _images_in(minutes) == 2 and "LAMPIRAN FOTO RUMAH" in pdf_text(minutes)
    assert _audits(db, "attachment.print") == 6


def test_a_referral_card_names_the_scans_attached_to_it(
    db: Database, front: Actor, back: Actor, coordinator: Actor
) -> None:
    from puskesos_desktop.services.documents import cards
    from tests.services.fo_data import pdf_text

    ids = h.complaint(db, front)
    ref = referrals.create_referral(
        db, back, ids.complaint_id, ReferralInput("Kesehatan", h.partner_id(db, "Puskesmas Arut Selatan"), "Berobat")
    )
    referrals.approve_referral(db, coordinator, ref.number)
    before = " ".join(pdf_text(cards.print_card(db, back, ref.number)).split())
    assert "pindaian tersimpan" not in before
    att.attach_bytes(db, back, Owner("referral", ref.id), photos.scan_pdf(), "sktm.pdf", "sktm")
    after = " ".join(pdf_text(cards.reprint_card(db, back, ref.number)).split())
    assert "SKTM (pindaian tersimpan)" in after


def test_anonymising_a_resident_drops_their_scans(db: Database, front: Actor, back: Actor, coordinator: Actor) -> None:
    from puskesos_desktop.services.people import retention

    ids = h.complaint(db, front)
    other = h.resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    att.attach_bytes(db, front, Owner("resident", ids.resident_id), photos.scan_pdf(), "ktp.pdf", "ktp")
    att.attach_bytes(db, front, Owner("complaint", ids.complaint_id), photos.photo(300, 200), "kk.jpg", "kk")
    kept = att.attach_bytes(db, front, Owner("resident", other), photos.photo(320, 200), "b.jpg", "kk")
    with db.write() as s:
        retention._anonymise_in(s, coordinator, [ids.resident_id], 5)
    assert [a.id for a in att.list_attachments(db, coordinator)] == [kept.id]


def test_the_residents_data_sheet_lists_their_scans_and_who_viewed_them(
    db: Database, front: Actor, back: Actor
) -> None:
    from puskesos_desktop.services.people import access_report
    from tests.services.fo_data import pdf_text

    ids = h.complaint(db, front)
    empty = " ".join(pdf_text(access_report.resident_data_pdf(db, front, ids.resident_id)).split())
    assert "Tidak ada pindaian atau foto yang disimpan." in empty
    info = att.attach_bytes(
        db, front, Owner("complaint", ids.complaint_id), photos.photo(400, 300, gps=GPS), "kk.jpg", "kk"
    )
    att.view_attachment(db, back, info.id)
    text = " ".join(pdf_text(access_report.resident_data_pdf(db, front, ids.resident_id)).split())
    assert "12. Lampiran (pindaian dan foto)" in text
    assert "Lampiran ditambahkan" in text and "Lampiran dilihat" in text


def test_the_table_holds_one_owner_per_file(db: Database, front: Actor) -> None:
    from sqlalchemy.exc import IntegrityError

    ids = h.complaint(db, front)
    with pytest.raises(IntegrityError), db.write() as s:
        s.add(
            Attachment(
                resident_id=ids.resident_id, complaint_id=ids.complaint_id, kind="KTP", filename="x", mime="image/jpeg",
                size=1, sha256="0" * 64, source_sha256="0" * 64, actor="t", content=b"x",
            )
        )  # fmt: skip


def _referral(
    db: Database, front: Actor, back: Actor, coordinator: Actor, *, approve: bool = True, complaint_id: int = 0
) -> tuple[int, str]:
    complaint_id = complaint_id or h.complaint(db, front).complaint_id
    ref = referrals.create_referral(
        db, back, complaint_id, ReferralInput("Kesehatan", h.partner_id(db, "Puskesmas Arut Selatan"), "Berobat")
    )
    if approve:
        referrals.approve_referral(db, coordinator, ref.number)
    return ref.id, ref.number


def test_a_referral_card_carries_the_scans_attached_to_it(
    db: Database, front: Actor, back: Actor, coordinator: Actor, head: Actor
) -> None:
    """Item 4: the card, then each scan — a PDF's pages as they are, a photo on a page of its own scaled to fit
    (landscape for a wide one), a PDF pdfium cannot open replaced by a page that says so; each audited."""
    from pypdf import PdfReader

    from puskesos_desktop.core.errors import PrintRefused
    from puskesos_desktop.services.documents import cards
    from tests.services.fo_data import pdf_text

    ref_id, number = _referral(db, front, back, coordinator)
    owner = Owner("referral", ref_id)
    assert cards.card_printout(db, back, number, with_attachments=True).pdf == cards.card_printout(db, back, number).pdf
    att.attach_bytes(db, back, owner, photos.scan_pdf(), "sktm.pdf", "sktm")
    att.attach_bytes(db, back, owner, photos.photo(1600, 900), "kk.jpg", "kk")
    att.attach_bytes(db, back, owner, b"%PDF-1.4\nrusak di tengah\n%%EOF\n", "rusak.pdf", "lainnya")
    before = _audits(db, "attachment.print")
    card = cards.card_printout(db, back, number, with_attachments=True)
    reader = PdfReader(io.BytesIO(card.pdf))
    assert len(reader.pages) == 4  # the card, the SKTM page, the KK photo, the unreadable one's note
    card_w, card_h = (float(x) for x in reader.pages[0].mediabox.upper_right)
    assert (round(card_w), round(card_h)) == (298, 420)  # A6
    photo_w, photo_h = (float(x) for x in reader.pages[2].mediabox.upper_right)
    assert photo_w > photo_h and round(photo_h) == 595  # A4 landscape for a wide photo
    assert len(reader.pages[2].images) == 1
    text = pdf_text(card.pdf)
    assert "SURAT KETERANGAN TIDAK MAMPU" in text and f"Lampiran 2 dari 3 · {number} · KK · kk.jpg" in text
    assert "tidak dapat dicetak" in text
    assert _audits(db, "attachment.print") == before + 3
    # The penanggung jawab never gets the scans; a card still awaiting approval is refused before any is read.
    with pytest.raises(PermissionDenied):
        cards.card_printout(db, head, number, with_attachments=True)
    with db.read() as s:
        from puskesos_desktop.db.models import Referral

        complaint_id = s.get(Referral, ref_id).complaint_id  # type: ignore[union-attr]
    _, waiting = _referral(db, front, back, coordinator, approve=False, complaint_id=complaint_id)
    with pytest.raises(PrintRefused):
        cards.card_printout(db, back, waiting, with_attachments=True)
    assert _audits(db, "attachment.print") == before + 3


def test_what_cannot_be_attached_or_removed_changes_nothing(
    db: Database, front: Actor, coordinator: Actor, tmp_path: Path
) -> None:
    """A file that is gone, a folder, an owner of another type or one that is not there, removing an attachment that
    is not there: each refused in words, with nothing stored and nothing in the trail."""
    from puskesos_desktop.core.errors import NotFoundError

    ids = h.complaint(db, front)
    owner = Owner("resident", ids.resident_id)
    pdf = photos.scan_pdf()
    with pytest.raises(ValidationError, match="hilang.pdf tidak dapat dibuka"):
        att.attach_file(db, coordinator, owner, tmp_path / "hilang.pdf", "KTP")
    folder = tmp_path / "scan"
    folder.mkdir()
    with pytest.raises(ValidationError, match="scan bukan berkas"):
        att.attach_file(db, coordinator, owner, folder, "KTP")
    with pytest.raises(ValidationError, match="tidak dapat dipasang pada 'visit'"):
        att.attach_bytes(db, coordinator, Owner("visit", 1), pdf, "ktp.pdf", "KTP")
    for kind in ("resident", "complaint"):
        with pytest.raises(NotFoundError, match=f"{kind} #999999"):
            att.attach_bytes(db, coordinator, Owner(kind, 999_999), pdf, "ktp.pdf", "KTP")
    with pytest.raises(NotFoundError, match="#999999"):
        att.remove_attachment(db, coordinator, 999_999, "Salah unggah")
    assert _count(db) == 0 and _audits(db, "attachment.add") == 0 and _audits(db, "attachment.remove") == 0

    stored = att.attach_file(db, coordinator, owner, _write(tmp_path, "ktp.pdf", pdf), "KTP")
    assert (stored.kind, stored.owner_type, _count(db)) == ("KTP", "resident", 1)
