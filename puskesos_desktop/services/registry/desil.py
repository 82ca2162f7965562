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
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from puskesos_desktop import config
from puskesos_desktop.core import clock, fmt
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import FormField, NotFoundError, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    DesilImport,
    FamilyDesil,
    FamilyDesilHistory,
    Household,
    Programme,
    RegistryImport,
    RegistryProgramme,
    RegistryRecord,
    Resident,
    Service,
)
from puskesos_desktop.excel.common import RowIssue
from puskesos_desktop.services import audit, privacy
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.office import settings_in
from puskesos_desktop.services.registry import standing as rules

if TYPE_CHECKING:
    from puskesos_desktop.excel.desil_reader import DesilRow

# The rules live in standing.py (no SQLAlchemy: the fast paths use them); callers know them as desil.*
NO_STANDING = rules.NO_STANDING
PROGRAMME_LABELS = rules.PROGRAMME_LABELS
Facts = rules.Facts
Family = rules.Family
Standing = rules.Standing
judge = rules.judge
programme_label = rules.programme_label
standing_sqlite = rules.standing_sqlite

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
    # The workbook readers here, not at the top: the search imports this module for the standings, and the window
    # starts without the spreadsheet libraries (issue 21).
    from puskesos_desktop.excel.desil_reader import read_desil
    from puskesos_desktop.excel.issue_report import write_report_near

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
        audit.record(s, actor, AuditAction.DESIL_IMPORT, "desil_import", imp.id, {
            "file": path.name, "sha256": result.sha256, "data_date": day.isoformat(), "rows": result.total_rows,
            "matched": matched, "updated": updated, "unmatched": unmatched, "rejected": len(result.rejected),
        })  # fmt: skip
    fallback = Path(report_dir) if report_dir is not None else (db.path.parent if db.path else config.data_dir())
    report, report_error = write_report_near(issues, path, fallback, "Desil")
    return DesilImportResult(
        matched, updated, unmatched, len(result.rejected), report, path.name, day, result.total_rows,
        len(families), report_error,
    )  # fmt: skip


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


# --- programmes' desil ceilings and what a family's desil qualifies for -------------------------------------------


@dataclass(frozen=True)
class Ceiling:
    programme_id: int
    code: str
    name: str
    desil_max: int | None  # None: the programme has no desil ceiling on record
    source: str
    source_date: dt.date | None
    criteria: str  # the other criteria, as text (edited in Pengaturan › Program)
    active: bool


@privacy.shielded
def list_ceilings(db: Database, actor: Actor | None) -> list[Ceiling]:
    """Every programme with its desil ceiling (or none), in catalogue order."""
    with db.read() as s:
        return [
            Ceiling(p.id, p.code, p.name, p.desil_max, p.desil_source, p.desil_source_date, p.criteria, p.active)
            for p in s.execute(select(Programme).order_by(Programme.id)).scalars()
        ]


def set_ceiling(
    db: Database, actor: Actor, programme_id: int, desil_max: int | None, source: str,
    source_date: dt.date | None,
) -> Ceiling:  # fmt: skip
    """The coordinator sets (or clears, with None) a programme's desil ceiling, saying where it was published."""
    actor.require(Permission.CATALOGUE)
    source = " ".join(source.split())
    if desil_max is not None and not 1 <= desil_max <= 10:
        raise ValidationError("Batas desil harus 1 sampai 10 (atau kosong bila program tidak memakai desil).",
                              FormField.DESIL_MAX)  # fmt: skip
    if desil_max is not None and not source:
        raise ValidationError("Tulis sumber batas desil (pengumuman, surat, juknis).", FormField.CEILING_SOURCE)
    if len(source) > 300:
        raise ValidationError("Sumber paling banyak 300 karakter.", FormField.CEILING_SOURCE)
    if source_date is not None and source_date > clock.today():
        raise ValidationError("Tanggal sumber tidak boleh di masa depan.", FormField.CEILING_DATE)
    with db.write() as s:
        p = s.get(Programme, programme_id)
        if p is None:
            raise NotFoundError("Program tidak ditemukan.")
        before = (p.desil_max, p.desil_source, p.desil_source_date)
        p.desil_max, p.desil_source, p.desil_source_date = desil_max, source, source_date
        if before != (desil_max, source, source_date):
            audit.record(s, actor, AuditAction.DESIL_CEILING, "programme", p.code, {
                "desil_max": [before[0], desil_max], "source": [before[1], source],
                "source_date": [before[2].isoformat() if before[2] else None,
                                source_date.isoformat() if source_date else None],
            })  # fmt: skip
        return Ceiling(p.id, p.code, p.name, p.desil_max, p.desil_source, p.desil_source_date, p.criteria, p.active)


