"""The benchmark's office database: bulk inserts of valid synthetic data, and the registry extract beside it.

`services.demo` goes through every service and takes minutes for 3,000 residents; 200,000 residents go in here
with SQLAlchemy Core ``insert()`` executemany (explicit ids: the tables are empty). Office profile, accounts and
the catalogue still go through the services. The registry extract is only *written* here (half of its people are
residents of the office, half never came); the ``import`` step then imports it through the real import.

Complaints all fall in the month before this one, so that the monthly export has a full month to write and the
complaints registered during the benchmark (this month) do not change it.
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.statuses import Channel, ComplaintStatus, ReferralStatus
from puskesos_desktop.core.text import name_key
from puskesos_desktop.db.models import (
    Complaint,
    ComplaintEvent,
    Household,
    NumberSeries,
    Partner,
    Referral,
    ReferralEvent,
    Resident,
    Service,
    User,
)
from puskesos_desktop.devtools.bench.extract import ExtractWriter
from puskesos_desktop.devtools.bench.info import ACCOUNTS, BuildInfo, BuildSpec
from puskesos_desktop.devtools.bench.people import VILLAGE_CODE, Family, families
from puskesos_desktop.devtools.demo import COMPLAINT_TEXTS, FIELD_WEIGHTS
from puskesos_desktop.services import office
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.bootstrap import open_office_db
from puskesos_desktop.services.context import SYSTEM
from puskesos_desktop.services.numbering import Prefix, format_number
from puskesos_desktop.services.people.residents import NO_PAPERS_REASON

CHUNK = 10_000
REFERRED_SHARE = 0.6  # most complaints a Puskesos cannot settle itself go on (see DOMAIN.md's volumes)
NO_PAPERS_SHARE = 0.005


def previous_month(today: dt.date) -> dt.date:
    return (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


# The tables the build fills with explicit ids: on PostgreSQL their id sequences are moved past them afterwards.
_EXPLICIT_IDS = (Household, Resident, Complaint, Referral)


def build(workdir: Path, spec: BuildSpec, timer: Any, url: str | None = None) -> BuildInfo:
    """Build bench.sqlite3 (or fill the empty server database at `url`) and DTKS_bench.xlsx in workdir;
    `timer(label)` marks the end of each phase."""
    db_path = workdir / "bench.sqlite3"
    extract_path = workdir / "DTKS_bench.xlsx"
    if url is None:
        for stale in (db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
            stale.unlink(missing_ok=True)
    db = open_office_db(url or f"sqlite:///{db_path}")
    if url is not None:
        _require_empty(db)
    password = "Uji-" + secrets.token_urlsafe(12)
    office.save_profile(
        db,
        SYSTEM,
        office.OfficeData(
            village_name="Sukamaju", village_code=VILLAGE_CODE, kecamatan_name="Arut Selatan",
            kabupaten_name="Kotawaringin Barat", province_name="Kalimantan Tengah",
            address="Jl. Pangeran Antasari No. 12", head_name="H. Abdul Rahman", coordinator_name="Koordinator Uji",
        ),
    )  # fmt: skip
    ids = {key: users.create_user(db, SYSTEM, u, n, r, password).id for key, (u, n, r) in ACCOUNTS.items()}
    timer("setup")
    people = _people(db, spec, extract_path)
    timer("residents")
    month = previous_month(clock.today())
    with db.write() as s:
        referrals = _complaints(s, spec, month, ids["front"], ids["back"], random.Random(spec.seed + 1))
        if db.is_postgresql:
            for model in _EXPLICIT_IDS:
                table = model.__table__.name  # type: ignore[attr-defined]
                top = s.execute(select(func.coalesce(func.max(model.id), 0))).scalar_one()
                s.execute(  # the next id handed out is top + 1
                    text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :next, false)"),
                    {"table": table, "next": top + 1},
                )
    timer("complaints")
    engine = "postgresql" if db.is_postgresql else "sqlite"
    db.dispose()
    return BuildInfo(
        engine=engine,
        db_path="" if url else str(db_path),
        extract_path=str(extract_path),
        month=f"{month:%Y-%m}",
        password=password,
        usernames={key: u for key, (u, _n, _r) in ACCOUNTS.items()},
        residents=spec.residents,
        households=people["households"],
        registry_rows=people["registry"],
        registry_residents=people["overlap"],
        complaints=spec.complaints,
        referrals=referrals,
    )


def _require_empty(db: Any) -> None:
    """A server database is filled only while it holds no office yet: never an office's real data."""
    with db.read() as s:
        taken = s.execute(select(func.count()).select_from(User)).scalar_one()
        taken += s.execute(select(func.count()).select_from(Resident)).scalar_one()
    if taken:
        raise PuskesosError(
            "Database untuk bench harus kosong (belum ada akun dan warga): bench mengisinya dengan data uji. "
            "Buat database baru di server untuk bench."
        )


