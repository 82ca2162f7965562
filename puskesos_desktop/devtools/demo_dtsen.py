"""The demo village in the DTSEN era (issue 16): its own population register (OpenSID format), the SIKS-NG desil file
and the registry disagree the way they do in a real village — a few registry people died or moved away, some
registry NIKs the village does not know, one person listed twice, low-desil families without any programme — so that
every reconciliation reason appears; and the office has filed a few Cek Bansos usul/sanggah, one past its deadline.

The files are written to a temporary folder beside the demo database and imported through the services, as an
operator would; they are gone afterwards."""

from __future__ import annotations

import csv
import datetime as dt
import random
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from puskesos_desktop.core import clock, identity
from puskesos_desktop.core.errors import NotFoundError
from puskesos_desktop.core.text import name_key
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Household, RegistryRecord, Resident
from puskesos_desktop.devtools.demo_common import DemoSummary
from puskesos_desktop.services.context import SYSTEM, Actor
from puskesos_desktop.services.registry import cek_bansos, desil, population

POPULATION_HEADER = ["alamat", "dusun", "rw", "rt", "nama", "no_kk", "nik", "sex", "tempatlahir", "tanggallahir",
                     "kk_level", "status_dasar"]  # fmt: skip
_RELATION_CODES = {"Kepala Keluarga": 1, "Suami": 2, "Istri": 3, "Anak": 4}


def _actor(db: Database, username: str) -> Actor:
    from puskesos_desktop.services.admin import users

    try:
        return users.get_user(db, username).actor()
    except NotFoundError:
        return SYSTEM


def dtsen_stage(db: Database, rng: random.Random, summary: DemoSummary, months: list[dt.date]) -> None:
    if not months:
        return
    today = clock.today()
    coordinator, front = _actor(db, "koordinator"), _actor(db, "frontoffice")
    with db.read() as s:
        registry = s.execute(
            select(RegistryRecord.nik, RegistryRecord.kk, RegistryRecord.name, RegistryRecord.sex,
                   RegistryRecord.birth_place, RegistryRecord.birth_date, RegistryRecord.address, RegistryRecord.rt,
                   RegistryRecord.rw, RegistryRecord.desil).order_by(RegistryRecord.id)
        ).all()  # fmt: skip
        people = s.execute(
            select(Resident.id, Resident.nik, Household.kk, Resident.name, Resident.sex, Resident.birth_place,
                   Resident.birth_date, Resident.address, Resident.rt, Resident.rw, Resident.family_relation)
            .join(Household, Household.id == Resident.household_id)
            .where(Resident.nik.is_not(None), Household.kk.is_not(None))
            .order_by(Resident.id)
        ).all()  # fmt: skip
    if len(registry) < 20:
        return
    listed = [r for r in registry if r.kk]
    picked = rng.sample(listed, 10)
    dead, moved, unknown = {r.nik for r in picked[:3]}, {r.nik for r in picked[3:6]}, {r.nik for r in picked[6:]}
    rows: dict[str, list[object]] = {}
    for r in registry:
        if r.nik in unknown or not r.kk:
            continue
        status = 2 if r.nik in dead else 3 if r.nik in moved else 1
        rows[r.nik] = [r.address, "", r.rw, r.rt, r.name, f"'{r.kk}", f"'{r.nik}", 1 if r.sex == "L" else 2,
                       r.birth_place, r.birth_date.isoformat() if r.birth_date else "", 4, status]  # fmt: skip
    for p in people:
        if p.nik in unknown:
            continue
        status = 2 if p.nik in dead else 3 if p.nik in moved else 1
        rows[p.nik] = [p.address, "", p.rw, p.rt, p.name.upper(), f"'{p.kk}", f"'{p.nik}", 1 if p.sex == "L" else 2,
                       p.birth_place, p.birth_date.isoformat() if p.birth_date else "",
                       _RELATION_CODES.get(p.family_relation, 4), status]  # fmt: skip
    folder = db.path.parent if db.path is not None else None
    with tempfile.TemporaryDirectory(dir=folder, prefix="demo-dtsen-") as tmp:
        register = Path(tmp) / "format_impor_penduduk_sukamaju.csv"
        with register.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(POPULATION_HEADER)
            writer.writerows(rows.values())
        result = population.import_population(db, coordinator, register, data_date=today - dt.timedelta(days=10),
                                               report_dir=tmp)  # fmt: skip
        summary.extra["population_imported"] = result.imported + result.updated + result.unchanged
        # The SIKS-NG desil file: the family's desil as BPS ranked it; a few moved by one since the extract.
        families: dict[str, tuple[str, int]] = {}
        for r in listed:
            if r.desil is not None and r.kk not in families:
                shift = rng.choice([0, 0, 0, 0, -1, 1])
                families[r.kk] = (r.nik, min(10, max(1, r.desil + shift)))
        desil_file = Path(tmp) / "desil_sukamaju.csv"
        with desil_file.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(["No KK", "NIK", "Desil"])
            writer.writerows([f"'{kk}", f"'{nik}", value] for kk, (nik, value) in families.items())
        done = desil.import_desil(db, coordinator, desil_file, data_date=today - dt.timedelta(days=30), report_dir=tmp)
        summary.extra["desil_families"] = done.matched + done.unmatched
    _double(db, rng, listed)
    _filings(db, rng, front, [p.id for p in people], today)