def ceilings_in(s: Session | Connection) -> list[tuple[str, int]]:
    """(code, desil_max) of the active programmes with a ceiling, in catalogue order."""
    rows = s.execute(
        select(Programme.code, Programme.desil_max)
        .where(Programme.active.is_(True), Programme.desil_max.is_not(None))
        .order_by(Programme.id)
    )
    return [(code, top) for code, top in rows if top is not None]


def _chunks(values: Sequence[Any], size: int = 900) -> list[Sequence[Any]]:
    """SQLite takes a limited number of bound values per statement: a whole registry goes in parts."""
    return [values[i : i + size] for i in range(0, len(values), size)]


def standings_in(s: Session | Connection, families: Sequence[Family]) -> list[Standing]:
    """The standing of each family, inside the caller's transaction (a few queries for the whole list).

    The desil is the newer of the family's imported desil (``family_desil``) and the registry record's own desil
    (with the extract's date); the family's imported desil wins a tie."""
    kks = sorted({f.kk for f in families if f.kk})
    ids = sorted({f.record_id for f in families if f.record_id is not None})
    if not kks and not ids:
        return [NO_STANDING for _ in families]
    facts = Facts(ceilings_in(s))
    for part in _chunks(kks):
        for kk, fam_value, fam_day in s.execute(
            select(FamilyDesil.kk, FamilyDesil.desil, FamilyDesil.data_date).where(FamilyDesil.kk.in_(part))
        ):
            facts.imported[kk] = (fam_value, fam_day)
        for kk, code in s.execute(
            select(RegistryRecord.kk, Programme.code)
            .join(RegistryProgramme, RegistryProgramme.record_id == RegistryRecord.id)
            .join(Programme, Programme.id == RegistryProgramme.programme_id)
            .where(RegistryRecord.kk.in_(part), RegistryRecord.active.is_(True))
        ):
            facts.received.setdefault(kk, set()).add(code)
        for kk, rec_value, rec_day in s.execute(
            select(RegistryRecord.kk, RegistryRecord.desil, RegistryRecord.extract_date)
            .where(RegistryRecord.kk.in_(part), RegistryRecord.active.is_(True), RegistryRecord.desil.is_not(None))
            .order_by(RegistryRecord.id)
        ):
            facts.note_registry_desil(kk, rec_value, rec_day)
    for ids_part in _chunks(ids):
        for rid, rec_value, rec_day in s.execute(
            select(RegistryRecord.id, RegistryRecord.desil, RegistryRecord.extract_date).where(
                RegistryRecord.id.in_(ids_part)
            )
        ):
            facts.listed[rid] = (rec_value, rec_day, set())
        for rid, code in s.execute(
            select(RegistryProgramme.record_id, Programme.code)
            .join(Programme, Programme.id == RegistryProgramme.programme_id)
            .where(RegistryProgramme.record_id.in_(ids_part))
        ):
            facts.listed[rid][2].add(code)
    return judge(families, facts)


@privacy.shielded
def standing(db: Database, actor: Actor | None, kk: str | None, record_id: int | None = None) -> Standing:
    """One family's standing (the resident page and the certificate ask for one)."""
    with db.read() as s:
        return standings_in(s, [Family(kk, record_id)])[0]


