from __future__ import annotations

import contextlib
import datetime as dt
import io
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import msoffcrypto
import openpyxl
import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from puskesos_desktop.core import clock
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import PermissionDenied, ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Holiday
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents

# In the PostgreSQL subset (make test-postgres).
pytestmark = pytest.mark.pg


def _fill(db: Database, coordinator: Actor, front: Actor) -> None:
    clock.set_clock(lambda: dt.datetime(2030, 1, 2, 8, 0))
    residents.create_resident(
        db, front, residents.ResidentInput(name='=HYPERLINK("x")', sex="P", no_nik_reason="belum")
    )
    clock.set_clock(lambda: dt.datetime(2030, 1, 5, 10, 0))
    users.update_user(db, coordinator, "bo", full_name="Budi S.")
    clock.set_clock(None)


def _raw(db: Database) -> sqlite3.Connection:
    assert db.path is not None
    return sqlite3.connect(str(db.path))


# Edits the SQLite file behind the program's back.
@pytest.mark.sqlite_only
def test_chain_detects_edit_delete_and_reorder(db: Database, coordinator: Actor, front: Actor) -> None:
    _fill(db, coordinator, front)
    assert audit.verify(db).ok
    conn = _raw(db)
    ids = [r[0] for r in conn.execute("SELECT id FROM audit_entries ORDER BY id")]
    target = ids[3]
    conn.execute("UPDATE audit_entries SET details = '{\"x\": 1}' WHERE id = ?", (target,))
    conn.commit()
    broken = audit.verify(db)
    assert (broken.ok, broken.first_broken_id, broken.checked) == (False, target, 3)
    assert "diubah" in broken.reason
    conn.execute("DELETE FROM audit_entries WHERE id = ?", (target,))
    conn.commit()
    broken = audit.verify(db)
    assert broken.first_broken_id == ids[4] and "terputus" in broken.reason
    # Reordering: swap the contents of two entries (ids stay in order).
    a, b = ids[5], ids[6]
    cols = "at, actor, action, entity, entity_id, details, prev_hash, hash"
    ra = conn.execute(f"SELECT {cols} FROM audit_entries WHERE id = ?", (a,)).fetchone()
    rb = conn.execute(f"SELECT {cols} FROM audit_entries WHERE id = ?", (b,)).fetchone()
    sets = ", ".join(f"{c.strip()} = ?" for c in cols.split(","))
    conn.execute(f"UPDATE audit_entries SET {sets} WHERE id = ?", (*rb, a))
    conn.execute(f"UPDATE audit_entries SET {sets} WHERE id = ?", (*ra, b))
    conn.commit()
    conn.close()
    assert not audit.verify(db).ok


def test_latest_hash_is_findable(db: Database) -> None:
    h = audit.latest_hash(db)
    assert audit.find_hash(db, h.upper()) is not None
    assert audit.find_hash(db, "0" * 64) is None


def test_viewer_filters_and_permission(db: Database, coordinator: Actor, front: Actor, head: Actor) -> None:
    _fill(db, coordinator, front)
    everything = audit.query(db, coordinator)
    assert everything[0].id > everything[-1].id  # newest first
    assert [r.action for r in audit.query(db, coordinator, audit.AuditFilter(actor="fo"))] == ["resident.create"]
    accounts = audit.query(db, coordinator, audit.AuditFilter(action="user."))
    assert {r.action for r in accounts} == {"user.create", "user.update"}
    assert [r.summary for r in accounts if r.action == "user.update"] == ["full_name: Budi Santoso → Budi S."]
    day = audit.query(db, coordinator, audit.AuditFilter(date_from=dt.date(2030, 1, 3), date_to=dt.date(2030, 1, 5)))
    assert [r.action for r in day] == ["user.update"]
    assert audit.query(db, coordinator, audit.AuditFilter(text="HYPERLINK"))[0].action == "resident.create"
    assert audit.query(db, coordinator, audit.AuditFilter(text="%")) == []  # LIKE wildcards are plain text
    actors, actions = audit.choices(db, coordinator)
    assert "fo" in actors and "user.update" in actions
    for actor in (front, head):
        with pytest.raises(PermissionDenied):
            audit.query(db, actor)


