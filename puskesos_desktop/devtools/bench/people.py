"""Synthetic but valid families for the benchmark: real region codes, NIKs that parse, households sharing a KK.

One seed gives the same district every time. Families are made one at a time (a generator), so that 250,000
people never sit in memory together: the builder writes residents and the registry extract as they come.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass

from puskesos_desktop.core.identity import make_nik

VILLAGE_CODE = "6201022001"  # Kotawaringin Barat, Arut Selatan: the office of the benchmark
LOCAL_KECAMATAN = "620102"
OTHER_KECAMATAN = ("620101", "620103", "630101", "357801", "337401")
PLACES = ("PANGKALAN BUN", "KUMAI", "SAMPIT", "PALANGKA RAYA", "BANJARMASIN", "SURABAYA", "SEMARANG")
STREETS = ("Jl. Pangeran Antasari", "Jl. Kenanga", "Jl. Melati", "Jl. Merdeka", "Gg. Mawar", "Jl. Sudirman")
PREFIXES_M = ("Muhammad", "Ahmad", "H.")
PREFIXES_F = ("Siti", "Nur", "Sri", "Dewi")
PROGRAMMES = ("PKH", "BPNT", "PBI", "PIP", "BST", "ASLUT", "RUTILAHU", "PKSA", "KUBE", "ASPDB", "BLTDD")
TODAY = dt.date(2026, 1, 1)  # birth dates are drawn before this day, whatever the real date


@dataclass(frozen=True)
class Person:
    nik: str
    name: str  # title case, as the office types it; the extract writes it in capitals
    sex: str
    birth_date: dt.date
    birth_place: str


@dataclass(frozen=True)
class Family:
    kk: str
    address: str
    rt: str
    rw: str
    desil: int
    programmes: tuple[str, ...]
    members: tuple[Person, ...]


def _name_lists(seed: int) -> tuple[list[str], list[str], list[str]]:
    """Indonesian first names (men, women) and family names from Faker, drawn once (a draw per person is slow)."""
    from faker import Faker

    fake = Faker("id_ID")
    fake.seed_instance(seed)
    men = sorted({fake.first_name_male() for _ in range(3000)})
    women = sorted({fake.first_name_female() for _ in range(3000)})
    last = sorted({fake.last_name() for _ in range(3000)})
    return men, women, last


def families(seed: int) -> Iterator[Family]:
    """An endless stream of families, 1-6 people each; every NIK and KK is unique and valid."""
    rng = random.Random(seed)
    men, women, last_names = _name_lists(seed)
    serials: dict[tuple[str, dt.date, str], int] = {}
    kk_serials: dict[str, int] = {}
    while True:
        region = LOCAL_KECAMATAN if rng.random() < 0.9 else rng.choice(OTHER_KECAMATAN)
        issued = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randrange(7000))
        stem = f"{region}{issued:%d%m%y}"
        kk_serials[stem] = kk_serials.get(stem, 0) + 1
        # KK serials from 5001 up, NIK serials from 0001: built alike (region, date, serial), they never coincide
        # here, so a NIK typed in the box finds its person first (real collisions are rarer than dates would make).
        kk = f"{stem}{5000 + kk_serials[stem]:04d}"
        family_name = rng.choice(last_names)
        members: list[Person] = []
        for i in range(rng.choice((1, 2, 3, 3, 4, 4, 4, 5, 5, 6))):
            sex = ("L" if rng.random() < 0.8 else "P") if i == 0 else rng.choice("LP")
            age = rng.randint(25, 80) if i < 2 else rng.randint(0, 30)
            birth = TODAY - dt.timedelta(days=age * 365 + rng.randrange(365))
            key = (region, birth, sex)
            serial = serials[key] = serials.get(key, 0) + 1
            if serial > 9999:
                continue
            words = [rng.choice(men if sex == "L" else women)]
            if rng.random() < 0.2:
                words.insert(0, rng.choice(PREFIXES_M if sex == "L" else PREFIXES_F))
            if rng.random() < 0.75:
                words.append(family_name)
            members.append(
                Person(make_nik(region, birth, sex, serial), " ".join(words), sex, birth, rng.choice(PLACES))
            )
        if not members:
            continue
        desil = rng.choices(range(1, 11), weights=(14, 14, 13, 12, 11, 10, 9, 7, 6, 4))[0]
        share = 0.4 if desil <= 4 else 0.08
        yield Family(
            kk=kk,
            address=f"{rng.choice(STREETS)} No. {rng.randint(1, 200)}",
            rt=f"{rng.randint(1, 15):03d}",
            rw=f"{rng.randint(1, 5):03d}",
            desil=desil,
            programmes=tuple(p for p in PROGRAMMES if rng.random() < share),
            members=tuple(members),
        )


def typo(rng: random.Random, name: str) -> str:
    """One slip of the finger inside a word: a letter dropped, doubled, swapped or replaced."""
    chars = list(name)
    inner = [i for i in range(1, len(chars) - 1) if chars[i].isalpha() and chars[i - 1].isalpha()]
    if not inner:
        return name
    i = rng.choice(inner)
    what = rng.choice(("drop", "double", "swap", "replace"))
    if what == "drop":
        del chars[i]
    elif what == "double":
        chars.insert(i, chars[i])
    elif what == "swap" and chars[i + 1].isalpha():
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
    else:
        chars[i] = rng.choice([c for c in "aiueoknrst" if c != chars[i].lower()])
    return "".join(chars)
