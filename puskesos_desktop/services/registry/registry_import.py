"""Importing the district's DTKS/DTSEN extract into registry_records (the file layer is excel.registry_reader).

One import is one transaction: every valid row goes in, or nothing does (a cancel or a crash rolls it all back).
Rows are told apart by NIK; a row whose content hash equals the stored ``row_hash`` is unchanged, so importing the
same file again changes nothing. A newer extract updates records and programme memberships, brings back people
it lists again, and marks people it no longer lists (``active`` False: "not in the latest extract").
The import is ONE audit entry (file, checksum, counts) and one ``registry_imports`` row, never one per row.

Speed: SQLite stages and switches (registry_swap); PostgreSQL stages as it reads into a TEMP table by COPY and
writes from it in set statements (registry_server); `_store` (one transaction, rows held) serves the rest.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, select, text, update
from sqlalchemy.orm import Session

from puskesos_desktop import config
from puskesos_desktop.core import clock
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import Joined, PuskesosError, ValidationError, msg
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.text import NameKeys
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Programme, RegistryImport, RegistryProgramme, RegistryRecord, Setting
from puskesos_desktop.excel import headers
from puskesos_desktop.excel.common import Cancelled, RowIssue, thousands
from puskesos_desktop.excel.issue_report import write_report_near
from puskesos_desktop.excel.registry_reader import (
    ColumnDetection,
    RegistryReadResult,
    RowSink,
    detect_columns,
    read_registry,
)
from puskesos_desktop.services import audit
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.office import SETTING_KEYS, load_settings
from puskesos_desktop.services.registry import registry_server, registry_swap
from puskesos_desktop.services.registry.bulk import Bulk

__all__ = [
    "MAPPING_SETTING",
    "Cancelled",
    "ColumnDetection",
    "ImportCheck",
    "ImportNeedsConfirmation",
    "ImportResult",
    "ImportSummary",
    "detect",
    "import_registry",
    "list_imports",
]

MAPPING_SETTING = "import_column_mapping"
CHUNK = 5000
CACHE_KIB = 128 * 1024
SHOWN_ISSUES = 1000
WARNING_PREFIX = "Peringatan (baris tetap diimpor): "
# The progress bar runs 0..SCALE: reading the file takes most of the time, writing the rest.
SCALE = 1000
READ_SHARE = 800

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]

_RECORDS = cast(Table, RegistryRecord.__table__)
_MEMBERSHIPS = cast(Table, RegistryProgramme.__table__)


@dataclass(frozen=True)
class ImportResult:
    import_id: int
    filename: str
    sha256: str
    imported: int  # new NIKs
    updated: int  # changed rows, and people listed again after having left the registry
    unchanged: int
    rejected: int  # rows refused (see the report)
    warnings: int  # rows imported with a warning (see the report)
    removed: int  # people in the registry before, not in this extract: marked as no longer listed
    total_rows: int
    report: Path | None  # the rejected-rows report, when there was anything to report
    extract_date: dt.date | None
    columns_found: dict[str, str] = field(default_factory=dict)
    report_error: str = ""  # the report could not be written anywhere (the import itself went in)
    seconds: float = 0.0
    issues: tuple[RowIssue, ...] = ()  # the report's first rows, for the wizard to show (rejected first)
    partial: bool = False  # a partial list: nobody was marked as no longer listed

    def as_json(self) -> dict[str, Any]:
        """The CLI's --json: the first six keys are a contract (add keys, never rename)."""
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "warnings": self.warnings,
            "report": str(self.report) if self.report else None,
            "removed": self.removed,
            "total_rows": self.total_rows,
            "file": self.filename,
            "sha256": self.sha256,
            "import_id": self.import_id,
            "extract_date": self.extract_date.isoformat() if self.extract_date else None,
            "seconds": round(self.seconds, 2),
        }


