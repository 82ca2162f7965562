"""Crash and power-cut safety: kill the program (SIGKILL) at random points and check that nothing was lost.

Each round starts a child process (`puskesos soak --child …`) that works on one office database through the real
services — registering residents and complaints, referring them, and importing/exporting when those services
exist — and prints every committed number on stdout, one line each, flushed. The parent kills it after a random
time, then checks the database:

* ``PRAGMA integrity_check`` is ok and no foreign key dangles;
* no half-made complaint or referral: each has its number, its first history event and its audit entry, and its
  status matches its last status event;
* no document number is duplicated or reused: numbers are unique, ``number_series.last_serial`` ≥ every serial used,
  and a number acknowledged once still belongs to the same record;
* an import is all or nothing: its row, its one audit entry, and exactly the people of its file;
* a recorded export batch has its one audit entry and its whole file (recorded checksum) in the batch folder;
* everything acknowledged before the kill is there; the audit chain still verifies.

Rounds alternate: register, import (the DTKS extract), export (the monthly batch).

Then three attacks, each on a database of its own (``--attacks`` trials of each):

* **kills during an encrypted backup** to a "USB stick" folder: no plain copy of the database may be left outside
  the data folder, and none inside it after the next start (``plaintext_left``);
* **a restore during registration**: refused while the child writes; then, with the child gone, a real restore
  and more registration. Every acknowledged number must still be in the database or in the copy set aside
  (``lost_acknowledged``) and no number may be handed out twice (``numbers_reused``);
* **two exports of one month at once**: every recorded batch keeps its whole file (``batch_files_missing``).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import configure_mappers

from puskesos_desktop.config import sqlite_url
from puskesos_desktop.core import clock, identity, regions
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Partner
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.casework import complaints, referrals
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents

READY = "READY"
NUMBERED = {"C": "complaints", "F": "referrals"}  # acknowledgement kind -> table with a number column
SERIAL = re.compile(r"^(?P<prefix>[A-Z]+)/\d{10}/(?P<year>\d{4})/(?P<month>\d{2})/(?P<serial>\d{4,})$")


# --- the child ------------------------------------------------------------------------------------------------


@dataclass
class _Child:
    db: Database
    rng: random.Random
    emit: Callable[..., None]
    actors: dict[str, Actor]
    partners: list[int]
    folder: Path
    counter: int = 0
    complaints: int = 0


def _step_register(c: _Child) -> None:
    """One visit at the front desk: a resident, one or two complaints, sometimes a referral by the back office."""
    db, fo, bo = c.db, c.actors["fo"], c.actors["bo"]
    c.counter += 1
    rng = c.rng
    sex = rng.choice("LP")
    birth = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 60))
    if rng.random() < 0.8:
        nik = identity.make_nik("620102", birth, sex, rng.randrange(1, 10_000))
        kk = identity.make_nik("620102", dt.date(2010, 1, 1), "L", rng.randrange(1, 10_000))
        data = residents.ResidentInput(name=f"Warga Uji {c.counter}", nik=nik, kk=kk)
    else:
        data = residents.ResidentInput(
            name=f"Warga Tanpa NIK {c.counter}", sex=sex, no_nik_reason=residents.NO_PAPERS_REASON
        )
    try:
        resident = residents.create_resident(db, fo, data)
    except ValidationError:
        return  # a NIK drawn twice: the service refused it, as it should
    c.emit("R", resident.id)
    for _ in range(rng.choice((1, 1, 2))):
        reg = complaints.register_complaint(
            db, fo, complaints.ComplaintInput(resident.id, rng.choice(["Kesehatan", "Sosial"]), "Keluhan uji soak")
        )
        c.emit("C", reg.number, reg.id)
        c.complaints += 1
        if c.partners and rng.random() < 0.4:
            items = [
                referrals.ReferralInput("Kesehatan", rng.choice(c.partners), "Rujukan uji soak")
                for _ in range(rng.choice((1, 1, 2)))
            ]
            for ref in referrals.create_referrals(db, bo, reg.id, items):
                c.emit("F", ref.number, ref.id)


EXTRACTS = {"ekstrak-a.csv": (1, 1200), "ekstrak-b.csv": (400, 1600)}  # file -> NIK serials (first, last)


def extract_niks(name: str) -> set[str]:
    first, last = EXTRACTS[name]
    return {identity.make_nik("620102", dt.date(1970, 1, 1) + dt.timedelta(days=i), "L", i) for i in range(first, last)}


def write_extracts(folder: Path) -> None:
    """Two DTKS/DTSEN extracts that overlap: importing one after the other adds, updates and retires people."""
    import csv

    for name, (first, last) in EXTRACTS.items():
        with open(folder / name, "w", newline="", encoding="utf-8") as fh:
            out = csv.writer(fh)
            out.writerow(["NIK", "No. KK", "Nama", "Jenis Kelamin", "Tanggal Lahir", "Alamat", "RT", "RW", "Desil"])
            for i in range(first, last):
                birth = dt.date(1970, 1, 1) + dt.timedelta(days=i)
                nik = identity.make_nik("620102", birth, "L", i)
                out.writerow(
                    [
                        nik,
                        nik[:6] + "0101010001",
                        f"Warga {name[7]} {i}",
                        "L",
                        birth.isoformat(),
                        f"Jl. Uji {i}",
                        "001",
                        "002",
                        str(1 + i % 10),
                    ]
                )


def _step_import(c: _Child) -> None:
    """The coordinator imports one of the two extracts: one transaction, all rows or none."""
    from puskesos_desktop.services.registry import registry_import
    from puskesos_desktop.services.registry.registry_swap import ImportBusy

    name = c.rng.choice(sorted(EXTRACTS))
    try:
        # Switching between the two extracts retires a third of the registry: past the limit, confirmed.
        result = registry_import.import_registry(
            c.db, c.actors["koord"], c.folder / name, report_dir=c.folder, allow_shrink=True
        )
    except ImportBusy:
        return  # another child is importing: one import at a time, as it should be
    c.emit("I", result.import_id, name)


BATCHES = "batches"  # the "USB stick" of the export rounds, beside the soak database


def _step_export(c: _Child) -> None:
    """The coordinator exports a monthly batch: this month's (with the registered complaints) or an earlier one."""
    today = clock.today()
    back = c.rng.choice([0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])  # 99 batches a month: spread them out
    year, month = divmod(today.year * 12 + today.month - 1 - back, 12)
    _export(c, f"{year:04d}-{month + 1:02d}")


