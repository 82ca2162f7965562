"""The village's own population register (issue 16 §4): importing OpenSID's "format impor penduduk" (or any workbook
with NIK, No KK, Nama…) so that the front office finds people with family, address and birth data already filled.

People become residents (not clients). One import is one transaction and one audit entry. Rows are told apart by
NIK; ``population_records`` keeps what the register last said of each person, so that:
- the same file again changes nothing (equal row hash: unchanged);
- a field the office never touched follows the register; a field the office edited (it differs from what the register
  said last time) is never overwritten — the register's value waits in ``pending`` and is listed in the report, to be
  accepted with ``accept_differences``;
- for a resident the office registered itself before any import, only empty fields are filled; the rest waits too.
The life status (hidup, meninggal, pindah, hilang) is kept with the data date of the import that first said so.
Speed: only the file's people are looked up (by NIK, one statement for all of them); new residents, households and
records are written in bulk at the driver (``bulk.Bulk``: executemany on SQLite, COPY on PostgreSQL; no ORM objects,
no per-row parameter handling).
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, insert, select, update

from puskesos_desktop import config
from puskesos_desktop.core import clock
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import NotFoundError, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.text import NameKeys, name_key
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Household, PopulationImport, PopulationRecord, Resident
from puskesos_desktop.excel.common import RowIssue
from puskesos_desktop.excel.issue_report import write_report_near
from puskesos_desktop.excel.population_reader import PopulationRow, read_population
from puskesos_desktop.services import audit, privacy
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry.bulk import Bulk

# The fields the register speaks for, as stored on the resident ("kk": the household's card).
FIELDS = ("name", "sex", "birth_place", "birth_date", "family_relation", "address", "rt", "rw", "kk", "life_status")
FIELD_LABELS = {
    "name": "Nama", "sex": "Jenis Kelamin", "birth_place": "Tempat Lahir", "birth_date": "Tanggal Lahir",
    "family_relation": "Hubungan Keluarga", "address": "Alamat", "rt": "RT", "rw": "RW", "kk": "No. KK",
    "life_status": "Status Dasar",
}  # fmt: skip
DIFFERENCE_PREFIX = "Perbedaan (data kantor dipertahankan): "


@dataclass(frozen=True)
class PopulationImportResult:
    imported: int
    updated: int
    unchanged: int
    rejected: int
    report: Path | None
    differences: int  # people with a register value waiting because the office changed that field
    filename: str
    data_date: dt.date
    rows: int
    report_error: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "report": str(self.report) if self.report else None,
            "differences": self.differences,
            "data_date": self.data_date.isoformat(),
            "rows": self.rows,
        }


def _values(row: PopulationRow) -> dict[str, str]:
    p = row.person
    address = p.address or (f"Dusun {row.dusun}" if row.dusun else "")
    return {
        "name": p.name, "sex": p.sex or "", "birth_place": p.birth_place,
        "birth_date": p.birth_date.isoformat() if p.birth_date else "", "family_relation": row.relation,
        "address": address, "rt": p.rt, "rw": p.rw, "kk": p.kk, "life_status": row.life_status,
    }  # fmt: skip


def _hash(values: dict[str, str]) -> str:
    """What the register said of a person, as one digest (equal digests: nothing changed). The values in FIELDS
    order (``_values`` builds the dict in that order), joined by a separator no cell keeps (the reader turns
    control characters into spaces)."""
    return _blake2b("\x1f".join(values.values()).encode("utf-8"), digest_size=32).hexdigest()


_blake2b = hashlib.blake2b


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while the import builds its rows: every object made here lives
    until the import ends, so each full collection (~45 ms over the file's rows at 10,000 rows) would find nothing.
    Where the collector is already off (the window turns it off and runs it from a timer: ui/jobs.py), nothing
    changes; the state found is the state left."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


_JSON = json.JSONEncoder(ensure_ascii=False).encode
CACHE_KIB = 64 * 1024  # the write's page cache: the residents table's indexes stay in memory during the inserts
# A known person as the lookup reads them: id, NIK, household, the register's fields, anonymised_at.
_PERSON_FIELDS = ("name", "sex", "birth_place", "birth_date", "family_relation", "address", "rt", "rw", "life_status")
_PERSON = f"id, nik, household_id, {', '.join(_PERSON_FIELDS)}, anonymised_at"


def _iso(day: Any) -> str:
    """A date column read at the driver: SQLite gives the stored ISO text, PostgreSQL a date."""
    if not day:
        return ""
    return day if isinstance(day, str) else str(day.isoformat())


def _file_date(path: Path) -> dt.date:
    try:
        return min(dt.datetime.fromtimestamp(path.stat().st_mtime).date(), clock.today())
    except OSError:
        return clock.today()


_RES = cast(Table, Resident.__table__)
_HOUSEHOLDS = cast(Table, Household.__table__)
_RECORDS = cast(Table, PopulationRecord.__table__)


def import_population(
    db: Database, actor: Actor, path: str | Path, *, data_date: dt.date | None = None, password: str | None = None,
    sheet: str | None = None, report_dir: str | Path | None = None,
) -> PopulationImportResult:  # fmt: skip
    actor.require(Permission.IMPORT)
    with _collector_paused():
        return _import(db, actor, Path(path), data_date, password, sheet, report_dir)


def _import(
    db: Database, actor: Actor, path: Path, data_date: dt.date | None, password: str | None, sheet: str | None,
    report_dir: str | Path | None,
) -> PopulationImportResult:  # fmt: skip
    day = data_date or _file_date(path)
    read = read_population(path, password=password, sheet=sheet)
    issues = sorted(read.rejected, key=lambda i: i.row_number)
    now = clock.now()
    imported = updated = unchanged = differences = 0
    with db.write() as s:
        imp = PopulationImport(filename=path.name[:300], sha256=read.sha256, data_date=day, user_id=actor.user_id)
        s.add(imp)
        s.flush()
        # Only the file's people are looked up (by NIK, through the unique index), never the whole office: the
        # import costs what the file holds, whatever the number of residents (issue 16 §4, ≥ 10,000 rows/s).
        bulk = Bulk(s, cache_kib=CACHE_KIB)
        rows = [(row, _values(row)) for row in read.rows]
        known: dict[str, str] = bulk.pairs(
            "SELECT nik, row_hash FROM population_records WHERE nik {keys}", [row.person.nik for row, _ in rows]
        )
        todo: list[tuple[PopulationRow, dict[str, str], str]] = []
        for row, values in rows:
            digest = _hash(values)
            if known.get(row.person.nik) == digest:
                unchanged += 1
            else:
                todo.append((row, values, digest))
        people: dict[str, tuple[Any, ...]] = {
            r[1]: tuple(r) for r in bulk.lookup(f"SELECT {_PERSON} FROM residents WHERE nik {{keys}}",
                                                [row.person.nik for row, _, _ in todo])
        }  # fmt: skip
        # Every card the file names (new people join them, _apply makes the missing ones) and the cards of the
        # people already known (to compare with the file's).
        cards = sorted({values["kk"] for _, values, _ in todo if values["kk"]})
        households: dict[str, int] = {
            kk: hid for hid, kk in bulk.lookup("SELECT id, kk FROM households WHERE kk {keys}", cards) if kk
        }
        kk_of = {hid: kk for kk, hid in households.items()}
        theirs = sorted({p[2] for p in people.values() if p[2] and p[2] not in kk_of})
        kk_of.update(bulk.pairs("SELECT id, coalesce(kk, '') FROM households WHERE id {keys}", theirs))
        records: dict[str, str] = bulk.pairs(
            "SELECT nik, imported FROM population_records WHERE nik {keys}", [nik for nik in people if nik in known]
        )
        new_people: list[tuple[PopulationRow, dict[str, str], str]] = []
        new_households: dict[str, tuple[str, str, str]] = {}  # kk -> address, rt, rw
        new_records: list[tuple[Any, ...]] = []
        changed_records: list[tuple[Any, ...]] = []
        for row, values, digest in todo:
            nik = row.person.nik
            person = people.get(nik)
            if person is None:
                kk = values["kk"]
                if kk and kk not in households and kk not in new_households:
                    new_households[kk] = (values["address"][:300], values["rt"], values["rw"])
                new_people.append((row, values, digest))
                imported += 1
                continue
            rid, _nik, household_id, *fields, anonymised_at = person
            current = dict(zip(_PERSON_FIELDS, fields, strict=True))
            current["birth_date"] = _iso(current["birth_date"])
            current["kk"] = kk_of.get(household_id, "") if household_id else ""
            imported_before = records.get(nik)
            before = json.loads(imported_before) if imported_before is not None else {}
            changes: dict[str, str] = {}
            pending: dict[str, list[str]] = {}
            for f in FIELDS:
                cur, new = current[f], values[f]
                if cur == new or (not new and f != "life_status"):
                    continue  # the register says nothing new (an empty cell never empties the office's data)
                office_untouched = (imported_before is not None and cur == before.get(f)) or not cur
                if office_untouched and anonymised_at is None:
                    changes[f] = new
                else:
                    pending[f] = [cur, new]
            if changes:
                _apply(s, rid, changes, households, day, now)
                updated += 1
            else:
                unchanged += 1
            if pending:
                differences += 1
                for f, (cur, new) in pending.items():
                    issues.append(RowIssue(row.person.row_number, FIELD_LABELS[f], f"{cur} → {new}",
                                           DIFFERENCE_PREFIX + "diubah kantor; terima perbedaannya bila data "
                                           "penduduk desa yang benar."))  # fmt: skip
            pending_text = json.dumps(pending, ensure_ascii=False, sort_keys=True)
            if imported_before is None:
                new_records.append((nik, rid, digest, pending_text, imp.id, _JSON(values)))
            else:
                changed_records.append((digest, _JSON(values), pending_text, imp.id, nik))
        bulk.insert(_RECORDS.name, _RECORD_COLUMNS, new_records)
        bulk.run(f"UPDATE {_RECORDS.name} SET row_hash = {bulk.mark}, imported = {bulk.mark}, pending = {bulk.mark}, "
                 f"import_id = {bulk.mark} WHERE nik = {bulk.mark}", changed_records)  # fmt: skip
        if new_people:
            _insert_new(bulk, imp.id, new_people, new_households, households, day, now, actor)
        imp.imported, imp.updated, imp.unchanged, imp.rejected = imported, updated, unchanged, len(read.rejected)
        audit.record(s, actor, AuditAction.POPULATION_IMPORT, "population_import", imp.id, {
            "file": path.name, "sha256": read.sha256, "data_date": day.isoformat(), "rows": read.total_rows,
            "imported": imported, "updated": updated, "unchanged": unchanged, "rejected": len(read.rejected),
            "differences": differences,
        })  # fmt: skip
    fallback = Path(report_dir) if report_dir is not None else (db.path.parent if db.path else config.data_dir())
    report, report_error = write_report_near(issues, path, fallback, "Data Penduduk")
    return PopulationImportResult(imported, updated, unchanged, len(read.rejected), report, differences, path.name,
                                  day, read.total_rows, report_error)  # fmt: skip


_RESIDENT_COLUMNS = (
    "nik", "household_id", "no_nik_reason", "name", "name_key", "sex", "birth_place", "birth_date",
    "family_relation", "address", "rt", "rw", "phone", "disability", "elderly", "pregnant", "notes",
    "created_by_id", "life_status", "life_status_date", "created_at", "updated_at",
)  # fmt: skip
_RECORD_COLUMNS = ("nik", "resident_id", "row_hash", "pending", "import_id", "imported")


def _insert_new(
    bulk: Bulk, import_id: int, new_people: list[tuple[PopulationRow, dict[str, str], str]],
    new_households: dict[str, tuple[str, str, str]], households: dict[str, int], day: dt.date, now: dt.datetime,
    actor: Actor,
) -> None:  # fmt: skip
    """The people the office did not know, their new households and their population records: three bulk writes
    (executemany on SQLite, COPY on PostgreSQL) inside the caller's transaction."""
    stamp = bulk.value(_HOUSEHOLDS, "created_at", now)
    if new_households:
        card_ids = _new_ids(bulk, _HOUSEHOLDS.name, len(new_households))
        bulk.insert(_HOUSEHOLDS.name, ("id", "kk", "address", "rt", "rw", "created_at", "updated_at"), [
            (hid, kk, a, rt, rw, stamp, stamp) for hid, (kk, (a, rt, rw)) in zip(card_ids, new_households.items(),
                                                                                strict=True)
        ])  # fmt: skip
        households.update(zip(new_households, card_ids, strict=True))
    born = bulk.processor(_RES, "birth_date")
    no, stamp = bulk.value(_RES, "disability", False), bulk.value(_RES, "created_at", now)
    day_value = bulk.value(_RES, "life_status_date", day)
    keys = NameKeys()
    person_ids = _new_ids(bulk, _RES.name, len(new_people))

    def residents() -> Iterator[tuple[Any, ...]]:
        # Made while they are written (a generator): on PostgreSQL the server stores the rows already sent meanwhile.
        for rid, (row, values, _digest) in zip(person_ids, new_people, strict=True):
            life = values["life_status"] or "hidup"
            # SQLite stores a date as its ISO text (SQLAlchemy's format): the text is the stored value already.
            birth: Any = values["birth_date"] or None
            if birth is not None and not bulk.sqlite:
                birth = dt.date.fromisoformat(birth)
                birth = born(birth) if born is not None else birth
            kk = values["kk"]
            yield (
                rid, row.person.nik, households.get(kk) if kk else None, "", values["name"], keys(values["name"]),
                values["sex"] or "L", values["birth_place"], birth, values["family_relation"],
                values["address"][:300], values["rt"], values["rw"], "", no, no, no, "", actor.user_id, life,
                None if life == "hidup" else day_value, stamp, stamp,
            )  # fmt: skip

    bulk.insert(_RES.name, ("id", *_RESIDENT_COLUMNS), residents())
    bulk.insert(_RECORDS.name, _RECORD_COLUMNS, (
        (row.person.nik, rid, digest, "{}", import_id, _JSON(values))
        for rid, (row, values, digest) in zip(person_ids, new_people, strict=True)
    ))  # fmt: skip


