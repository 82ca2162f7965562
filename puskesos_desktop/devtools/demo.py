"""A realistic fictional village for demonstrations and tests: `puskesos demo`.

Everything is generated from one seed (the same seed gives the same village) and written through the same
services that staff use, so the demo data obeys every rule the real data does. It refuses a database that
already holds records, so that it can never mix with an office's real data.
"""

from __future__ import annotations

import datetime as dt
import random

from faker import Faker
from sqlalchemy import func, select

from puskesos_desktop.core import clock, identity
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.statuses import Channel, Role
from puskesos_desktop.core.text import name_key
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Complaint,
    Programme,
    RegistryImport,
    RegistryProgramme,
    RegistryRecord,
    Resident,
    Service,
    User,
)
from puskesos_desktop.devtools import demo_attachments, demo_casework, demo_dtsen, demo_musdes
from puskesos_desktop.devtools.demo_common import DemoStage, DemoSummary, clock_at
from puskesos_desktop.services import audit, office
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import SYSTEM, Actor
from puskesos_desktop.services.people import residents
from puskesos_desktop.services.people.consent import ConsentInput

# The stages after people and complaints, in order: the deliberation (and its batch), then the back office's casework,
# then scans and photos on what is still open.
STAGES: list[DemoStage] = [
    demo_musdes.demo_stage, demo_casework.casework, demo_attachments.evidence,
    demo_dtsen.dtsen_stage,  # issue 16: population register, desil file, Cek Bansos filings
]  # fmt: skip

VILLAGE_CODE = "6201022001"
LOCAL_KECAMATAN = "620102"
OTHER_KECAMATAN = ["620101", "620103", "630101", "357801", "337401", "647201"]
DEMO_PASSWORD = "Demo-Puskesos-1"
DEMO_ACCOUNTS: list[tuple[str, str, Role]] = [
    ("koordinator", "Sri Wahyuni", Role.KOORDINATOR),
    ("frontoffice", "Dewi Lestari", Role.FRONT_OFFICE),
    ("backoffice", "Budi Santoso", Role.BACK_OFFICE),
    ("fasilitator", "Agus Salim", Role.FASILITATOR),
    ("kades", "H. Abdul Rahman", Role.PENANGGUNG_JAWAB),
]
REGISTRY_PROGRAMMES = ["PKH", "BPNT", "PBI", "PIP", "ASLUT", "RUTILAHU", "BLTDD", "KUBE", "ASPDB", "PKSA"]
# 887 people in seven months in one district: 634 health, 207 social, 42 education (seed 001).
FIELD_WEIGHTS = {"Kesehatan": 60, "Sosial": 22, "Pendidikan": 8, "Adminduk": 4, "Lainnya": 6}
COMPLAINT_TEXTS = {
    "Kesehatan": [
        "Kartu BPJS PBI tidak aktif saat berobat ke puskesmas.",
        "Anak sakit dan perlu dirawat di rumah sakit, belum punya jaminan kesehatan.",
        "Ibu hamil belum terdaftar jaminan persalinan.",
        "Lansia perlu kontrol rutin, kartu KIS hilang.",
        "Biaya rawat inap kelas III di RSUD tidak terjangkau.",
    ],
    "Sosial": [
        "Rumah rusak berat, atap bocor dan dinding lapuk.",
        "Rumah terbakar, keluarga kehilangan tempat tinggal.",
        "Lansia tinggal sendiri dan tidak ada yang merawat.",
        "Belum menerima bantuan sembako padahal keluarga tidak mampu.",
        "Warga terlantar ingin pulang ke daerah asal.",
    ],
    "Pendidikan": [
        "Anak perlu SKTM untuk mendaftar sekolah.",
        "Anak belum menerima Kartu Indonesia Pintar.",
        "Lulusan SMA ingin mendaftar KIP Kuliah.",
    ],
    "Adminduk": ["Belum memiliki NIK dan KK.", "Perlu surat kematian untuk ahli waris."],
    "Lainnya": [
        "Menanyakan status desil keluarga di DTKS/DTSEN.",
        "Menanyakan cara masuk DTKS/DTSEN.",
        "Meminta informasi program bantuan sosial.",
    ],
}


# Later issues register more demo stages here (referrals, proposals, letters…): fn(db, rng, summary, months).


def _is_empty(db: Database) -> bool:
    with db.read() as s:
        for model in (Resident, Complaint, RegistryRecord):
            if s.execute(select(func.count()).select_from(model)).scalar_one():
                return False
        if s.execute(select(func.count()).select_from(User)).scalar_one():
            return False
    return office.get_profile(db) is None


