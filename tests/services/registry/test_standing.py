"""services/registry/standing.py: a family's standing (desil, its date, the programmes it meets and misses) — the
registry's desil when newer than SIKS-NG's, above every ceiling — and the desk's bare-SQL reader agreeing with it."""

from __future__ import annotations

import datetime as dt

import pytest

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import FamilyDesil
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import desil
from tests.services.fo_data import add_registry
from tests.services.registry.test_desil import D1, D2, KK_A, KK_B, KK_C, NIK_A, NIK_B


def test_desil_above_every_ceiling_and_registry_desil_when_newer(db: Database, coordinator: Actor) -> None:
    from tests.services.fo_data import EXTRACT_DATE

    add_registry(db, NIK_A, "MUHAMMAD YUSUF", kk=KK_A, desil=7)
    st = desil.standing(db, coordinator, KK_A)
    assert st.desil_date == EXTRACT_DATE and st.eligible == () and "di atas batas desil" in st.text
    with db.write() as s:
        s.add(FamilyDesil(kk=KK_A, desil=2, data_date=EXTRACT_DATE - dt.timedelta(days=30)))
    assert desil.standing(db, coordinator, KK_A).desil == 7  # the older SIKS-NG value loses


def test_fast_reader_judges_every_family_as_standings_in(db: Database, coordinator: Actor) -> None:
    """The whole-NIK fast path reads one family's facts with bare SQL: it must give the same standing as the general
    path for families with an imported desil (older, newer, tie), several registry rows, none, and no KK."""
    from sqlalchemy import select as sa_select

    from puskesos_desktop.db.models import RegistryRecord

    a1 = add_registry(db, NIK_A, "MUHAMMAD YUSUF", kk=KK_A, desil=4, programmes=("PKH",))
    add_registry(db, "6201024101950002", "ANAK YUSUF", kk=KK_A, desil=2, programmes=("BPNT",))
    b1 = add_registry(db, NIK_B, "SITI AMINAH", kk=KK_B, desil=None, programmes=())
    c1 = add_registry(db, "6201020101700003", "TANPA KK", kk="", desil=9, programmes=())
    inactive = add_registry(db, "6201020101700004", "LAMA", kk=KK_C, desil=1, active=False)
    with db.write() as s:
        s.add(FamilyDesil(kk=KK_B, desil=5, data_date=D1))
        s.add(FamilyDesil(kk=KK_C, desil=3, data_date=D2))
    families = [
        desil.Family(kk, rid)
        for kk in (KK_A, KK_B, KK_C, "", None, "6201029999999999")
        for rid in (a1, b1, c1, inactive, None, 10_000)
    ]
    with db.read() as s:
        general = desil.standings_in(s, families)
        assert s.execute(sa_select(RegistryRecord.id)).first() is not None
    raw = db.nik_reader()
    assert raw is not None
    fast = [desil.standing_sqlite(raw, f) for f in families]
    assert fast == general
    assert {st.desil for st in fast} == {None, 1, 3, 4, 5, 9}


def test_the_servers_page_reader_judges_every_family_as_standings_in(db: Database, coordinator: Actor) -> None:
    """On PostgreSQL a page of search hits reads its families' facts in one statement on the bare reader: the same
    standings as the general path, for the same mix of families as above."""
    if not db.is_postgresql:
        pytest.skip("PostgreSQL's reader")
    from puskesos_desktop.services.registry import standing

    a1 = add_registry(db, NIK_A, "MUHAMMAD YUSUF", kk=KK_A, desil=4, programmes=("PKH",))
    add_registry(db, "6201024101950002", "ANAK YUSUF", kk=KK_A, desil=2, programmes=("BPNT",))
    b1 = add_registry(db, NIK_B, "SITI AMINAH", kk=KK_B, desil=None, programmes=())
    c1 = add_registry(db, "6201020101700003", "TANPA KK", kk="", desil=9, programmes=())
    inactive = add_registry(db, "6201020101700004", "LAMA", kk=KK_C, desil=1, active=False, programmes=("PKH",))
    with db.write() as s:
        s.add(FamilyDesil(kk=KK_B, desil=5, data_date=D1))
        s.add(FamilyDesil(kk=KK_C, desil=3, data_date=D2))
    families = [
        desil.Family(kk, rid)
        for kk in (KK_A, KK_B, KK_C, "", None, "6201029999999999")
        for rid in (a1, b1, c1, inactive, None, 10_000)
    ]
    with db.read() as s:
        general = desil.standings_in(s, families)
    raw = db.nik_reader()
    assert raw is not None
    assert standing.standings_pg(raw, families) == general
    assert standing.standings_pg(raw, [desil.Family(None), desil.Family("")]) == [desil.NO_STANDING] * 2
    assert {st.desil for st in general} == {None, 1, 3, 4, 5, 9}