def _double(db: Database, rng: random.Random, listed: Sequence[Any]) -> None:
    """One person listed twice: the same name and birth date under a second NIK (a typo in the registry)."""
    original = next((r for r in listed if r.birth_date is not None), None)
    if original is None:
        return
    with db.write() as s:
        rec = s.execute(select(RegistryRecord).where(RegistryRecord.nik == original.nik)).scalar_one()
        serial = 9000 + rng.randint(0, 999)
        nik = identity.make_nik(rec.nik[:6], original.birth_date, rec.sex or "L", serial)
        s.add(RegistryRecord(
            nik=nik, kk=rec.kk, name=rec.name, name_key=name_key(rec.name), sex=rec.sex, birth_place=rec.birth_place,
            birth_date=rec.birth_date, address=rec.address, rt=rec.rt, rw=rec.rw, registry_id=f"{rec.registry_id}X",
            desil=rec.desil, region_code=rec.region_code, import_id=rec.import_id, extract_date=rec.extract_date,
        ))  # fmt: skip


def _filings(db: Database, rng: random.Random, actor: Actor, resident_ids: list[int], today: dt.date) -> None:
    """Cek Bansos usul/sanggah the office filed in the last weeks: answered ones, waiting ones, one overdue."""
    if len(resident_ids) < 6 or actor is SYSTEM:
        return
    for i, rid in enumerate(rng.sample(resident_ids, 6)):
        filed = today - dt.timedelta(days=(20, 17, 12, 9, 5, 2)[i])
        kind = "Sanggah" if i in (1, 4) else "Usul"
        family = ""
        if kind == "Sanggah":
            family = _some_kk(db, rng)
        with clock.frozen_at(dt.datetime.combine(filed, dt.time(10, 0))):
            made = cek_bansos.record(db, actor, rid, cek_bansos.FilingInput(
                kind, filed, family_kk=family, reference=f"CB-{filed:%y%m%d}-{rng.randint(100, 999)}",
                notes="Verifikasi wajah di aplikasi gagal; diajukan petugas.",
            ))  # fmt: skip
        if i == 0:
            with clock.frozen_at(dt.datetime.combine(filed + dt.timedelta(days=9), dt.time(11, 0))):
                cek_bansos.set_outcome(db, actor, made.id, "Diterima", filed + dt.timedelta(days=9))


def _some_kk(db: Database, rng: random.Random) -> str:
    with db.read() as s:
        cards = [kk for (kk,) in s.execute(select(RegistryRecord.kk).where(RegistryRecord.kk != "").limit(200))]
    return rng.choice(cards) if cards else ""
