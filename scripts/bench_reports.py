"""Time the monthly report and the planning dashboard on a district-sized database.

    .venv/bin/python scripts/bench_reports.py [--db /tmp/bench-reports.sqlite3] [--residents 200000] [--registry 100000]

Rows are written straight with SQL (a district's volume through the services would take hours); the figures are
then read through the services as the program reads them. A database already built is reused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from puskesos_desktop.core.statuses import ComplaintStatus, Field, ProposalKind, ProposalStatus, ReferralStatus  # noqa: E402
from puskesos_desktop.services.bootstrap import open_office_db  # noqa: E402
from puskesos_desktop.services.context import cli_actor  # noqa: E402
from puskesos_desktop.services.reporting import (
    dashboard,  # noqa: E402
    reports,  # noqa: E402
)

FMT = "%Y-%m-%d %H:%M:%S.%f"


def build(path: Path, residents: int, registry: int, seed: int = 5) -> None:
    db = open_office_db(f"sqlite:///{path}")
    db.dispose()
    rng = random.Random(seed)
    con = sqlite3.connect(str(path))
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    now = dt.datetime(2026, 11, 20, 10, 0)
    stamp = now.strftime(FMT)
    con.execute(
        "INSERT INTO users (username, full_name, role, active, failed_attempts, must_change_password, phone, "
        "created_at, updated_at) VALUES ('fasil', 'Agus Salim', 'fasilitator', 1, 0, 0, '', ?, ?)",
        (stamp, stamp),
    )
    households = residents // 4
    con.executemany(
        "INSERT INTO households (id, kk, address, rt, rw, created_at, updated_at) VALUES (?, ?, '', '', '', ?, ?)",
        [(i, f"62010{i:011d}", stamp, stamp) for i in range(1, households + 1)],
    )
    con.executemany(
        "INSERT INTO residents (id, nik, household_id, no_nik_reason, name, name_key, sex, birth_place,"
        " family_relation, address, rt, rw, phone, disability, elderly, pregnant, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, '', ?, '', ?, '', '', '', '', '', '', 0, 0, 0, '', ?, ?)",
        [
            (i, f"62010{i:011d}", (i - 1) // 4 + 1, f"WARGA {i}", "L" if i % 2 else "P", stamp, stamp)
            for i in range(1, residents + 1)
        ],
    )
    progs = [r[0] for r in con.execute("SELECT id FROM programmes WHERE in_registry = 1")]
    records: list[tuple[object, ...]] = []
    memberships: list[tuple[int, int]] = []
    hh_desil: dict[int, int] = {}
    hh_progs: dict[int, list[int]] = {}
    for i in range(1, registry + 1):
        hh = (i - 1) // 3 + 1
        desil = hh_desil.setdefault(hh, rng.choices(range(1, 11), weights=[14, 14, 13, 12, 11, 10, 9, 7, 6, 4])[0])
        chosen = hh_progs.setdefault(hh, [p for p in progs if rng.random() < (0.3 if desil <= 4 else 0.06)])
        active = 1 if rng.random() < 0.97 else 0
        records.append((i, f"63010{i:011d}", f"63010{hh:011d}", f"ANGGOTA {i}", desil, active, stamp, stamp))
        memberships += [(i, p) for p in chosen if rng.random() < 0.7]
    con.executemany(
        "INSERT INTO registry_records (id, nik, kk, name, name_key, sex, birth_place, address, rt, rw, registry_id,"
        " desil, region_code, active, row_hash, first_seen_at, updated_at) "
        "VALUES (?, ?, ?, ?, '', '', '', '', '', '', '', ?, '', ?, '', ?, ?)",
        records,
    )
    con.executemany("INSERT INTO registry_programmes (record_id, programme_id) VALUES (?, ?)", memberships)
    fields = [f.value for f in Field]
    statuses = [s.value for s in ComplaintStatus]
    complaints: list[tuple[object, ...]] = []
    events: list[tuple[object, ...]] = []
    refs: list[tuple[object, ...]] = []
    ref_events: list[tuple[object, ...]] = []
    start = now - dt.timedelta(days=730)
    for i in range(1, residents // 10 + 1):
        at = start + dt.timedelta(minutes=rng.randint(0, 730 * 24 * 60))
        status = rng.choice(statuses)
        complaints.append(
            (i, f"RESI/{i:07d}", at.strftime(FMT), rng.randint(1, residents), "Datang Langsung", rng.choice(fields),
             "uraian", "Biasa", status, "", (at + dt.timedelta(days=7)).date().isoformat(), "", stamp, stamp)
        )
        events.append((i, at.strftime(FMT), "sistem", "status", None, "Diteruskan ke Back Office"))
        later = at + dt.timedelta(days=rng.randint(0, 40))
        events.append((i, later.strftime(FMT), "sistem", "status", "Diteruskan ke Back Office", status))
        if rng.random() < 0.35:
            rid = len(refs) + 1
            rstatus = rng.choice([s.value for s in ReferralStatus])
            refs.append((rid, f"RJK/{rid:07d}", i, later.strftime(FMT), rng.choice(fields), 1, "alasan", "", rstatus,
                         later.strftime(FMT), "x" if rstatus == "Ditolak" else "", "", "", "", stamp, stamp))
            answer = later + dt.timedelta(days=rng.randint(1, 30))
            ref_events.append((rid, answer.strftime(FMT), "sistem", "status", "Dikirim", rstatus))
    con.executemany(
        "INSERT INTO complaints (id, number, registered_at, resident_id, channel, field, description, urgency, status,"
        " answer, due_date, informed_channel, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        complaints,
    )
    con.executemany(
        "INSERT INTO complaint_events (complaint_id, at, actor, kind, from_status, to_status, note) "
        "VALUES (?,?,?,?,?,?, '')",
        events,
    )
    partner = con.execute("SELECT id FROM partners LIMIT 1").fetchone()[0]
    con.executemany(
        "INSERT INTO referrals (id, number, complaint_id, referred_at, field, partner_id, reason, documents, status,"
        " sent_at, outcome_note, outcome_source, informed_channel, cancel_reason, created_at, updated_at) "
        f"VALUES (?,?,?,?,?,{partner},?,?,?,?,?,?,?,?,?,?)",
        [r[:5] + r[6:] for r in refs],
    )
    con.executemany(
        "INSERT INTO referral_events (referral_id, at, actor, kind, from_status, to_status, note) "
        "VALUES (?,?,?,?,?,?, '')",
        ref_events,
    )
    props: list[tuple[object, ...]] = []
    for i in range(1, 3001):
        at = start + dt.timedelta(minutes=rng.randint(0, 730 * 24 * 60))
        kind = rng.choice([k.value for k in ProposalKind])
        status = rng.choice([s.value for s in ProposalStatus])
        props.append((i, f"USL/{i:07d}", at.strftime(FMT), kind, rng.randint(1, households),
                      rng.randint(1, residents), status, stamp, stamp))
    con.executemany(
        "INSERT INTO proposals (id, number, proposed_at, kind, household_id, resident_id, status, reason, "
        "outcome_note, created_at, updated_at) VALUES (?,?,?,?,?,?,?, '', '', ?, ?)",
        props,
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()


def timed(label: str, fn: object, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t)
    best, median = min(times), statistics.median(times)
    print(f"{label:<46} best {best * 1000:7.0f} ms   median {median * 1000:7.0f} ms")
    return median


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/tmp/bench-reports.sqlite3")
    ap.add_argument("--residents", type=int, default=200_000)
    ap.add_argument("--registry", type=int, default=100_000)
    args = ap.parse_args()
    path = Path(args.db)
    if not path.exists():
        t = time.perf_counter()
        build(path, args.residents, args.registry)
        print(f"built {path} in {time.perf_counter() - t:.1f} s")
    db = open_office_db(f"sqlite:///{path}")
    actor = cli_actor()
    with sqlite3.connect(str(path)) as con:
        for table in ("residents", "registry_records", "registry_programmes", "complaints", "referrals", "proposals"):
            print(f"{table:<22} {con.execute(f'SELECT count(*) FROM {table}').fetchone()[0]:>8}")
    month = "2026-10"
    worst = timed("monthly_report", lambda: reports.monthly_report(db, actor, month))
    worst = max(worst, timed("dashboard", lambda: dashboard.dashboard(db, actor)))
    dash = dashboard.dashboard(db, actor)
    first = dash.programmes[0].id
    lists = {
        "list: households with a programme": reports.FigureRef("households", programme_id=first),
        "list: desil 1-4 without programme": reports.FigureRef("gap_households"),
        "list: complaints of the month": reports.FigureRef("complaints", month),
        "list: overdue complaints": reports.FigureRef("overdue_complaints", month),
    }
    for label, ref in lists.items():
        timed(label, lambda ref=ref: reports.records(db, actor, ref), 3)
    print(f"households {dash.households}, with programme {dash.households_with_programme}, uncovered {dash.uncovered}")
    return 0 if worst < 1.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
