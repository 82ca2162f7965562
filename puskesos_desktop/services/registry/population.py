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
Speed: only the file's people are looked up (by NIK); new residents, households and records are inserted with
executemany at the driver (no ORM objects, no per-row parameter handling).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Sequence
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
    order, joined by a separator no cell keeps (the reader turns control characters into spaces)."""
    return hashlib.blake2b("\x1f".join([values[f] for f in FIELDS]).encode("utf-8"), digest_size=32).hexdigest()


_JSON = json.JSONEncoder(ensure_ascii=False).encode
IN_CHUNK = 500  # values in one ``IN (…)``: well under SQLite's and PostgreSQL's limits on parameters


def _chunks(values: Sequence[str]) -> Iterator[Sequence[str]]:
    for at in range(0, len(values), IN_CHUNK):
        yield values[at : at + IN_CHUNK]


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
    path = Path(path)
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
        rows = [(row, _values(row)) for row in read.rows]
        niks = [row.person.nik for row, _ in rows]
        known: dict[str, str] = {}
        for part in _chunks(niks):
            known.update(s.execute(select(PopulationRecord.nik, PopulationRecord.row_hash)
                                   .where(PopulationRecord.nik.in_(part))).all())  # fmt: skip
        todo: list[tuple[PopulationRow, dict[str, str], str]] = []
        for row, values in rows:
            digest = _hash(values)
            if known.get(row.person.nik) == digest:
                unchanged += 1
            else:
                todo.append((row, values, digest))
        people: dict[str, Any] = {}
        for part in _chunks([row.person.nik for row, _, _ in todo]):
            people.update((r.nik, r) for r in s.execute(
                select(
                    Resident.id, Resident.nik, Resident.household_id, Resident.name, Resident.sex,
                    Resident.birth_place, Resident.birth_date, Resident.family_relation, Resident.address,
                    Resident.rt, Resident.rw, Resident.life_status, Resident.anonymised_at,
                ).where(Resident.nik.in_(part))
            ))  # fmt: skip
        # Every card the file names (new people join them, _apply makes the missing ones) and the cards of the
        # people already known (to compare with the file's).
        cards = sorted({values["kk"] for _, values, _ in todo if values["kk"]})
        households: dict[str, int] = {}
        for part in _chunks(cards):
            households.update((kk, hid) for hid, kk in s.execute(
                select(Household.id, Household.kk).where(Household.kk.in_(part))) if kk)  # fmt: skip
        kk_of = {hid: kk for kk, hid in households.items()}
        theirs = sorted({p.household_id for p in people.values() if p.household_id and p.household_id not in kk_of})
        for at in range(0, len(theirs), IN_CHUNK):
            kk_of.update((hid, kk or "") for hid, kk in s.execute(
                select(Household.id, Household.kk).where(Household.id.in_(theirs[at : at + IN_CHUNK]))))  # fmt: skip
        records: dict[str, PopulationRecord] = {}
        for part in _chunks([nik for nik in people if nik in known]):
            records.update((r.nik, r) for r in s.execute(
                select(PopulationRecord).where(PopulationRecord.nik.in_(part))).scalars())  # fmt: skip
        new_people: list[tuple[PopulationRow, dict[str, str], str]] = []
        new_households: dict[str, tuple[str, str, str]] = {}  # kk -> address, rt, rw
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
            rec = records.get(nik)
            current = {
                "name": person.name, "sex": person.sex, "birth_place": person.birth_place,
                "birth_date": person.birth_date.isoformat() if person.birth_date else "",
                "family_relation": person.family_relation, "address": person.address, "rt": person.rt,
                "rw": person.rw, "kk": kk_of.get(person.household_id, "") if person.household_id else "",
                "life_status": person.life_status,
            }  # fmt: skip
            before = json.loads(rec.imported) if rec is not None else {}
            changes: dict[str, str] = {}
            pending: dict[str, list[str]] = {}
            for f in FIELDS:
                cur, new = current[f], values[f]
                if cur == new or (not new and f != "life_status"):
                    continue  # the register says nothing new (an empty cell never empties the office's data)
                office_untouched = (rec is not None and cur == before.get(f)) or not cur
                if office_untouched and person.anonymised_at is None:
                    changes[f] = new
                else:
                    pending[f] = [cur, new]
            if changes:
                _apply(s, person.id, changes, households, day, now)
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
            if rec is None:
                s.add(PopulationRecord(nik=nik, resident_id=person.id, row_hash=digest, pending=pending_text,
                                       imported=_JSON(values), import_id=imp.id))  # fmt: skip
            else:
                rec.row_hash, rec.imported, rec.pending, rec.import_id = digest, _JSON(values), pending_text, imp.id
        if new_people:
            _insert_new(s, imp.id, new_people, new_households, households, day, now, actor)
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


class _Driver:
    """executemany at the driver with prepared tuples (SQLAlchemy's per-row parameter handling cost more than the
    rest of a 10,000-person import), values converted as SQLAlchemy stores them."""

    def __init__(self, s: Any) -> None:
        self.conn = s.connection()
        self.dialect = self.conn.dialect
        self.mark = "?" if self.dialect.paramstyle == "qmark" else "%s"

    def processor(self, table: Table, column: str) -> Any:
        return table.c[column].type.dialect_impl(self.dialect).bind_processor(self.dialect)

    def value(self, table: Table, column: str, value: Any) -> Any:
        process = self.processor(table, column)
        return process(value) if process is not None and value is not None else value

    def insert(self, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        if rows:
            marks = ", ".join([self.mark] * len(columns))
            self.conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})", rows)


_RESIDENT_COLUMNS = (
    "nik", "household_id", "no_nik_reason", "name", "name_key", "sex", "birth_place", "birth_date",
    "family_relation", "address", "rt", "rw", "phone", "disability", "elderly", "pregnant", "notes",
    "created_by_id", "life_status", "life_status_date", "created_at", "updated_at",
)  # fmt: skip


def _insert_new(
    s: Any, import_id: int, new_people: list[tuple[PopulationRow, dict[str, str], str]],
    new_households: dict[str, tuple[str, str, str]], households: dict[str, int], day: dt.date, now: dt.datetime,
    actor: Actor,
) -> None:  # fmt: skip
    """The people the office did not know, their new households and their population records, in three
    executemany statements inside the caller's transaction."""
    drv = _Driver(s)
    stamp = drv.value(_HOUSEHOLDS, "created_at", now)
    if new_households:
        drv.insert(_HOUSEHOLDS, ("kk", "address", "rt", "rw", "created_at", "updated_at"),
                   [(kk, a, rt, rw, stamp, stamp) for kk, (a, rt, rw) in new_households.items()])  # fmt: skip
        for part in _chunks(list(new_households)):
            households.update((kk, hid) for hid, kk in s.execute(
                select(Household.id, Household.kk).where(Household.kk.in_(part))) if kk)  # fmt: skip
    born = drv.processor(_RES, "birth_date")
    no, stamp = drv.value(_RES, "disability", False), drv.value(_RES, "created_at", now)
    day_value = drv.value(_RES, "life_status_date", day)
    keys = NameKeys()
    out: list[tuple[Any, ...]] = []
    for _row, values, _digest in new_people:
        life = values["life_status"] or "hidup"
        text_date = values["birth_date"]
        birth = dt.date.fromisoformat(text_date) if text_date else None
        kk = values["kk"]
        out.append((
            _row.person.nik, households.get(kk) if kk else None, "", values["name"], keys(values["name"]),
            values["sex"] or "L", values["birth_place"],
            born(birth) if born is not None and birth is not None else birth, values["family_relation"],
            values["address"][:300], values["rt"], values["rw"], "", no, no, no, "", actor.user_id, life,
            None if life == "hidup" else day_value, stamp, stamp,
        ))  # fmt: skip
    drv.insert(_RES, _RESIDENT_COLUMNS, out)
    ids: dict[str, int] = {}
    for part in _chunks([row.person.nik for row, _, _ in new_people]):
        ids.update(s.execute(select(Resident.nik, Resident.id).where(Resident.nik.in_(part))).all())
    drv.insert(_RECORDS, ("nik", "resident_id", "row_hash", "pending", "import_id", "imported"), [
        (row.person.nik, ids[row.person.nik], digest, "{}", import_id, _JSON(values))
        for row, values, digest in new_people
    ])  # fmt: skip


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