# --- how old the registry data is (issue 16 §3) ---------------------------------------------------------------


@dataclass(frozen=True)
class RegistryAge:
    data_date: dt.date | None  # None: no registry data at all
    age_days: int | None
    max_days: int

    @property
    def stale(self) -> bool:
        return self.age_days is not None and self.age_days > self.max_days

    @property
    def text(self) -> str:
        """ "Data DTKS/DTSEN per 1 Oktober 2026 (62 hari)"; a warning sentence when older than the setting."""
        if self.data_date is None:
            return "Belum ada data DTKS/DTSEN yang diimpor."
        text = f"Data DTKS/DTSEN per {fmt.tanggal(self.data_date)} ({self.age_days} hari)"
        if self.stale:
            text += f": lebih tua dari {self.max_days} hari — minta data terbaru ke kabupaten"
        return text


def registry_date_in(s: Session | Connection) -> dt.date | None:
    """The newest date of the registry data: the extract's date of the latest import with one."""
    return s.execute(select(func.max(RegistryImport.extract_date))).scalar()


def _max_days(s: Session | Connection) -> int:
    return settings_in(s).registry_max_age_days


def _age(day: dt.date | None, max_days: int) -> RegistryAge:
    return RegistryAge(day, (clock.today() - day).days if day else None, max_days)


@privacy.shielded
def registry_age(db: Database, actor: Actor | None) -> RegistryAge:
    """How old the office's registry data is, against the setting (bawaan 90 hari)."""
    with db.read() as s:
        return _age(registry_date_in(s), _max_days(s))


@privacy.shielded
def certificate_age(db: Database, actor: Actor | None, resident_id: int) -> RegistryAge:
    """The age of the registry data a certificate (SKT) for this resident would state (their record's extract)."""
    with db.read() as s:
        nik = s.execute(select(Resident.nik).where(Resident.id == resident_id)).scalar()
        day = None
        if nik:
            day = s.execute(
                select(RegistryRecord.extract_date).where(RegistryRecord.nik == nik, RegistryRecord.active.is_(True))
            ).scalar()
        return _age(day or registry_date_in(s), _max_days(s))


# --- what the front desk offers a family that misses a programme its desil qualifies for (issue 16 §2) ----------


@dataclass(frozen=True)
class Offer:
    """One thing the desk can do about a missed programme: register a complaint for the catalogue's service tied to
    it (the back office then handles or refers it), or — where the catalogue has no such service — propose the
    family for an update (Perbarui) to the village deliberation."""

    programme: str  # the programme's code
    service_id: int | None  # None: no service in the catalogue: a proposal instead
    service_name: str = ""
    field: str = ""

    @property
    def label(self) -> str:
        return programme_label(self.programme)


def offers_in(s: Session | Connection, missing: Sequence[str]) -> list[Offer]:
    """For each missed programme (in the given order) its active services, or one proposal offer when it has none."""
    if not missing:
        return []
    linked: dict[str, list[Offer]] = {}
    for code, sid, name, field in s.execute(
        select(Programme.code, Service.id, Service.name, Service.field)
        .join(Service, Service.programme_id == Programme.id)
        .where(Programme.code.in_(list(missing)), Service.active.is_(True))
        .order_by(Service.id)
    ):
        linked.setdefault(code, []).append(Offer(code, sid, name, field))
    out: list[Offer] = []
    for code in missing:
        out += linked.get(code) or [Offer(code, None)]
    return out


def offers(db: Database, actor: Actor | None, missing: Sequence[str]) -> list[Offer]:
    """What to offer for the programmes a family misses (the resident page and the search results ask)."""
    if actor is not None:
        actor.require(Permission.READ)
    with db.read() as s:
        return offers_in(s, missing)


def missing_reason(standing: Standing) -> str:
    """The reason an update proposal for the missed programmes gives: the desk's own sentence."""
    return f"Memenuhi batas desil tetapi belum menerima program. {standing.text}."
