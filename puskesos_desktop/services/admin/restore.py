"""Restoring a backup: check first, keep the current database aside, then swap.

Restore checks the file (decrypts it into a private working copy beside the database, ``PRAGMA integrity_check``,
a schema revision this program knows and that is not newer than its own), migrates the copy to the current schema,
carries every document-number series forward (from the database it replaces when that can be read, and from the
number journal beside it either way: a number handed out is never handed out again) and records the restore in
its audit trail — all before the current file is touched. Then, holding the database alone (db/claim.py: refused,
naming what to close, while any program has it open), it moves the current file aside as bytes — it never needs
to open as a database, so a damaged one is restored like any other — and puts the copy in its place. Restoring
the file set aside undoes the restore.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from puskesos_desktop.config import backups_dir_for, sqlite_path, sqlite_url, working_place
from puskesos_desktop.core import clock
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.files import atomic_path, fsync_dir
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db import claim, tempfiles
from puskesos_desktop.db.engine import PG_WRITE_LOCK, Database, connect_read_only, pg_identity, release_connections
from puskesos_desktop.db.models import User
from puskesos_desktop.db.schema_files import migrations_dir
from puskesos_desktop.services import audit, numbering
from puskesos_desktop.services.admin import table_copy
from puskesos_desktop.services.admin.backup import (
    SQLITE_MAGIC,
    SUFFIX,
    BackupError,
    decrypt_file,
    is_encrypted,
    server_key,
)
from puskesos_desktop.services.context import Actor


@dataclass(frozen=True)
class BackupInfo:
    revision: str
    head: str
    village: str
    counts: dict[str, int]
    last_entry_at: dt.datetime | None
    encrypted: bool

    @property
    def needs_migration(self) -> bool:
        return self.revision != self.head


@dataclass
class PreparedRestore:
    """A checked copy of the backup beside the database, waiting for the go-ahead (apply_restore or discard).
    For a server database, target is only where working files go (this PC's data folder) and url names it."""

    source: Path
    target: Path
    tmp: Path
    info: BackupInfo
    url: str = ""


@dataclass(frozen=True)
class RestoreResult:
    target: Path | str  # the file, or the server database in words (host:port/database)
    aside: Path | None
    revision_before: str
    revision_after: str
    info: BackupInfo


_COUNTED = {"warga": "residents", "keluhan": "complaints", "rujukan": "referrals", "akun": "users"}


def _script() -> ScriptDirectory:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return ScriptDirectory.from_config(cfg)


def _check_copy(path: Path, encrypted: bool) -> BackupInfo:
    with open(path, "rb") as fh:
        if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise BackupError("Berkas ini bukan cadangan database Puskesos (bukan berkas SQLite).")
    try:
        return _read_copy(path, encrypted)
    except (sqlite3.DatabaseError, UnicodeDecodeError, ValueError) as exc:
        raise BackupError("Berkas cadangan rusak: {exc}.", exc=str(exc).splitlines()[0][:120]) from None


def _read_copy(path: Path, encrypted: bool) -> BackupInfo:
    conn = sqlite3.connect(str(path))
    try:
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlite3.DatabaseError as exc:
            raise BackupError("Berkas cadangan rusak: {exc}.", exc=exc) from None
        if rows != ["ok"]:
            raise BackupError("Berkas cadangan rusak (PRAGMA integrity_check): {rows}", rows="; ".join(rows[:3]))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"alembic_version", "office_profile", "audit_entries", "users"} <= tables:
            raise BackupError("Berkas ini database SQLite, tetapi bukan database Puskesos.")
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        counts = {
            label: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608 - fixed names
            for label, table in _COUNTED.items()
            if table in tables
        }
        village = conn.execute("SELECT village_name FROM office_profile WHERE id = 1").fetchone()
        last = conn.execute("SELECT max(at) FROM audit_entries").fetchone()[0]
    finally:
        conn.close()
    if revision is None:
        raise BackupError("Berkas cadangan tidak mencatat versi skemanya.")
    script = _script()
    head = script.get_current_head() or ""
    known = {rev.revision for rev in script.walk_revisions()}
    if revision[0] not in known:
        raise BackupError(
            "Cadangan ini dibuat oleh versi program yang lebih baru (skema {revision}). "
            "Perbarui Puskesos Desktop dahulu, lalu pulihkan.",
            revision=revision[0],
        )
    last_at = dt.datetime.fromisoformat(str(last)) if last else None
    return BackupInfo(str(revision[0]), head, str(village[0]) if village else "", counts, last_at, encrypted)