@dataclass(frozen=True)
class ImportSummary:
    """One past import, for the list in Pengaturan › Pertukaran data."""

    id: int
    imported_at: dt.datetime
    filename: str
    sha256: str
    extract_date: dt.date | None
    imported: int
    updated: int
    unchanged: int
    rejected: int
    warnings: int
    removed: int


# --- the column mapping ---------------------------------------------------------------------------------------


def _remembered_mapping(db: Database) -> dict[str, str]:
    """The mapping staff chose last time ({field or programme code: header text})."""
    value = load_settings(db).import_column_mapping
    return {str(k): str(v) for k, v in value.items() if isinstance(v, str) and v.strip()}


def _fitting(mapping: Mapping[str, str], file_headers: Sequence[str]) -> dict[str, str]:
    """The entries of a remembered mapping whose header this file has (the reader refuses a mapping naming a
    header the file lacks, and a newer extract may well have dropped or renamed a column)."""
    keys = {headers.header_key(h) for h in file_headers if h.strip()}
    allowed = set(headers.FIELDS) | set(headers.PROGRAMME_CODES)
    return {f: h for f, h in mapping.items() if f in allowed and headers.header_key(h) in keys}


def detect(
    db: Database,
    path: str | Path,
    *,
    mapping: Mapping[str, str] | None = None,
    password: str | None = None,
    sheet: str | None = None,
) -> ColumnDetection:
    """What the file's header row holds, with the remembered mapping applied where it fits (for the wizard)."""
    plain = detect_columns(path, password=password, sheet=sheet)
    if mapping is None:
        mapping = _fitting(_remembered_mapping(db), plain.headers)
    if not mapping:
        return plain
    return detect_columns(path, mapping=mapping, password=password, sheet=sheet)


# --- the import -----------------------------------------------------------------------------------------------


# Columns written for a new or changed row, in this order (the driver gets plain tuples: no ORM, no per-row
# SQLAlchemy work, which took longer than SQLite itself).
_COLUMNS: tuple[str, ...] = (
    "nik", "kk", "name", "name_key", "sex", "birth_place", "birth_date", "address", "rt", "rw", "registry_id",
    "desil", "region_code", "active", "row_hash", "import_id", "extract_date", "updated_at",
)  # fmt: skip


class _Bulk(Bulk):
    """The shared bulk writer (executemany on SQLite, COPY on PostgreSQL), with the registry records' values
    converted the way SQLAlchemy stores them (dates as its text)."""

    def __init__(self, s: Session) -> None:
        # A cache that holds the table and its five indexes, so that 100,000 inserts in NIK and name order do not
        # evict and re-read pages.
        super().__init__(s, cache_kib=CACHE_KIB)
        self.convert: dict[str, Callable[[Any], Any]] = {}
        for column in _RECORDS.columns:
            process = self.processor(_RECORDS, column.name)
            if process is not None:
                self.convert[column.name] = process

    def date(self, day: dt.date) -> Any:
        """A date as SQLAlchemy stores it on SQLite ('2026-01-31', the ISO form): the hot path of 100,000 rows."""
        return day.isoformat() if self.sqlite else self.value(_RECORDS, "birth_date", day)

    def record_value(self, column: str, value: Any) -> Any:
        process = self.convert.get(column)
        return process(value) if process is not None and value is not None else value


def _file_date(path: Path) -> dt.date | None:
    try:
        day = dt.datetime.fromtimestamp(path.stat().st_mtime).date()
    except OSError:
        return None
    return min(day, clock.today())


def _rows_with(issues: Sequence[RowIssue]) -> int:
    return len({i.row_number for i in issues})