def _export(c: _Child, month: str) -> None:
    from puskesos_desktop.services.exchange import batch as exchange

    folder = c.folder / BATCHES
    folder.mkdir(exist_ok=True)
    result = exchange.export_month(c.db, c.actors["koord"], month, folder)
    c.emit("E", result.batch_id, result.path.name)


STICK = "flashdisk"  # the "USB stick" of the backup attack, outside the data folder
BACKUP_PASSWORD = "Soak-cadangan-2026"


def _step_backup(c: _Child) -> None:
    """The coordinator backs up to a USB stick with a password (the backup attack kills this midway)."""
    from puskesos_desktop.services.admin import backup

    folder = c.folder.parent / STICK
    folder.mkdir(exist_ok=True)
    c.counter += 1
    result = backup.create_backup(c.db, c.actors["koord"], folder / f"cadangan-{c.counter}.enc", BACKUP_PASSWORD)
    c.emit("B", result.path.name)


def _step_export_once(c: _Child) -> None:
    """This month's batch, once, when the parent says GO on stdin (two of these race each other)."""
    sys.stdin.readline()
    _export(c, clock.today().strftime("%Y-%m"))


MODES: dict[str, Callable[[_Child], None]] = {"register": _step_register}
ATTACK_MODES: dict[str, Callable[[_Child], None]] = {"backup": _step_backup, "export-once": _step_export_once}
if importlib.util.find_spec("puskesos_desktop.services.registry.registry_import") is not None:
    MODES["import"] = _step_import
if importlib.util.find_spec("puskesos_desktop.services.exchange.batch") is not None:
    MODES["export"] = _step_export


def available_modes() -> list[str]:
    """Round kinds this build can run: registering always; importing/exporting once those services exist."""
    return list(MODES)


def child_main(db_path: str, mode: str, seed: int) -> int:
    """The process that gets killed. Never returns on its own (the parent kills it)."""
    db = Database(sqlite_url(db_path))
    out = sys.stdout

    def emit(kind: str, *values: object) -> None:
        # Printed only after the service returned, i.e. after the commit: a printed line is a promise kept.
        out.write(" ".join([kind, *(str(v) for v in values)]) + "\n")
        out.flush()

    with db.read() as s:
        partners = [int(p) for p in s.execute(select(Partner.id).where(Partner.active.is_(True))).scalars()]
    child = _Child(
        db=db,
        rng=random.Random(seed),
        emit=emit,
        actors={u.split(".")[1]: users.get_user(db, u).actor() for u in ("soak.fo", "soak.bo", "soak.koord")},
        partners=partners,
        folder=Path(db_path).parent,
    )
    step = {**MODES, **ATTACK_MODES}[mode]
    # A fresh process pays once for mappers, lazy imports and the region list: one step before READY puts the
    # kills among steady work (what it commits is acknowledged like the rest).
    configure_mappers()
    regions.all_kecamatan()
    for _ in range(5):
        if mode != "register":
            break
        step(child)
        if child.complaints:
            break
    emit(READY)
    if mode == "export-once":
        step(child)
        return 0
    while True:
        step(child)