def prepare_restore(db_path: Path | str, file: Path | str, password: str | None = None) -> PreparedRestore:
    """Copy (or decrypt) the backup into a private working copy beside the database and check it. Nothing of the
    office changes yet."""
    source = Path(file).expanduser()
    target = Path(db_path)
    if not source.is_file():
        raise BackupError("Berkas cadangan {source} tidak ditemukan.", source=source)
    if target.exists() and source.resolve() == target.resolve():
        raise BackupError("Berkas cadangan adalah database yang sedang dipakai.")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = tempfiles.private_temp(target, "pulih", SUFFIX)
    try:
        encrypted = is_encrypted(source)
        if encrypted:
            if not password:
                raise ValidationError("Berkas cadangan ini terenkripsi: berikan kata sandinya.", "Kata sandi")
            decrypt_file(source, tmp, password)
        else:
            shutil.copyfile(source, tmp)
            wal = Path(str(source) + "-wal")
            if wal.is_file() and wal.stat().st_size > 0:  # a set-aside database keeps its WAL beside it
                shutil.copyfile(wal, Path(str(tmp) + "-wal"))
        info = _check_copy(tmp, encrypted)
    except BaseException:
        tempfiles.remove(tmp)
        raise
    return PreparedRestore(source, target, tmp, info)


def discard(prepared: PreparedRestore) -> None:
    tempfiles.remove(prepared.tmp)


def _fold_wal(path: Path) -> None:
    """Checkpoint the WAL into the file and leave a single self-contained file (best effort: a damaged file is
    left as it is, and moved aside as bytes with its WAL)."""
    try:
        conn = sqlite3.connect(str(path), timeout=10)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
    except Exception:  # noqa: BLE001 - damaged in any way: the bytes go aside untouched
        pass


def _aside_path(target: Path, now: dt.datetime) -> Path:
    aside = target.with_name(f"{target.stem}.sebelum-pulih-{now:%Y%m%d-%H%M%S}{target.suffix}")
    n = 1
    while aside.exists():
        n += 1
        aside = target.with_name(f"{target.stem}.sebelum-pulih-{now:%Y%m%d-%H%M%S}-{n}{target.suffix}")
    return aside


def _move_aside(target: Path, aside: Path) -> None:
    """Give the current database a second name, as bytes (a hard link, or a copy where there are none), with its
    WAL or rollback journal beside it: whatever state it is in, it is kept whole."""
    _fold_wal(target)
    try:
        os.link(target, aside)
    except OSError:
        with atomic_path(aside) as tmp:
            shutil.copyfile(target, tmp)
    for side in ("-wal", "-journal"):
        src = Path(str(target) + side)
        if src.exists():
            if src.stat().st_size > 0:
                os.replace(src, Path(str(aside) + side))
            else:
                src.unlink()
    # A WAL index of the old file must never be used with the restored one.
    Path(str(target) + "-shm").unlink(missing_ok=True)


def _series_of(path: Path) -> dict[numbering.SeriesKey, int]:
    """The number series of the database being replaced; empty when it cannot be read (damaged, missing)."""
    if not path.exists():
        return {}
    try:
        conn = connect_read_only(path)
        try:
            return {
                (str(p), int(y), int(m)): int(n)
                for p, y, m, n in conn.execute("SELECT prefix, year, month, last_serial FROM number_series")
            }
        finally:
            conn.close()
    except Exception:  # noqa: BLE001 - any damage: the journal beside it still knows
        return {}


def _trail_of(path: Path) -> dict[str, object] | None:
    """The audit trail being replaced: its number of entries and head hash (None when it cannot be read). Kept in
    the restore's entry, so `audit verify` can explain why batches made after the backup no longer connect."""
    if not path.exists():
        return None
    try:
        conn = connect_read_only(path)
        try:
            row = conn.execute("SELECT id, hash FROM audit_entries ORDER BY id DESC LIMIT 1").fetchone()
        finally:
            conn.close()
    except Exception:  # noqa: BLE001 - any damage: the restore goes on without it
        return None
    return {"entries": int(row[0]), "head": str(row[1])} if row else {"entries": 0, "head": ""}


