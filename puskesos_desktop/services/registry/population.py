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
Speed: residents and households are inserted with executemany (no ORM objects).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, insert, select, update

from puskesos_desktop import config
from puskesos_desktop.core import clock
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import NotFoundError, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.text import name_key
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
    return hashlib.sha256(json.dumps(values, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


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
        households: dict[str, int] = {
            kk: hid for hid, kk in s.execute(select(Household.id, Household.kk).where(Household.kk.is_not(None))) if kk
        }
        people = {
            r.nik: r
            for r in s.execute(
                select(
                    Resident.id, Resident.nik, Resident.household_id, Resident.name, Resident.sex,
                    Resident.birth_place, Resident.birth_date, Resident.family_relation, Resident.address,
                    Resident.rt, Resident.rw, Resident.life_status, Resident.anonymised_at,
                ).where(Resident.nik.is_not(None))
            )
        }  # fmt: skip
        kk_of = {hid: kk for kk, hid in households.items()}
        records = {r.nik: r for r in s.execute(select(PopulationRecord)).scalars()}
        new_people: list[dict[str, Any]] = []
        new_records: list[tuple[str, str, dict[str, str]]] = []  # nik, hash, values
        new_households: dict[str, dict[str, Any]] = {}
        for row in read.rows:
            values = _values(row)
            nik = row.person.nik
            digest = _hash(values)
            rec = records.get(nik)
            if rec is not None and rec.row_hash == digest:
                unchanged += 1
                continue
            person = people.get(nik)
            if person is None:
                kk = values["kk"]
                if kk and kk not in households and kk not in new_households:
                    new_households[kk] = {"kk": kk, "address": values["address"][:300], "rt": values["rt"],
                                          "rw": values["rw"], "created_at": now, "updated_at": now}  # fmt: skip
                new_people.append(_resident_values(values, nik, day, now, actor))
                new_records.append((nik, digest, values))
                imported += 1
                continue
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
                                       imported=json.dumps(values, ensure_ascii=False), import_id=imp.id))  # fmt: skip
            else:
                rec.row_hash, rec.imported, rec.pending, rec.import_id = (
                    digest,
                    json.dumps(values, ensure_ascii=False),
                    pending_text,
                    imp.id,
                )
        if new_households:
            s.execute(insert(_HOUSEHOLDS), list(new_households.values()))
            households.update(
                (kk, hid)
                for hid, kk in s.execute(select(Household.id, Household.kk).where(Household.kk.is_not(None)))
                if kk
            )
        if new_people:
            for p in new_people:
                kk = p.pop("kk")
                p["household_id"] = households.get(kk) if kk else None
            s.execute(insert(_RES), new_people)
            ids = dict(s.execute(select(Resident.nik, Resident.id).where(Resident.nik.is_not(None))).all())
            s.execute(insert(_RECORDS), [
                {"nik": nik, "resident_id": ids[nik], "row_hash": digest, "pending": "{}", "import_id": imp.id,
                 "imported": json.dumps(values, ensure_ascii=False)}
                for nik, digest, values in new_records
            ])  # fmt: skip
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


def _resident_values(values: dict[str, str], nik: str, day: dt.date, now: dt.datetime, actor: Actor) -> dict[str, Any]:
    life = values["life_status"] or "hidup"
    return {
        "nik": nik, "kk": values["kk"], "no_nik_reason": "", "name": values["name"],
        "name_key": name_key(values["name"]),
        "sex": values["sex"] or "L", "birth_place": values["birth_place"],
        "birth_date": dt.date.fromisoformat(values["birth_date"]) if values["birth_date"] else None,
        "family_relation": values["family_relation"], "address": values["address"][:300], "rt": values["rt"],
        "rw": values["rw"], "phone": "", "disability": False, "elderly": False, "pregnant": False, "notes": "",
        "created_by_id": actor.user_id, "life_status": life, "life_status_date": None if life == "hidup" else day,
        "created_at": now, "updated_at": now,
    }  # fmt: skip


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