def _new_ids(bulk: Bulk, table: str, n: int) -> list[int]:
    """The ids of ``n`` rows about to be written in bulk, so that no lookup by key has to find them afterwards.
    SQLite: this transaction holds the write lock (BEGIN IMMEDIATE) and a table without AUTOINCREMENT numbers a new
    row max(id) + 1 itself. PostgreSQL: a block of numbers taken from the column's own sequence in one step (a
    nextval per row cost the server ~10 µs each): every writer holds the write lock (``Database.write``), so no other
    INSERT draws from the sequence meanwhile — and one that did would fail on the primary key, never share an id."""
    if n <= 0:
        return []
    cursor = bulk.conn.connection.cursor()
    try:
        if bulk.sqlite:
            cursor.execute(f"SELECT coalesce(max(id), 0) FROM {table}")
            (top,) = cursor.fetchone() or (0,)
            top = int(top)
            return list(range(top + 1, top + 1 + n))
        cursor.execute(
            f"SELECT setval(seq, nextval(seq) + {int(n) - 1}) FROM pg_get_serial_sequence('{table}', 'id') seq"
        )
        (last,) = cursor.fetchone() or (0,)
        return list(range(int(last) - n + 1, int(last) + 1))
    finally:
        cursor.close()


def _apply(s: Any, resident_id: int, changes: dict[str, str], households: dict[str, int], day: dt.date,
           now: dt.datetime) -> None:  # fmt: skip
    values: dict[str, Any] = {"updated_at": now}
    for f, new in changes.items():
        if f == "kk":
            if new not in households:
                made = s.execute(insert(_HOUSEHOLDS).values(kk=new, created_at=now, updated_at=now))
                households[new] = made.inserted_primary_key[0]
            values["household_id"] = households[new]
        elif f == "birth_date":
            values[f] = dt.date.fromisoformat(new) if new else None
        elif f == "life_status":
            values[f], values["life_status_date"] = new, day
        else:
            values[f] = new
            if f == "name":
                values["name_key"] = name_key(new)
    s.execute(update(_RES).where(_RES.c.id == resident_id).values(**values))


