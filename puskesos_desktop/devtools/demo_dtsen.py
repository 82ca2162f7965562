"""The demo village's assisted Cek Bansos usul/sanggah (issue 16 item 8): a few filed in the last weeks, answered
ones, waiting ones, one past its 14-day deadline. (The register, desil file and registry disagreements are built in
devtools/demo_people.py.)"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import NotFoundError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import RegistryRecord, Resident
from puskesos_desktop.services.context import SYSTEM, Actor
from puskesos_desktop.services.registry import cek_bansos

POPULATION_HEADER = ["alamat", "dusun", "rw", "rt", "nama", "no_kk", "nik", "sex", "tempatlahir", "tanggallahir",
                     "kk_level", "status_dasar"]  # fmt: skip
_RELATION_CODES = {"Kepala Keluarga": 1, "Suami": 2, "Istri": 3, "Anak": 4}


def _actor(db: Database, username: str) -> Actor:
    from puskesos_desktop.services.admin import users

    try:
        return users.get_user(db, username).actor()
    except NotFoundError:
        return SYSTEM


def filings_stage(db: Database, rng: random.Random) -> None:
    """The demo village's Cek Bansos usul/sanggah (issue 16 item 8); the register, desil file and registry
    disagreements come from devtools/demo_people.py."""
    with db.read() as s:
        ids = [i for (i,) in s.execute(select(Resident.id).where(Resident.nik.is_not(None)).order_by(Resident.id))]
    _filings(db, rng, _actor(db, "frontoffice"), ids, clock.today())


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
