"""Measure the front-office search on a large village: 200,000 residents and a 100,000-row registry extract.

Usage: .venv/bin/python scripts/bench_search.py [--residents 200000] [--registry 100000] [--db PATH]
The database is generated once (bulk inserts, fictional names) and reused when --db already exists.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from faker import Faker
from sqlalchemy import insert, select

from puskesos_desktop.core import identity
from puskesos_desktop.core.text import name_key
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Household, RegistryRecord, Resident
from puskesos_desktop.services import office
from puskesos_desktop.services.bootstrap import open_office_db
from puskesos_desktop.services.context import SYSTEM
from puskesos_desktop.services.people import search

KEC = ["620102", "620101", "620103", "630101", "357801"]


def _typo(rng: random.Random, name: str) -> str:
    """One slip of the finger: a letter dropped, doubled, swapped or replaced."""
    chars = list(name)
    i = rng.randrange(1, len(chars) - 1)
    what = rng.choice(["drop", "double", "swap", "replace"])
    if what == "drop":
        del chars[i]
    elif what == "double":
        chars.insert(i, chars[i])
    elif what == "swap" and i + 1 < len(chars):
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
    else:
        chars[i] = rng.choice("aiueoknrst")
    return "".join(chars)


def build(db: Database, residents: int, registry: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    fake = Faker("id_ID")
    fake.seed_instance(seed)
    firsts = list({fake.first_name() for _ in range(3000)})
    lasts = list({fake.last_name() for _ in range(1500)})
    office.save_profile(
        db,
        SYSTEM,
        office.OfficeData("Sukamaju", "6201022001", "", "", "", head_name="H. Abdul Rahman"),
    )
    now = dt.datetime(2026, 11, 1, 8, 0)
    serial = 0
    people = []
    seen: set[str] = set()
    while len(people) < residents + registry:
        serial += 1
        kec = rng.choice(KEC)
        birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randint(0, 30000))
        sex = rng.choice("LP")
        nik = identity.make_nik(kec, birth, sex, serial % 9999 + 1)
        if nik in seen:
            continue
        seen.add(nik)
        kk = f"{kec}{rng.randint(10, 28):02d}{rng.randint(1, 12):02d}{rng.randint(0, 99):02d}{serial % 9999 + 1:04d}"
        words = [rng.choice(firsts)] + ([rng.choice(lasts)] if rng.random() < 0.8 else [])
        if rng.random() < 0.2:
            words.insert(0, rng.choice(["Muhammad", "Siti", "Nur", "Ahmad", "Dewi", "Sri"]))
        people.append((nik, kk, " ".join(words), sex, birth))
    with db.write() as s:
        kks = sorted({p[1] for p in people[:residents]})
        s.execute(insert(Household), [{"kk": kk, "created_at": now, "updated_at": now} for kk in kks])
        hh = dict(s.execute(select(Household.kk, Household.id)).all())
        s.execute(
            insert(Resident),
            [
                {
                    "nik": nik,
                    "household_id": hh[kk],
                    "name": name,
                    "name_key": name_key(name),
                    "sex": sex,
                    "birth_date": birth,
                    "address": f"Jl. Contoh {i % 200}",
                    "rt": f"{i % 12 + 1:03d}",
                    "rw": f"{i % 4 + 1:03d}",
                    "created_at": now,
                    "updated_at": now,
                    "no_nik_reason": "",
                }
                for i, (nik, kk, name, sex, birth) in enumerate(people[:residents])
            ],
        )
        # Half of the registry are residents too (same NIK), half never came to the office.
        reg_people = people[residents // 2 : residents // 2 + registry]
        s.execute(
            insert(RegistryRecord),
            [
                {
                    "nik": nik,
                    "kk": kk,
                    "name": name.upper(),
                    "name_key": name_key(name),
                    "sex": sex,
                    "birth_date": birth,
                    "registry_id": f"DTKS-{i:08d}",
                    "desil": i % 10 + 1,
                    "first_seen_at": now,
                    "updated_at": now,
                    "active": True,
                }
                for i, (nik, kk, name, sex, birth) in enumerate(reg_people)
            ],
        )


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--residents", type=int, default=200_000)
    ap.add_argument("--registry", type=int, default=100_000)
    ap.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "puskesos-bench-search.sqlite3"))
    ap.add_argument("--queries", type=int, default=300)
    args = ap.parse_args()
    path = Path(args.db)
    fresh = not path.exists()
    db = open_office_db(f"sqlite:///{path}")
    if fresh:
        t0 = time.perf_counter()
        build(db, args.residents, args.registry)
        print(f"built {args.residents} residents + {args.registry} registry rows in {time.perf_counter() - t0:.1f} s")
    rng = random.Random(11)
    with db.read() as s:
        sample = s.execute(select(Resident.nik, Resident.name).order_by(Resident.id)).all()
        reg_only = s.execute(
            select(RegistryRecord.nik, RegistryRecord.name).order_by(RegistryRecord.id.desc()).limit(5000)
        ).all()
    picks = [rng.choice(sample) for _ in range(args.queries)]

    import psutil

    rss = psutil.Process().memory_info().rss
    t0 = time.perf_counter()
    search.warm_up(db)
    grown = (psutil.Process().memory_info().rss - rss) / 2**20
    print(f"name index built in {(time.perf_counter() - t0) * 1000:.0f} ms, memory +{grown:.0f} MB")

    timings: dict[str, list[float]] = {"nik": [], "nik_prefix": [], "kk": [], "name": [], "name_typo": []}
    found = {k: 0 for k in timings}

    def run(kind: str, text: str, expect_nik: str | None, expect_name: str | None = None) -> None:
        t = time.perf_counter()
        hits = search.search(db, None, text)
        timings[kind].append((time.perf_counter() - t) * 1000)
        # Namesakes cannot be told apart by name alone: the person or a namesake in the top 10 counts.
        if expect_nik is None or any(
            h.nik == expect_nik or (expect_name and name_key(h.name) == name_key(expect_name)) for h in hits[:10]
        ):
            found[kind] += 1

    for nik, name in picks:
        run("nik", nik, nik)
        run("nik_prefix", nik[:10], None)
        run("name", name, nik, name)
        run("name_typo", _typo(rng, name), nik, name)
    for nik, _ in picks[:100]:
        with db.read() as s:
            kk = s.execute(
                select(Household.kk).join(Resident, Resident.household_id == Household.id).where(Resident.nik == nik)
            ).scalar()
        run("kk", kk or "", None)
    for nik, name in reg_only[:100]:
        run("name_typo", _typo(rng, name.title()), nik, name)
    for kind, values in timings.items():
        print(
            f"{kind:11s} n={len(values):4d}  median {statistics.median(values):6.2f} ms  p95 {p95(values):6.2f} ms"
            f"  max {max(values):6.1f} ms  found in top 10: {found[kind]}/{len(values)}"
        )
    db.dispose()


if __name__ == "__main__":
    main()
