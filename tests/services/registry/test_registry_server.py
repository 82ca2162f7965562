"""Issue 15 §10: the registry import on PostgreSQL stages as it reads (a TEMP table fed by one COPY) and writes in
one transaction on that connection — a kill leaves the registry as before, two imports at once stay apart."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import delete, event, func, insert, select
from sqlalchemy.exc import IntegrityError

from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry, Programme, RegistryImport, RegistryProgramme, RegistryRecord
from puskesos_desktop.excel import registry_pipe
from puskesos_desktop.excel.registry_rows import RegistryRow
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import registry_import, registry_server
from puskesos_desktop.services.registry.registry_import import import_registry
from tests.conftest import PG_URL
from tests.services.dx_data import dump, sample_module

pytestmark = pytest.mark.skipif(not PG_URL, reason="PostgreSQL only (PUSKESOS_TEST_PG)")

_CHILD = """
import os, signal, sys
from pathlib import Path
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.registry import registry_import, registry_server

url, path, at = sys.argv[1:4]
db = Database(url)
actor = users.get_user(db, "koordinator").actor()

def die(stage: str, _backend: int) -> None:
    if stage == at:
        os.kill(os.getpid(), signal.SIGKILL)  # no clean-up of any kind runs

registry_server.on_stage = die
registry_import.import_registry(db, actor, Path(path), allow_shrink=True)
"""


def _csv(tmp_path: Path, name: str, rows: int, seed: int) -> Path:
    return sample_module().generate(tmp_path / name, rows, seed=seed).path  # type: ignore[no-any-return]


def _imports(db: Database) -> tuple[int, int]:
    with db.read() as s:
        imports = len(s.execute(select(RegistryImport.id)).all())
        entries = len(s.execute(select(AuditEntry.id).where(AuditEntry.action == AuditAction.REGISTRY_IMPORT)).all())
    return imports, entries


@pytest.mark.parametrize("at", ["read", "write"])
def test_a_killed_import_leaves_the_registry_as_before(
    db: Database, coordinator: Actor, tmp_path: Path, at: str
) -> None:
    import_registry(db, coordinator, _csv(tmp_path, "DTKS_lama.csv", 300, 3))
    before, counted = dump(db), _imports(db)
    newer = _csv(tmp_path, "DTKS_baru.csv", 320, 9)
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, db.url, str(newer), at], capture_output=True, text=True, timeout=120,
        env=os.environ.copy(),
    )  # fmt: skip
    assert child.returncode == -9, child.stderr  # killed at that stage, as a power cut would
    assert dump(db) == before and _imports(db) == counted
    # Nothing is left holding the write lock or a stage: the next import goes through at once.
    done = import_registry(db, coordinator, newer, allow_shrink=True)
    assert done.imported + done.updated + done.unchanged == 320
    assert _imports(db) == (counted[0] + 1, counted[1] + 1)


def test_two_imports_at_once_stage_apart_and_both_go_in(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    files = [_csv(tmp_path, f"DTKS_{i}.csv", 250 + i * 40, 20 + i) for i in range(2)]
    results: list[registry_import.ImportResult] = []
    errors: list[BaseException] = []

    def run(path: Path) -> None:
        try:
            results.append(import_registry(db, coordinator, path, allow_shrink=True, partial=True))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(f,)) for f in files]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors and len(results) == 2
    # Each import saw its own rows only (TEMP tables are private to their connection).
    assert sorted(r.total_rows for r in results) == [250, 290]
    assert _imports(db) == (2, 2)
    # The file that went in last, again: nothing changes.
    last = next(f for f in files if f.name == results[-1].filename)
    again = import_registry(db, coordinator, last, allow_shrink=True, partial=True)
    assert again.imported + again.updated == 0


def test_the_server_stage_hashes_a_row_as_content_hash_does(db: Database) -> None:
    base = RegistryRow(
        2, "6201021205900001", "6201021203090001", "SITI AMINAH", "PANGKALAN BUN", dt.date(1990, 5, 12), "P",
        "JL. MERDEKA", "001", "002", "DTKS01", 3, "6201021001", frozenset({"PKH", "BPNT"}),
    )  # fmt: skip
    rows = [
        base,
        dataclasses.replace(base, row_number=3, nik="6201021205900002", birth_date=None, desil=None),
        dataclasses.replace(base, row_number=4, nik="6201021205900003", kk="", programmes=frozenset()),
        dataclasses.replace(base, row_number=5, nik="6201021205900004", programmes=frozenset({"BPNT", "PKH"})),
        dataclasses.replace(base, row_number=6),  # a repeat of row 2's NIK
    ]
    with db.engine.connect() as conn:
        stage = registry_server.ServerStage(conn)
        try:
            for row in rows:
                stage.add(row)
            assert stage.drop_repeats() == [(6, base.nik, 2)]
            assert stage.first_rows([base.nik, "6201021205900009"]) == {base.nik: 2}
            stored = [h for (h,) in conn.exec_driver_sql(f"SELECT row_hash FROM {registry_server.STAGE} ORDER BY seq")]
        finally:
            stage.close()
        assert conn.exec_driver_sql("SELECT to_regclass('pg_temp.registry_stage')").scalar() is None
    assert stored == [row.content_hash() for row in rows[:4]]
    assert len(set(stored)) == 4


def _registry(db: Database) -> list[tuple[object, ...]]:
    """The registry's content, without ids or times (which differ from one import to another)."""
    with db.read() as s:
        codes: dict[int, list[str]] = {}
        for record_id, code in s.execute(
            select(RegistryProgramme.record_id, Programme.code).join(
                Programme, Programme.id == RegistryProgramme.programme_id
            )
        ):
            codes.setdefault(record_id, []).append(code)
        return sorted(
            (r.nik, r.kk, r.name, r.birth_date, r.desil, r.active, r.row_hash, tuple(sorted(codes.get(r.id, ()))))
            for r in s.execute(select(RegistryRecord)).scalars()
        )