@dataclass(frozen=True)
class Accepted:
    """What `accept_differences` changed for one person."""

    nik: str
    resident_id: int
    changes: tuple[tuple[str, str, str], ...]  # (field, the office's value it replaced, the register's value)

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(f for f, _cur, _new in self.changes)


def accept_differences(db: Database, actor: Actor, nik: str) -> Accepted:
    """The register's waiting values for this person replace the office's (a person checked them)."""
    actor.require(Permission.IMPORT)
    with db.write() as s:
        rec = s.get(PopulationRecord, nik)
        if rec is None:
            raise NotFoundError("NIK ini tidak ada di data penduduk desa yang diimpor.")
        pending: dict[str, list[str]] = json.loads(rec.pending or "{}")
        if not pending:
            raise ValidationError("Tidak ada perbedaan yang menunggu untuk NIK ini.")
        cards = select(Household.id, Household.kk).where(Household.kk.is_not(None))
        households = {kk: hid for hid, kk in s.execute(cards) if kk}
        _apply(s, rec.resident_id, {f: new for f, (_cur, new) in pending.items()}, households, clock.today(),
               clock.now())  # fmt: skip
        rec.pending = "{}"
        audit.record(s, actor, AuditAction.POPULATION_ACCEPT, "resident", rec.resident_id, {"changes": pending})
        changes = tuple((f, str(cur), str(new)) for f, (cur, new) in pending.items())
        return Accepted(nik, rec.resident_id, changes)


