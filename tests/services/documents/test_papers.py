"""The printed documents, read back: text with pypdf, the QR code decoded from a rendering."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from puskesos_desktop.core import clock, fmt
from puskesos_desktop.core.errors import PermissionDenied, PrintRefused, ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry, Complaint, Letter
from puskesos_desktop.services import office
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.casework import backoffice, complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import letters
from puskesos_desktop.services.documents import papers as documents
from tests.services import bo_helpers as bo
from tests.services.fo_data import add_registry, pdf_qr_codes, pdf_text, resident


@pytest.fixture
def registered(db: Database, front: Actor, fixed_now: object) -> complaints.RegisteredComplaint:
    rid = resident(db, front, "Budi Tanpa Nik", sex="L", birth_date=dt.date(1990, 1, 1), address="Dusun II", rt="4")
    bpjs = next(s for s in catalogue.list_services(db, "Kesehatan") if s.code == "BPJS-PBI-AKTIF")
    return complaints.register_complaint(
        db,
        front,
        complaints.ComplaintInput(
            rid,
            "Kesehatan",
            "Kartu BPJS tidak aktif saat berobat",
            service_id=bpjs.id,
            documents_brought=frozenset({"Fotokopi KTP"}),
        ),
    )


def _audit_actions(db: Database) -> list[tuple[str, str, str]]:
    with db.read() as s:
        return [
            (a.action, a.entity, a.entity_id) for a in s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()
        ]


def test_receipt_reads_back(db: Database, front: Actor, registered: complaints.RegisteredComplaint) -> None:
    pdf = documents.receipt_pdf(db, front, registered.number)
    text = pdf_text(pdf)
    for expected in (
        "SURAT RESI KELUHAN",
        registered.number,
        "Budi Tanpa Nik",
        "Kesehatan",
        "Fotokopi KK",  # still missing
        "2 Desember 2026",  # 7 working days after Monday 23 November
        "23 November 2026",
        "Dewi Lestari",  # the officer
        registered.letter_number or "",
        "Sukamaju",
    ):
        assert expected in text, expected
    assert "Fotokopi KTP\n" not in text.split("Dokumen yang masih kurang")[1].split("Langkah")[0]
    assert "SALINAN" not in text
    assert pdf_qr_codes(pdf) == [registered.number]
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert round(float(page.mediabox.width)) == 420  # A5: 148 mm
    assert ("document.print", "receipt", registered.number) in _audit_actions(db)


def test_thermal_layout_from_settings(
    db: Database, front: Actor, coordinator: Actor, registered: complaints.RegisteredComplaint
) -> None:
    office.update_settings(db, coordinator, lambda st: dataclasses.replace(st, receipt_layout="80mm"))
    pdf = documents.receipt_pdf(db, front, registered.number)
    assert round(float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width)) == 227  # 80 mm
    assert pdf_qr_codes(pdf) == [registered.number]


def test_reprint_is_marked_and_audited(db: Database, front: Actor, registered: complaints.RegisteredComplaint) -> None:
    typed = registered.number.lower().replace("/", "")
    pdf = documents.reprint_receipt(db, front, typed)
    assert "SALINAN" in pdf_text(pdf)
    assert ("document.reprint", "receipt", registered.number) in _audit_actions(db)
    c = complaints.get_complaint(db, None, registered.number)
    assert [e.note for e in c.events if e.kind == "cetak"] == ["Salinan resi dicetak"]


def test_recommendation_letter(db: Database, front: Actor, registered: complaints.RegisteredComplaint) -> None:
    number = registered.letter_number or ""
    text = pdf_text(documents.letter_pdf(db, front, number))
    for expected in (number, "Budi Tanpa Nik", "Kependudukan dan Pencatatan Sipil", "H. Abdul Rahman", "Kotawaringin"):
        assert expected in text, expected
    copy = documents.reprint_letter(db, front, number)
    assert "SALINAN" in pdf_text(copy)
    with db.read() as s:
        assert s.execute(select(Letter.print_count).where(Letter.number == number)).scalar() == 2
    with pytest.raises(ValidationError):
        documents.reprint_certificate(db, front, number)


def test_registry_certificate(db: Database, front: Actor, fixed_now: object) -> None:
    rec = add_registry(db, "6201024506800003", "SITI AMINAH", kk="6201021205900002", programmes=("PKH", "PBI"))
    cert = letters.issue_certificate(db, front, registry_record_id=rec, purpose="pendaftaran KIP Kuliah")
    assert cert.number == "SKT/6201022001/2026/11/0001" and cert.resident_name == "Siti Aminah"
    text = pdf_text(documents.certificate_pdf(db, front, cert.number))
    for expected in (
        "SURAT KETERANGAN TERDAFTAR DTKS/DTSEN",
        "6201024506800003",
        "6201021205900002",
        "DTKS-800003",
        "1 Oktober 2026",
        "Program Keluarga Harapan",
        "KIP Kuliah",
    ):
        assert expected in text, expected
    assert "SALINAN" in pdf_text(documents.reprint_certificate(db, front, cert.number))


def test_certificate_refused_for_someone_not_listed(db: Database, front: Actor) -> None:
    rid = resident(db, front, "Tidak Terdaftar", "6201024506800003", "6201021205900002")
    with pytest.raises(ValidationError) as err:
        letters.issue_certificate(db, front, resident_id=rid)
    assert "usulan" in err.value.message


def test_requirements_list(db: Database, front: Actor) -> None:
    svc = next(s for s in catalogue.list_services(db, "Kesehatan") if s.code == "BPJS-PBI-AKTIF")
    text = pdf_text(documents.requirements_pdf(db, front, service_id=svc.id))
    assert "PERSYARATAN LAYANAN" in text and "Fotokopi KK" in text
    pkh = next(p for p in catalogue.list_programmes(db) if p.code == "PKH")
    assert "Program Keluarga Harapan" in pdf_text(documents.requirements_pdf(db, front, programme_id=pkh.id))


def test_printing_needs_permission(db: Database, head: Actor, registered: complaints.RegisteredComplaint) -> None:
    with pytest.raises(PermissionDenied):
        documents.receipt_pdf(db, head, registered.number)


def test_document_by_number(db: Database, front: Actor, registered: complaints.RegisteredComplaint) -> None:
    assert "SURAT RESI" in pdf_text(documents.document_pdf(db, front, registered.number))
    with pytest.raises(ValidationError):
        documents.document_pdf(db, front, "USL/6201022001/2026/11/0001")


def test_missing_documents_slip_is_one_paper(
    db: Database, front: Actor, registered: complaints.RegisteredComplaint
) -> None:
    # The status desk and the workspace print the same slip, recorded the same way (issue 18).
    text = pdf_text(documents.missing_documents_pdf(db, front, registered.number.lower(), note="Bawa aslinya"))
    assert registered.number in text and "Fotokopi KK" in text and "Bawa aslinya" in text
    assert ("slip.print", "complaint", registered.number) in _audit_actions(db)
    c = complaints.get_complaint(db, None, registered.number)
    assert [e.note for e in c.events if e.kind == "print"] == ["Cetak daftar kekurangan dokumen (5)"]
    # The slip is no receipt: the receipt's next print is still the original.
    assert "SALINAN" not in pdf_text(documents.receipt_pdf(db, front, registered.number))


def test_missing_documents_slip_asks_for_no_past_date(
    db: Database, front: Actor, registered: complaints.RegisteredComplaint
) -> None:
    def due(day: dt.date) -> None:
        with db.write() as s:
            s.execute(update(Complaint).where(Complaint.number == registered.number).values(due_date=day))

    today = clock.today()
    due(today + dt.timedelta(days=3))
    assert fmt.hari_tanggal(today + dt.timedelta(days=3)) in pdf_text(
        documents.missing_documents_pdf(db, front, registered.number)
    )
    due(today - dt.timedelta(days=1))
    assert "paling lambat" not in pdf_text(documents.missing_documents_pdf(db, front, registered.number))


def test_no_missing_documents_slip_when_all_are_in(db: Database, front: Actor, back: Actor, fixed_now: object) -> None:
    ids = bo.complaint(db, front)
    ws = backoffice.get_workspace(db, None, ids.complaint_id)
    backoffice.set_documents_received(db, back, ids.complaint_id, {d.id: True for d in ws.documents})
    with pytest.raises(PrintRefused):
        documents.missing_documents_printout(db, back, ids.complaint_number)
