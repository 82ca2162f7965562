"""What each benchmark child process does (`puskesos bench --child STEP --workdir DIR`): one step, one JSON line.

Every step opens the office database the way the program does and calls the same service functions the
windows call: `search.search` (the search box), `complaints.register_complaint`, `registry_import.import_registry`,
`exchange.export_month`, `cards.print_card`. The first calls of a step (imports, statement caches, fonts) are
reported apart as `first_ms` and left out of the percentiles: staff work in a program that is already running.
"""

from __future__ import annotations

import datetime as dt
import gc
import random
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import exists, func, select

from puskesos_desktop.core.text import name_key
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Complaint, Referral, RegistryRecord, Resident, Service
from puskesos_desktop.devtools.bench import measure
from puskesos_desktop.devtools.bench.info import BuildInfo, BuildSpec, load_info, office_url, save_info
from puskesos_desktop.devtools.bench.measure import Series
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.bootstrap import open_office_db
from puskesos_desktop.services.context import Actor

WARMUP = 3


@dataclass(frozen=True)
class StepOptions:
    queries: int = 300  # per kind of search
    registrations: int = 100
    cards: int = 100
    seed: int = 7


def _open(info: BuildInfo) -> Database:
    return open_office_db(office_url(info))


def _actor(db: Database, info: BuildInfo, who: str) -> Actor:
    return users.get_user(db, info.usernames[who]).actor()


def _finish(result: dict[str, Any], started_cpu: float) -> dict[str, Any]:
    result["cpu_s"] = round(measure.cpu_seconds() - started_cpu, 2)
    result["rss_mb"] = measure.peak_rss_mb()
    result["load_average"] = measure.load_average()
    return result


# --- the steps ------------------------------------------------------------------------------------------------


def step_build(workdir: Path, spec: BuildSpec, url: str | None = None) -> dict[str, Any]:
    from puskesos_desktop.devtools.bench.build import build

    cpu0 = measure.cpu_seconds()
    marks: dict[str, float] = {}
    last = [time.perf_counter()]

    def timer(label: str) -> None:
        now = time.perf_counter()
        marks[label] = round(now - last[0], 2)
        last[0] = now

    info = build(workdir, spec, timer, url)
    info.seconds = marks
    save_info(workdir, info)
    out = info.as_json()
    out.pop("password")
    return _finish(out, cpu0)


def step_import(workdir: Path) -> dict[str, Any]:
    from puskesos_desktop.services.registry import registry_import

    info = load_info(workdir)
    db = _open(info)
    actor = _actor(db, info, "coordinator")
    cpu0 = measure.cpu_seconds()
    t0 = time.perf_counter()
    result = registry_import.import_registry(db, actor, info.extract_path, report_dir=workdir)
    wall = time.perf_counter() - t0
    cpu = measure.cpu_seconds() - cpu0
    out = {
        "rows": result.total_rows,
        "imported": result.imported,
        "rejected": result.rejected,
        "warnings": result.warnings,
        "seconds": round(wall, 2),
        "rows_per_s": round(result.total_rows / wall),
        "rows_per_cpu_s": round(result.total_rows / cpu) if cpu else None,
    }
    db.dispose()
    return _finish(out, cpu0)


POPULATION_ROWS = 10_000
# A real kecamatan (Kotawaringin Barat, Arut Utara) that the bench village's people never come from
# (people.OTHER_KECAMATAN): an unregistered code such as 73.99.01 made the import refuse every row.
POPULATION_KECAMATAN = "620104"