@dataclass(frozen=True)
class Difference:
    """A person whose register values wait because the office changed those fields (a later import showed them)."""

    nik: str
    resident_id: int
    name: str
    changes: tuple[tuple[str, str, str], ...]  # (field label, the office's value, the register's value)

    def as_json(self) -> dict[str, Any]:
        return {"nik": self.nik, "name": self.name,
                "changes": [{"field": f, "office": cur, "register": new} for f, cur, new in self.changes]}  # fmt: skip


@privacy.shielded
def differences(db: Database, actor: Actor | None) -> list[Difference]:
    """Everyone with register values waiting to be accepted, by name."""
    with db.read() as s:
        rows = s.execute(
            select(PopulationRecord.nik, PopulationRecord.resident_id, PopulationRecord.pending, Resident.name)
            .join(Resident, Resident.id == PopulationRecord.resident_id)
            .where(PopulationRecord.pending != "{}", PopulationRecord.pending != "")
            .order_by(Resident.name_key, PopulationRecord.nik)
        ).all()
    out: list[Difference] = []
    for nik, rid, pending_text, name in rows:
        pending: dict[str, list[str]] = json.loads(pending_text or "{}")
        if pending:
            changes = tuple((FIELD_LABELS.get(f, f), str(cur), str(new)) for f, (cur, new) in sorted(pending.items()))
            out.append(Difference(nik, rid, name, changes))
    return out