# --- the parent -----------------------------------------------------------------------------------------------


def prepare_database(path: Path) -> None:
    """A fresh office with a profile and two accounts; the soak never touches an office's real database."""
    from puskesos_desktop.core.statuses import Role
    from puskesos_desktop.services import office
    from puskesos_desktop.services.bootstrap import open_office_db
    from puskesos_desktop.services.context import SYSTEM

    db = open_office_db(sqlite_url(path))
    try:
        office.save_profile(
            db,
            SYSTEM,
            office.OfficeData(
                village_name="Uji Ketahanan",
                village_code="6201022001",
                kecamatan_name="",
                kabupaten_name="",
                province_name="",
            ),
        )
        # Referrals go out at once (no approval gate): more numbered records per second to kill in the middle of.
        office.update_settings(db, SYSTEM, lambda st: replace(st, referral_approval_required=False))
        users.create_user(db, SYSTEM, "soak.fo", "Petugas Uji FO", Role.FRONT_OFFICE, "Soak-uji-2026")
        users.create_user(db, SYSTEM, "soak.bo", "Petugas Uji BO", Role.BACK_OFFICE, "Soak-uji-2026")
        users.create_user(db, SYSTEM, "soak.koord", "Koordinator Uji", Role.KOORDINATOR, "Soak-uji-2026")
        write_extracts(path.parent)
    finally:
        db.dispose()


def child_command(db_path: Path, mode: str, seed: int) -> list[str]:
    if getattr(sys, "frozen", False):  # the bundled program is its own interpreter
        return [sys.executable, "soak", "--child", mode, "--db", str(db_path), "--seed", str(seed)]
    return [
        sys.executable,
        "-m",
        "puskesos_desktop",
        "soak",
        "--child",
        mode,
        "--db",
        str(db_path),
        "--seed",
        str(seed),
    ]


@dataclass
class Acknowledged:
    residents: set[int] = field(default_factory=set)
    numbers: dict[str, tuple[str, int]] = field(default_factory=dict)  # number -> (table, id)
    imports: dict[int, str] = field(default_factory=dict)  # registry_imports.id -> file
    exports: dict[int, str] = field(default_factory=dict)  # export_batches.id -> file


@dataclass
class RoundResult:
    round: int
    mode: str
    delay_s: float
    acknowledged: int
    wal_bytes_at_kill: int
    exited_early: bool
    problems: list[str]  # what the checks found in the database after the kill
    stopped: str = ""  # the child refused to go on by itself (its last error line): the program stuck after a crash


@dataclass
class SoakSummary:
    rounds: int = 0
    kills: int = 0
    modes: dict[str, int] = field(default_factory=dict)
    acknowledged: int = 0
    residents: int = 0
    complaints: int = 0
    referrals: int = 0
    imports: int = 0
    registry_records: int = 0
    exports: int = 0
    unrecorded_batch_files: int = 0
    audit_entries: int = 0
    committed_not_acknowledged: int = 0
    rounds_with_wal_at_kill: int = 0
    failed_rounds: int = 0  # rounds whose database checks found a problem
    problems: list[str] = field(default_factory=list)
    stopped_rounds: int = 0  # rounds where the program stopped by itself instead of working on
    stopped_reasons: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    database: str = ""
    # The attacks (issue 13); reported after the keys above, all 0 on a passing run.
    plaintext_left: int = 0  # plain copies of the database left outside the data folder (or in it after a start)
    lost_acknowledged: int = 0  # acknowledged numbers in neither the database nor a copy set aside by a restore
    numbers_reused: int = 0  # numbers handed out to a second record
    batch_files_missing: int = 0  # recorded batches whose file is gone or no longer whole
    attack_trials: int = 0
    attack_notes: list[str] = field(default_factory=list)

    ATTACK_KEYS = ("plaintext_left", "lost_acknowledged", "numbers_reused", "batch_files_missing")

    @property
    def ok(self) -> bool:
        attacks_ok = all(getattr(self, k) == 0 for k in self.ATTACK_KEYS)
        return self.failed_rounds == 0 and self.stopped_rounds == 0 and attacks_ok

    def as_dict(self) -> dict[str, object]:
        d = asdict(self)
        tail = {k: d.pop(k) for k in (*self.ATTACK_KEYS, "attack_trials", "attack_notes")}
        d["ok"] = self.ok
        d.update(tail)  # new keys after the existing ones
        return d


