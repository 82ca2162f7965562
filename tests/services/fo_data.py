"""Front-office test data: registry records inserted directly (the import is another issue), PDF read-back."""

from __future__ import annotations

import datetime as dt
import io

from sqlalchemy import select

from puskesos_desktop.core.text import name_key
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Programme, RegistryImport, RegistryProgramme, RegistryRecord
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents

EXTRACT_DATE = dt.date(2026, 10, 1)


def add_registry(
    db: Database,
    nik: str,
    name: str,
    *,
    kk: str = "",
    sex: str = "P",
    birth: dt.date | None = None,
    desil: int | None = 2,
    programmes: tuple[str, ...] = ("PKH",),
    active: bool = True,
) -> int:
    """One person in the DTKS/DTSEN extract, as the import would store them."""
    with db.write() as s:
        imp = s.execute(select(RegistryImport).limit(1)).scalar_one_or_none()
        if imp is None:
            imp = RegistryImport(filename="DTKS_Sukamaju.xlsx", sha256="0" * 64, extract_date=EXTRACT_DATE)
            s.add(imp)
            s.flush()
        codes = {p.code: p.id for p in s.execute(select(Programme)).scalars()}
        rec = RegistryRecord(
            nik=nik,
            kk=kk,
            name=name,
            name_key=name_key(name),
            sex=sex,
            birth_date=birth,
            address="Jl. Kenanga 7",
            rt="002",
            rw="001",
            registry_id=f"DTKS-{nik[-6:]}",
            desil=desil,
            import_id=imp.id,
            extract_date=EXTRACT_DATE,
            active=active,
        )
        rec.programmes = [RegistryProgramme(programme_id=codes[c]) for c in programmes]
        s.add(rec)
        s.flush()
        return rec.id


def resident(db: Database, actor: Actor, name: str, nik: str = "", kk: str = "", **kw: object) -> int:
    data = residents.ResidentInput(
        name=name,
        nik=nik,
        kk=kk,
        no_nik_reason="" if nik and kk else residents.NO_PAPERS_REASON,
        **kw,  # type: ignore[arg-type]
    )
    return residents.create_resident(db, actor, data).id


def pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def pdf_qr_codes(pdf: bytes, scale: float = 3.0) -> list[str]:
    """Render every page and decode the QR codes on it, as a phone or scanner would."""
    import pypdfium2 as pdfium
    import zxingcpp

    out: list[str] = []
    doc = pdfium.PdfDocument(pdf)
    for page in doc:
        image = page.render(scale=scale).to_pil()
        out += [r.text for r in zxingcpp.read_barcodes(image)]
    return out
