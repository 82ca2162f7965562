"""The imports' shared bulk writer: rows written by the engine's bulk method (executemany / COPY) read back as the
ORM stores them, and lookups by many keys in one statement (both engines)."""

from __future__ import annotations

import datetime as dt
from typing import cast

from sqlalchemy import Table, select

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Household
from puskesos_desktop.services.registry.bulk import Bulk

_HOUSEHOLDS = cast(Table, Household.__table__)


def test_insert_then_lookup_by_many_keys(db: Database) -> None:
    now = dt.datetime(2026, 3, 4, 5, 6, 7)
    cards = [f"620102120590{n:04d}" for n in range(1, 1_201)]  # more keys than one IN (…) used to take
    with db.write() as s:
        bulk = Bulk(s, cache_kib=1024)
        stamp = bulk.value(_HOUSEHOLDS, "created_at", now)
        bulk.insert("households", ("kk", "address", "rt", "rw", "created_at", "updated_at"),
                    [(kk, f"Jl. {kk[-4:]}", "001", "002", stamp, stamp) for kk in cards])  # fmt: skip
        found = bulk.pairs("SELECT kk, address FROM households WHERE kk {keys}", [*cards[::2], "6201021205909999"])
        assert found == {kk: f"Jl. {kk[-4:]}" for kk in cards[::2]}
        assert bulk.lookup("SELECT id FROM households WHERE kk {keys}", []) == []
    with db.read() as s:
        rows = s.execute(select(Household.kk, Household.created_at).order_by(Household.kk)).all()
    assert [kk for kk, _ in rows] == cards and {at for _, at in rows} == {now}  # as the ORM reads them back


def test_rows_as_made_and_none_at_all(db: Database) -> None:
    """Rows may come from a generator (written as they are made); one that makes none writes nothing."""
    now = dt.datetime(2026, 3, 4, 5, 6, 7)
    columns = ("kk", "address", "rt", "rw", "created_at", "updated_at")
    with db.write() as s:
        bulk = Bulk(s, cache_kib=1024)
        stamp = bulk.value(_HOUSEHOLDS, "created_at", now)
        bulk.insert("households", columns, (row for row in ()))
        bulk.insert("households", columns, ((f"620102120590{n:04d}", "", "", "", stamp, stamp) for n in (1, 2)))
    with db.read() as s:
        assert s.execute(select(Household.kk).order_by(Household.kk)).scalars().all() == [
            "6201021205900001",
            "6201021205900002",
        ]