def _read_lines(stream: object, sink: list[str]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        sink.append(line.strip())


def run_round(db_path: Path, mode: str, seed: int, max_delay: float, ack: Acknowledged, number: int) -> RoundResult:
    rng = random.Random(seed)
    proc = subprocess.Popen(
        child_command(db_path, mode, seed),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
    )
    lines: list[str] = []
    reader = threading.Thread(target=_read_lines, args=(proc.stdout, lines), daemon=True)
    reader.start()
    started = time.monotonic()
    while READY not in lines and proc.poll() is None and time.monotonic() - started < 60:
        time.sleep(0.005)
    # An import takes longer than a registration: a wider window lets some finish and others die midway.
    delay = rng.uniform(0.0, max_delay * (1 if mode == "register" else 3))
    time.sleep(delay)
    exited_early = proc.poll() is not None
    wal = Path(str(db_path) + "-wal")
    wal_bytes = 0
    if not exited_early:
        proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no cleanup, no atexit, like a power cut
        wal_bytes = wal.stat().st_size if wal.exists() else 0
    proc.wait()
    reader.join(timeout=10)
    err = proc.stderr.read() if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    problems: list[str] = []
    stopped = ""
    if exited_early or READY not in lines:
        tail = err.strip().splitlines()[-1:] if err else []
        stopped = f"kode {proc.returncode}: {' | '.join(tail)}"
    count = 0
    for line in lines:
        parts = line.split()
        if not parts or parts[0] == READY:
            continue
        count += 1
        if parts[0] == "R":
            ack.residents.add(int(parts[1]))
        elif parts[0] == "I":
            ack.imports[int(parts[1])] = parts[2]
        elif parts[0] == "E":
            ack.exports[int(parts[1])] = parts[2]
        elif parts[0] in NUMBERED:
            number_, rid = parts[1], int(parts[2])
            before = ack.numbers.get(number_)
            if before is not None and before != (NUMBERED[parts[0]], rid):
                problems.append(f"nomor {number_} diberikan dua kali: {before} dan {(NUMBERED[parts[0]], rid)}")
            ack.numbers[number_] = (NUMBERED[parts[0]], rid)
    problems += check_database(db_path, ack)
    return RoundResult(number, mode, round(delay, 3), count, wal_bytes, exited_early, problems, stopped)


def check_database(db_path: Path, ack: Acknowledged | None = None) -> list[str]:
    """Everything a crash must not break. Returns the problems found (empty: all well)."""
    problems: list[str] = []
    conn = sqlite3.connect(str(db_path), timeout=30)  # opening replays or discards the WAL, as after a power cut
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            return [f"integrity_check: {'; '.join(result[:3])}"]
        # The scratch tables of an import killed before its switch (registry_records__new, dropped by the next
        # import) refer to the import row the switch would have written; they are not the office's data.
        dangling = [r for r in conn.execute("PRAGMA foreign_key_check") if not str(r[0]).endswith(("__new", "__old"))]
        if dangling:
            problems.append("foreign_key_check menemukan rujukan yang menggantung")
        problems += _check_records(conn, "complaints", "complaint_events", "complaint_id", "complaint.create")
        problems += _check_records(conn, "referrals", "referral_events", "referral_id", "referral.create")
        problems += _check_numbers(conn)
        problems += _check_imports(conn)
        problems += _check_exports(conn, db_path.parent / BATCHES)
        if ack is not None:
            problems += _check_acknowledged(conn, ack)
    finally:
        conn.close()
    db = Database(sqlite_url(db_path))
    try:
        verdict = audit.verify(db)
    finally:
        db.dispose()
    if not verdict.ok:
        problems.append(f"rantai audit rusak pada entri {verdict.first_broken_id}: {verdict.reason}")
    return problems


def _check_records(conn: sqlite3.Connection, table: str, events: str, fk: str, action: str) -> list[str]:
    problems: list[str] = []
    rows = conn.execute(f"SELECT id, number, status FROM {table}").fetchall()  # noqa: S608 - fixed names
    first = {
        r[0]
        for r in conn.execute(
            f"SELECT {fk} FROM {events} WHERE kind = 'status' AND from_status IS NULL"  # noqa: S608
        )
    }
    last_status = dict(
        conn.execute(
            f"SELECT {fk}, to_status FROM {events} WHERE id IN "  # noqa: S608
            f"(SELECT max(id) FROM {events} WHERE kind = 'status' GROUP BY {fk})"
        ).fetchall()
    )
    audited = {r[0] for r in conn.execute("SELECT entity_id FROM audit_entries WHERE action = ?", (action,))}
    for rid, number, status in rows:
        if not number:
            problems.append(f"{table} {rid} tanpa nomor")
        if rid not in first:
            problems.append(f"{table} {number} tanpa peristiwa awal (setengah jadi)")
        if last_status.get(rid) != status:
            problems.append(f"{table} {number}: status {status!r} tidak sama dengan riwayat {last_status.get(rid)!r}")
        if number not in audited:
            problems.append(f"{table} {number} tanpa entri audit")
    if len(audited) != len(rows):
        problems.append(f"{table}: {len(audited)} entri audit {action} untuk {len(rows)} baris")
    return problems


def _check_numbers(conn: sqlite3.Connection) -> list[str]:
    problems: list[str] = []
    used: dict[tuple[str, int, int], int] = {}
    for table in sorted(set(NUMBERED.values())):
        numbers = [r[0] for r in conn.execute(f"SELECT number FROM {table}")]  # noqa: S608 - fixed names
        if len(numbers) != len(set(numbers)):
            problems.append(f"{table}: nomor ganda")
        for number in numbers:
            m = SERIAL.match(number or "")
            if m is None:
                problems.append(f"{table}: nomor {number!r} tidak berformat")
                continue
            key = (m["prefix"], int(m["year"]), int(m["month"]))
            used[key] = max(used.get(key, 0), int(m["serial"]))
    series = {(p, y, mo): last for p, y, mo, last in conn.execute("SELECT * FROM number_series")}
    for key, top in used.items():
        if series.get(key, 0) < top:
            problems.append(f"number_series {key} = {series.get(key, 0)} < nomor terpakai {top}: nomor bisa terulang")
    return problems


def _check_imports(conn: sqlite3.Connection) -> list[str]:
    """An import is one transaction: its row, its one audit entry and exactly its file's people, or nothing."""
    problems: list[str] = []
    imports = conn.execute("SELECT id, filename FROM registry_imports ORDER BY id").fetchall()
    audited = {r[0] for r in conn.execute("SELECT entity_id FROM audit_entries WHERE action = 'registry.import'")}
    if {str(i) for i, _ in imports} != audited:
        problems.append(f"impor: {len(imports)} baris registry_imports, {len(audited)} entri audit registry.import")
    if imports and imports[-1][1] in EXTRACTS:
        active = {r[0] for r in conn.execute("SELECT nik FROM registry_records WHERE active")}
        expected = extract_niks(imports[-1][1])
        if active != expected:
            problems.append(
                f"impor setengah jadi: {len(active)} data aktif, "
                f"berkas terakhir {imports[-1][1]} berisi {len(expected)}"
            )
    return problems


def _check_exports(conn: sqlite3.Connection, folder: Path) -> list[str]:
    """A recorded batch has its one audit entry, and its file on the stick is whole (its recorded checksum)."""
    import hashlib

    problems: list[str] = []
    batches = conn.execute("SELECT filename, sha256 FROM export_batches").fetchall()
    audited = {r[0] for r in conn.execute("SELECT entity_id FROM audit_entries WHERE action = 'batch.export'")}
    if {name for name, _ in batches} != audited or len(batches) != len(audited):
        problems.append(f"ekspor: {len(batches)} batch tercatat, {len(audited)} entri audit batch.export")
    for name, sha in batches:
        path = folder / name
        if not path.exists():
            problems.append(f"batch {name} tercatat tetapi berkasnya tidak ada")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != sha:
            problems.append(f"batch {name} tercatat tetapi berkasnya tidak utuh (checksum berbeda)")
    return problems


def unrecorded_batch_files(db_path: Path) -> int:
    """Batch files under their final name that no export_batches row records: the export was killed between
    writing the file and recording it (the next export of that month takes the same number and replaces it)."""
    folder = db_path.parent / BATCHES
    if not folder.is_dir():
        return 0
    conn = sqlite3.connect(str(db_path))
    try:
        recorded = {r[0] for r in conn.execute("SELECT filename FROM export_batches")}
    finally:
        conn.close()
    return len([p for p in folder.glob("*.xlsx") if p.name not in recorded])


def _check_acknowledged(conn: sqlite3.Connection, ack: Acknowledged) -> list[str]:
    problems: list[str] = []
    batches = {r[0]: r[1] for r in conn.execute("SELECT id, filename FROM export_batches")}
    for batch_id, name in ack.exports.items():
        if batches.get(batch_id) != name:
            problems.append(f"batch {batch_id} ({name}) sudah dikonfirmasi tetapi hilang")
    imports = {r[0]: r[1] for r in conn.execute("SELECT id, filename FROM registry_imports")}
    for import_id, name in ack.imports.items():
        if imports.get(import_id) != name:
            problems.append(f"impor {import_id} ({name}) sudah dikonfirmasi tetapi hilang")
    residents = {r[0] for r in conn.execute("SELECT id FROM residents")}
    lost = ack.residents - residents
    if lost:
        problems.append(f"{len(lost)} warga yang sudah dikonfirmasi hilang (mis. id {min(lost)})")
    by_number: dict[str, tuple[str, int]] = {}
    for table in set(NUMBERED.values()):
        for number, rid in conn.execute(f"SELECT number, id FROM {table}"):  # noqa: S608 - fixed names
            by_number[number] = (table, rid)
    for number, where in ack.numbers.items():
        found = by_number.get(number)
        if found is None:
            problems.append(f"{number} sudah dikonfirmasi tetapi hilang")
        elif found != where:
            problems.append(f"{number} kini milik {found}, semula {where}: nomor dipakai ulang")
    return problems


def _totals(db_path: Path) -> dict[str, int]:
    conn = sqlite3.connect(str(db_path))
    try:
        return {
            t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])  # noqa: S608 - fixed names
            for t in (
                "residents",
                "complaints",
                "referrals",
                "audit_entries",
                "registry_imports",
                "registry_records",
                "export_batches",
            )
        }
    finally:
        conn.close()


