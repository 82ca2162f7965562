"""Moving an office to another database (SQLite → PostgreSQL when an office gets a server, and back).

Every table is copied (scans and photos included: they live in the database) from one consistent snapshot of the
source into an empty target in one transaction; the target's row counts must equal the source's and its audit
chain must verify before the move counts as done. The source is only read. A target that already holds an
office's data is refused (only the catalogue a first start seeds by itself is replaced).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from puskesos_desktop.config import sqlite_path
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import PuskesosError, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db.engine import PG_WRITE_LOCK, Database, open_database
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import table_copy
from puskesos_desktop.services.admin.backup import server_key
from puskesos_desktop.services.context import Actor


class MoveError(PuskesosError):
    pass


@dataclass(frozen=True)
class MoveResult:
    source: str  # in words, without a password
    target: str
    engine_from: str
    engine_to: str
    counts: dict[str, int]  # rows per table, equal on both sides
    attachments: int
    bytes: int
    audit_entries: int
    audit_chain_ok: bool


def describe(url: str) -> str:
    path = sqlite_path(url)
    return str(path) if path is not None else server_key(url)


def _engine_name(url: str) -> str:
    return "sqlite" if url.startswith("sqlite") else "postgresql" if url.startswith("postgresql") else url.split(":")[0]


def move_db(
    db: Database,
    actor: Actor,
    to_url: str,
    progress: Callable[[int, int], None] | None = None,
) -> MoveResult:
    """Copy the office in db into the empty database at to_url, check it there, and record the move there."""
    actor.require(Permission.BACKUP)
    to_url = to_url.strip()
    if not to_url:
        raise ValidationError("Tulis database tujuan (--to).", "Tujuan")
    if not (to_url.startswith("sqlite") or to_url.startswith("postgresql")):
        raise ValidationError("Tujuan harus database SQLite (sqlite:///…) atau PostgreSQL (postgresql://…).", "Tujuan")
    if describe(to_url) == describe(db.url) or (
        db.path is not None and sqlite_path(to_url) is not None and sqlite_path(to_url).resolve() == db.path.resolve()  # type: ignore[union-attr]
    ):
        raise ValidationError("Database tujuan sama dengan database sumber.", "Tujuan")
    target = open_database(to_url, migrate=True)  # a new file or an empty server database gets the schema
    try:
        with table_copy.snapshot(db) as src, target.engine.connect() as dst:
            if target.is_sqlite:
                dst = dst.execution_options(sqlite_immediate=True)
            dst.begin()
            if target.is_postgresql:
                dst.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_WRITE_LOCK})
            held = table_copy.holds_data(dst)
            if held:
                raise MoveError(
                    "Database tujuan {to_url} sudah berisi data ({held}"
                    "{value}). Pindah hanya ke database kosong: buat database baru, "
                    "atau pilih database lain. Tidak ada yang diubah.",
                    to_url=describe(to_url),
                    held=", ".join(held[:4]),
                    value=", …" if len(held) > 4 else "",
                )
            if table_copy.revision(src) != table_copy.revision(dst):
                raise MoveError(
                    "Skema sumber ({src}) dan tujuan ({dst}) berbeda.",
                    src=table_copy.revision(src),
                    dst=table_copy.revision(dst),
                )
            table_copy.clear(dst)  # the seeded catalogue of a first start, if any
            copied = table_copy.copy_rows(src, dst, progress)
            table_copy.reset_sequences(dst)
            there = table_copy.row_counts(dst)
            here = table_copy.row_counts(src)
            wrong = [f"{t}: {here[t]} → {there.get(t)}" for t in here if there.get(t) != here[t]]
            if wrong:
                raise MoveError("Jumlah baris di tujuan tidak sama dengan sumber: {tables}", tables="; ".join(wrong))
            dst.commit()
        check = audit.verify(target)
        if not check.ok:
            raise MoveError(
                "Rantai jejak audit di tujuan tidak utuh (entri #{first_broken_id}: {reason}). "
                "Database tujuan jangan dipakai; database sumber tidak berubah.",
                first_broken_id=check.first_broken_id,
                reason=check.reason,
            )
        with target.write() as s:
            _record(s, actor, db.url, to_url, copied)
    finally:
        target.dispose()
    return MoveResult(
        describe(db.url),
        describe(to_url),
        _engine_name(db.url),
        _engine_name(to_url),
        copied.counts,
        copied.counts.get("attachments", 0),
        copied.bytes,
        check.checked,
        check.ok,
    )


def _record(session: Session, actor: Actor, from_url: str, to_url: str, copied: table_copy.CopyResult) -> None:
    audit.record(
        session,
        actor,
        AuditAction.DATABASE_MOVE,
        "database",
        _engine_name(to_url),
        {"from": describe(from_url), "to": describe(to_url), "rows": sum(copied.counts.values())},
    )
