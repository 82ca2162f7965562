"""Issue 14 §3: an audit trail that cannot be trimmed or rewritten undetected (before its last outside copy).

Every tampering case — an edit of any stored field, a deletion in the middle, a deleted tail of 30 or 60 entries,
a rewrite with the chain recomputed, a changed user_id — is found by `audit.verify` (the chain and its anchors) or
by `check_batches` over the batches that left the office.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import delete, select, update

from puskesos_desktop.core import clock
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditAnchor, AuditEntry, ExportBatch
from puskesos_desktop.excel.batch_chain import SHEET_CHAIN, read_chain
from puskesos_desktop.services import audit, audit_batches
from puskesos_desktop.services.admin import backup
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.exchange import batch as exchange

NOV = dt.datetime(2026, 11, 23, 9, 30)
DEC = dt.datetime(2026, 12, 21, 9, 30)


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "FLASHDISK"
    folder.mkdir()
    return folder


def _work(db: Database, actor: Actor, n: int) -> None:
    for i in range(n):
        audit.log(db, actor, "resident.update", "resident", i, phone=["0812", f"0813{i}"])


def _export(db: Database, actor: Actor, stick: Path, when: dt.datetime, password: str | None = None) -> Path:
    clock.set_clock(lambda: when)
    result = exchange.export_month(db, actor, f"{when:%Y-%m}", stick, password)
    return result.path


def _office_with_a_batch(db: Database, coordinator: Actor, stick: Path, before: int = 90, after: int = 20) -> Path:
    """`before` entries, the November batch, then `after` entries that have not left the office."""
    _work(db, coordinator, before)
    path = _export(db, coordinator, stick, NOV)
    _work(db, coordinator, after)
    return path


def _recompute_from(db: Database, first: int) -> None:
    """What an attacker who knows the format does after changing the trail: re-link and re-hash every later entry."""
    with db.write() as s:
        prev = s.execute(select(AuditEntry.hash).where(AuditEntry.id == first - 1)).scalar() or audit.GENESIS
        for e in s.execute(select(AuditEntry).where(AuditEntry.id >= first).order_by(AuditEntry.id)).scalars():
            e.prev_hash = prev
            e.hash = audit.entry_digest(e)
            prev = e.hash


def _raw(db: Database) -> sqlite3.Connection:
    assert db.path is not None
    return sqlite3.connect(str(db.path))


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("user_id", 2),
        ("actor", "penyusup"),
        ("action", "resident.create"),
        ("entity", "complaint"),
        ("entity_id", "999"),
        ("details", '{"phone": "x"}'),
        ("at", "2026-11-01 08:00:00.000000"),
    ],
)
# Edits the SQLite file behind the program's back.
@pytest.mark.sqlite_only
def test_every_stored_field_is_in_the_hash(db: Database, coordinator: Actor, column: str, value: object) -> None:
    _work(db, coordinator, 5)
    target = audit.head(db)[0] - 2
    conn = _raw(db)
    conn.execute(f"UPDATE audit_entries SET {column} = ? WHERE id = ?", (value, target))
    conn.commit()
    conn.close()
    result = audit.verify(db)
    assert (result.ok, result.first_broken_id) == (False, target)
    assert "diubah" in result.reason


def test_a_deleted_entry_in_the_middle_leaves_a_gap(db: Database, coordinator: Actor) -> None:
    _work(db, coordinator, 5)
    target = audit.head(db)[0] - 2
    with db.write() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.id == target))
    result = audit.verify(db)
    assert (result.ok, result.first_broken_id) == (False, target + 1)
    assert f"entri #{target} hilang" in result.reason


def test_numbers_are_given_under_the_lock_without_gaps(db: Database, coordinator: Actor) -> None:
    _work(db, coordinator, 3)
    with db.read() as s:
        ids = list(s.execute(select(AuditEntry.id).order_by(AuditEntry.id)).scalars())
    assert ids == list(range(1, len(ids) + 1))


@pytest.mark.parametrize("trimmed", [30, 60])
def test_a_deleted_tail_is_found_by_the_batch_anchor(
    db: Database, coordinator: Actor, stick: Path, trimmed: int
) -> None:
    _office_with_a_batch(db, coordinator, stick)
    count, _ = audit.head(db)
    anchor = count - 20  # the batch's own export entry
    assert audit.verify(db).ok and audit.verify(db).anchors_checked == 1
    with db.write() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.id > count - trimmed))
    result = audit.verify(db)  # the chain itself still links up
    assert not result.ok and result.checked == count - trimmed
    assert result.reason == f"entri sesudah #{count - trimmed} hilang; batch 2026-11 #01 mencatat {anchor} entri"
    assert result.first_broken_id == count - trimmed + 1


def test_a_trimmed_tail_after_the_last_anchor_is_not_found(db: Database, coordinator: Actor, stick: Path) -> None:
    """What docs/SECURITY.md says: entries newer than the last anchor can be trimmed by whoever holds the file."""
    _office_with_a_batch(db, coordinator, stick)
    count, _ = audit.head(db)
    with db.write() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.id > count - 10))
    assert audit.verify(db).ok


def test_rewrite_and_recompute_is_found_by_the_anchor_then_by_the_batches(
    db: Database, coordinator: Actor, stick: Path
) -> None:
    first = _office_with_a_batch(db, coordinator, stick)
    second = _export(db, coordinator, stick, DEC)
    assert audit_batches.check_batches([first, second], db=db).ok
    target = 40
    with db.write() as s:
        s.execute(update(AuditEntry).where(AuditEntry.id == target).values(details='{"phone": "disamarkan"}'))
    _recompute_from(db, target)
    result = audit.verify(db)
    assert not result.ok and result.first_broken_id is not None
    assert "berbeda dari yang dicatat batch 2026-11 #01" in result.reason
    # The attacker also rewrites the anchors the office keeps: the database alone no longer shows it ...
    with db.write() as s:
        for a in s.execute(select(AuditAnchor)).scalars():
            a.hash = s.execute(select(AuditEntry.hash).where(AuditEntry.id == a.entry_id)).scalar_one()
    assert audit.verify(db).ok
    # ... but the batches at the district still hold the old digests.
    check = audit_batches.check_batches([first, second], db=db)
    assert not check.ok and check.entry == target
    assert check.problem == (
        f"entri #{target} di database berbeda dari yang dicatat batch 2026-11 #01: "
        "jejak audit diubah atau ditulis ulang"
    )


def test_changed_user_id_with_recompute_is_found(db: Database, coordinator: Actor, stick: Path) -> None:
    first = _office_with_a_batch(db, coordinator, stick)
    with db.write() as s:
        s.execute(update(AuditEntry).where(AuditEntry.id == 30).values(user_id=None))
    _recompute_from(db, 30)
    assert "berbeda dari yang dicatat batch 2026-11 #01" in audit.verify(db).reason
    assert audit_batches.check_batches([first], db=db).entry == 30


def test_trimmed_then_exported_again_breaks_the_chain_of_batches(db: Database, coordinator: Actor, stick: Path) -> None:
    """The office trims 60 entries and the anchors, then makes the next batch: the district sees the break."""
    first = _office_with_a_batch(db, coordinator, stick)
    count, _ = audit.head(db)
    with db.write() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.id > count - 60))
        s.execute(delete(AuditAnchor))
        s.execute(delete(ExportBatch))
    assert audit.verify(db).ok  # nothing left in the office to compare with
    second = _export(db, coordinator, stick, DEC)
    check = audit_batches.check_batches([second, first])  # at the district: no database, any order
    assert not check.ok and check.entry == count - 60 + 1  # the Dec export entry took the number of a lost one
    assert check.problem == (
        f"rantai terputus antara batch 2026-11 #01 dan batch 2026-12 #01: entri #{check.entry} berbeda — jejak audit "
        "dihapus atau ditulis ulang di kantor sesudah batch sebelumnya dikirim"
    )


def test_the_chain_sheet_holds_digests_only_up_to_the_own_export_entry(
    db: Database, coordinator: Actor, stick: Path
) -> None:
    first = _office_with_a_batch(db, coordinator, stick, before=5, after=3)
    second = _export(db, coordinator, stick, DEC)
    a, b = read_chain(first), read_chain(second)
    count, head = audit.head(db)
    assert (b.count, b.head) == (count, head)  # the second batch's own export entry is the head
    assert a.chain.prev_id == 0 and a.chain.prev_hash == audit.GENESIS
    assert [n for n, _ in a.chain.entries] == list(range(1, a.count + 1))
    assert b.chain.prev_id == a.count and b.chain.prev_hash == a.head
    assert [n for n, _ in b.chain.entries] == list(range(a.count + 1, count + 1))
    with db.read() as s:
        own = s.execute(select(AuditEntry).where(AuditEntry.id == a.count)).scalar_one()
        hashes = {int(i): str(h) for i, h in s.execute(select(AuditEntry.id, AuditEntry.hash))}
    assert own.action == "batch.export" and own.hash == a.head
    assert all(hashes[n] == h for n, h in a.chain.entries + b.chain.entries)
    # Nothing but numbers, labels and hashes: no names, no details.
    ws = openpyxl.load_workbook(first)[SHEET_CHAIN]
    texts = [str(c.value) for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    labels = {"Uraian", "Nilai", "Kode Desa", "Periode", "Nomor Batch", "Dibuat Pada", "Jumlah Entri",
              "Hash Terakhir", "Entri Batch Sebelumnya", "Hash Batch Sebelumnya", "No Entri", "Hash", "6201022001",
              "2026-11", "01"}  # fmt: skip
    assert all(t in labels or re.fullmatch(r"[0-9a-f]{64}", t) for t in texts)
    summary = {r[0].value: r[1].value for r in openpyxl.load_workbook(first)["Ringkasan"].iter_rows()}
    assert summary["Hash Audit"] == a.head


def test_check_batches_in_order_with_a_missing_middle_and_a_password(
    db: Database, coordinator: Actor, stick: Path, tmp_path: Path
) -> None:
    _work(db, coordinator, 3)
    one = _export(db, coordinator, stick, NOV)
    _work(db, coordinator, 2)
    two = _export(db, coordinator, stick, NOV)  # 2026-11 #02 supersedes #01 and continues the chain
    other = tmp_path / "lain"
    other.mkdir()
    _work(db, coordinator, 2)
    three = _export(db, coordinator, other, DEC, password="Sandi-batch-1")
    check = audit_batches.check_batches([three, one, two], password="Sandi-batch-1", db=db)
    assert check.ok and [b.label for b in check.batches] == ["batch 2026-11 #01", "batch 2026-11 #02",
                                                              "batch 2026-12 #01"]  # fmt: skip
    gap = audit_batches.check_batches([one, three], password="Sandi-batch-1")
    assert not gap.ok and "tidak ada di batch yang diberikan" in gap.problem
    assert gap.entry == read_chain(one).count + 1


def test_export_retries_when_another_desk_writes_meanwhile(
    db: Database, coordinator: Actor, front: Actor, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = exchange.write_batch
    calls: list[int] = []

    def busy_office(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            audit.log(db, front, "resident.update", "resident", 7)  # lands between planning and recording
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(exchange, "write_batch", busy_office)
    path = _export(db, coordinator, stick, NOV)
    assert len(calls) == 2
    sheet = read_chain(path)
    assert (sheet.count, sheet.head) == audit.head(db)
    assert audit.verify(db).ok
    assert sorted(p.name for p in stick.iterdir()) == sorted([path.name, path.name + ".sha256"])


# Backups are SQLite-only until issue 15 item 6.
@pytest.mark.sqlite_only
def test_backups_and_printed_reports_are_anchors(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    from puskesos_desktop.services.reporting import reports

    clock.set_clock(lambda: NOV)
    backup.create_backup(db, coordinator, tmp_path / "cadangan.sqlite3")
    reports.report_number(db, coordinator, "2026-11")  # the report's number is taken (and audited) once
    printed = audit.latest_hash(db)
    reports.monthly_pdf(db, coordinator, "2026-11")
    reports.monthly_pdf(db, coordinator, "2026-11")  # the same hash twice: one anchor
    marks = audit.anchors(db)
    assert [(a.kind, a.label, a.status) for a in marks] == [
        ("backup", "cadangan cadangan.sqlite3", "cocok"),
        ("report", "laporan bulanan 2026-11", "cocok"),
    ]
    assert marks[1].hash == printed
    with db.write() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.id >= marks[0].entry_id))
    result = audit.verify(db)
    assert result.reason.endswith(f"cadangan cadangan.sqlite3 mencatat {marks[0].entry_id} entri")
    assert len(result.anchor_problems) == 2


def test_a_chain_of_the_old_format_is_named_as_such(db: Database) -> None:
    """Nothing has shipped: a trail made before every field was hashed is recognised and the way out said."""
    with db.write() as s:
        prev = audit.GENESIS
        for e in s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars():
            e.prev_hash = prev
            e.hash = audit._legacy_digest(e)
            prev = e.hash
    result = audit.verify(db)
    assert (result.ok, result.first_broken_id) == (False, 1) and "versi lama" in result.reason