class _Progress:
    """The write phase's share of the progress bar; checks for a cancel between chunks."""

    def __init__(self, total: int, progress: ProgressFn | None, cancelled: CancelledFn | None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self.progress = progress
        self.cancelled = cancelled

    def step(self, n: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        self.done += n
        if self.progress is not None:
            self.progress(READ_SHARE + (SCALE - READ_SHARE) * min(self.done, self.total) // self.total, SCALE)

    def chunks(self, rows: list[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            yield chunk
            self.step(len(chunk))


def _read_with_remembered(
    db: Database,
    path: Path,
    password: str | None,
    sheet: str | None,
    read: Callable[[Mapping[str, str] | None], RegistryReadResult],
) -> RegistryReadResult:
    """Read with the automatic recognition; the remembered mapping is applied only when it matters (reading a
    100,000-row sheet twice costs seconds): the header row was not recognised, or the file has columns the
    recognition left unknown that the mapping names."""
    remembered = _remembered_mapping(db)
    try:
        result = read(None)
    except ValidationError:
        if not remembered:
            raise
        use = _fitting(remembered, detect_columns(path, password=password, sheet=sheet).headers)
        if not use:
            raise
        return read(use)
    use = _fitting(remembered, result.unknown_columns)
    return read(use) if use else result


@dataclass(frozen=True)
class ImportCheck:
    """The figures of an import that looks like a damaged or partial file (shown before anything is written)."""

    filename: str
    total_rows: int
    rejected: int
    active_before: int  # people listed in the registry now
    removed: int  # of them, not in this file: would be marked as no longer listed
    imported: int
    updated: int
    unchanged: int
    max_removed_percent: float
    max_rejected_percent: float

    @property
    def removed_percent(self) -> float:
        return 100.0 * self.removed / self.active_before if self.active_before else 0.0

    @property
    def rejected_percent(self) -> float:
        return 100.0 * self.rejected / self.total_rows if self.total_rows else 0.0

    @property
    def too_many_removed(self) -> bool:
        return self.removed_percent > self.max_removed_percent

    @property
    def too_many_rejected(self) -> bool:
        return self.rejected_percent > self.max_rejected_percent

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.filename, "total_rows": self.total_rows, "rejected": self.rejected,
            "active_before": self.active_before, "removed": self.removed, "imported": self.imported,
            "updated": self.updated, "unchanged": self.unchanged,
            "removed_percent": round(self.removed_percent, 1), "rejected_percent": round(self.rejected_percent, 1),
            "max_removed_percent": self.max_removed_percent, "max_rejected_percent": self.max_rejected_percent,
        }  # fmt: skip


class ImportNeedsConfirmation(PuskesosError):
    """The import stopped before it changed anything: the file would remove or reject more than the office's
    limits allow. Repeat with ``allow_shrink=True`` once a person has confirmed it (or ``partial=True``)."""

    def __init__(self, check: ImportCheck) -> None:
        parts = []
        if check.too_many_removed:
            parts.append(
                msg(
                    "{removed} dari {before} orang di DTKS/DTSEN ({percent:.0f}%) akan ditandai tidak ada lagi "
                    "(batas {limit:g}%)",
                    removed=thousands(check.removed),
                    before=thousands(check.active_before),
                    percent=check.removed_percent,
                    limit=check.max_removed_percent,
                )
            )
        if check.too_many_rejected:
            parts.append(
                msg(
                    "{rejected} dari {total} baris ({percent:.0f}%) ditolak (batas {limit:g}%)",
                    rejected=thousands(check.rejected),
                    total=thousands(check.total_rows),
                    percent=check.rejected_percent,
                    limit=check.max_rejected_percent,
                )
            )
        super().__init__(
            "Impor {filename} dihentikan; tidak ada yang berubah: {reasons}. Berkas ini mungkin rusak atau "
            "terpotong. Periksa berkasnya; bila memang benar, ulangi dengan konfirmasi. Bila berkas hanya sebagian "
            "(satu RW, satu program), impor sebagai daftar sebagian.",
            filename=check.filename,
            reasons=Joined("; ", parts),
        )
        self.check = check


def import_limits(db: Database) -> tuple[float, float]:
    """(most people marked no longer listed, most rows rejected) an import may do without a confirmation, in %."""
    st = load_settings(db)
    return st.import_max_removed_percent, st.import_max_rejected_percent


def import_registry(
    db: Database,
    actor: Actor,
    path: str | Path,
    *,
    mapping: Mapping[str, str] | None = None,
    password: str | None = None,
    sheet: str | None = None,
    extract_date: dt.date | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    report_dir: str | Path | None = None,
    partial: bool = False,
    allow_shrink: bool = False,
) -> ImportResult:
    """Import a DTKS/DTSEN extract (.xlsx/.xls/.csv). File problems raise ValidationError; a cancel raises Cancelled.

    ``mapping`` is remembered (setting ``import_column_mapping``) when the import succeeds; without one, the
    remembered mapping is applied where this file has its headers. ``extract_date`` defaults to the file's date.
    The rejected-rows report goes beside the file, or in ``report_dir`` (default: the data folder) when that
    folder is read-only.

    ``partial``: the file lists only some people (one RW, one programme): nobody is marked as no longer listed.
    An import that would mark more than the office's limit of the registry as no longer listed, or that rejects
    more than its limit of rows, raises ImportNeedsConfirmation before it writes anything, unless ``allow_shrink``.
    """
    actor.require(Permission.IMPORT)
    started = time.perf_counter()
    path = Path(path)
    given = dict(mapping) if mapping else None
    if given is not None:
        headers.check_mapping(given)
    limits = import_limits(db)
    extract = extract_date or _file_date(path)
    if db.is_sqlite and db.path is not None:
        with registry_swap.import_lock(db.path):
            result, counts = _import_staged(
                db, actor, path, given, password, sheet, extract, progress, cancelled, partial, allow_shrink, limits
            )
    elif db.is_postgresql and db.engine.dialect.driver == "psycopg":
        result, counts = _import_server(
            db, actor, path, given, password, sheet, extract, progress, cancelled, partial, allow_shrink, limits
        )
    else:
        result = _read(db, path, given, password, sheet, progress, cancelled, None)
        counts = _store(db, actor, path, result, extract, given, progress, cancelled, partial, allow_shrink, limits)
    issues = _issues(result)
    fallback = Path(report_dir) if report_dir is not None else _fallback_dir(db)
    report, report_error = write_report_near(issues, path, fallback, "Baris Ditolak")
    if progress is not None:
        progress(SCALE, SCALE)
    return ImportResult(
        import_id=counts["import_id"],
        filename=path.name,
        sha256=result.sha256,
        imported=counts["imported"],
        updated=counts["updated"],
        unchanged=counts["unchanged"],
        rejected=len(result.rejected),
        warnings=_rows_with(result.warnings),
        removed=counts["removed"],
        total_rows=result.total_rows,
        report=report,
        extract_date=extract,
        columns_found=dict(result.columns_found),
        report_error=report_error,
        seconds=time.perf_counter() - started,
        issues=tuple(issues[:SHOWN_ISSUES]),
        partial=partial,
    )


def _read(
    db: Database,
    path: Path,
    given: dict[str, str] | None,
    password: str | None,
    sheet: str | None,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
    sink_factory: Callable[[], RowSink] | None,
) -> RegistryReadResult:
    """Read the file (every accepted row to a fresh sink from ``sink_factory``, when given)."""

    def read_progress(done: int, total: int) -> None:
        if progress is not None:
            progress(READ_SHARE * min(done, total) // max(total, 1), SCALE)

    def read(use: Mapping[str, str] | None) -> RegistryReadResult:
        return read_registry(
            path, mapping=use or None, password=password, sheet=sheet, progress=read_progress, cancelled=cancelled,
            sink=sink_factory() if sink_factory is not None else None,
        )  # fmt: skip

    result = read(given) if given is not None else _read_with_remembered(db, path, password, sheet, read)
    if cancelled is not None and cancelled():
        raise Cancelled()
    return result


def _check(
    path: Path, result: RegistryReadResult, limits: tuple[float, float], active: int, removed: int,
    counts: tuple[int, int, int], allow_shrink: bool,
) -> bool:  # fmt: skip
    """Raise ImportNeedsConfirmation past the limits; True when past them and confirmed (``allow_shrink``)."""
    check = ImportCheck(
        path.name, result.total_rows, len(result.rejected), active, removed, *counts, max_removed_percent=limits[0],
        max_rejected_percent=limits[1],
    )  # fmt: skip
    past = check.too_many_removed or check.too_many_rejected
    if past and not allow_shrink:
        raise ImportNeedsConfirmation(check)
    return past


def _import_staged(
    db: Database,
    actor: Actor,
    path: Path,
    given: dict[str, str] | None,
    password: str | None,
    sheet: str | None,
    extract: dt.date | None,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
    partial: bool,
    allow_shrink: bool,
    limits: tuple[float, float],
) -> tuple[RegistryReadResult, dict[str, int]]:
    """The import in four steps (services/registry_swap.py): stage, figures, build beside, switch."""
    assert db.path is not None
    folder = db.path.parent
    registry_swap.remove_leftover_stages(folder)
    stages: list[registry_swap.Stage] = []

    def fresh_stage() -> registry_swap.Stage:
        # A second read (with the remembered mapping) starts from an empty stage.
        while stages:
            stages.pop().close()
        stages.append(registry_swap.Stage(folder))
        return stages[-1]

    try:
        result = _read(db, path, given, password, sheet, progress, cancelled, fresh_stage)
        stage = stages[-1]
        stage.finish()
        figures = stage.figures(db.path, partial)
        confirmed = _check(
            path, result, limits, figures.active_before, figures.removed,
            (figures.new, figures.changed, figures.unchanged), allow_shrink,
        )  # fmt: skip
        conn = registry_swap.connect(db.path)
        try:
            registry_swap.drop_leftovers(conn)
            snap = registry_swap.prepare(conn)
            try:
                now = clock.now()
                dialect = db.engine.dialect
                stamp = _RECORDS.c.updated_at.type.dialect_impl(dialect).bind_processor(dialect)
                steps = _Progress(stage.last + 1, progress, cancelled)
                registry_swap.build(
                    conn, stage, snap, import_id=snap.next_import_id, extract=extract.isoformat() if extract else None,
                    now=stamp(now) if stamp else str(now), partial=partial, step=steps.step,
                )  # fmt: skip
                counts = _switch(db, actor, path, result, extract, given, snap, figures, now, (partial, confirmed))
            except BaseException:
                registry_swap.drop_leftovers(conn)
                raise
            try:
                registry_swap.drop_old(conn)
            except sqlite3.Error:
                pass  # busy: the next import removes the previous tables
        finally:
            conn.close()
        return result, counts
    finally:
        for stage_left in stages:
            stage_left.close()


def _import_server(
    db: Database,
    actor: Actor,
    path: Path,
    given: dict[str, str] | None,
    password: str | None,
    sheet: str | None,
    extract: dt.date | None,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
    partial: bool,
    allow_shrink: bool,
    limits: tuple[float, float],
) -> tuple[RegistryReadResult, dict[str, int]]:
    """On a server: stage as read into a TEMP table of one connection, then write from it in one transaction on
    that connection (services/registry/registry_server.py)."""
    mark = registry_server.mark
    with db.engine.connect() as conn:
        stages: list[registry_server.ServerStage] = []

        def fresh_stage() -> registry_server.ServerStage:
            # A second read (with the remembered mapping) starts from an empty stage.
            while stages:
                stages.pop().close()
            stages.append(registry_server.ServerStage(conn))
            return stages[-1]

        try:
            result = _read(db, path, given, password, sheet, progress, cancelled, fresh_stage)
            stage = stages[-1]
            mark("read", stage.backend)
            stage.finish()
            mark("stage", stage.backend)
            with db.write(bind=conn) as s:
                s.execute(text(f"SET LOCAL work_mem = '{registry_server.WORK_MEM}'"))
                now = clock.now()
                imp = RegistryImport(
                    imported_at=now, filename=path.name[:300], sha256=result.sha256, extract_date=extract,
                    user_id=actor.user_id,
                )  # fmt: skip
                s.add(imp)
                s.flush()
                staged, new, unchanged, removed, active = registry_server.counts(s, partial)
                mark("counts", stage.backend)
                counts = (new, staged - new - unchanged, unchanged)
                confirmed = _check(path, result, limits, active, removed, counts, allow_shrink)
                # The write's share of the progress bar, a cancel asked between two statements.
                steps = _Progress(registry_server.STATEMENTS + 2, progress, cancelled)
                steps.step(1)
                registry_server.write(
                    s, import_id=imp.id, extract=extract, now=now, partial=partial, step=lambda: steps.step(1)
                )
                if extract is not None:
                    _checked_against(s, imp.id, extract)
                # Last of the registry's writes: many memberships make it this transaction's alone until COMMIT.
                registry_server.memberships(s, step=lambda: steps.step(1))
                mark("write", stage.backend)
                imp.imported, imp.updated, imp.unchanged = counts
                imp.rejected = len(result.rejected)
                imp.warnings = _rows_with(result.warnings)
                imp.removed = removed
                if given is not None:
                    _remember(s, given)
                _audit(s, actor, path, result, imp, extract, partial, confirmed)
                steps.step(1)
                out = {
                    "import_id": imp.id, "imported": imp.imported, "updated": imp.updated,
                    "unchanged": imp.unchanged, "removed": imp.removed,
                }  # fmt: skip
            mark("commit", stage.backend)
            return result, out
        finally:
            for left in stages:
                left.close()


def _checked_against(s: Session, import_id: int, extract: dt.date) -> None:
    """People this extract lists unchanged were checked against it too (their content stays as it was)."""
    s.execute(
        update(_RECORDS)
        .where(
            _RECORDS.c.active.is_(True),
            _RECORDS.c.import_id != import_id,
            (_RECORDS.c.extract_date.is_(None)) | (_RECORDS.c.extract_date < extract),
        )
        .values(extract_date=extract, updated_at=_RECORDS.c.updated_at)
    )


def _switch(
    db: Database,
    actor: Actor,
    path: Path,
    result: RegistryReadResult,
    extract: dt.date | None,
    mapping: dict[str, str] | None,
    snap: registry_swap.Snapshot,
    figures: registry_swap.Figures,
    now: dt.datetime,
    flags: tuple[bool, bool],
) -> dict[str, int]:
    with db.write() as s:
        conn = s.connection()
        if registry_swap.snapshot_now(conn) != (snap.count, snap.max_id, snap.last_update, snap.next_import_id):
            raise PuskesosError(
                "Daftar DTKS/DTSEN berubah selama impor berjalan (impor atau data contoh lain); impor ini dibatalkan "
                "tanpa perubahan. Ulangi impornya."
            )
        registry_swap.switch(conn)
        imp = RegistryImport(
            id=snap.next_import_id, imported_at=now, filename=path.name[:300], sha256=result.sha256,
            extract_date=extract, user_id=actor.user_id, imported=figures.new, updated=figures.changed,
            unchanged=figures.unchanged, rejected=len(result.rejected), warnings=_rows_with(result.warnings),
            removed=figures.removed,
        )  # fmt: skip
        s.add(imp)
        s.flush()
        if mapping is not None:
            _remember(s, mapping)
        _audit(s, actor, path, result, imp, extract, *flags)
        return {
            "import_id": imp.id, "imported": imp.imported, "updated": imp.updated, "unchanged": imp.unchanged,
            "removed": imp.removed,
        }  # fmt: skip


def _audit(
    s: Session, actor: Actor, path: Path, result: RegistryReadResult, imp: RegistryImport, extract: dt.date | None,
    partial: bool, confirmed: bool,
) -> None:  # fmt: skip
    audit.record(
        s,
        actor,
        AuditAction.REGISTRY_IMPORT,
        "registry_import",
        imp.id,
        {
            "file": path.name,
            "sha256": result.sha256,
            "kind": result.file_kind,
            "rows": result.total_rows,
            "imported": imp.imported,
            "updated": imp.updated,
            "unchanged": imp.unchanged,
            "rejected": imp.rejected,
            "warnings": imp.warnings,
            "removed": imp.removed,
            "extract_date": extract.isoformat() if extract else None,
            "partial": partial,  # a partial list: nobody was marked as no longer listed
            "confirmed": confirmed,  # past the office's limits, confirmed by a person (--allow-shrink)
        },
    )


def _active(s: Session) -> int:
    return s.execute(select(func.count()).select_from(_RECORDS).where(_RECORDS.c.active.is_(True))).scalar() or 0


def _store(
    db: Database,
    actor: Actor,
    path: Path,
    result: RegistryReadResult,
    extract: dt.date | None,
    mapping: dict[str, str] | None,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
    partial: bool,
    allow_shrink: bool,
    limits: tuple[float, float],
) -> dict[str, int]:
    """The import in one write transaction (a database without a file of its own, where nothing can be staged
    beside it)."""
    with db.write() as s:
        now = clock.now()
        imp = RegistryImport(
            imported_at=now, filename=path.name[:300], sha256=result.sha256, extract_date=extract,
            user_id=actor.user_id,
        )  # fmt: skip
        s.add(imp)
        s.flush()
        # (dict(result) would take a Result for a mapping: it has keys())
        programme_ids: dict[str, int] = {
            code: pid
            for code, pid in s.execute(
                select(Programme.code, Programme.id).where(Programme.code.in_(headers.PROGRAMME_CODES))
            )
        }
        existing: dict[str, tuple[int, str, bool]] = {
            nik: (rid, row_hash, active)
            for nik, rid, row_hash, active in s.execute(
                select(RegistryRecord.nik, RegistryRecord.id, RegistryRecord.row_hash, RegistryRecord.active)
            )
        }
        bulk = _Bulk(s)
        value = bulk.record_value
        birth = bulk.date
        yes, import_id = value("active", True), imp.id
        keys = NameKeys()
        stamp, day = value("updated_at", now), value("extract_date", extract)
        # New records get their ids here (the write lock is held: nobody else inserts), which spares reading
        # 100,000 ids back for the programme memberships.
        next_id = (s.execute(select(func.max(RegistryRecord.id))).scalar() or 0) + 1
        ids: dict[str, int] = {}
        new_rows: list[tuple[Any, ...]] = []
        changed: list[tuple[Any, ...]] = []
        memberships: dict[str, frozenset[str]] = {}
        unchanged = 0
        for row in result.rows:
            row_hash = row.content_hash()
            old = existing.pop(row.nik, None)
            if old is not None and old[1] == row_hash and old[2]:
                unchanged += 1
                continue
            values = (
                row.nik, row.kk, row.name, keys(row.name), row.sex, row.birth_place,
                row.birth_date and birth(row.birth_date), row.address, row.rt, row.rw, row.registry_id, row.desil,
                row.region_code, yes, row_hash, import_id, day, stamp,
            )  # fmt: skip
            if row.programmes:
                memberships[row.nik] = row.programmes
            if old is None:
                ids[row.nik] = next_id
                new_rows.append((*values, stamp, next_id))
                next_id += 1
            else:
                ids[row.nik] = old[0]
                changed.append((*values, old[0]))
        no = value("active", False)
        gone = [] if partial else [(no, stamp, rid) for rid, _h, active in existing.values() if active]
        counts = (len(new_rows), len(changed), unchanged)
        confirmed = _check(path, result, limits, _active(s), len(gone), counts, allow_shrink)

        steps = _Progress(len(new_rows) + len(changed) * 2 + len(gone) + 1, progress, cancelled)
        records, links_table = _RECORDS.name, _MEMBERSHIPS.name
        insert_sql = bulk.insert_sql(records, (*_COLUMNS, "first_seen_at", "id"))
        for chunk in steps.chunks(new_rows):
            bulk.run(insert_sql, chunk)
        if new_rows and s.get_bind().dialect.name == "postgresql":
            # The ids above were given explicitly: PostgreSQL's sequence did not move and its next insert would
            # collide. SQLite takes max(rowid) + 1 by itself.
            s.execute(
                text("SELECT setval(pg_get_serial_sequence(:t, 'id'), (SELECT max(id) FROM registry_records))"),
                {"t": records},
            )
        update_sql = bulk.update_sql(records, _COLUMNS)
        for chunk in steps.chunks(changed):
            bulk.run(update_sql, chunk)
        # Memberships of changed records are rewritten whole: the extract is the truth about them.
        unlink_sql = f"DELETE FROM {links_table} WHERE record_id = {bulk.mark}"
        for chunk in steps.chunks([(v[-1],) for v in changed]):
            bulk.run(unlink_sql, chunk)
        links = [
            (ids[nik], programme_ids[code])
            for nik, codes in memberships.items()
            for code in codes
            if code in programme_ids
        ]
        bulk.run(bulk.insert_sql(links_table, ("record_id", "programme_id")), links)
        for chunk in steps.chunks(gone):
            bulk.run(bulk.update_sql(records, ("active", "updated_at")), chunk)
        if extract is not None:
            _checked_against(s, imp.id, extract)
        imp.imported = len(new_rows)
        imp.updated = len(changed)
        imp.unchanged = unchanged
        imp.rejected = len(result.rejected)
        imp.warnings = _rows_with(result.warnings)
        imp.removed = len(gone)
        if mapping is not None:
            _remember(s, mapping)
        _audit(s, actor, path, result, imp, extract, partial, confirmed)
        steps.step(1)
        return {
            "import_id": imp.id,
            "imported": imp.imported,
            "updated": imp.updated,
            "unchanged": unchanged,
            "removed": imp.removed,
        }


def _remember(s: Session, mapping: dict[str, str]) -> None:
    text = json.dumps(mapping, ensure_ascii=False, sort_keys=True)
    row = s.get(Setting, MAPPING_SETTING)
    if row is None:
        s.add(Setting(key=MAPPING_SETTING, value=text))
    elif row.value != text:
        row.value = text


def _fallback_dir(db: Database) -> Path:
    return db.path.parent if db.path is not None else config.data_dir()


def _issues(result: RegistryReadResult) -> list[RowIssue]:
    """Rejected rows first, then the rows imported with a warning (marked so in the reason)."""
    return sorted(result.rejected, key=lambda i: i.row_number) + [
        RowIssue(i.row_number, i.column, i.value, WARNING_PREFIX + i.reason)
        for i in sorted(result.warnings, key=lambda i: i.row_number)
    ]


# --- reading --------------------------------------------------------------------------------------------------


def list_imports(db: Database, limit: int = 200) -> list[ImportSummary]:
    """Past imports, newest first."""
    with db.read() as s:
        rows = s.execute(select(RegistryImport).order_by(RegistryImport.id.desc()).limit(limit)).scalars().all()
        return [
            ImportSummary(
                r.id,
                r.imported_at,
                r.filename,
                r.sha256,
                r.extract_date,
                r.imported,
                r.updated,
                r.unchanged,
                r.rejected,
                r.warnings,
                r.removed,
            )  # fmt: skip
            for r in rows
        ]


# services/office.py declares the settings and their defaults
assert MAPPING_SETTING in SETTING_KEYS
