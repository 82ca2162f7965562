"""Desil per family (issue 16): importing the SIKS-NG desil workbook, and what a desil qualifies for.

A family (No. KK) has one desil with the date of the data it came from (``family_desil``); when a later import gives
another value or date, the earlier one moves to ``family_desil_history``. A file whose data is older than what is
stored changes nothing for that family. Importing the same file again changes nothing.

Counts: ``matched``, ``updated`` and ``unmatched`` are families (a workbook lists a family once per member);
``rejected`` is rows. A family is matched when the DTKS/DTSEN records or the village's households know its KK (or a
row's NIK belongs to a person they know). An unmatched family with a KK is kept all the same — the population
register may bring it later — and listed in the report; a row with only an unknown NIK cannot be kept.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from puskesos_desktop import config
from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.files import FileWriteError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    DesilImport,
    FamilyDesil,
    FamilyDesilHistory,
    Household,
    RegistryRecord,
    Resident,
)
from puskesos_desktop.excel.common import RowIssue
from puskesos_desktop.excel.desil_reader import DesilRow, read_desil
from puskesos_desktop.excel.issue_report import report_path_for, write_issue_report
from puskesos_desktop.services import audit, privacy
from puskesos_desktop.services.context import Actor

UNMATCHED_PREFIX = "Tidak ditemukan: "


@dataclass(frozen=True)
class DesilImportResult:
    matched: int
    updated: int
    unmatched: int
    rejected: int
    report: Path | None
    filename: str
    data_date: dt.date
    rows: int
    families: int
    report_error: str = ""

    def as_json(self) -> dict[str, Any]:
        # The issue's keys first, in its order; the rest after.
        return {
            "matched": self.matched,
            "updated": self.updated,
            "unmatched": self.unmatched,
            "rejected": self.rejected,
            "report": str(self.report) if self.report else None,
            "data_date": self.data_date.isoformat(),
            "rows": self.rows,
            "families": self.families,
        }


def _file_date(path: Path) -> dt.date:
    try:
        day = dt.datetime.fromtimestamp(path.stat().st_mtime).date()
    except OSError:
        return clock.today()
    return min(day, clock.today())


def import_desil(
    db: Database, actor: Actor, path: str | Path, *, data_date: dt.date | None = None, password: str | None = None,
    sheet: str | None = None, report_dir: str | Path | None = None,
) -> DesilImportResult:  # fmt: skip
    """Import a desil workbook in one transaction; ``data_date`` defaults to the file's date."""
    actor.require(Permission.IMPORT)
    path = Path(path)
    day = data_date or _file_date(path)
    result = read_desil(path, password=password, sheet=sheet)
    issues = sorted(result.rejected, key=lambda i: i.row_number)
    with db.write() as s:
        known_kk = {kk for (kk,) in s.execute(select(RegistryRecord.kk).where(RegistryRecord.kk != "")) if kk}
        known_kk |= {kk for (kk,) in s.execute(select(Household.kk).where(Household.kk.is_not(None))) if kk}
        listed = select(RegistryRecord.nik, RegistryRecord.kk).where(RegistryRecord.kk != "")
        kk_of_nik: dict[str, str] = {nik: kk for nik, kk in s.execute(listed)}
        kk_of_nik.update(
            (nik, kk)
            for nik, kk in s.execute(
                select(Resident.nik, Household.kk)
                .join(Household, Resident.household_id == Household.id)
                .where(Resident.nik.is_not(None), Household.kk.is_not(None))
            )
            if nik and kk
        )
        families: dict[str, DesilRow] = {}
        unmatched_rows: list[DesilRow] = []
        for row in result.rows:
            kk = row.kk or kk_of_nik.get(row.nik, "")
            if not kk:
                unmatched_rows.append(row)
                continue
            families.setdefault(kk, row)
        imp = DesilImport(filename=path.name[:300], sha256=result.sha256, data_date=day, user_id=actor.user_id)
        s.add(imp)
        s.flush()
        stored = {f.kk: f for f in s.execute(select(FamilyDesil).where(FamilyDesil.kk.in_(families))).scalars()}
        matched = updated = unmatched = 0
        now = clock.now()
        for kk, row in families.items():
            if kk in known_kk:
                matched += 1
            else:
                unmatched += 1
                reason = "KK ini tidak ada di data DTKS/DTSEN maupun data penduduk desa; desilnya tetap disimpan."
                issues.append(RowIssue(row.row_number, "No. KK", kk, UNMATCHED_PREFIX + reason))
            current = stored.get(kk)
            if current is None:
                s.add(FamilyDesil(kk=kk, desil=row.desil, data_date=day, import_id=imp.id))
                updated += 1
            elif current.data_date < day or (current.data_date == day and current.desil != row.desil):
                old = FamilyDesilHistory(
                    kk=kk, desil=current.desil, data_date=current.data_date, import_id=current.import_id,
                    replaced_at=now, replaced_by_id=imp.id,
                )  # fmt: skip
                s.add(old)
                current.desil, current.data_date, current.import_id = row.desil, day, imp.id
                updated += 1
        for row in unmatched_rows:
            unmatched += 1
            reason = "NIK ini tidak dikenal dan baris tanpa No. KK: desil tidak dapat disimpan."
            issues.append(RowIssue(row.row_number, "NIK", row.nik, UNMATCHED_PREFIX + reason))
        imp.matched, imp.updated, imp.unmatched, imp.rejected = matched, updated, unmatched, len(result.rejected)
        audit.record(s, actor, "registry.desil_import", "desil_import", imp.id, {
            "file": path.name, "sha256": result.sha256, "data_date": day.isoformat(), "rows": result.total_rows,
            "matched": matched, "updated": updated, "unmatched": unmatched, "rejected": len(result.rejected),
        })  # fmt: skip
    report, report_error = _write_report(db, path, issues, report_dir)
    return DesilImportResult(
        matched, updated, unmatched, len(result.rejected), report, path.name, day, result.total_rows,
        len(families), report_error,
    )  # fmt: skip


def _write_report(
    db: Database, path: Path, issues: list[RowIssue], report_dir: str | Path | None
) -> tuple[Path | None, str]:
    if not issues:
        return None, ""
    fallback = Path(report_dir) if report_dir is not None else (db.path.parent if db.path else config.data_dir())
    target = report_path_for(path, fallback)
    try:
        return write_issue_report(issues, target, title="Desil"), ""
    except FileWriteError as first:
        second = fallback / target.name
        if second == target:
            return None, first.message
        try:
            return write_issue_report(issues, second, title="Desil"), ""
        except PuskesosError as exc:
            return None, exc.message


@dataclass(frozen=True)
class DesilValue:
    kk: str
    desil: int
    data_date: dt.date
    history: tuple[tuple[int, dt.date], ...]  # earlier (desil, data date), newest first


@privacy.shielded
def family_desil(db: Database, actor: Actor | None, kk: str) -> DesilValue | None:
    """The desil on record for a family, with its earlier values."""
    with db.read() as s:
        row = s.get(FamilyDesil, kk)
        if row is None:
            return None
        earlier = s.execute(
            select(FamilyDesilHistory.desil, FamilyDesilHistory.data_date)
            .where(FamilyDesilHistory.kk == kk)
            .order_by(FamilyDesilHistory.data_date.desc(), FamilyDesilHistory.id.desc())
        ).all()
        return DesilValue(row.kk, row.desil, row.data_date, tuple((d, day) for d, day in earlier))
