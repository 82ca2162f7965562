"""`puskesos audit check-batches`: do the batches that left the office form one unbroken audit chain?

Each batch carries the digests of every audit entry since the previous batch, its own export entry last (sheet
"Rantai Audit", excel/batch_chain.py). Given several batches of one village — at the district, with no office
database — this checks that each one starts where the one before ended (same entry number, same hash) and that each
is whole. Given the office database too, it also checks that the database still holds every entry the batches list,
unchanged: a trail trimmed or rewritten after a batch left the office no longer matches what the district keeps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry
from puskesos_desktop.excel.batch_chain import BatchChain, read_chain
from puskesos_desktop.services.audit import GENESIS

_CHUNK = 5000


@dataclass(frozen=True)
class BatchCheck:
    ok: bool
    batches: tuple[BatchChain, ...]  # in chain order
    problem: str = ""  # the first break, in one sentence
    entry: int | None = None  # the entry number where it breaks
    database_checked: bool = False


def _whole(b: BatchChain) -> tuple[str, int | None] | None:
    """A batch's own sheet is consistent: numbers run on from the previous batch and end at its count and head."""
    name = f"{b.label} ({b.file})"
    entries = b.chain.entries
    if not entries:
        return f"{name} tidak memuat satu entri pun", b.chain.prev_id + 1
    if b.chain.prev_id == 0 and b.chain.prev_hash != GENESIS:
        return f"{name}: batch pertama harus menyambung dari awal rantai (hash nol)", 1
    expected = b.chain.prev_id + 1
    for number, _digest in entries:
        if number != expected:
            return f"{name}: daftar entri melompat dari #{expected - 1} ke #{number}", expected
        expected += 1
    if (entries[-1][0], entries[-1][1]) != (b.count, b.head):
        return f"{name}: Jumlah Entri/Hash Terakhir tidak sama dengan entri terakhir yang didaftar", b.count
    return None


def _link(a: BatchChain, b: BatchChain) -> tuple[str, int | None] | None:
    """b must start right after a ends, on the same hash."""
    start = b.chain.prev_id
    if start == a.count:
        if b.chain.prev_hash != a.head:
            return (
                f"rantai terputus antara {a.label} dan {b.label}: entri #{a.count} tercatat dengan hash berbeda — "
                "jejak audit ditulis ulang di kantor di antara kedua ekspor",
                a.count,
            )
        return None
    if start > a.count:
        return (
            f"rantai terputus antara {a.label} dan {b.label}: entri #{a.count + 1}–#{start} tidak ada di batch yang "
            "diberikan (batch di antaranya tidak disertakan?)",
            a.count + 1,
        )
    # b starts inside a: the office's trail lost or rewrote entries after a left.
    listed = dict(a.chain.entries)
    own = dict(b.chain.entries)
    own[start] = b.chain.prev_hash
    for number in sorted(own):
        if number in listed and listed[number] != own[number]:
            return (
                f"rantai terputus antara {a.label} dan {b.label}: entri #{number} berbeda — jejak audit dihapus atau "
                "ditulis ulang di kantor sesudah batch sebelumnya dikirim",
                number,
            )
    return (
        f"rantai terputus antara {a.label} dan {b.label}: {b.label} menyambung dari entri #{start}, padahal "
        f"{a.label} sudah mencatat {a.count} entri — entri sesudah #{start} dihapus di kantor",
        start + 1,
    )


def _against_db(db: Database, batches: Sequence[BatchChain]) -> tuple[str, int | None] | None:
    """Every entry the batches list must still be in the office database with the same hash."""
    wanted: list[tuple[int, str, BatchChain]] = []
    for b in batches:
        if b.chain.prev_id:
            wanted.append((b.chain.prev_id, b.chain.prev_hash, b))
        wanted.extend((number, digest, b) for number, digest in b.chain.entries)
    wanted.sort(key=lambda w: w[0])
    with db.read() as s:
        present = int(s.execute(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)).scalar() or 0)
        for i in range(0, len(wanted), _CHUNK):
            part = wanted[i : i + _CHUNK]
            ids = [w[0] for w in part]
            have = {
                int(n): str(h)
                for n, h in s.execute(select(AuditEntry.id, AuditEntry.hash).where(AuditEntry.id.in_(ids)))
            }
            for number, digest, b in part:
                got = have.get(number)
                if got is None and number > present:
                    return f"entri sesudah #{present} hilang; {b.label} mencatat {b.count} entri", present + 1
                if got is None:
                    return f"entri #{number} hilang dari database; {b.label} mencatatnya", number
                if got != digest:
                    return (
                        f"entri #{number} di database berbeda dari yang dicatat {b.label}: jejak audit diubah "
                        "atau ditulis ulang",
                        number,
                    )
    return None


def check_batches(paths: Sequence[str | Path], password: str | None = None, db: Database | None = None) -> BatchCheck:
    """Read each batch's "Rantai Audit" and check them as one chain (and against `db` when given)."""
    if not paths:
        raise ValidationError("Sebutkan minimal satu berkas batch.", "Berkas")
    read = [read_chain(p, password) for p in paths]
    villages = {b.village_code for b in read}
    if len(villages) > 1:
        listing = ", ".join(f"{b.file}: {b.village_code}" for b in read)
        raise ValidationError(
            "Batch dari lebih dari satu desa ({listing}); periksa per desa.", "Kode Desa", listing=listing
        )
    # The same batch given twice counts once; the chain's order is the order in which the batches were made (a
    # trimmed trail makes a later batch count fewer entries: ordering by count would hide that).
    unique: dict[tuple[int, str, int], BatchChain] = {}
    for b in read:
        unique.setdefault((b.count, b.head, b.chain.prev_id), b)
    batches = tuple(sorted(unique.values(), key=lambda b: (b.created_at or dt.datetime.min, b.count, b.chain.prev_id)))
    problem: tuple[str, int | None] | None = None
    for i, b in enumerate(batches):
        problem = _whole(b) or (_link(batches[i - 1], b) if i else None)
        if problem is not None:
            break
    if problem is None and db is not None:
        problem = _against_db(db, batches)
    if problem is not None:
        return BatchCheck(False, batches, problem[0], problem[1], db is not None)
    return BatchCheck(True, batches, database_checked=db is not None)
