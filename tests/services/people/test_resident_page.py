"""services/people/resident_page.py: one read gives the resident's page — the family oldest first with who is in the
registry, their complaints, the registry's view and the family's desil; an unknown resident is named as such."""

from __future__ import annotations

import datetime as dt

import pytest

from puskesos_desktop.core.errors import NotFoundError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import resident_page
from tests.services import bo_helpers as h
from tests.services.fo_data import add_registry, resident

KK = "6201021205900002"
HEAD, WIFE = "6201021205900001", "6201024505850003"


def test_the_page_of_a_resident_and_their_family(db: Database, front: Actor, fixed_now: object) -> None:
    add_registry(db, HEAD, "MUHAMMAD YUSUF", kk=KK, desil=3)
    head = resident(db, front, "Muhammad Yusuf", HEAD, KK, birth_date=dt.date(1990, 5, 12))
    wife = resident(db, front, "Siti Aminah", WIFE, KK, sex="P", birth_date=dt.date(1985, 5, 5))
    filed = h.complaint(db, front, resident_id=head)
    page = resident_page.load(db, front, head)
    assert (page.name, page.nik, page.kk) == ("Muhammad Yusuf", HEAD, KK)
    assert [(m.resident_id, m.in_registry) for m in page.members] == [(wife, False), (head, True)]  # oldest first
    assert [c.number for c in page.complaints] == [filed.complaint_number]
    assert page.registry.in_registry and page.registry.desil == 3 and page.desil.desil == 3
    assert not page.needs_letter
    other = resident_page.load(db, front, wife)
    assert other.complaints == () and not other.registry.in_registry and other.members == page.members


def test_an_unknown_resident(db: Database, front: Actor) -> None:
    with pytest.raises(NotFoundError, match="Warga tidak ditemukan"):
        resident_page.load(db, front, 10_000)


def test_the_history_of_one_clock_tick_is_in_the_order_written(db: Database, front: Actor, fixed_now: object) -> None:
    """Registered, edited twice and a complaint filed within one second (the clock stands still): the history is
    newest first in the order things were written, on every engine — rows of equal time come back from PostgreSQL
    in either order, so the time alone decides nothing."""
    from dataclasses import replace

    from puskesos_desktop.services.people import residents

    rid = resident(db, front, "Budi", HEAD, KK)
    data = residents.input_from(residents.get_resident(db, None, rid))
    residents.update_resident(db, front, rid, replace(data, address="Jl. Baru 1"))
    residents.update_resident(db, front, rid, replace(data, address="Jl. Baru 2"))
    filed = h.complaint(db, front, resident_id=rid)
    page = resident_page.load(db, front, rid)
    assert len({e.at for e in page.history}) == 1  # one tick
    assert [e.what for e in page.history] == [
        f"Keluhan {filed.complaint_number} (Kesehatan) didaftarkan",
        "Alamat: Jl. Baru 1 → Jl. Baru 2",
        "Alamat: - → Jl. Baru 1",
        "Didaftarkan",
    ]
