"""services/registry/registry_view.py: what the registry says about a NIK, a resident and a family card — listed with
desil and programmes, listed before but not in the latest extract, or not at all."""

from __future__ import annotations

import pytest

from puskesos_desktop.core.errors import NotFoundError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import registry_view as rv
from tests.services.fo_data import EXTRACT_DATE, add_registry, resident

KK = "6201021205900002"
HEAD, CHILD, GONE, NOBODY = "6201021205900001", "6201024101950002", "6201020303600007", "6201029999999999"


@pytest.fixture
def family(db: Database) -> None:
    add_registry(db, HEAD, "MUHAMMAD YUSUF", kk=KK, desil=3, programmes=("PKH", "BPNT"))
    add_registry(db, CHILD, "ANAK YUSUF", kk=KK, desil=None, programmes=())
    add_registry(db, GONE, "PERANTAU", kk=KK, active=False)


def test_a_nik_listed_listed_before_or_never(db: Database, family: None) -> None:
    head = rv.for_nik(db, None, HEAD)
    assert head.in_registry and (head.name, head.kk, head.desil) == ("MUHAMMAD YUSUF", KK, 3)
    assert head.programme_codes == ("BPNT", "PKH") and head.extract_date == EXTRACT_DATE
    assert head.label == "Terdaftar DTKS/DTSEN, desil 3"
    printed = head.printable()
    assert printed.registered and printed.desil == 3 and len(printed.programmes) == 2
    assert rv.for_nik(db, None, CHILD).label == "Terdaftar DTKS/DTSEN"
    gone = rv.for_nik(db, None, GONE)
    assert not gone.in_registry and gone.was_in_registry and gone.name == "PERANTAU"
    assert gone.label == "Pernah terdaftar, tidak ada di data terbaru"
    for nik in (NOBODY, None, ""):
        view = rv.for_nik(db, None, nik)
        assert not view.in_registry and not view.was_in_registry and view.label == "Tidak terdaftar"


def test_a_family_card_lists_its_active_members(db: Database, family: None) -> None:
    assert [v.nik for v in rv.household_records(db, None, KK)] == [HEAD, CHILD]
    assert rv.household_records(db, None, "6201021505850004") == []
    with db.read() as s:
        assert rv.household_in_registry_in(s, KK) and not rv.household_in_registry_in(s, "")
        assert rv.in_registry_in(s, HEAD) and not rv.in_registry_in(s, GONE) and not rv.in_registry_in(s, None)
        assert rv.registered_niks_in(s, [HEAD, GONE, None, NOBODY, CHILD]) == {HEAD, CHILD}
        assert rv.registered_niks_in(s, [None, ""]) == set()


def test_a_residents_view_goes_by_their_nik(db: Database, front: Actor, family: None) -> None:
    rid = resident(db, front, "Muhammad Yusuf", HEAD, KK)
    assert rv.for_resident(db, None, rid) == rv.for_nik(db, None, HEAD)
    without = resident(db, front, "Budi Tanpa Nik", sex="L")
    assert not rv.for_resident(db, None, without).in_registry
    with pytest.raises(NotFoundError, match="Warga tidak ditemukan"):
        rv.for_resident(db, None, 10_000)


def test_listed_asks_for_the_nik_and_the_family_card_at_once(db: Database, family: None) -> None:
    """A registration asks both in one statement (issue 15 §10): only active records count, and no value is never
    listed."""
    with db.read() as s:
        assert rv.listed_in(s, HEAD, KK) == (True, True)
        assert rv.listed_in(s, NOBODY, KK) == (False, True)
        assert rv.listed_in(s, GONE, None) == (False, False)  # listed before, not in the latest extract
        assert rv.listed_in(s, None, "6201021205900099") == (False, False)
        assert rv.listed_in(s, "", "") == (False, False)
        assert rv.listed_in(s, CHILD, "") == (True, False)