def run_soak(
    kills: int,
    *,
    seed: int | None = None,
    workdir: Path | None = None,
    max_delay: float = 0.4,
    modes: list[str] | None = None,
    progress: Callable[[RoundResult], None] | None = None,
    attacks: int | None = None,
) -> SoakSummary:
    """Run `kills` rounds on a fresh database in workdir (a temporary folder when None, removed afterwards), then
    `attacks` trials of each attack (default: one per 20 kills, at least one; 0: none)."""
    rng = random.Random(seed)
    modes = modes or available_modes()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="puskesos-soak-") as tmp:
        folder = workdir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        db_path = folder / "soak.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        prepare_database(db_path)
        summary = SoakSummary(database=str(db_path) if workdir else "")
        ack = Acknowledged()
        for i in range(1, kills + 1):
            mode = modes[(i - 1) % len(modes)]
            result = run_round(db_path, mode, rng.randrange(1 << 30), max_delay, ack, i)
            summary.rounds += 1
            summary.kills += 0 if result.exited_early else 1
            summary.modes[mode] = summary.modes.get(mode, 0) + 1
            summary.acknowledged += result.acknowledged
            summary.rounds_with_wal_at_kill += result.wal_bytes_at_kill > 0
            if result.problems:
                summary.failed_rounds += 1
                summary.problems += [f"putaran {i}: {p}" for p in result.problems][:5]
            if result.stopped:
                summary.stopped_rounds += 1
                # The same refusal with another file name is the same finding: count it once per wording.
                key = re.sub(r"\S+\.(xlsx|csv|sqlite3)", "…", result.stopped)
                summary.stopped_reasons[key] = summary.stopped_reasons.get(key, 0) + 1
            if progress is not None:
                progress(result)
        totals = _totals(db_path)
        summary.residents = totals["residents"]
        summary.complaints = totals["complaints"]
        summary.referrals = totals["referrals"]
        summary.audit_entries = totals["audit_entries"]
        summary.imports = totals["registry_imports"]
        summary.registry_records = totals["registry_records"]
        summary.exports = totals["export_batches"]
        summary.unrecorded_batch_files = unrecorded_batch_files(db_path)
        summary.committed_not_acknowledged = (
            summary.residents - len(ack.residents) + summary.complaints + summary.referrals - len(ack.numbers)
        ) + (summary.imports - len(ack.imports) + summary.exports - len(ack.exports))
        trials = max(1, kills // 20) if attacks is None else attacks
        if trials > 0:
            run_attacks(summary, folder, trials, rng, max_delay)
    summary.seconds = round(time.monotonic() - started, 1)
    return summary


# --- the attacks ----------------------------------------------------------------------------------------------


def _spawn(db_path: Path, mode: str, seed: int) -> tuple[subprocess.Popen[str], list[str], threading.Thread]:
    proc = subprocess.Popen(
        child_command(db_path, mode, seed),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    lines: list[str] = []
    reader = threading.Thread(target=_read_lines, args=(proc.stdout, lines), daemon=True)
    reader.start()
    return proc, lines, reader


def _wait_ready(proc: subprocess.Popen[str], lines: list[str], limit: float = 60) -> bool:
    started = time.monotonic()
    while READY not in lines and proc.poll() is None and time.monotonic() - started < limit:
        time.sleep(0.005)
    return READY in lines


def _finish(proc: subprocess.Popen[str], reader: threading.Thread, kill: bool = True) -> None:
    if kill and proc.poll() is None:
        proc.kill()
    proc.wait()
    reader.join(timeout=10)
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            try:
                stream.close()
            except OSError:
                pass


def _numbers(lines: list[str]) -> dict[str, tuple[str, int]]:
    out: dict[str, tuple[str, int]] = {}
    for line in lines:
        parts = line.split()
        if len(parts) == 3 and parts[0] in NUMBERED:
            out[parts[1]] = (NUMBERED[parts[0]], int(parts[2]))
    return out


def _numbers_in(path: Path) -> set[str]:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return set()
    try:
        return {str(r[0]) for t in set(NUMBERED.values()) for r in conn.execute(f"SELECT number FROM {t}")}  # noqa: S608
    except sqlite3.Error:
        return set()
    finally:
        conn.close()


def _has_plain_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def attack_backup_kills(folder: Path, trials: int, rng: random.Random, max_delay: float) -> tuple[int, list[str]]:
    """Kill an encrypted backup to a USB stick midway; count plain copies outside the data folder, and inside it
    after the next start."""
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    db_path = data / "soak.sqlite3"
    prepare_database(db_path)
    stick = folder / STICK
    stick.mkdir(exist_ok=True)
    left = 0
    notes: list[str] = []
    for _ in range(trials):
        proc, lines, reader = _spawn(db_path, "backup", rng.randrange(1 << 30))
        _wait_ready(proc, lines)
        time.sleep(rng.uniform(0.0, max_delay * 2))
        _finish(proc, reader)
        n, found = plaintext_after_start(db_path, stick)
        left += n
        notes += found
    return left, notes


def plaintext_after_start(db_path: Path, stick: Path) -> tuple[int, list[str]]:
    """Start the program once (alone: it clears what a kill left), then count plain copies of the database on the
    stick and working copies still in the data folder."""
    from puskesos_desktop.db import tempfiles

    db = Database(sqlite_url(db_path))
    db.dispose()
    plain = [p for p in stick.rglob("*") if p.is_file() and _has_plain_sqlite(p)]
    private = [p for p in db_path.parent.iterdir() if tempfiles.TEMP_MARK in p.name and _has_plain_sqlite(p)]
    notes = [f"salinan polos di flashdisk: {p.name}" for p in plain]
    notes += [f"salinan kerja tertinggal setelah mulai ulang: {p.name}" for p in private]
    return len(plain) + len(private), notes


def attack_restore_during_registration(
    folder: Path, trials: int, rng: random.Random, max_delay: float
) -> tuple[int, int, list[str]]:
    """Restore while a program registers (it must be refused), then restore for real and register on.

    Returns (lost acknowledged numbers, numbers handed out twice, notes)."""
    from puskesos_desktop.db.claim import DatabaseInUse
    from puskesos_desktop.db.engine import sqlite_backup
    from puskesos_desktop.services.admin import restore
    from puskesos_desktop.services.context import cli_actor

    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "soak.sqlite3"
    prepare_database(db_path)
    url = sqlite_url(db_path)
    given: dict[str, tuple[int, str, int]] = {}  # number -> (phase, table, id)
    lost = reused = 0
    notes: list[str] = []
    phase = 0
    for trial in range(trials):
        saved = folder / f"cadangan-{trial}.sqlite3"
        sqlite_backup(db_path, saved)
        acked: list[dict[str, tuple[str, int]]] = []
        for during in (True, False):
            phase += 1
            proc, lines, reader = _spawn(db_path, "register", rng.randrange(1 << 30))
            _wait_ready(proc, lines)
            time.sleep(rng.uniform(0.05, max_delay))
            if during:
                try:
                    restore.restore(url, saved, cli_actor())
                    notes.append(f"percobaan {trial + 1}: pemulihan berjalan saat program lain menulis")
                except DatabaseInUse:
                    pass  # refused, naming the program: as it should
                time.sleep(rng.uniform(0.0, max_delay / 2))
            _finish(proc, reader)
            numbers = _numbers(lines)
            acked.append(numbers)
            for number, (table, rid) in numbers.items():
                before = given.get(number)
                if before is not None and before[0] != phase:
                    reused += 1
                    if reused <= 5:
                        notes.append(f"nomor {number} diberikan lagi setelah pemulihan")
                given[number] = (phase, table, rid)
            if during:
                restore.restore(url, saved, cli_actor())  # the program is gone: now the restore runs
        # Everything acknowledged must be in the database or in a copy a restore set aside.
        kept = _numbers_in(db_path)
        for aside in folder.glob("soak.sebelum-pulih-*.sqlite3"):
            kept |= _numbers_in(aside)
        missing = [n for numbers in acked for n in numbers if n not in kept]
        lost += len(missing)
        notes += [f"{n} sudah dikonfirmasi tetapi tidak ada di database mana pun" for n in missing[:5]]
    return lost, reused, notes


def attack_concurrent_exports(folder: Path, trials: int, rng: random.Random) -> tuple[int, list[str]]:
    """Two exports of one month started at the same moment; count recorded batches whose file is not whole."""
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "soak.sqlite3"
    prepare_database(db_path)
    for _ in range(trials):
        racers = [_spawn(db_path, "export-once", rng.randrange(1 << 30)) for _ in range(2)]
        for proc, lines, _reader in racers:
            _wait_ready(proc, lines)
        for proc, _lines, _reader in racers:
            if proc.stdin is not None and proc.poll() is None:
                proc.stdin.write("GO\n")
                proc.stdin.flush()
        for proc, _lines, reader in racers:
            try:
                proc.wait(timeout=120)
            except subprocess.TimeoutExpired:
                pass
            _finish(proc, reader)
    conn = sqlite3.connect(str(db_path))
    try:
        problems = _check_exports(conn, folder / BATCHES)
    finally:
        conn.close()
    return len(problems), problems[:5]


def run_attacks(summary: SoakSummary, folder: Path, trials: int, rng: random.Random, max_delay: float) -> None:
    summary.attack_trials = trials
    left, notes = attack_backup_kills(folder / "serangan-cadangan", trials, rng, max_delay)
    summary.plaintext_left += left
    summary.attack_notes += notes
    lost, reused, notes = attack_restore_during_registration(folder / "serangan-pulih", trials, rng, max_delay)
    summary.lost_acknowledged += lost
    summary.numbers_reused += reused
    summary.attack_notes += notes
    if "export" in MODES:
        missing, notes = attack_concurrent_exports(folder / "serangan-ekspor", trials, rng)
        summary.batch_files_missing += missing
        summary.attack_notes += notes


def summary_text(summary: SoakSummary) -> str:
    lines = [
        f"Putaran: {summary.rounds}, dimatikan paksa (SIGKILL): {summary.kills}, waktu {summary.seconds} detik",
        f"Jenis putaran: {json.dumps(summary.modes, ensure_ascii=False)}",
        f"Dikonfirmasi sebelum dimatikan: {summary.acknowledged} catatan; "
        f"tersimpan tetapi belum sempat dikonfirmasi: {summary.committed_not_acknowledged}",
        f"Isi database akhir: {summary.residents} warga, {summary.complaints} keluhan, {summary.referrals} rujukan, "
        f"{summary.imports} impor DTKS ({summary.registry_records} data), {summary.audit_entries} entri audit",
        f"Batch ekspor tercatat: {summary.exports}; berkas batch tanpa catatan (dimatikan antara menulis dan "
        f"mencatat): {summary.unrecorded_batch_files}",
        f"Dimatikan saat WAL berisi data: {summary.rounds_with_wal_at_kill} putaran",
        f"Putaran dengan masalah data (integritas, setengah jadi, nomor, hilang): {summary.failed_rounds}",
    ]
    lines += [f"  - {p}" for p in summary.problems[:20]]
    lines.append(f"Putaran yang programnya berhenti sendiri setelah crash sebelumnya: {summary.stopped_rounds}")
    lines += [f"  - {n}× {reason}" for reason, n in summary.stopped_reasons.items()]
    if summary.attack_trials:
        lines += [
            f"Serangan ({summary.attack_trials} percobaan masing-masing): salinan polos tertinggal "
            f"{summary.plaintext_left}, nomor terkonfirmasi hilang {summary.lost_acknowledged}, nomor dipakai ulang "
            f"{summary.numbers_reused}, berkas batch hilang/rusak {summary.batch_files_missing}",
        ]
        lines += [f"  - {n}" for n in summary.attack_notes[:20]]
    lines.append("HASIL: AMAN" if summary.ok else "HASIL: GAGAL")
    return "\n".join(lines)
