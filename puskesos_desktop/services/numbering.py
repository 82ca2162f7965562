"""Document numbers: <PREFIX>/<village code, 10 digits>/<YYYY>/<MM>/<serial>, sequential per month, never reused.

Every number handed out is also written, before its transaction commits, to a small journal beside the database
(``<database>.nomor``, one line per numbered transaction: ``PREFIX YEAR MONTH SERIAL``). A restore carries every
series' highest value forward from the database it replaces and from this journal, so that a number printed on a
receipt is never given to another record, even when the database it was recorded in cannot be read any more.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from enum import StrEnum
from pathlib import Path
from typing import cast

from sqlalchemy import Table, bindparam, event, insert, select, update
from sqlalchemy.orm import Session, SessionTransaction

from puskesos_desktop.core.files import atomic_write_bytes
from puskesos_desktop.db.models import NumberSeries, OfficeProfile

JOURNAL_SUFFIX = ".nomor"
JOURNAL_COMPACT_BYTES = 64 * 1024  # rewritten as one line per series beyond this
_TAKEN = "numbers_taken"
# The village code read by this transaction's first number (a complaint and its proposal take two): forgotten when
# the transaction ends, and whenever the office profile is flushed, so a change to it is always seen.
_VILLAGE_CODE = "numbering_village_code"

SeriesKey = tuple[str, int, int]


class Prefix(StrEnum):
    RESI = "RESI"  # receipt (surat resi keluhan)
    RJK = "RJK"  # referral (kartu rujukan)
    USL = "USL"  # DTKS proposal (usulan)
    REK = "REK"  # recommendation letter to Dukcapil
    SKT = "SKT"  # registry certificate
    BA = "BA"  # minutes of a village deliberation (berita acara Musyawarah Desa)
    LAP = "LAP"  # the monthly activity report (laporan kegiatan), one number per report month


def format_number(prefix: str, village_code: str, when: dt.date | dt.datetime, serial: int) -> str:
    return f"{prefix}/{village_code}/{when.year:04d}/{when.month:02d}/{serial:04d}"


def next_number(session: Session, prefix: Prefix | str, when: dt.date | dt.datetime) -> str:
    """Take the next serial inside the caller's transaction. A number taken is never given again,
    even when the record it was for is later cancelled."""
    code = session.info.get(_VILLAGE_CODE)
    if code is None:
        code = session.execute(select(OfficeProfile.village_code).where(OfficeProfile.id == 1)).scalar()
        session.info[_VILLAGE_CODE] = code
    if code is None:
        from puskesos_desktop.core.errors import PuskesosError

        raise PuskesosError("Profil kantor belum diisi: kode desa diperlukan untuk penomoran dokumen.")
    key = (str(prefix), when.year, when.month)
    serial = _take_serial(session, key)
    taken: dict[SeriesKey, int] = session.info.setdefault(_TAKEN, {})
    taken[key] = serial
    return format_number(str(prefix), code, when, serial)


_SERIES = cast(Table, NumberSeries.__table__)
_RETURNING = sqlite3.sqlite_version_info >= (3, 35, 0)  # PostgreSQL always has it; the servers' path needs no check
# Built once (a registration takes one or two numbers while the resident waits; building it cost more than running it).
_RAISE = (
    update(_SERIES)
    .where(
        (_SERIES.c.prefix == bindparam("series_prefix"))
        & (_SERIES.c.year == bindparam("series_year"))
        & (_SERIES.c.month == bindparam("series_month"))
    )
    .values(last_serial=_SERIES.c.last_serial + 1)
    .returning(_SERIES.c.last_serial)
)


def _take_serial(session: Session, key: SeriesKey) -> int:
    """The series' next serial, raised in the database at once (the caller's transaction holds the write lock)."""
    if not _RETURNING or session.identity_map.get(session.identity_key(NumberSeries, key)) is not None:
        # Loaded as an object in this transaction (a restore's carry_forward): raise it through the ORM, so the
        # object and the row cannot disagree. Also the way on a SQLite older than RETURNING.
        series = session.get(NumberSeries, key)
        if series is None:  # a new month (only on the old-SQLite way: the identity map held none)
            prefix, year, month = key
            series = NumberSeries(prefix=prefix, year=year, month=month, last_serial=0)
            session.add(series)
        series.last_serial += 1
        session.flush()
        return series.last_serial
    # One statement, no unit of work: UPDATE … RETURNING (SQLite 3.35+, PostgreSQL), an INSERT for a new month.
    prefix, year, month = key
    conn = session.connection()
    raised = conn.execute(_RAISE, {"series_prefix": prefix, "series_year": year, "series_month": month}).scalar()
    if raised is not None:
        return int(raised)
    conn.execute(insert(_SERIES).values(prefix=prefix, year=year, month=month, last_serial=1))
    return 1


# --- the journal beside the database ----------------------------------------------------------------------------


def journal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + JOURNAL_SUFFIX)


def read_journal(db_path: Path) -> dict[SeriesKey, int]:
    """The highest serial the journal records per series (a damaged line is skipped)."""
    highest: dict[SeriesKey, int] = {}
    try:
        text = journal_path(db_path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return highest
    for line in text.splitlines():
        parts = line.split()
        if len(parts) != 4:
            continue
        try:
            key = (parts[0], int(parts[1]), int(parts[2]))
            serial = int(parts[3])
        except ValueError:
            continue
        highest[key] = max(highest.get(key, 0), serial)
    return highest


def write_journal(db_path: Path, taken: dict[SeriesKey, int]) -> None:
    """Append the serials just taken (under the database's write lock, so writers never interleave)."""
    if not taken:
        return
    path = journal_path(db_path)
    lines = "".join(f"{p} {y} {m} {n}\n" for (p, y, m), n in sorted(taken.items()))
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0), 0o600)
    try:
        os.write(fd, lines.encode("ascii"))
        size = os.fstat(fd).st_size
    finally:
        os.close(fd)
    if size > JOURNAL_COMPACT_BYTES:
        merged = read_journal(db_path)
        atomic_write_bytes(path, "".join(f"{p} {y} {m} {n}\n" for (p, y, m), n in sorted(merged.items())).encode())