def fill_demo(db: Database, residents_count: int = 3000, seed: int = 1, today: dt.date | None = None) -> DemoSummary:
    if not _is_empty(db):
        raise PuskesosError(
            "Database ini sudah berisi data. Data demo hanya diisikan ke database kosong agar tidak pernah "
            "tercampur dengan data kantor yang sebenarnya."
        )
    if residents_count < 20:
        raise PuskesosError("Jumlah warga demo minimal 20.")
    rng = random.Random(seed)
    fake = Faker("id_ID")
    fake.seed_instance(seed)
    today = today or clock.today()
    start = dt.datetime.combine(today.replace(day=1) - dt.timedelta(days=335), dt.time(8, 0)).replace(day=1)
    summary = DemoSummary()
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
        years = [today.year - 1, today.year, today.year + 1]
        office.set_holidays(db, SYSTEM, office.indonesian_public_holidays(years))
    front = accounts["frontoffice"].actor()
    facilitator = accounts["fasilitator"].actor()
    resident_ids, registry_niks = _people(db, rng, fake, residents_count, start, front, summary)
    months = _months(start.date(), today)
    _complaints(db, rng, resident_ids, months, today, front, facilitator, summary)
    for stage in STAGES:
        stage(db, rng, summary, months)
    summary.extra["registry_niks"] = len(registry_niks)
    return summary


def _months(start: dt.date, today: dt.date) -> list[dt.date]:
    out = []
    cur = start.replace(day=1)
    while cur <= today:
        out.append(cur)
        cur = (cur + dt.timedelta(days=32)).replace(day=1)
    return out


def _birth(rng: random.Random, today: dt.date, min_age: int, max_age: int) -> dt.date:
    age_days = rng.randint(min_age * 365, max_age * 365)
    return today - dt.timedelta(days=age_days)


def _people(
    db: Database,
    rng: random.Random,
    fake: Faker,
    count: int,
    start: dt.datetime,
    actor: Actor,
    summary: DemoSummary,
) -> tuple[list[int], set[str]]:
    """Households of 1–6 people with valid NIK and KK; ~40% of households in the registry; a few without papers."""
    today = start.date()
    serials: dict[tuple[str, str], int] = {}
    resident_ids: list[int] = []
    registry_niks: set[str] = set()
    with db.read() as s:
        programmes = {p.code: p.id for p in s.execute(select(Programme)).scalars()}
    with clock_at(start), db.write() as s:
        extract = RegistryImport(
            filename="DTKS_Sukamaju_demo.xlsx", sha256="0" * 64, extract_date=today - dt.timedelta(days=20)
        )
        s.add(extract)
        s.flush()
        kk_serial = 0
        made = 0
        while made < count:
            size = rng.choice([1, 2, 3, 3, 4, 4, 4, 5, 5, 6])
            kk_serial += 1
            region = LOCAL_KECAMATAN if rng.random() < 0.9 else rng.choice(OTHER_KECAMATAN)
            issued = _birth(rng, today, 1, 25)
            kk = f"{region}{issued:%d%m%y}{kk_serial % 10000 or 1:04d}"
            no_papers = rng.random() < 0.015
            rt, rw = f"{rng.randint(1, 12):03d}", f"{rng.randint(1, 4):03d}"
            address = f"{fake.street_name()} No. {rng.randint(1, 150)}, Dusun {rng.choice(['I', 'II', 'III', 'IV'])}"
            surname = fake.last_name()
            in_registry = not no_papers and rng.random() < 0.4
            desil = rng.choices(range(1, 11), weights=[14, 14, 13, 12, 11, 10, 9, 7, 6, 4])[0]
            household_progs = [c for c in REGISTRY_PROGRAMMES if rng.random() < (0.45 if desil <= 4 else 0.1)]
            for i in range(size):
                if i == 0:
                    sex = "L" if rng.random() < 0.8 else "P"
                    birth, relation = _birth(rng, today, 25, 80), "Kepala Keluarga"
                elif i == 1:
                    sex = "P" if rng.random() < 0.9 else "L"
                    birth, relation = _birth(rng, today, 20, 75), "Istri" if sex == "P" else "Suami"
                else:
                    sex = rng.choice("LP")
                    birth, relation = _birth(rng, today, 0, 30), "Anak"
                first = fake.first_name_male() if sex == "L" else fake.first_name_female()
                name = f"{first} {surname}" if rng.random() < 0.6 else first
                key = (region, f"{birth:%d%m%y}")
                serials[key] = serials.get(key, 0) + 1
                papers_missing = no_papers or (i >= 2 and rng.random() < 0.01)
                nik = "" if papers_missing else identity.make_nik(region, birth, sex, serials[key])
                data = residents.ResidentInput(
                    name=name,
                    sex=sex,
                    nik=nik,
                    kk="" if no_papers else kk,
                    no_nik_reason=residents.NO_PAPERS_REASON if papers_missing or no_papers else "",
                    birth_place=rng.choice(["Pangkalan Bun", "Kumai", "Sampit", "Palangka Raya", "Banjarmasin",
                                            "Surabaya", "Semarang"]),
                    birth_date=birth,
                    family_relation=relation,
                    address=address,
                    rt=rt,
                    rw=rw,
                    phone=f"08{rng.randint(11, 59)}{rng.randint(10_000_000, 99_999_999)}" if i == 0 else "",
                    elderly=(today - birth).days > 60 * 365,
                    disability=rng.random() < 0.02,
                )
                # Only part of the village has ever come to the office; the rest is known through the registry.
                is_client = (i == 0 or rng.random() < 0.5 or not in_registry) and made < count
                if is_client:
                    r = residents.create_resident_in(s, actor, residents.clean(data))
                    resident_ids.append(r.id)
                    summary.residents += 1
                    made += 1
                if in_registry and nik:
                    rec = RegistryRecord(
                        nik=nik, kk=kk, name=name.upper(), name_key="", sex=sex, birth_place=data.birth_place,
                        birth_date=birth, address=address, rt=rt, rw=rw, registry_id=f"DTKS-{kk[-8:]}{i:02d}",
                        desil=desil, region_code=VILLAGE_CODE, import_id=extract.id, extract_date=extract.extract_date,
                    )
                    rec.name_key = name_key(name)
                    rec.programmes = [
                        RegistryProgramme(programme_id=programmes[c]) for c in household_progs if c in programmes
                    ]
                    s.add(rec)
                    registry_niks.add(nik)
                    summary.registry_records += 1
            summary.households += 1
        extract.imported = summary.registry_records
        audit.record(s, actor, AuditAction.DEMO_PEOPLE, "demo", "", {"residents": summary.residents,
                                                           "registry": summary.registry_records})
    return resident_ids, registry_niks