def test_a_big_csv_checked_by_child_processes_lands_as_checked_here(
    db: Database, coordinator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CSV pipe (excel/registry_pipe) feeds the server's stage too: the same registry either way."""
    path = _csv(tmp_path, "DTKS_besar.csv", 400, 31)
    monkeypatch.setattr(registry_pipe, "ENABLED", False)
    import_registry(db, coordinator, path)
    here = _registry(db)
    with db.write() as s:  # an empty registry again, so the piped import inserts every row
        s.execute(delete(RegistryProgramme))
        s.execute(delete(RegistryRecord))
    monkeypatch.setattr(registry_pipe, "ENABLED", True)
    monkeypatch.setattr(registry_pipe, "MIN_ROWS", 0)
    monkeypatch.setattr(registry_pipe, "FIRST_IN_PROCESS", 7)
    monkeypatch.setattr(registry_pipe, "BATCH", 25)
    monkeypatch.setattr(registry_pipe, "worth_it", lambda: True)
    piped = import_registry(db, coordinator, path)
    assert piped.imported == 400
    assert _registry(db) == here


def _keys(db: Database) -> list[tuple[str, str]]:
    """registry_programmes' foreign keys: their names and definitions."""
    with db.engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE conrelid = 'registry_programmes'::regclass AND contype = 'f'"
        ).all()
    return sorted((name, definition) for name, definition in found)


def _dropping(db: Database) -> list[str]:
    """Every ALTER TABLE … DROP CONSTRAINT this Database runs from now on."""
    seen: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "DROP CONSTRAINT" in statement:
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    return seen


def _emptied(db: Database) -> None:
    with db.write() as s:  # an empty registry again, so the next import inserts every row
        s.execute(delete(RegistryProgramme))
        s.execute(delete(RegistryRecord))


def test_a_big_write_checks_the_memberships_keys_once_and_keeps_them(
    db: Database, coordinator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _csv(tmp_path, "DTKS_desa.csv", 300, 41)
    keys = _keys(db)
    assert len(keys) == 2
    dropped = _dropping(db)
    monkeypatch.setattr(registry_server, "BULK_ROWS", 10**9)  # row by row, as a small import
    import_registry(db, coordinator, path)
    assert dropped == []
    checked_each = _registry(db)
    _emptied(db)
    monkeypatch.setattr(registry_server, "BULK_ROWS", 1)
    done = import_registry(db, coordinator, path)
    assert done.imported == 300 and len(dropped) == 2  # the keys checked once, at the end
    assert _registry(db) == checked_each
    assert _keys(db) == keys  # back, the same
    with pytest.raises(IntegrityError), db.write() as s:  # and enforced
        s.execute(insert(RegistryProgramme).values(record_id=10**8, programme_id=1))


def test_a_big_write_that_cannot_have_the_registry_soon_checks_row_by_row(
    db: Database, coordinator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another PC reading the registry in a long transaction: the import does not wait for it (nor keep every desk
    waiting behind it); it writes the memberships the ordinary way."""
    path = _csv(tmp_path, "DTKS_desa.csv", 200, 43)
    keys = _keys(db)
    monkeypatch.setattr(registry_server, "BULK_ROWS", 1)
    monkeypatch.setattr(registry_server, "BULK_LOCK_WAIT_S", 0.2)
    results: list[registry_import.ImportResult] = []
    with db.engine.connect() as reader:
        reader.exec_driver_sql("SELECT count(*) FROM programmes").all()  # its transaction stays open
        thread = threading.Thread(target=lambda: results.append(import_registry(db, coordinator, path)))
        thread.start()
        thread.join(60)
        still_waiting = thread.is_alive()
        reader.rollback()
    thread.join(60)
    assert not still_waiting
    assert results[0].imported == 200
    assert _keys(db) == keys
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(RegistryProgramme)).scalar()


def test_the_stage_is_analysed_on_the_columns_the_writes_join(db: Database) -> None:
    row = RegistryRow(
        2, "6201021205900001", "6201021203090001", "SITI AMINAH", "PANGKALAN BUN", dt.date(1990, 5, 12), "P",
        "JL. MERDEKA", "001", "002", "DTKS01", 3, "6201021001", frozenset({"PKH"}),
    )  # fmt: skip
    with db.engine.connect() as conn:
        stage = registry_server.ServerStage(conn)
        try:
            for i in range(50):
                stage.add(dataclasses.replace(row, row_number=i + 2, nik=f"62010212059{i:05d}"))
            stage.finish()
            analysed = {
                name
                for (name,) in conn.exec_driver_sql(
                    "SELECT attname FROM pg_stats "
                    "WHERE starts_with(schemaname, 'pg_temp') AND tablename = 'registry_stage'"
                )
            }
            tuples = conn.exec_driver_sql(
                "SELECT reltuples FROM pg_class WHERE oid = 'pg_temp.registry_stage'::regclass"
            )
            counted = tuples.scalar()
        finally:
            stage.close()
    # The planner's row count is taken, and statistics only where a statement of the import joins or filters.
    assert counted == 50
    assert "nik" in analysed and "seq" in analysed
    assert "name" not in analysed and "address" not in analysed