def carry_forward(session: Session, highest: dict[SeriesKey, int]) -> int:
    """Raise every series to at least the given serials (a restore). Returns how many series it raised."""
    raised = 0
    for (prefix, year, month), serial in highest.items():
        series = session.get(NumberSeries, (prefix, year, month))
        if series is None:
            session.add(NumberSeries(prefix=prefix, year=year, month=month, last_serial=serial))
            raised += 1
        elif series.last_serial < serial:
            series.last_serial = serial
            raised += 1
    session.flush()
    return raised


@event.listens_for(Session, "before_commit")
def _journal_numbers(session: Session) -> None:
    # Before the commit: the journal may run ahead of the database (a number skipped), never behind it.
    taken = session.info.pop(_TAKEN, None)
    db_path = session.info.get("db_path")
    if not taken or db_path is None:
        return
    try:
        write_journal(Path(db_path), taken)
    except OSError:
        pass  # the database itself still holds the number; the journal is the second record


@event.listens_for(Session, "after_rollback")
def _forget_numbers(session: Session) -> None:
    session.info.pop(_TAKEN, None)


@event.listens_for(Session, "after_transaction_end")
def _forget_village_code(session: Session, transaction: SessionTransaction) -> None:
    if transaction.nested or transaction.parent is None:  # not the inner transaction of each flush
        session.info.pop(_VILLAGE_CODE, None)


@event.listens_for(Session, "after_flush")
def _profile_flushed(session: Session, context: object) -> None:
    if any(isinstance(o, OfficeProfile) for o in (*session.dirty, *session.new)):
        session.info.pop(_VILLAGE_CODE, None)
