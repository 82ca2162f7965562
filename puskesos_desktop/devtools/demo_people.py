"""The demo village's people: families drawn from one seed, then written the way a real office gets them.

- the village's population register (OpenSID's "format impor penduduk") is written as a workbook and imported
  through the population import; a few people in it are dead (``MATI``) or moved away (``PINDAH``);
- the DTKS/DTSEN extract lists part of the village with programmes that follow the family's desil — with a few
  realistic errors: families in desil 1–4 that receive nothing, one person twice under two NIKs, families the
  village does not know (moved out before the register was built);
- the SIKS-NG desil workbook, a few months newer than the extract, moves some families one desil up or down and is
  imported through the desil import;
- families without papers were registered at the desk, one person at a time.

So the reconciliation finds every reason (meninggal, pindah, ganda, tidak dikenal, belum menerima and — once
residents outside the registry ask for help — belum terdaftar).

The village is in Arut Selatan, Kotawaringin Barat (Kalimantan Tengah): its dusun and streets carry local names,
and people were born around Pangkalan Bun, with the transmigrants' Javanese towns among them.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import xlsxwriter
from faker import Faker
from sqlalchemy import Table, bindparam, select, update

from puskesos_desktop.core import identity
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.text import name_key
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Programme, RegistryImport, RegistryProgramme, RegistryRecord, Resident
from puskesos_desktop.devtools.demo_common import clock_at
from puskesos_desktop.services import audit
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents
from puskesos_desktop.services.registry import desil, population

LOCAL_KECAMATAN = "620102"
OTHER_KECAMATAN = ["620101", "620103", "620104", "630101", "357801", "337401"]
# Dusun (one RW each) with their streets and alleys.
DUSUN: dict[str, list[str]] = {
    "Natai Baru": ["Jl. Tjilik Riwut", "Jl. Natai Baru", "Gg. Handil Sejahtera", "Jl. Pangeran Antasari"],
    "Sungai Arut": ["Jl. Tepian Sungai Arut", "Gg. Kelotok", "Jl. Pangkalan Lada", "Jl. Batu Belaman"],
    "Karang Mulya": ["Jl. Transmigrasi", "Jl. Sawit Raya", "Gg. Jelutung", "Jl. Rangda"],
    "Tanjung Harapan": ["Jl. Tambun Bungai", "Jl. Kumpai Batu", "Gg. Pulau Pinang", "Jl. Sultan Adam"],
}
BIRTH_PLACES = ["Pangkalan Bun"] * 8 + ["Kumai", "Kumai", "Kotawaringin Lama", "Sukamara", "Nanga Bulik", "Sampit",
                                         "Palangka Raya", "Banjarmasin", "Kediri", "Ngawi", "Semarang"]  # fmt: skip
LOCAL_MEN = ["Muhammad Arsyad", "Ahmad Rizani", "Gusti Rahmat", "Fahrurrazi", "Syahrani", "Hairiansyah",
             "Junaidi", "Rusmadi", "Yohanes Sandan",
             "Marselinus Tambun", "Ingan", "Abdul Hadi", "Mahmudin", "Rahmadi"]  # fmt: skip
LOCAL_WOMEN = ["Norhayati", "Mahrita", "Rusmaniah", "Siti Aisyah", "Jamilah", "Hamidah", "Rosmalinda",
               "Nurjanah", "Maria Kristina", "Yuliana Ingan",
               "Rabiatul Adawiyah", "Noorlatifah", "Halimah", "Fitriani"]  # fmt: skip
POPULATION_HEADER = ["alamat", "dusun", "rw", "rt", "nama", "no_kk", "nik", "sex", "tempatlahir", "tanggallahir",
                     "kk_level", "status_dasar"]  # fmt: skip
KK_LEVEL = {"Kepala Keluarga": "1", "Suami": "2", "Istri": "3", "Anak": "4", "Orang Tua": "7"}
STATUS_DASAR = {"hidup": "1", "meninggal": "2", "pindah": "3"}


@dataclass
class Person:
    nik: str
    name: str
    sex: str
    birth: dt.date
    relation: str
    birth_place: str
    life: str = "hidup"  # what the village register says: hidup, meninggal, pindah
    disability: bool = False
    phone: str = ""
    programmes: list[str] = field(default_factory=list)  # registry programmes of this person's record


@dataclass
class Family:
    kk: str
    members: list[Person]
    dusun: str
    address: str
    rt: str
    rw: str
    desil: int
    in_registry: bool = False
    in_village: bool = True  # False: only the registry knows this family (moved out before the register)
    no_papers: bool = False

    def ages(self, today: dt.date) -> list[int]:
        return [age_on(p.birth, today) for p in self.members]


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@dataclass
class Village:
    families: list[Family]
    doubles: list[tuple[Family, Person, str]] = field(default_factory=list)  # the second NIK of one person

    @property
    def people(self) -> int:
        return sum(len(f.members) for f in self.families if f.in_village)


class _Namer:
    def __init__(self, rng: random.Random, fake: Faker) -> None:
        self.rng, self.fake = rng, fake

    def first(self, sex: str) -> str:
        if self.rng.random() < 0.35:
            return self.rng.choice(LOCAL_MEN if sex == "L" else LOCAL_WOMEN)
        return str(self.fake.first_name_male() if sex == "L" else self.fake.first_name_female())

    def full(self, sex: str, surname: str) -> str:
        first = self.first(sex)
        return f"{first} {surname}" if self.rng.random() < 0.5 and surname not in first else first


def _born(rng: random.Random, today: dt.date, low: int, high: int) -> dt.date:
    return today - dt.timedelta(days=rng.randint(low * 365 + 1, high * 365 + 300))


def draw_village(rng: random.Random, fake: Faker, count: int, today: dt.date) -> Village:
    """Families until the village holds ``count`` people (the registry-only families come on top)."""
    namer = _Namer(rng, fake)
    serials: dict[tuple[str, str], int] = {}
    families: list[Family] = []
    made = kk_serial = 0

    def nik_for(region: str, birth: dt.date, sex: str) -> str:
        key = (region, f"{birth:%d%m%y}{sex}")
        serials[key] = serials.get(key, 0) + 1
        return identity.make_nik(region, birth, sex, serials[key])

    def person(region: str, sex: str, birth: dt.date, relation: str, surname: str) -> Person:
        age = age_on(birth, today)
        return Person(
            nik=nik_for(region, birth, sex), name=namer.full(sex, surname), sex=sex, birth=birth, relation=relation,
            birth_place=rng.choice(BIRTH_PLACES), disability=rng.random() < (0.06 if age >= 65 else 0.008),
        )  # fmt: skip

    while made < count:
        kk_serial += 1
        region = LOCAL_KECAMATAN if rng.random() < 0.92 else rng.choice(OTHER_KECAMATAN[:3])
        surname = str(fake.last_name())
        kind = rng.choices(["single", "couple", "nuclear", "three"], [12, 15, 63, 10])[0]
        members: list[Person] = []
        if kind == "single":
            old = rng.random() < 0.7
            sex = "P" if (old and rng.random() < 0.65) or (not old and rng.random() < 0.3) else "L"
            members.append(person(region, sex, _born(rng, today, *((62, 88) if old else (20, 34))),
                                  "Kepala Keluarga", surname))  # fmt: skip
        else:
            head_birth = _born(rng, today, *((52, 78) if kind == "couple" and rng.random() < 0.5 else (24, 58)))
            head_age = age_on(head_birth, today)
            members.append(person(region, "L", head_birth, "Kepala Keluarga", surname))
            wife_age = max(18, head_age - rng.randint(-2, 8))
            members.append(person(region, "P", _born(rng, today, wife_age, wife_age), "Istri", surname))
            if kind in ("nuclear", "three"):
                youngest_parent = min(head_age, wife_age)
                for _ in range(rng.choice([1, 2, 2, 3, 3, 4])):
                    high = max(0, min(youngest_parent - 19, 26))
                    low = max(0, youngest_parent - 42)
                    if low > high:
                        break
                    members.append(person(region, rng.choice("LP"), _born(rng, today, low, high), "Anak", surname))
            if kind == "three":
                grand_age = max(head_age + 22, 62)
                members.append(person(region, rng.choice("LP"), _born(rng, today, grand_age, grand_age + 6),
                                      "Orang Tua", str(fake.last_name())))  # fmt: skip
        del members[count - made :]  # the village holds exactly the number of people asked for
        issued = _born(rng, today, 1, 15)
        kk = f"{region}{issued:%d%m%y}{kk_serial % 10000 or 1:04d}"
        dusun = rng.choice(list(DUSUN))
        rw = f"{list(DUSUN).index(dusun) + 1:03d}"
        address = f"{rng.choice(DUSUN[dusun])} No. {rng.randint(1, 120)}, Dusun {dusun}"
        oldest = max(age_on(p.birth, today) for p in members)
        weights = [14, 14, 13, 12, 11, 10, 9, 7, 6, 4]
        if kind == "single" and oldest >= 62:
            weights = [26, 22, 16, 12, 8, 6, 4, 3, 2, 1]  # the old living alone are poorer
        fam = Family(kk, members, dusun, address, f"{rng.randint(1, 6):03d}", rw,
                     rng.choices(range(1, 11), weights)[0])  # fmt: skip
        fam.no_papers = rng.random() < 0.015
        if fam.no_papers:
            for p in members:
                p.nik = ""
        members[0].phone = f"08{rng.choice([11, 12, 13, 21, 22, 52, 53, 57])}{rng.randint(10_000_000, 99_999_999)}"
        if rng.random() < 0.2:
            members[0].phone = ""  # no telephone
        families.append(fam)
        made += len(members)
    village = Village(families)
    _registry(rng, village, today)
    _registry_outsiders(rng, namer, village, today, nik_for, fake)
    _life_events(rng, village, today)
    return village


def _gets(rng: random.Random, fam: Family, today: dt.date) -> None:
    """Programmes that follow the desil (PKH ≤ 4, BPNT and PBI ≤ 5) and the person (PIP for school children, ASLUT
    for the old, ASPDB for a severe disability); a little inclusion error in desil 6–7, as in real extracts."""
    d = fam.desil
    ages = fam.ages(today)
    family_progs: list[str] = []
    has_component = any(a < 18 or a >= 60 for a in ages) or any(p.disability for p in fam.members)
    if d <= 4 and has_component and rng.random() < 0.7:
        family_progs.append("PKH")
    if (d <= 5 and rng.random() < 0.75) or (d in (6, 7) and rng.random() < 0.04):
        family_progs.append("BPNT")
    if (d <= 5 and rng.random() < 0.85) or (d in (6, 7) and rng.random() < 0.12):
        family_progs.append("PBI")
    if d <= 3 and rng.random() < 0.04:
        family_progs.append("RUTILAHU")
    if d <= 4 and not family_progs and rng.random() < 0.3:
        family_progs.append("BLTDD")
    for p, age in zip(fam.members, ages, strict=True):
        own = list(family_progs)
        if p.relation == "Anak" and 6 <= age <= 18 and d <= 5 and rng.random() < 0.55:
            own.append("PIP")
        if age >= 70 and d <= 3 and rng.random() < 0.35:
            own.append("ASLUT")
        if p.disability and d <= 4 and rng.random() < 0.5:
            own.append("ASPDB")
        p.programmes = own


def _registry(rng: random.Random, village: Village, today: dt.date) -> None:
    share = {1: 0.9, 2: 0.9, 3: 0.85, 4: 0.8, 5: 0.6, 6: 0.5, 7: 0.3, 8: 0.2, 9: 0.1, 10: 0.05}
    for fam in village.families:
        fam.in_registry = not fam.no_papers and rng.random() < share[fam.desil]
        if fam.in_registry:
            _gets(rng, fam, today)
    # Exclusion errors: some poor families receive none of the programmes their desil qualifies for.
    poor = [f for f in village.families if f.in_registry and f.desil <= 4]
    for fam in rng.sample(poor, max(1, len(poor) // 15)) if poor else []:
        for p in fam.members:
            p.programmes = [c for c in p.programmes if c not in ("PKH", "BPNT", "PBI")]
    # One person twice: the registry still carries an old NIK next to the corrected one.
    listed = [p for f in village.families if f.in_registry for p in f.members if p.nik]
    for p in rng.sample(listed, max(1, len(listed) // 300)) if listed else []:
        fam = next(f for f in village.families if p in f.members)
        serial = int(p.nik[-4:]) + 50
        village.doubles.append((fam, p, p.nik[:-4] + f"{serial % 10000:04d}"))


def _registry_outsiders(rng: random.Random, namer: _Namer, village: Village, today: dt.date, nik_for: object,
                        fake: Faker) -> None:  # fmt: skip
    """Families the registry lists in this village that the village register does not know."""
    assert callable(nik_for)
    for n in range(max(1, len(village.families) // 150)):
        region = rng.choice(OTHER_KECAMATAN)
        surname = str(fake.last_name())
        head_birth = _born(rng, today, 30, 60)
        members = [Person(nik_for(region, head_birth, "L"), namer.full("L", surname), "L", head_birth,
                          "Kepala Keluarga", rng.choice(BIRTH_PLACES))]  # fmt: skip
        if rng.random() < 0.7:
            wife = _born(rng, today, 25, 55)
            members.append(Person(nik_for(region, wife, "P"), namer.full("P", surname), "P", wife, "Istri",
                                  rng.choice(BIRTH_PLACES)))  # fmt: skip
        dusun = rng.choice(list(DUSUN))
        fam = Family(f"{region}{_born(rng, today, 3, 12):%d%m%y}{9000 + n:04d}", members, dusun,
                     f"{rng.choice(DUSUN[dusun])}, Dusun {dusun}", f"{rng.randint(1, 6):03d}",
                     f"{list(DUSUN).index(dusun) + 1:03d}", rng.randint(2, 6), in_registry=True,
                     in_village=False)  # fmt: skip
        _gets(rng, fam, today)
        village.families.append(fam)


def _life_events(rng: random.Random, village: Village, today: dt.date) -> None:
    """The register knows who died and who moved away; the registry has not caught up (meninggal, pindah)."""
    listed = [(f, p) for f in village.families if f.in_registry and f.in_village for p in f.members]
    if not listed:
        return
    old_first = sorted(listed, key=lambda fp: fp[1].birth)
    dead = rng.sample(old_first[: max(4, len(old_first) // 5)], max(1, len(listed) // 100))
    for _f, p in dead:
        p.life = "meninggal"
    movers = [fp for fp in listed if fp[1].life == "hidup" and fp[1].relation == "Anak"
              and 19 <= age_on(fp[1].birth, today) <= 35] or [fp for fp in listed if fp[1].life == "hidup"]  # fmt: skip
    for _f, p in rng.sample(movers, min(len(movers), max(1, len(listed) // 70))):
        p.life = "pindah"


# --- writing it the way an office receives it ---------------------------------------------------------------


def write_population(village: Village, path: Path) -> Path:
    """The village register as OpenSID exports it (NIK and No. KK with the leading apostrophe)."""
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False})
    ws = wb.add_worksheet("Penduduk")
    for c, h in enumerate(POPULATION_HEADER):
        ws.write_string(0, c, h)
    row = 1
    for fam in village.families:
        if not fam.in_village or fam.no_papers:
            continue
        for p in fam.members:
            # The whole address in "alamat": the program keeps the dusun only when the street is missing.
            values = [fam.address, fam.dusun, fam.rw, fam.rt, p.name.upper(), f"'{fam.kk}", f"'{p.nik}",
                      "1" if p.sex == "L" else "2", p.birth_place.upper(), p.birth.strftime("%d-%m-%Y"),
                      KK_LEVEL[p.relation], STATUS_DASAR[p.life]]  # fmt: skip
            for c, v in enumerate(values):
                ws.write_string(row, c, v)
            row += 1
    wb.close()
    return path


def write_desil(village: Village, rng: random.Random, path: Path) -> Path:
    """The SIKS-NG desil workbook: every registry family, some a desil up or down since the extract."""
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False})
    ws = wb.add_worksheet("Desil")
    for c, h in enumerate(["No", "No KK", "NIK", "Nama", "Desil"]):
        ws.write_string(0, c, h)
    row = 1
    for fam in village.families:
        if not fam.in_registry:
            continue
        newer = fam.desil
        if rng.random() < 0.1:
            newer = min(10, max(1, fam.desil + rng.choice([-1, 1])))
        head = fam.members[0]
        ws.write_number(row, 0, row)
        ws.write_string(row, 1, fam.kk)
        ws.write_string(row, 2, head.nik)
        ws.write_string(row, 3, head.name.upper())
        ws.write_number(row, 4, newer)
        row += 1
    wb.close()
    return path


def store_registry(db: Database, village: Village, extract_date: dt.date, actor: Actor) -> int:
    """The DTKS/DTSEN extract as the import leaves it (one transaction, audited as the demo's people)."""
    with db.read() as s:
        programmes = {p.code: p.id for p in s.execute(select(Programme)).scalars()}
    count = 0
    with db.write() as s:
        extract = RegistryImport(filename="DTSEN_Sukamaju_demo.xlsx", sha256="0" * 64, extract_date=extract_date)
        s.add(extract)
        s.flush()
        seq = 0

        def record(fam: Family, p: Person, nik: str) -> RegistryRecord:
            nonlocal seq
            seq += 1
            rec = RegistryRecord(
                nik=nik, kk=fam.kk, name=p.name.upper(), name_key=name_key(p.name), sex=p.sex,
                birth_place=p.birth_place, birth_date=p.birth, address=fam.address, rt=fam.rt, rw=fam.rw,
                registry_id=f"DTSEN-{fam.kk[-8:]}{seq:04d}", desil=fam.desil, region_code="6201022001",
                import_id=extract.id, extract_date=extract_date,
            )  # fmt: skip
            rec.programmes = [RegistryProgramme(programme_id=programmes[c]) for c in p.programmes if c in programmes]
            return rec

        for fam in village.families:
            if fam.in_registry:
                for p in fam.members:
                    s.add(record(fam, p, p.nik))
                    count += 1
        for fam, p, other_nik in village.doubles:
            s.add(record(fam, p, other_nik))
            count += 1
        extract.imported = count
        audit.record(s, actor, AuditAction.DEMO_PEOPLE, "demo", "", {"registry": count})
    return count


def import_people(db: Database, coordinator: Actor, front: Actor, village: Village, folder: Path,
                  register_day: dt.datetime) -> list[int]:  # fmt: skip
    """The register through the population import, then what the desk knows of them (telephone, disability), then
    the families without papers registered at the desk. Returns the residents' ids."""
    path = write_population(village, folder / "format_impor_penduduk_Sukamaju.xlsx")
    with clock_at(register_day):
        population.import_population(db, coordinator, path, data_date=register_day.date(), report_dir=folder)
        known = [(p.nik, p.phone, p.disability, age_on(p.birth, register_day.date()) >= 60)
                 for f in village.families if f.in_village and not f.no_papers for p in f.members]  # fmt: skip
        details = [{"b_nik": nik, "phone": phone, "disability": disability, "elderly": elderly}
                   for nik, phone, disability, elderly in known if phone or disability or elderly]  # fmt: skip
        with db.write() as s:
            table = cast(Table, Resident.__table__)
            if details:
                s.execute(update(table).where(table.c.nik == bindparam("b_nik")), details)
            audit.record(s, front, AuditAction.DEMO_PEOPLE, "demo", "", {"desk_details": len(known)})
        for fam in village.families:
            if not fam.no_papers:
                continue
            with db.write() as s:
                for p in fam.members:
                    data = residents.ResidentInput(
                        name=p.name, sex=p.sex, no_nik_reason=residents.NO_PAPERS_REASON, birth_place=p.birth_place,
                        birth_date=p.birth, family_relation=p.relation, address=fam.address, rt=fam.rt, rw=fam.rw,
                        phone=p.phone, elderly=age_on(p.birth, register_day.date()) >= 60, disability=p.disability,
                    )  # fmt: skip
                    residents.create_resident_in(s, front, residents.clean(data))
    with db.read() as s:
        return list(s.execute(select(Resident.id).order_by(Resident.id)).scalars())


def import_desil(db: Database, coordinator: Actor, village: Village, rng: random.Random, folder: Path,
                 when: dt.datetime) -> None:  # fmt: skip
    path = write_desil(village, rng, folder / "desil_SIKS-NG_Sukamaju.xlsx")
    with clock_at(when):
        desil.import_desil(db, coordinator, path, data_date=when.date() - dt.timedelta(days=7), report_dir=folder)