def test_export_xlsx_csv_and_password(db: Database, coordinator: Actor, front: Actor, tmp_path: Path) -> None:
    _fill(db, coordinator, front)
    n = len(audit.query(db, coordinator))
    result = audit.export(db, coordinator, None, tmp_path / "jejak.xlsx")
    assert result.count == n
    ws = openpyxl.load_workbook(tmp_path / "jejak.xlsx").active
    assert ws is not None
    cells = [c for row in ws.iter_rows() for c in row]
    assert any(isinstance(c.value, str) and 'name: =HYPERLINK("x")' in c.value for c in cells)
    assert not [c for c in cells if c.data_type == "f"]  # text never became a formula
    assert ws.cell(1, 1).value == "No"
    # The export itself is an entry, with its count.
    last = audit.query(db, coordinator, audit.AuditFilter(action="audit.export"))[0]
    assert last.details["count"] == n and last.details["encrypted"] is False

    audit.export(db, coordinator, None, tmp_path / "rahasia.xlsx", password="Sandi-ekspor-1")
    office_file = msoffcrypto.OfficeFile(open(tmp_path / "rahasia.xlsx", "rb"))  # noqa: SIM115
    assert office_file.is_encrypted()
    office_file.load_key(password="Sandi-ekspor-1")
    plain = io.BytesIO()
    office_file.decrypt(plain)
    assert openpyxl.load_workbook(plain).active.cell(1, 2).value == "Waktu"  # type: ignore[union-attr]

    audit.export(db, coordinator, audit.AuditFilter(actor="fo"), tmp_path / "jejak.csv")
    text = (tmp_path / "jejak.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("No,Waktu,Pengguna")
    assert len(text.strip().splitlines()) == 2
    with pytest.raises(ValidationError):
        audit.export(db, coordinator, None, tmp_path / "x.csv", password="Sandi-ekspor-1")
    with pytest.raises(ValidationError):
        audit.export(db, coordinator, None, tmp_path / "x.pdf")
    with pytest.raises(PermissionDenied):
        audit.export(db, front, None, tmp_path / "y.xlsx")
    assert audit.verify(db).ok


def test_csv_cells_never_become_formulas() -> None:
    assert audit._csv_cell("=1+1") == "'=1+1"
    assert audit._csv_cell("@SUM(A1)") == "'@SUM(A1)"
    assert audit._csv_cell("Budi") == "Budi"


@contextlib.contextmanager
def _head_reads() -> Iterator[list[str]]:
    """The statements that read the chain's head while the block runs."""
    seen: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        flat = " ".join(statement.split())
        # On a server the write's first flight reads the head with the lock (db/engine.py: _PG_PRELUDE).
        if "FROM audit_entries ORDER BY audit_entries.id DESC" in flat or "FROM audit_entries ORDER BY id DESC" in flat:
            seen.append(statement)

    event.listen(Engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", note)


def test_entries_of_one_transaction_chain_with_one_head_read(db: Database, front: Actor) -> None:
    """Issue 21 §5: the head is read once a transaction; a savepoint rolled back takes its entry's headship along."""
    before = audit.head(db)
    with _head_reads() as reads, db.write() as s:
        audit.record(s, front, AuditAction.LOGIN, "user", 1)
        audit.record(s, front, AuditAction.LOGIN, "user", 2)
        with s.begin_nested() as nested:
            audit.record(s, front, AuditAction.LOGIN, "user", 3)
            nested.rollback()
        audit.record(s, front, AuditAction.LOGIN, "user", 4)
    assert len(reads) == 2  # the transaction's first entry, and the first after the savepoint's end
    assert audit.head(db)[0] == before[0] + 3
    assert audit.verify(db).ok


def test_head_outlives_the_flushes_between_entries(db: Database, front: Actor) -> None:
    """Each flush opens and ends an inner transaction of its own: that end is not the transaction's (issue 21 §5:
    a complaint's entries were separated by the rows of its history, and each read the head again)."""
    before = audit.head(db)
    with _head_reads() as reads, db.write() as s:
        audit.record(s, front, AuditAction.LOGIN, "user", 1)
        s.add(Holiday(day=dt.date(2031, 1, 1), name="Tahun Baru"))
        s.flush()
        audit.record(s, front, AuditAction.LOGIN, "user", 2)
    assert len(reads) == 1
    assert audit.head(db)[0] == before[0] + 2
    assert audit.verify(db).ok