def step_population(workdir: Path) -> dict[str, Any]:
    """Issue 16 §4: the village population register (OpenSID's format) imported on the district-sized database —
    10,000 people new to the office, then the same file again (which must change nothing)."""
    import csv

    from puskesos_desktop.core import identity
    from puskesos_desktop.services.registry import population

    info = load_info(workdir)
    db = _open(info)
    actor = _actor(db, info, "coordinator")
    rng = random.Random(16)
    path = workdir / "format_impor_penduduk.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["alamat", "dusun", "rw", "rt", "nama", "no_kk", "nik", "sex", "tempatlahir", "tanggallahir",
                      "kk_level", "status_dasar"])  # fmt: skip
        for i in range(POPULATION_ROWS):
            born = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randint(0, 25_000))
            sex = "L" if i % 2 else "P"
            nik = identity.make_nik(POPULATION_KECAMATAN, born, sex, 1 + i % 9_000)
            kk = f"{POPULATION_KECAMATAN}{born:%d%m%y}{1 + i // 4 % 9_000:04d}"
            out.writerow([f"Jl. Bench {i // 4}", "I", "001", "002", f"WARGA BENCH {i}", f"'{kk}", f"'{nik}",
                          1 if sex == "L" else 2, "Pangkalan Bun", born.isoformat(), 1 if i % 4 == 0 else 4,
                          1])  # fmt: skip
    cpu0 = measure.cpu_seconds()
    t0 = time.perf_counter()
    first = population.import_population(db, actor, path, report_dir=workdir)
    wall = time.perf_counter() - t0
    cpu = measure.cpu_seconds() - cpu0
    t1 = time.perf_counter()
    again = population.import_population(db, actor, path, report_dir=workdir)
    wall_again = time.perf_counter() - t1
    result: dict[str, Any] = {
        "rows": first.rows,
        "imported": first.imported,
        "rejected": first.rejected,
        "seconds": round(wall, 2),
        "rows_per_s": round(first.rows / wall),
        "again_unchanged": again.unchanged,
        "again_rows_per_s": round(again.rows / wall_again),
        "rows_per_cpu_s": round(first.rows / cpu) if cpu else None,
    }
    if first.imported != first.rows or again.unchanged != again.rows:
        # Every row is a new, valid person: a refused row means the file or the import is wrong, and a speed
        # measured on refusals means nothing (the parent stops on "error").
        result["error"] = (
            f"population: {first.imported} of {first.rows} rows imported ({first.rejected} rejected), "
            f"{again.unchanged} unchanged on the second import"
        )
    db.dispose()
    return _finish(result, cpu0)


