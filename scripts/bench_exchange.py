"""Benchmark of the data exchange through the real services: registry import and the monthly batch export.

    .venv/bin/python scripts/bench_exchange.py [--rows 100000] [--file DTKS.xlsx] [--complaints 10000]

The import goes through services.registry_import.import_registry (read, check, write in one transaction, audit);
targets: >= 10,000 rows/s (100,000 rows in 10 s). The export goes through services.exchange.export_month for a
month holding --complaints complaints (plus referrals and agreed proposals); target <= 3 s. Wall-clock and CPU
times are printed: on a shared machine the CPU time is the steadier figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402

from puskesos_desktop.core import clock  # noqa: E402
from puskesos_desktop.core.identity import make_nik  # noqa: E402
from puskesos_desktop.core.statuses import ComplaintStatus, ProposalStatus, ReferralStatus, Role  # noqa: E402
from puskesos_desktop.db.engine import Database  # noqa: E402
from puskesos_desktop.db.models import (  # noqa: E402
    Complaint,
    ComplaintEvent,
    Household,
    MusdesSession,
    Partner,
    Proposal,
    ProposalEvent,
    Referral,
    ReferralEvent,
    Resident,
)
from puskesos_desktop.services import office  # noqa: E402
from puskesos_desktop.services.admin import users  # noqa: E402
from puskesos_desktop.services.bootstrap import open_office_db  # noqa: E402
from puskesos_desktop.services.context import SYSTEM, Actor  # noqa: E402
from puskesos_desktop.services.exchange import batch as exchange  # noqa: E402
from puskesos_desktop.services.registry import registry_import  # noqa: E402


def _office(folder: Path) -> tuple[Database, Actor]:
    db = open_office_db(f"sqlite:///{folder / 'bench.sqlite3'}")
    office.save_profile(
        db, SYSTEM, office.OfficeData("Sukamaju", "6201022001", "Arut Selatan", "Kotawaringin Barat", "Kalteng")
    )
    user = users.create_user(db, SYSTEM, "koordinator", "Sri Wahyuni", Role.KOORDINATOR, "Bench-Puskesos-1")
    return db, user.actor()


def _timed(fn: Any) -> tuple[Any, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def bench_import(folder: Path, path: Path) -> None:
    db, actor = _office(folder)
    result, wall, cpu = _timed(lambda: registry_import.import_registry(db, actor, path))
    rows = result.total_rows
    print(f"import {path.name}: {rows:,} rows ({result.imported:,} new, {result.rejected} rejected, "
          f"{result.warnings} warned)")  # fmt: skip
    print(f"  wall {wall:.2f} s = {rows / wall:,.0f} rows/s; CPU {cpu:.2f} s = {rows / cpu:,.0f} rows/s")
    again, wall, cpu = _timed(lambda: registry_import.import_registry(db, actor, path))
    print(f"  same file again: {again.unchanged:,} unchanged; wall {wall:.2f} s, CPU {cpu:.2f} s")
    db.dispose()


def _fill_month(db: Database, n: int, rng: random.Random) -> None:
    """n complaints registered in November 2026, a fifth referred, some proposals agreed (bulk inserts)."""
    start = dt.datetime(2026, 11, 2, 8, 0)
    with db.write() as s:
        partner = s.execute(select(Partner.id).limit(1)).scalar_one()
        households, people, complaints, events = [], [], [], []
        for i in range(1, n + 1):
            birth = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(25_000))
            sex = rng.choice("LP")
            kk = f"620102{i % 28 + 1:02d}1125{i:04d}"[:16] if i < 10_000 else f"6201020101{i:06d}"[:16]
            households.append({"id": i, "kk": kk, "address": f"Jl. Merdeka {i}", "rt": "001", "rw": "002"})
            people.append({
                "id": i, "nik": make_nik("620102", birth, sex, i % 9999 + 1), "household_id": i,
                "name": f"Warga {i}", "name_key": f"warga {i}", "sex": sex, "birth_date": birth,
                "address": f"Jl. Merdeka {i}", "rt": "001", "rw": "002",
            })  # fmt: skip
            at = start + dt.timedelta(minutes=i * 3)
            complaints.append({
                "id": i, "number": f"RESI/6201022001/2026/11/{i:05d}", "registered_at": at, "resident_id": i,
                "channel": "Datang Langsung", "field": "Kesehatan", "description": "Kartu BPJS PBI tidak aktif",
                "status": ComplaintStatus.DITERUSKAN.value, "registered_by_id": 1,
            })  # fmt: skip
            events.append({"complaint_id": i, "at": at, "actor": "fo", "kind": "status", "to_status": "Diterima"})
        s.execute(insert(Household), households)
        s.execute(insert(Resident), people)
        s.execute(insert(Complaint), complaints)
        s.execute(insert(ComplaintEvent), events)
        refs = [
            {"id": i, "number": f"RJK/6201022001/2026/11/{i:05d}", "complaint_id": i, "referred_at": start,
             "field": "Kesehatan", "partner_id": partner, "reason": "PBI", "status": ReferralStatus.DIKIRIM.value}
            for i in range(1, n // 5 + 1)
        ]  # fmt: skip
        s.execute(insert(Referral), refs)
        s.execute(insert(ReferralEvent), [{"referral_id": r["id"], "at": start, "actor": "bo", "kind": "status",
                                           "to_status": "Dikirim"} for r in refs])  # fmt: skip
        s.execute(insert(MusdesSession), [{"id": 1, "held_on": dt.date(2026, 11, 20), "place": "Balai Desa"}])
        props = [
            {"id": i, "number": f"USL/6201022001/2026/11/{i:05d}", "proposed_at": start, "kind": "Tambah",
             "household_id": i, "resident_id": i, "status": ProposalStatus.DISAHKAN_MUSDES.value, "musdes_id": 1}
            for i in range(1, n // 20 + 1)
        ]  # fmt: skip
        s.execute(insert(Proposal), props)
        agreed = {"at": start, "actor": "k", "kind": "status", "from_status": "Draf", "to_status": "Disahkan Musdes"}
        s.execute(insert(ProposalEvent), [{"proposal_id": p["id"], **agreed} for p in props])


def bench_export(folder: Path, n: int) -> None:
    db, actor = _office(folder)
    _fill_month(db, n, random.Random(5))
    clock.set_clock(lambda: dt.datetime(2026, 12, 1, 9, 0))
    out = folder / "usb"
    out.mkdir()
    rows, wall, cpu = _timed(lambda: exchange.month_rows(db, actor, "2026-11"))
    print(f"export: month rows ({len(rows.complaints):,} complaints, {len(rows.referrals):,} referrals, "
          f"{len(rows.proposals):,} proposals) queried in wall {wall:.2f} s, CPU {cpu:.2f} s")  # fmt: skip
    result, wall, cpu = _timed(lambda: exchange.export_month(db, actor, "2026-11", out))
    print(f"  export_month (query, write, read back, verify, record): wall {wall:.2f} s, CPU {cpu:.2f} s, "
          f"{result.size / 1_048_576:.1f} MB")  # fmt: skip
    result, wall, cpu = _timed(lambda: exchange.export_month(db, actor, "2026-11", out, password="Bench-Pw-123"))
    print(f"  with a password: wall {wall:.2f} s, CPU {cpu:.2f} s")
    clock.set_clock(None)
    db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--file", help="an extract to import (default: generated with scripts/make_sample_dtks.py)")
    parser.add_argument("--complaints", type=int, default=10_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-exchange-") as tmp:
        folder = Path(tmp)
        path = Path(args.file) if args.file else None
        if path is None:
            sys.path.insert(0, str(ROOT / "scripts"))
            from make_sample_dtks import generate

            path = folder / f"DTKS_{args.rows}.xlsx"
            started = time.perf_counter()
            generate(path, args.rows, seed=7, bad_every=997)
            print(f"generated {path.name} in {time.perf_counter() - started:.1f} s")
        (folder / "import").mkdir()
        bench_import(folder / "import", path)
        (folder / "export").mkdir()
        bench_export(folder / "export", args.complaints)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
