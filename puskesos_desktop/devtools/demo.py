"""A realistic fictional village for demonstrations and tests: `puskesos demo`.

Everything is generated from one seed (the same seed gives the same village) and written through the same
services that staff use, so the demo data obeys every rule the real data does. It refuses a database that
already holds records, so that it can never mix with an office's real data.

The year runs on one timeline (demo_common.Timeline), so every document series is numbered in the order things
happened. The village's population register, its desil file and the DTKS/DTSEN extract disagree the way real ones
do (demo_people), so the reconciliation shows every reason; complaints fit the person who brings them
(demo_texts); the back office keeps up, so the few overdue cases stand out; the district answers a batch, so every
proposal status appears (demo_musdes). ``progress`` hears what is being built (the first `make run` builds it).
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from faker import Faker
from sqlalchemy import func, select

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Complaint, RegistryRecord, Resident, User
from puskesos_desktop.devtools import (
    demo_attachments,
    demo_casework,
    demo_dtsen,
    demo_musdes,
    demo_people,
    demo_texts,
)
from puskesos_desktop.devtools.demo_common import DemoSummary, Step, Timeline, clock_at, fast_build, working_moment
from puskesos_desktop.services import office
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.context import SYSTEM, Actor
from puskesos_desktop.services.registry import reconcile

VILLAGE_CODE = "6201022001"
LOCAL_KECAMATAN = demo_people.LOCAL_KECAMATAN
DEMO_PASSWORD = "Demo-Puskesos-1"
DEMO_ACCOUNTS: list[tuple[str, str, Role]] = [
    ("koordinator", "Sri Wahyuni", Role.KOORDINATOR),
    ("frontoffice", "Dewi Lestari", Role.FRONT_OFFICE),
    ("backoffice", "Budi Santoso", Role.BACK_OFFICE),
    ("fasilitator", "Agus Salim", Role.FASILITATOR),
    ("kades", "H. Abdul Rahman", Role.PENANGGUNG_JAWAB),
]
# 887 people in seven months in one district: 634 health, 207 social, 42 education (seed 001).
FIELD_WEIGHTS = {"Kesehatan": 60, "Sosial": 22, "Pendidikan": 8, "Adminduk": 4, "Lainnya": 6}
# Texts that fit any adult (the benchmark draws residents at random); the demo itself matches text to person.
COMPLAINT_TEXTS: dict[str, list[str]] = {f: [n.text for n in demo_texts.NEEDS if n.field == f and n.fits(
    demo_texts.Who(40, "L", "Kepala Keluarga", True, False, 4, (10, 14), False, frozenset()))] or
    [n.text for n in demo_texts.NEEDS if n.field == f] for f in FIELD_WEIGHTS}  # fmt: skip
COMPLAINTS_PER_RESIDENT_MONTH = 1 / 60  # a village of 3,000 brings about 50 a month (35 on weekdays)

Progress = Callable[[str], None]


def _is_empty(db: Database) -> bool:
    with db.read() as s:
        for model in (Resident, Complaint, RegistryRecord):
            if s.execute(select(func.count()).select_from(model)).scalar_one():
                return False
        if s.execute(select(func.count()).select_from(User)).scalar_one():
            return False
    return office.get_profile(db) is None


def fill_demo(
    db: Database, residents_count: int = 3000, seed: int = 1, today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:  # fmt: skip
    if not _is_empty(db):
        raise PuskesosError(
            "Database ini sudah berisi data. Data demo hanya diisikan ke database kosong agar tidak pernah "
            "tercampur dengan data kantor yang sebenarnya."
        )
    if residents_count < 20:
        raise PuskesosError("Jumlah warga demo minimal 20.")
    say = progress or (lambda _text: None)
    rng = random.Random(seed)
    fake = Faker("id_ID")
    fake.seed_instance(seed)
    real_now = clock.now()
    until = real_now if today is None or today >= real_now.date() else dt.datetime.combine(today, dt.time(15, 30))
    today = until.date()
    start = dt.datetime.combine(today.replace(day=1) - dt.timedelta(days=335), dt.time(8, 0)).replace(day=1)
    own_folder = db.path is None
    folder = db.path.parent / "berkas-demo" if db.path is not None else Path(tempfile.mkdtemp(prefix="puskesos-demo-"))
    folder.mkdir(parents=True, exist_ok=True)
    summary = DemoSummary()
    try:
        with fast_build(db):
            _build(db, rng, fake, residents_count, start, until, folder, summary, say)
    finally:
        if own_folder:
            shutil.rmtree(folder, ignore_errors=True)
    return summary


def _build(
    db: Database, rng: random.Random, fake: Faker, residents_count: int, start: dt.datetime, until: dt.datetime,
    folder: Path, summary: DemoSummary, say: Progress,
) -> None:  # fmt: skip
    say("Profil kantor dan akun…")
    with clock_at(start):
        office.save_profile(
            db,
            SYSTEM,
            office.OfficeData(
                village_name="Sukamaju",
                village_code=VILLAGE_CODE,
                kecamatan_name="Arut Selatan",
                kabupaten_name="Kotawaringin Barat",
                province_name="Kalimantan Tengah",
                address="Jl. Pangeran Antasari No. 12, Sukamaju",
                phone="0532-21450",
                email="puskesos.sukamaju@example.id",
                head_name="H. Abdul Rahman",
                coordinator_name="Sri Wahyuni",
            ),
        )
        accounts = {u: users.create_user(db, SYSTEM, u, n, r, DEMO_PASSWORD) for u, n, r in DEMO_ACCOUNTS}
        years = [until.year - 1, until.year, until.year + 1]
        office.set_holidays(db, SYSTEM, office.indonesian_public_holidays(years))
    cast = demo_casework.Cast(
        accounts["koordinator"].actor(), accounts["backoffice"].actor(), accounts["frontoffice"].actor(),
        accounts["fasilitator"].actor(),
    )  # fmt: skip
    say(f"Penduduk desa ({residents_count} warga), data DTSEN dan desil…")
    village = demo_people.draw_village(rng, fake, residents_count, start.date())
    with clock_at(start):
        summary.registry_records = demo_people.store_registry(db, village, start.date() - dt.timedelta(days=20),
                                                              cast.coordinator)  # fmt: skip
    ids = demo_people.import_people(db, cast.coordinator, cast.front, village, folder, start + dt.timedelta(days=2))
    demo_people.import_desil(db, cast.coordinator, village, rng, folder, start + dt.timedelta(days=60, hours=2))
    summary.residents = len(ids)
    summary.households = sum(1 for f in village.families if f.in_village)
    months = _months(start.date(), until.date())
    office_data = demo_casework.read_office(db, until)
    timeline = Timeline(until)
    for step in _complaint_steps(db, rng, cast, office_data, village, months, until):
        timeline.add(step)
    musdes_counts: dict[str, int] = {}
    batch_dir = folder.parent / "ekspor-demo" if db.path is not None else folder / "ekspor"
    for old in batch_dir.glob("PUSKESOS_*.xlsx*"):
        old.unlink()  # a previous demo's batch: this demo numbers its batches afresh
    if len(months) >= 7:
        timeline.add(demo_musdes.session(db, rng, cast.coordinator, months[-6], batch_dir, musdes_counts,
                                         answered=True))  # fmt: skip
    if len(months) >= 2:
        timeline.add(demo_musdes.session(db, rng, cast.coordinator, months[-2], batch_dir, musdes_counts,
                                         answered=False))  # fmt: skip
    for step in demo_casework.certificates(db, rng, cast, office_data, start):
        timeline.add(step)
    for step in demo_casework.recommendations(db, rng, cast, office_data, start):
        timeline.add(step)
    late = until - dt.timedelta(hours=2)
    timeline.add(demo_casework.every_referral_status(db, cast, office_data, late))
    timeline.add(_reconcile_drafts(db, cast.coordinator, late + dt.timedelta(minutes=30), musdes_counts))
    shown = {"month": ""}

    def month_done(moment: dt.datetime) -> None:
        label = f"{moment:%m/%Y}"
        if label != shown["month"]:
            shown["month"] = label
            say(f"Keluhan, rujukan, usulan dan musyawarah bulan {label}…")

    timeline.run(month_done)
    summary.complaints = office_data.counts.pop("complaints", 0)
    summary.extra.update(office_data.counts)
    summary.extra.update(musdes_counts)
    say("Foto rumah dan pindaian KTP…")
    with clock_at(until):
        demo_attachments.evidence(db, rng, summary, months)
        demo_dtsen.filings_stage(db, rng)  # Cek Bansos usul/sanggah filed for residents (issue 16 item 8)
    summary.extra["registry_niks"] = summary.registry_records


def _months(start: dt.date, today: dt.date) -> list[dt.date]:
    out = []
    cur = start.replace(day=1)
    while cur <= today:
        out.append(cur)
        cur = (cur + dt.timedelta(days=32)).replace(day=1)
    return out


def _complaint_steps(
    db: Database, rng: random.Random, cast: demo_casework.Cast, office_data: demo_casework.Office,
    village: demo_people.Village, months: list[dt.date], until: dt.datetime,
) -> list[Step]:  # fmt: skip
    """The year's complaints, each from a living resident with a text that fits them."""
    with db.read() as s:
        rows = list(s.execute(select(Resident.id, Resident.nik, Resident.name, Resident.birth_date,
                                     Resident.life_status, Resident.phone).order_by(Resident.id)))  # fmt: skip
    by_nik = {p.nik: (f, p) for f in village.families if f.in_village for p in f.members if p.nik}
    by_name: dict[tuple[str, dt.date | None], tuple[demo_people.Family, demo_people.Person]] = {
        (p.name, p.birth): (f, p) for f in village.families if f.no_papers for p in f.members
    }
    people: list[tuple[int, bool, demo_people.Family, demo_people.Person]] = []
    for rid, nik, name, birth, life, phone in rows:
        found = by_nik.get(nik) if nik else by_name.get((name, birth))
        if found is not None and life == "hidup":
            people.append((rid, bool(phone), *found))
    if not people:
        return []

    def pick(needs: list[demo_texts.Need], weights: list[int]) -> demo_texts.Need:
        return rng.choices(needs, weights)[0]

    def who(fam: demo_people.Family, p: demo_people.Person, day: dt.date) -> demo_texts.Who:
        return demo_texts.Who(
            age=demo_people.age_on(p.birth, day), sex=p.sex, relation=p.relation, has_nik=bool(p.nik),
            disability=p.disability, household_size=len(fam.members),
            children=tuple(demo_people.age_on(m.birth, day) for m in fam.members if m.relation == "Anak"),
            in_registry=fam.in_registry, programmes=frozenset(c for m in fam.members for c in m.programmes),
        )  # fmt: skip

    per_month = max(6, round(len(people) * COMPLAINTS_PER_RESIDENT_MONTH))
    office_data.lag_budget = per_month // 40  # a red row or two in a large village, none in a small one
    moments: list[dt.datetime] = []
    for month in months:
        for _ in range(rng.randint(per_month * 3 // 4, per_month * 5 // 4)):
            day = month + dt.timedelta(days=rng.randint(0, 27))
            moment = dt.datetime.combine(day, dt.time(rng.randint(8, 14), rng.randint(0, 59)))
            if moment < until and day.weekday() < 5:
                moments.append(moment)
    steps: list[Step] = []
    no_papers = [(rid, tel, fam, p) for rid, tel, fam, p in people if not p.nik and p.relation == "Kepala Keluarga"]
    for n, (rid, has_phone, fam, p) in enumerate(no_papers):
        # Families without papers came in the first months: the desk registered them and wrote to Dukcapil.
        moment = working_moment(dt.datetime.combine(months[0], dt.time(8)), 3 + 9 * n, rng)
        need = demo_texts.need_for(who(fam, p, moment.date()), pick)
        if need is not None and moment < until:
            steps.append(demo_casework.complaint_case(db, rng, cast, office_data, moment, rid, has_phone, need))
    # However small the village, a few cases came in this last week and are being worked on (the open queue).
    # The three oldest were referred and wait for the destination's answer; the newest are still in the queue.
    fresh_days = {9: "sent", 8: "sent", 7: "sent", 4: "queue", 3: "queue", 2: "queue"}
    fresh = {working_moment(until - dt.timedelta(days=d), 0, rng): kind for d, kind in fresh_days.items()}
    moments += [m for m in fresh if m < until]
    desk = {code for code, (_id, _f, answered, _days) in office_data.services.items() if answered}
    for moment in sorted(moments):
        for _attempt in range(30):
            rid, has_phone, fam, p = rng.choice(people)
            need = demo_texts.need_for(who(fam, p, moment.date()), pick)
            if need is not None and moment in fresh and need.service in desk:
                continue
            if need is not None:
                steps.append(
                    demo_casework.complaint_case(
                        db, rng, cast, office_data, moment, rid, has_phone, need, fresh.get(moment, "")
                    )
                )
                break
    return steps


def _reconcile_drafts(db: Database, coordinator: Actor, when: dt.datetime, counts: dict[str, int]) -> Step:
    """The coordinator ran the reconciliation and made drafts for the next deliberation from a few findings."""
    yield when
    findings = reconcile.reconcile(db, coordinator)
    chosen = [f for reason in ("meninggal", "pindah", "belum menerima")
              for f in [x for x in findings if x.reason == reason][:2]]  # fmt: skip
    made = reconcile.propose(db, coordinator, chosen)
    counts["reconcile_drafts"] = len(made.made)