def _demo_consent(resident_id: int, has_phone: bool, by_facilitator: bool) -> ConsentInput:
    """What the demo's residents answered when asked how to be told (no draw from the generator: the village
    stays the same for a seed): most with a telephone chose WhatsApp, some a call or SMS; without one, the
    facilitator or the desk; a few did not want to be contacted."""
    if has_phone:
        return ConsentInput(True, True, Channel.TELEPON.value if resident_id % 3 == 0 else Channel.WHATSAPP.value)
    if resident_id % 5 == 0:
        return ConsentInput(True, False, "")
    return ConsentInput(True, True, Channel.FASILITATOR.value if by_facilitator else Channel.DATANG_LANGSUNG.value)


def _complaints(
    db: Database,
    rng: random.Random,
    resident_ids: list[int],
    months: list[dt.date],
    today: dt.date,
    front: Actor,
    facilitator: Actor,
    summary: DemoSummary,
) -> None:
    with db.read() as s:
        services = list(s.execute(select(Service.id, Service.field, Service.answered_at_desk)).all())
        phones = {rid: tel for rid, tel in s.execute(select(Resident.id, Resident.phone)) if tel}
    fields = list(FIELD_WEIGHTS)
    weights = list(FIELD_WEIGHTS.values())
    per_month = max(8, len(resident_ids) // 40)
    for month in months:
        n = rng.randint(per_month * 3 // 4, per_month * 5 // 4)
        days = sorted(rng.randint(0, 27) for _ in range(n))
        for day in days:
            when = dt.datetime.combine(month + dt.timedelta(days=day), dt.time(rng.randint(8, 14), rng.randint(0, 59)))
            if when.date() > today or when.weekday() >= 5:
                continue
            field_name = rng.choices(fields, weights)[0]
            options = [sid for sid, f, desk in services if f == field_name]
            service_id = rng.choice(options) if options else None
            desk = next((d for sid, _f, d in services if sid == service_id), False)
            by_facilitator = rng.random() < 0.15
            channel = Channel.FASILITATOR.value if by_facilitator else rng.choices(
                [Channel.DATANG_LANGSUNG.value, Channel.TELEPON.value, Channel.WHATSAPP.value], [80, 8, 12]
            )[0]
            resident_id = rng.choice(resident_ids)
            data = complaints.ComplaintInput(
                resident_id=resident_id,
                field=field_name,
                description=rng.choice(COMPLAINT_TEXTS[field_name]),
                channel=channel,
                service_id=service_id,
                facilitator_id=facilitator.user_id if by_facilitator else None,
                visit_date=when.date() - dt.timedelta(days=rng.randint(0, 2)) if by_facilitator else None,
                answer_now="Sudah dijelaskan di meja layanan." if desk else "",
                consent=_demo_consent(resident_id, resident_id in phones, by_facilitator),
            )
            with clock_at(when):
                complaints.register_complaint(db, facilitator if by_facilitator else front, data)
            summary.complaints += 1

