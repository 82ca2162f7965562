"""Several PCs writing at once (issue 15): N processes each register M complaints, print their receipts and run one
export, all on one office database (a temporary SQLite file, or the PostgreSQL database given with --db).

Every process prints a line for each complaint only after the service returned (after the commit), and a line for
each error that reached it. The parent then checks the database:

* ``acknowledged``: complaints the processes were told were saved; ``missing``: of those, numbers not in the database
  (or not the record they were given to);
* ``duplicate_numbers``: numbers given twice (in the database or to two processes);
* ``gaps``: serials skipped in each month's series of complaint numbers (1 … the highest);
* ``audit_chain_ok``: the audit chain verifies as one chain;
* ``errors``: every fault a process met (one line each), which a user would have seen;
* ``refused``: refusals by design, told to the user in the program's own words (two exports of one month at once:
  the second is refused while the first runs) — not counted as errors.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from puskesos_desktop.config import DB_ENV, sqlite_url

READY = "READY"
PASSWORD = "Soak-uji-2026"
SERIAL = re.compile(r"^(?P<series>.+)/(?P<serial>\d+)$")


@dataclass
class WritersResult:
    engine: str
    writers: int
    acknowledged: int = 0
    missing: int = 0
    duplicate_numbers: int = 0
    gaps: int = 0
    audit_chain_ok: bool = False
    errors: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.missing or self.duplicate_numbers or self.gaps or self.errors) and self.audit_chain_ok

    def as_dict(self) -> dict[str, Any]:
        # The keys named in issue 15, in its order; the wall time after them.
        return {
            "engine": self.engine,
            "writers": self.writers,
            "acknowledged": self.acknowledged,
            "missing": self.missing,
            "duplicate_numbers": self.duplicate_numbers,
            "gaps": self.gaps,
            "audit_chain_ok": self.audit_chain_ok,
            "errors": self.errors,
            "refused": self.refused,
            "seconds": round(self.seconds, 1),
        }


# --- the writer process ---------------------------------------------------------------------------------------


def child_main(url: str, index: int, complaints_n: int, folder: Path) -> int:
    """One PC: waits for GO on stdin, then registers, prints and exports; one line per result on stdout."""
    from puskesos_desktop.core import clock, identity
    from puskesos_desktop.core.errors import PuskesosError
    from puskesos_desktop.db.engine import Database, DatabaseFileError, explain_fault
    from puskesos_desktop.services.admin import users
    from puskesos_desktop.services.casework import complaints
    from puskesos_desktop.services.documents import papers
    from puskesos_desktop.services.exchange import batch
    from puskesos_desktop.services.people import residents

    def emit(*values: object) -> None:
        sys.stdout.write(" ".join(str(v) for v in values) + "\n")
        sys.stdout.flush()

    def error(exc: BaseException) -> None:
        refusal = isinstance(exc, PuskesosError) and not isinstance(exc, DatabaseFileError)
        text = explain_fault(exc) or f"{type(exc).__name__}: {exc}"
        emit("V" if refusal else "E", text.splitlines()[0][:300] if text else type(exc).__name__)

    db = Database(url, claim_file=False)
    try:
        fo = users.get_user(db, "soak.fo").actor()
        coordinator = users.get_user(db, "soak.koord").actor()
        nik = identity.make_nik("620102", dt.date(1980, 1, 1) + dt.timedelta(days=index), "L", index + 1)
        kk = identity.make_nik("620102", dt.date(2010, 1, 1), "L", index + 1)
        person = residents.create_resident(
            db, fo, residents.ResidentInput(name=f"Warga Komputer {index + 1}", nik=nik, kk=kk)
        )
        emit(READY)
        sys.stdin.readline()  # GO: every writer starts at once
        receipts = folder / f"resi-{index + 1}"
        receipts.mkdir(parents=True, exist_ok=True)
        for i in range(complaints_n):
            try:
                reg = complaints.register_complaint(
                    db, fo, complaints.ComplaintInput(person.id, "Sosial", f"Keluhan {i + 1} dari komputer {index + 1}")
                )
            except Exception as exc:  # noqa: BLE001 - every error a user would see is counted by the parent
                error(exc)
                continue
            emit("C", reg.number, reg.id)
            try:
                pdf = papers.receipt_pdf(db, fo, reg.number)
                (receipts / f"{reg.id}.pdf").write_bytes(pdf)
            except Exception as exc:  # noqa: BLE001
                error(exc)
        try:
            out = folder / f"batch-{index + 1}"
            out.mkdir(parents=True, exist_ok=True)
            result = batch.export_month(db, coordinator, clock.today().strftime("%Y-%m"), out)
            emit("X", result.batch_id)
        except Exception as exc:  # noqa: BLE001
            error(exc)
    except Exception as exc:  # noqa: BLE001
        error(exc)
        return 1
    finally:
        db.dispose()
    return 0


# --- the parent -----------------------------------------------------------------------------------------------


def prepare(url: str) -> None:
    """A fresh office: profile and accounts (a database that already has them is used as it is)."""
    from puskesos_desktop.core.errors import ValidationError
    from puskesos_desktop.core.statuses import Role
    from puskesos_desktop.services import office
    from puskesos_desktop.services.admin import users
    from puskesos_desktop.services.bootstrap import open_office_db
    from puskesos_desktop.services.context import SYSTEM

    db = open_office_db(url)
    try:
        if office.get_profile(db) is None:
            office.save_profile(
                db,
                SYSTEM,
                office.OfficeData(
                    village_name="Uji Banyak Komputer",
                    village_code="6201022001",
                    kecamatan_name="",
                    kabupaten_name="",
                    province_name="",
                ),
            )
        for username, name, role in (
            ("soak.fo", "Petugas Uji FO", Role.FRONT_OFFICE),
            ("soak.koord", "Koordinator Uji", Role.KOORDINATOR),
        ):
            try:
                users.create_user(db, SYSTEM, username, name, role, PASSWORD)
            except ValidationError:
                pass  # there from an earlier run on this database
    finally:
        db.dispose()


def child_command(index: int, complaints_n: int, folder: Path) -> list[str]:
    """The writer's command line; its database comes in PUSKESOS_DB (a server's password stays out of argv)."""
    head = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "puskesos_desktop"]
    return [*head, "soak", "--child", f"writer:{index}:{complaints_n}", "--workdir", str(folder)]


def _reader(stream: Any, sink: list[str]) -> None:
    for line in stream:
        sink.append(line.rstrip("\n"))


def run_writers(
    writers: int, complaints_n: int, url: str | None = None, workdir: Path | None = None, timeout: float = 600
) -> WritersResult:
    with tempfile.TemporaryDirectory(prefix="puskesos-soak-") as tmp:
        folder = workdir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        url = url or sqlite_url(folder / "kantor-uji.sqlite3")
        prepare(url)
        return _run(writers, complaints_n, url, folder, timeout)


def _run(writers: int, complaints_n: int, url: str, folder: Path, timeout: float) -> WritersResult:
    engine = "sqlite" if url.startswith("sqlite") else url.split(":", 1)[0].split("+", 1)[0]
    result = WritersResult(engine=engine, writers=writers)
    procs: list[tuple[subprocess.Popen[str], list[str], list[str], threading.Thread, threading.Thread]] = []
    for i in range(writers):
        proc = subprocess.Popen(
            child_command(i, complaints_n, folder),
            env={**os.environ, DB_ENV: url},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        out: list[str] = []
        err: list[str] = []
        readers = (
            threading.Thread(target=_reader, args=(proc.stdout, out), daemon=True),
            threading.Thread(target=_reader, args=(proc.stderr, err), daemon=True),
        )
        for r in readers:
            r.start()
        procs.append((proc, out, err, *readers))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not all(READY in out or p.poll() is not None for p, out, *_ in procs):
        time.sleep(0.05)
    started = time.monotonic()
    for proc, *_ in procs:
        if proc.stdin is not None and proc.poll() is None:
            proc.stdin.write("GO\n")
            proc.stdin.flush()
    given: list[tuple[str, int]] = []
    for proc, out, err, r_out, r_err in procs:
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            result.errors.append("proses penulis tidak selesai dalam batas waktu")
        r_out.join(5)
        r_err.join(5)
        for line in out:
            kind, _, rest = line.partition(" ")
            if kind == "C":
                number, _, ident = rest.rpartition(" ")
                given.append((number, int(ident)))
            elif kind == "E":
                result.errors.append(rest)
            elif kind == "V":
                result.refused.append(rest)
        if proc.returncode not in (0, None) and not any(line[:2] in ("E ", "V ") for line in out):
            result.errors.append(f"proses penulis keluar dengan kode {proc.returncode}: {' '.join(err[-3:])[:300]}")
    result.seconds = time.monotonic() - started
    _check(url, given, result)
    return result


def _check(url: str, given: list[tuple[str, int]], result: WritersResult) -> None:
    from sqlalchemy import select

    from puskesos_desktop.db.engine import Database
    from puskesos_desktop.db.models import Complaint
    from puskesos_desktop.services import audit

    result.acknowledged = len(given)
    db = Database(url, claim_file=False)
    try:
        with db.read() as s:
            stored = list(s.execute(select(Complaint.number, Complaint.id)))
        by_number = {number: ident for number, ident in stored}
        result.missing = sum(1 for number, ident in given if by_number.get(number) != ident)
        counts = Counter([n for n, _ in stored]) + Counter(n for n, _ in given if n not in by_number)
        given_twice = Counter(n for n, _ in given)
        result.duplicate_numbers = sum(1 for n, c in counts.items() if c > 1) + sum(
            1 for n, c in given_twice.items() if c > 1 and counts[n] <= 1
        )
        series: dict[str, set[int]] = {}
        for number, _ in stored:
            m = SERIAL.match(number)
            if m:
                series.setdefault(m["series"], set()).add(int(m["serial"]))
        result.gaps = sum(max(serials) - len(serials) for serials in series.values())
        result.audit_chain_ok = audit.verify(db).ok
    finally:
        db.dispose()


def summary_text(r: WritersResult) -> str:
    verdict = "UTUH" if r.ok else "GAGAL"
    lines = [
        f"{verdict}: {r.writers} penulis pada {r.engine}, {r.acknowledged} keluhan dikonfirmasi dalam {r.seconds:.1f} "
        f"detik; hilang {r.missing}, nomor ganda {r.duplicate_numbers}, nomor terlewat {r.gaps}, rantai audit "
        f"{'utuh' if r.audit_chain_ok else 'RUSAK'}, galat {len(r.errors)}, ditolak sesuai aturan {len(r.refused)}.",
    ]
    lines += [f"  galat: {e}" for e in r.errors[:10]]
    lines += [f"  ditolak: {e}" for e in r.refused[:3]]
    return "\n".join(lines)
