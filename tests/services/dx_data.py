"""Test data for the data exchange with the district (issue 5): extract files, a filled month, table dumps."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import xlsxwriter
from msoffcrypto.format.ooxml import OOXMLFile
from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.core.identity import make_nik
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    AuditEntry,
    ExportBatch,
    Proposal,
    ProposalEvent,
    Referral,
    ReferralEvent,
    RegistryImport,
    RegistryProgramme,
    RegistryRecord,
    Setting,
)
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents

ROOT = Path(__file__).resolve().parents[2]

__all__ = ["HEADER", "dump", "encrypt", "extract_row", "make_nik", "sample_module", "write_xlsx"]

HEADER = ["ID_DTKS", "NIK", "NO_KK", "NAMA", "TEMPAT_LAHIR", "TGL_LAHIR", "JENIS_KELAMIN", "ALAMAT", "RT", "RW",
          "DESIL", "KODE_WILAYAH", "PKH", "BPNT", "PBI"]  # fmt: skip
KK = "6201021203090001"


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], sheet: str = "Data") -> Path:
    """Each value by its Python type: str as string, int/float as number, date as date, None blank."""
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False,
                                          "strings_to_urls": False})  # fmt: skip
    ws = wb.add_worksheet(sheet)
    date_fmt = wb.add_format({"num_format": "dd/mm/yyyy"})
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, str):
                ws.write_string(r, c, value)
            elif isinstance(value, int | float):
                ws.write_number(r, c, value)
            elif isinstance(value, dt.date):
                ws.write_datetime(r, c, value, date_fmt)
            else:
                raise TypeError(value)
    wb.close()
    return path


def sample_module() -> ModuleType:
    """scripts/make_sample_dtks.py, loaded as a module (scripts/ is not a package)."""
    name = "make_sample_dtks"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "make_sample_dtks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def nik_of(birth: dt.date, sex: str = "L", serial: int = 1, kec: str = "620102") -> str:
    return make_nik(kec, birth, sex, serial)


def extract_row(nik: object, name: str = "SITI AMINAH", **kw: object) -> list[object]:
    values: dict[str, object] = {
        "id": "DTKS01", "kk": KK, "place": "PANGKALAN BUN", "birth": None, "sex": None, "address": "JL. MERDEKA",
        "rt": "001", "rw": "002", "desil": 3, "region": "6201022001", "pkh": "YA", "bpnt": "TIDAK", "pbi": "",
    }  # fmt: skip
    values.update(kw)
    return [values["id"], nik, values["kk"], name, values["place"], values["birth"], values["sex"], values["address"],
            values["rt"], values["rw"], values["desil"], values["region"], values["pkh"], values["bpnt"],
            values["pbi"]]  # fmt: skip


def encrypt(path: Path, password: str, target: Path) -> Path:
    out = io.BytesIO()
    with open(path, "rb") as fh:
        OOXMLFile(fh).encrypt(password, out)
    target.write_bytes(out.getvalue())
    return target


def dump(db: Database) -> dict[str, Any]:
    """Everything the data exchange may change, to compare before and after (a cancelled import changes nothing)."""
    with db.read() as s:
        return {
            "records": sorted(
                tuple(r)
                for r in s.execute(
                    select(
                        RegistryRecord.id, RegistryRecord.nik, RegistryRecord.name, RegistryRecord.kk,
                        RegistryRecord.active, RegistryRecord.row_hash, RegistryRecord.desil,
                        RegistryRecord.extract_date, RegistryRecord.updated_at,
                    )  # fmt: skip
                ).all()
            ),
            "memberships": sorted(
                tuple(r)
                for r in s.execute(select(RegistryProgramme.record_id, RegistryProgramme.programme_id)).all()
            ),
            "imports": s.execute(select(RegistryImport.id)).scalars().all(),
            "audit": s.execute(select(AuditEntry.id)).scalars().all(),
            "settings": sorted(tuple(r) for r in s.execute(select(Setting.key, Setting.value)).all()),
            "batches": s.execute(select(ExportBatch.id)).scalars().all(),
            "referrals": sorted(
                tuple(r)
                for r in s.execute(
                    select(Referral.number, Referral.status, Referral.outcome_date, Referral.outcome_note)
                ).all()
            ),
            "proposals": sorted(
                tuple(r)
                for r in s.execute(
                    select(Proposal.number, Proposal.status, Proposal.outcome_date, Proposal.outcome_note)
                ).all()
            ),
            "events": (
                len(s.execute(select(ReferralEvent.id)).all()),
                len(s.execute(select(ProposalEvent.id)).all()),
            ),
        }


# --- a village month: complaints, a referral, a deliberation ----------------------------------------------------

OCT = dt.datetime(2026, 10, 15, 9, 0)
NOV = dt.datetime(2026, 11, 10, 10, 0)
MUSDES_DAY = dt.date(2026, 11, 12)
EXPORT_AT = dt.datetime(2026, 11, 23, 9, 30)
NIK_A = "6201025205900001"  # Siti Aminah, in the registry (desil 2)
KK_A = "6201021205900002"
NIK_B = "6201021505850003"  # Budi, not in the registry: his household is proposed
KK_B = "6201021505850004"


@dataclass(frozen=True)
class Month:
    complaint_a: str
    complaint_b: str
    complaint_c: str  # no papers: a recommendation letter in November
    referral: str
    proposal: str
    musdes_id: int


def _at(moment: dt.datetime) -> None:
    clock.set_clock(lambda: moment)


def fill_months(db: Database, front: Actor, back: Actor, coordinator: Actor) -> Month:
    """October: two complaints (B's household proposed). November: A referred and approved, a deliberation agrees
    B's proposal, a resident without papers comes (letter). The clock is left at EXPORT_AT."""
    from puskesos_desktop.services.casework import complaints, referrals
    from puskesos_desktop.services.registry import musdes
    from tests.services import bo_helpers as h
    from tests.services.fo_data import add_registry

    add_registry(db, NIK_A, "SITI AMINAH", kk=KK_A, desil=2)
    _at(OCT)
    a = h.complaint(db, front, description='=HYPERLINK("http://x.invalid","klik") kartu BPJS tidak aktif',
                    resident_id=h.resident(db, front, "Siti Aminah", NIK_A, KK_A))  # fmt: skip
    rb = h.resident(db, front, "Budi Santoso", NIK_B, KK_B)
    b = complaints.register_complaint(
        db, front, complaints.ComplaintInput(rb, "Sosial", "Rumah rusak berat", service_id=h.service_id(db, "RUTILAHU"))
    )
    assert b.proposal_number is not None
    _at(NOV)
    ref = referrals.create_referral(
        db, back, a.complaint_id, referrals.ReferralInput("Kesehatan", h.partner_id(db, "Dinas Sosial Kabupaten"),
                                                          "PBI perlu diaktifkan kembali"),
    )  # fmt: skip
    referrals.approve_referral(db, coordinator, ref.number)
    paperless = residents.ResidentInput(name="Warga Tanpa Dokumen", sex="L", no_nik_reason=residents.NO_PAPERS_REASON)
    rc = residents.create_resident(db, front, paperless).id
    c = complaints.register_complaint(db, front, complaints.ComplaintInput(rc, "Adminduk", "Belum punya NIK dan KK"))
    _at(dt.datetime.combine(MUSDES_DAY, dt.time(14, 0)))
    item = next(i for i in musdes.agenda(db, None) if i.number == b.proposal_number)
    session = musdes.record_session(
        db, coordinator,
        musdes.SessionInput(MUSDES_DAY, "Balai Desa Sukamaju", 34, "H. Abdul Rahman",
                            (musdes.Decision(item.proposal_id, True),)),
    )  # fmt: skip
    _at(EXPORT_AT)
    return Month(a.complaint_number, b.number, c.number, ref.number, b.proposal_number, session.id)