def _people(db: Any, spec: BuildSpec, extract_path: Path) -> dict[str, int]:
    """Residents and households into the database, the registry people into the extract, in one pass.

    People 0 … residents-1 are residents; the extract lists people from residents - overlap on, so that half of
    it are residents too and half are people who never came to the office.
    """
    overlap = min(spec.registry // 2, spec.residents)
    reg_start, reg_end = spec.residents - overlap, spec.residents - overlap + spec.registry
    rng = random.Random(spec.seed + 2)
    moment = dt.datetime.combine(clock.today() - dt.timedelta(days=400), dt.time(8, 0))
    households: list[dict[str, Any]] = []
    residents: list[dict[str, Any]] = []
    counts = {"households": 0, "registry": 0, "overlap": overlap, "residents": 0}
    index = 0  # person number in the stream
    with db.write() as s, ExtractWriter(extract_path) as extract:
        for family in families(spec.seed):
            if index >= max(spec.residents, reg_end):
                break
            size = len(family.members)
            if index < spec.residents:
                household_id = counts["households"] + 1
                counts["households"] += 1
                households.append(
                    {"id": household_id, "kk": family.kk, "address": family.address, "rt": family.rt,
                     "rw": family.rw, "created_at": moment, "updated_at": moment}
                )  # fmt: skip
                for person in family.members[: spec.residents - index]:
                    papers = rng.random() >= NO_PAPERS_SHARE
                    residents.append(
                        {
                            "id": counts["residents"] + len(residents) + 1,
                            "nik": person.nik if papers else None,
                            "household_id": household_id if papers else None,
                            "no_nik_reason": "" if papers else NO_PAPERS_REASON,
                            "name": person.name, "name_key": name_key(person.name), "sex": person.sex,
                            "birth_place": person.birth_place.title(), "birth_date": person.birth_date,
                            "address": family.address, "rt": family.rt, "rw": family.rw,
                            "created_at": moment, "updated_at": moment,
                        }
                    )  # fmt: skip
            if index + size > reg_start and index < reg_end:
                skip = max(reg_start - index, 0)
                take = min(size, reg_end - index)
                counts["registry"] += _extract_slice(extract, family, skip, take, counts["registry"])
            index += size
            if len(residents) >= CHUNK:
                counts["residents"] += _flush(s, households, residents)
        counts["residents"] += _flush(s, households, residents)
    return counts


def _extract_slice(extract: ExtractWriter, family: Family, skip: int, take: int, first_id: int) -> int:
    """The family's members skip … take-1 (a family may straddle the start or end of the extract's people)."""
    return extract.add_family(replace(family, members=family.members[skip:take]), None, first_id)


def _flush(s: Session, households: list[dict[str, Any]], residents: list[dict[str, Any]]) -> int:
    """Write what was gathered; returns how many residents went in."""
    if households:
        s.execute(insert(Household), households)
    if residents:
        s.execute(insert(Resident), residents)
    written = len(residents)
    households.clear()
    residents.clear()
    return written


def _chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def _complaints(s: Session, spec: BuildSpec, month: dt.date, front_id: int, back_id: int, rng: random.Random) -> int:
    """A month of complaints, most of them referred, with their numbers, events and number series."""
    services: dict[str, list[int]] = {}
    for sid, field_ in s.execute(select(Service.id, Service.field).where(Service.active.is_(True))):
        services.setdefault(field_, []).append(sid)
    partners: dict[str | None, list[int]] = {}
    for pid, partner_field in s.execute(select(Partner.id, Partner.field).where(Partner.active.is_(True))):
        partners.setdefault(partner_field, []).append(pid)
    any_partner = [p for ps in partners.values() for p in ps]
    residents = s.execute(select(Resident.id).order_by(Resident.id.desc()).limit(1)).scalar() or 0
    now = clock.now()
    fields = list(FIELD_WEIGHTS)
    weights = list(FIELD_WEIGHTS.values())
    days = [month + dt.timedelta(days=d) for d in range(31) if (month + dt.timedelta(days=d)).month == month.month]
    workdays = [d for d in days if d.weekday() < 5] or days
    stamps = sorted(
        dt.datetime.combine(rng.choice(workdays), dt.time(8, 0)) + dt.timedelta(minutes=rng.randrange(420))
        for _ in range(spec.complaints)
    )
    complaints: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    referrals: list[dict[str, Any]] = []
    ref_events: list[dict[str, Any]] = []
    actor = {"user_id": front_id, "actor": ACCOUNTS["front"][0]}
    back = {"user_id": back_id, "actor": ACCOUNTS["back"][0]}
    for n, at in enumerate(stamps, start=1):
        field_ = rng.choices(fields, weights)[0]
        service_id = rng.choice(services[field_]) if services.get(field_) else None
        referred = rng.random() < REFERRED_SHARE
        roll = rng.random()
        if referred:
            status = ComplaintStatus.DIRUJUK.value
        elif roll < 0.4:
            status = ComplaintStatus.DITERUSKAN.value
        elif roll < 0.6:
            status = ComplaintStatus.DITANGANI_DESA.value
        else:
            status = ComplaintStatus.SELESAI.value
        later = min(at + dt.timedelta(hours=rng.randint(1, 72)), now)
        closed = later if status == ComplaintStatus.SELESAI.value else None
        complaints.append(
            {
                "id": n, "number": format_number(Prefix.RESI, VILLAGE_CODE, at, n), "registered_at": at,
                "resident_id": rng.randint(1, residents), "channel": rng.choice(
                    [Channel.DATANG_LANGSUNG.value] * 4 + [Channel.TELEPON.value, Channel.WHATSAPP.value]),
                "field": field_, "service_id": service_id, "description": rng.choice(COMPLAINT_TEXTS[field_]),
                "urgency": "Biasa", "status": status, "answer": "", "registered_by_id": front_id,
                "assigned_to_id": back_id, "closed_at": closed, "informed_channel": "",
                "created_at": at, "updated_at": later,
            }
        )  # fmt: skip
        events.append({"complaint_id": n, "at": at, **actor, "kind": "status", "from_status": None,
                       "to_status": ComplaintStatus.DITERIMA.value, "note": "Keluhan didaftarkan"})  # fmt: skip
        events.append({"complaint_id": n, "at": at, **actor, "kind": "status",
                       "from_status": ComplaintStatus.DITERIMA.value, "to_status": ComplaintStatus.DITERUSKAN.value,
                       "note": "Diteruskan ke back office"})  # fmt: skip
        if status != ComplaintStatus.DITERUSKAN.value:
            events.append({"complaint_id": n, "at": later, **back, "kind": "status", "note": "",
                           "from_status": ComplaintStatus.DITERUSKAN.value, "to_status": status})  # fmt: skip
        if referred:
            r = len(referrals) + 1
            ref_status = rng.choices(
                [ReferralStatus.DIKIRIM, ReferralStatus.DISETUJUI, ReferralStatus.DITOLAK, ReferralStatus.DITELAAH],
                [50, 30, 10, 10],
            )[0].value
            outcome = "" if ref_status == ReferralStatus.DIKIRIM.value else "Hasil dari pengelola program"
            referrals.append(
                {
                    "id": r, "number": format_number(Prefix.RJK, VILLAGE_CODE, later, r), "complaint_id": n,
                    "referred_at": later, "field": field_, "service_id": service_id,
                    "partner_id": rng.choice(partners.get(field_) or any_partner),
                    "reason": "Tidak dapat ditangani dengan program desa.", "documents": "Fotokopi KK\nFotokopi KTP",
                    "status": ref_status, "created_by_id": back_id, "sent_at": later,
                    "outcome_date": later.date() if outcome else None, "outcome_note": outcome,
                    "outcome_source": "", "informed_channel": "", "cancel_reason": "",
                    "created_at": later, "updated_at": later,
                }
            )  # fmt: skip
            ref_events.append({"referral_id": r, "at": later, **back, "kind": "status", "from_status": None,
                               "to_status": ReferralStatus.DIKIRIM.value, "note": ""})  # fmt: skip
            if ref_status != ReferralStatus.DIKIRIM.value:
                ref_events.append({"referral_id": r, "at": later, **back, "kind": "status",
                                   "from_status": ReferralStatus.DIKIRIM.value, "to_status": ref_status,
                                   "note": outcome})  # fmt: skip
    for table, rows in ((Complaint, complaints), (ComplaintEvent, events), (Referral, referrals),
                        (ReferralEvent, ref_events)):  # fmt: skip
        for chunk in _chunks(rows):
            s.execute(insert(table), chunk)
    # The serials taken, so that numbers given during the benchmark (this month) and later never collide.
    series: dict[tuple[str, int, int], int] = {}
    for prefix, rows, key in ((Prefix.RESI, complaints, "registered_at"), (Prefix.RJK, referrals, "referred_at")):
        for row in rows:
            when = row[key]
            k = (prefix.value, when.year, when.month)
            series[k] = max(series.get(k, 0), int(row["number"].rsplit("/", 1)[1]))
    for (code, year, month_no), last in series.items():
        s.add(NumberSeries(prefix=code, year=year, month=month_no, last_serial=last))
    return len(referrals)