def check_not_in_use(db_path: Path | str) -> None:
    """Refuse at once, naming what to close, while any other program has the database open."""
    with claim.exclusive(Path(db_path)):
        pass


def _record_restore(
    s: Session,
    actor: Actor,
    prepared: PreparedRestore,
    after: str,
    aside: Path | None,
    carried: int,
    replaced: dict[str, object] | None,
    **extra: str,
) -> None:
    """The restore's audit entry, written into the restored data (the first entry of its new chapter)."""
    # The acting account may not exist in the backup: then the entry names it without a link.
    known = actor.user_id is None or s.get(User, actor.user_id) is not None
    info = prepared.info
    audit.record(
        s,
        actor if known else replace(actor, user_id=None),
        AuditAction.BACKUP_RESTORE,
        "backup",
        prepared.source.name,
        {
            "file": str(prepared.source),
            "encrypted": info.encrypted,
            "revision": [info.revision, after],
            "counts": info.counts,
            "previous_database": str(aside) if aside else "",
            "number_series_carried": carried,
            "replaced_trail": replaced,
            **extra,
        },
    )


def apply_restore(prepared: PreparedRestore, actor: Actor) -> RestoreResult:
    """With the database held alone: migrate the checked copy, carry the numbers forward, record the restore in
    it, move the current database aside and put the copy in."""
    actor.require(Permission.BACKUP)
    if prepared.url:
        return _apply_to_server(prepared, actor)
    info = prepared.info
    target = prepared.target
    with claim.exclusive(target):
        highest = numbering.read_journal(target)
        for key, serial in _series_of(target).items():
            highest[key] = max(highest.get(key, 0), serial)
        replaced = _trail_of(target)
        tmp_db = Database(sqlite_url(prepared.tmp), claim_file=False)
        try:
            if info.needs_migration:
                try:
                    command.upgrade(tmp_db.alembic_config(), "head")
                except CommandError as exc:
                    raise BackupError("Cadangan tidak dapat dimutakhirkan ke skema terbaru: {exc}", exc=exc) from None
            after = tmp_db.current_revision() or ""
            aside = _aside_path(target, clock.now()) if target.exists() else None
            with tmp_db.write() as s:
                carried = numbering.carry_forward(s, highest)
                _record_restore(s, actor, prepared, after, aside, carried, replaced)
        finally:
            tmp_db.dispose()
        _fold_wal(prepared.tmp)
        with open(prepared.tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        release_connections(target)
        if aside is not None:
            _move_aside(target, aside)
        os.replace(prepared.tmp, target)
        fsync_dir(target.parent)
    return RestoreResult(target, aside, info.revision, after, info)


def prepare(db_url: str, file: Path | str, password: str | None = None) -> PreparedRestore:
    """prepare_restore for any engine."""
    prepared = prepare_restore(working_place(db_url), file, password)
    if sqlite_path(db_url) is None:
        prepared.url = db_url
    return prepared


def restore(db_url: str, file: Path | str, actor: Actor, password: str | None = None) -> RestoreResult:
    """Check and restore in one go (the command line asks for confirmation between the two halves)."""
    actor.require(Permission.BACKUP)
    prepared = prepare(db_url, file, password)
    try:
        return apply_restore(prepared, actor)
    finally:
        discard(prepared)


# --- a server database ------------------------------------------------------------------------------------------


def others_connected(conn: Connection) -> list[str]:
    """Every other connection to conn's database, in words; this process's own connections are left out."""
    mine = pg_identity()
    rows = conn.execute(
        text(
            "SELECT pid, coalesce(application_name, ''), coalesce(host(client_addr), ''), backend_start "
            "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND backend_type = 'client backend'"
        )
    ).all()
    out = []
    for pid, name, addr, since in rows:
        if str(name).startswith(mine):
            continue
        who = str(name) or "program lain"
        if who.startswith("puskesos ") and ":" in who:  # "puskesos <pid>@<PC>: <program>" (db/engine.py)
            ident, label = who[len("puskesos ") :].split(":", 1)
            who = f"{label.strip() or 'program Puskesos'} di PC {ident.partition('@')[2] or '?'}"
        where = f" dari {addr}" if addr else ""
        when = f", sejak {since:%H:%M}" if since else ""
        out.append(f"{who}{where} (proses server {pid}{when})")
    return out


def _refuse_if_shared(conn: Connection, where: str) -> None:
    others = others_connected(conn)
    if others:
        raise claim.DatabaseInUse(
            "Database {where} sedang dibuka oleh: {others}. Tutup program Puskesos di PC lain "
            "dahulu, lalu ulangi pemulihan.",
            where=where,
            others="; ".join(others),
        )


def _series_in(conn: Connection) -> dict[numbering.SeriesKey, int]:
    return {
        (str(p), int(y), int(m)): int(n)
        for p, y, m, n in conn.execute(text("SELECT prefix, year, month, last_serial FROM number_series"))
    }


def _trail_in(conn: Connection) -> dict[str, object]:
    row = conn.execute(text("SELECT id, hash FROM audit_entries ORDER BY id DESC LIMIT 1")).first()
    return {"entries": int(row[0]), "head": str(row[1])} if row else {"entries": 0, "head": ""}


def _apply_to_server(prepared: PreparedRestore, actor: Actor) -> RestoreResult:
    from puskesos_desktop.db.engine import open_database

    info = prepared.info
    where = server_key(prepared.url)
    tmp_db = Database(sqlite_url(prepared.tmp), claim_file=False)
    aside: Path | None = None
    aside_tmp: Path | None = None
    try:
        if info.needs_migration:
            try:
                command.upgrade(tmp_db.alembic_config(), "head")
            except CommandError as exc:
                raise BackupError("Cadangan tidak dapat dimutakhirkan ke skema terbaru: {exc}", exc=exc) from None
        after = tmp_db.current_revision() or ""
        server = open_database(prepared.url, migrate=True)  # an empty server database gets its schema first
        try:
            with server.engine.connect() as conn:
                conn.begin()
                conn.execute(text("SET LOCAL lock_timeout = '15s'"))
                _refuse_if_shared(conn, where)
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_WRITE_LOCK})
                _refuse_if_shared(conn, where)  # anyone who connected meanwhile
                if table_copy.revision(conn) != after:
                    raise BackupError(
                        "Skema database server ({conn}) berbeda dari cadangan ({after}). "
                        "Mutakhirkan program di PC ini dahulu.",
                        conn=table_copy.revision(conn),
                        after=after,
                    )
                highest = _series_in(conn)
                replaced = _trail_in(conn)
                if any(table_copy.row_counts(conn).values()):
                    # The current data first, as a file this PC keeps: restoring it undoes this restore.
                    folder = backups_dir_for(prepared.target)
                    folder.mkdir(parents=True, exist_ok=True)
                    aside = _aside_path(folder / prepared.target.name, clock.now())
                    aside_tmp = tempfiles.private_temp(prepared.target, "sebelum-pulih", SUFFIX)
                    table_copy.copy_into_sqlite(conn, aside_tmp)
                table_copy.clear(conn)
                with tmp_db.engine.connect() as src:
                    src.begin()
                    table_copy.copy_rows(src, conn)
                    src.rollback()
                table_copy.reset_sequences(conn)
                session = Session(bind=conn)
                try:
                    carried = numbering.carry_forward(session, highest)
                    _record_restore(session, actor, prepared, after, aside, carried, replaced, server=where)
                    session.flush()
                finally:
                    session.close()
                if aside is not None and aside_tmp is not None:
                    os.replace(aside_tmp, aside)  # kept before the commit: the data replaced is never lost
                    aside_tmp = None
                conn.commit()
        except BaseException:
            if aside is not None and aside.exists():
                aside.unlink()  # nothing was replaced: no "previous data" file to mislead anyone
            raise
        finally:
            server.dispose()
    finally:
        tmp_db.dispose()
        if aside_tmp is not None:
            tempfiles.remove(aside_tmp)
    return RestoreResult(where, aside, info.revision, after, info)