def step_search(workdir: Path, options: StepOptions) -> dict[str, Any]:
    from puskesos_desktop.devtools.bench.people import typo
    from puskesos_desktop.services.people import search

    info = load_info(workdir)
    db = _open(info)
    rng = random.Random(options.seed)
    n = options.queries
    with db.read() as s:
        top = s.execute(select(func.max(Resident.id))).scalar() or 0
        ids = rng.sample(range(1, top + 1), min(top, n * 2))
        people = [
            (nik, name)
            for nik, name in s.execute(select(Resident.nik, Resident.name).where(Resident.id.in_(ids)))
            if nik
        ]
        # People in the extract who never came to the office: found through the registry side of the search.
        strangers = s.execute(
            select(RegistryRecord.nik, RegistryRecord.name)
            .where(~exists().where(Resident.nik == RegistryRecord.nik))
            .limit(5000)
        ).all()
        complaints = s.execute(select(func.max(Complaint.id))).scalar() or 0
        picked = rng.sample(range(1, min(complaints, 9999) + 1), min(complaints, 9999, n))
        receipts = list(s.execute(select(Complaint.number).where(Complaint.id.in_(picked))).scalars())
    rng.shuffle(people)
    sample = [(nik, name, "resident") for nik, name in people[: n - n * 3 // 10]]
    sample += [(nik, name.title(), "registry") for nik, name in rng.sample(strangers, min(len(strangers), n * 3 // 10))]
    rng.shuffle(sample)

    cpu0 = measure.cpu_seconds()
    before = measure.rss_mb()
    t0 = time.perf_counter()
    search.warm_up(db)
    index = {"build_s": round(time.perf_counter() - t0, 2), "mb": round(measure.rss_mb() - before, 1)}

    # The floor is a bare sqlite3 query on the file: SQLite's by nature (the JSON says so on PostgreSQL).
    raw = sqlite3.connect(info.db_path) if info.engine == "sqlite" else None
    if raw is not None:
        raw.execute("PRAGMA query_only = ON")
    raw_sql = (
        "SELECT 'r', id, name FROM residents WHERE nik = ? "
        "UNION ALL SELECT 'g', id, name FROM registry_records WHERE nik = ? AND active = 1"
    )
    series = {k: Series() for k in ("nik", "nik_prefix", "name_typo", "receipt", "raw_nik", "typing")}
    found = {"nik": 0, "name_typo": 0, "receipt": 0}
    for nik, name, _kind in sample[:WARMUP]:  # statement caches, the reader's connection
        search.search(db, None, nik)
        search.search(db, None, name)
    for i, (nik, name, _kind) in enumerate(sample):
        # Interleaved, so that a burst of load from other programs falls on every kind alike.
        hits = series["nik"].time(partial(search.search, db, None, nik))
        found["nik"] += any(h.nik == nik for h in hits[:1])
        cut = 4 + i % 12  # 4 to 15 digits: the box searches while the NIK is still being typed
        series["nik_prefix"].time(partial(search.search, db, None, nik[:cut]))
        wrong = typo(rng, name)
        hits = series["name_typo"].time(partial(search.search, db, None, wrong))
        # Namesakes cannot be told apart by name alone: the person or a namesake in the first ten counts.
        key = name_key(name)
        found["name_typo"] += any(h.nik == nik or name_key(h.name) == key for h in hits[:10])
        if raw is not None:
            series["raw_nik"].time(partial(_raw_lookup, raw, raw_sql, nik))
        if i < len(receipts):
            typed = _as_typed(receipts[i], i)
            hits = series["receipt"].time(partial(search.search, db, None, typed))
            found["receipt"] += any(h.complaint_number == receipts[i] for h in hits)
        if i < 30:  # every keystroke of a name, as the box sees it
            for end in range(3, len(wrong) + 1):
                series["typing"].time(partial(search.search, db, None, wrong[:end], wait=False))
    if raw is not None:
        raw.close()
    else:
        del series["raw_nik"]
    out: dict[str, Any] = {k: v.as_json() for k, v in series.items()}
    out["found"] = {k: f"{v}/{len(series[k].wall)}" for k, v in found.items()}
    out["name_index"] = index
    db.dispose()
    return _finish(out, cpu0)


def _raw_lookup(raw: sqlite3.Connection, sql: str, nik: str) -> list[Any]:
    return raw.execute(sql, (nik, nik)).fetchall()


def _as_typed(number: str, i: int) -> str:
    """Receipt numbers as they reach the box: scanned, typed in lower case with spaces, or digits only."""
    if i % 3 == 1:
        return number.replace("/", " ").lower()
    if i % 3 == 2:
        return "".join(ch for ch in number if ch.isdigit())
    return number


def _as_the_window_keeps_the_index() -> None:
    """The window freezes the name index out of the collector's sight once it is built (ui/tabs/front_office.py):
    without that here, a full collection walking ~300,000 index objects lands in a timed action now and then."""
    gc.collect(1)
    gc.freeze()


def step_register(workdir: Path, options: StepOptions) -> dict[str, Any]:
    from puskesos_desktop.devtools.demo import COMPLAINT_TEXTS, FIELD_WEIGHTS
    from puskesos_desktop.services.casework import complaints
    from puskesos_desktop.services.people import search

    info = load_info(workdir)
    db = _open(info)
    actor = _actor(db, info, "front")
    rng = random.Random(options.seed + 3)
    with db.read() as s:
        top = s.execute(select(func.max(Resident.id))).scalar() or 0
        chosen = rng.sample(range(1, top + 1), min(top, options.registrations + WARMUP))
        people = list(s.execute(select(Resident.id, Resident.nik, Resident.name).where(Resident.id.in_(chosen))))
        rng.shuffle(people)
        services: dict[str, list[int]] = {}
        for sid, field_ in s.execute(select(Service.id, Service.field).where(Service.active.is_(True))):
            services.setdefault(field_, []).append(sid)
    fields, weights = list(FIELD_WEIGHTS), list(FIELD_WEIGHTS.values())
    cpu0 = measure.cpu_seconds()
    series = Series()
    first: list[float] = []
    proposals = 0
    for i, (resident_id, nik, name) in enumerate(people):
        # As at the desk: the resident is looked up first (untimed; it also holds the search's reading connection
        # open, as in the running program, so that a commit does not close the last connection: a WAL checkpoint).
        search.search(db, None, nik or name)
        if i == 0:
            _as_the_window_keeps_the_index()
        field_ = rng.choices(fields, weights)[0]
        data = complaints.ComplaintInput(
            resident_id=resident_id,
            field=field_,
            description=rng.choice(COMPLAINT_TEXTS[field_]),
            service_id=rng.choice(services[field_]) if services.get(field_) else None,
        )
        target = Series() if i < WARMUP else series
        done = target.time(partial(complaints.register_complaint, db, actor, data))
        proposals += done.proposal_number is not None
        if i < WARMUP:
            first.append(round(target.wall[0], 1))
    out = {"ms": series.as_json(), "first_ms": first, "with_proposal": proposals}
    db.dispose()
    return _finish(out, cpu0)


def step_export(workdir: Path) -> dict[str, Any]:
    from puskesos_desktop.services.exchange import batch as exchange

    info = load_info(workdir)
    db = _open(info)
    actor = _actor(db, info, "coordinator")
    target = workdir / "ekspor"
    shutil.rmtree(target, ignore_errors=True)  # ours: a batch left by an earlier run in a kept folder
    target.mkdir()
    cpu0 = measure.cpu_seconds()
    t0 = time.perf_counter()
    result = exchange.export_month(db, actor, info.month, target)
    wall = time.perf_counter() - t0
    out = {
        "seconds": round(wall, 2),
        "counts": result.counts,
        "size_kb": result.size // 1024,
        "file": result.path.name,
    }
    db.dispose()
    return _finish(out, cpu0)


def step_cards(workdir: Path, options: StepOptions) -> dict[str, Any]:
    from puskesos_desktop.services.documents import cards
    from puskesos_desktop.services.people import search

    info = load_info(workdir)
    db = _open(info)
    actor = _actor(db, info, "front")
    with db.read() as s:
        numbers = list(s.execute(select(Referral.number).order_by(Referral.id).limit(options.cards + WARMUP)).scalars())
    search.search(db, None, numbers[0])  # the program's reading connection, open as in the window (see step_register)
    _as_the_window_keeps_the_index()
    cpu0 = measure.cpu_seconds()
    series = Series()
    first: list[float] = []
    size = 0
    for i, number in enumerate(numbers):
        target = Series() if i < WARMUP else series
        pdf = target.time(partial(cards.print_card, db, actor, number))
        size = max(size, len(pdf))
        if i < WARMUP:
            first.append(round(target.wall[0], 1))
    out = {"ms": series.as_json(), "first_ms": first, "pdf_kb": size // 1024}
    db.dispose()
    return _finish(out, cpu0)


def step_attach(workdir: Path, options: StepOptions) -> dict[str, Any]:
    """Issue 20: a 4 MB phone photo (4000 × 3000, EXIF orientation, time and GPS) attached to a resident, as the
    window does it: read from disk, checked, re-encoded, stored with its audit entry."""
    from puskesos_desktop.devtools import photos
    from puskesos_desktop.services.people import attachments

    info = load_info(workdir)
    db = _open(info)
    actor = _actor(db, info, "front")
    count = max(3, min(options.cards, 20))
    with db.read() as s:
        ids = list(s.execute(select(Resident.id).order_by(Resident.id).limit(count + WARMUP)).scalars())
    data = photos.photo(4000, 3000, orientation=6, gps=(-2.2085, 113.917), quality=93)
    path = workdir / "foto-rumah.jpg"
    path.write_bytes(data)
    cpu0 = measure.cpu_seconds()
    series = Series()
    first: list[float] = []
    size = 0
    for i, rid in enumerate(ids):
        target = Series() if i < WARMUP else series
        owner = attachments.Owner("resident", rid)
        got = target.time(partial(attachments.attach_file, db, actor, owner, path, "foto-depan"))
        size = max(size, got.bytes)
        if i < WARMUP:
            first.append(round(target.wall[0], 1))
    out = {"ms": series.as_json(), "first_ms": first, "photo_kb": len(data) // 1024, "size_kb": size // 1024}
    db.dispose()
    return _finish(out, cpu0)


STEPS: dict[str, Callable[..., dict[str, Any]]] = {
    "import": step_import,
    "population": step_population,
    "search": step_search,
    "register": step_register,
    "export": step_export,
    "cards": step_cards,
    "attach": step_attach,
}


def run_child(step: str, workdir: Path, spec: BuildSpec, options: StepOptions) -> dict[str, Any]:
    """The child's whole work: one step; the parent reads the JSON line it prints."""
    if step == "build":
        import os

        from puskesos_desktop.devtools.bench.info import DB_ENV

        return step_build(workdir, spec, os.environ.get(DB_ENV) or None)
    if step == "gui":
        from puskesos_desktop.devtools.bench import gui_probe

        return gui_probe.run(workdir)
    fn = STEPS[step]
    if step in ("import", "export", "population"):
        return fn(workdir)
    return fn(workdir, options)
