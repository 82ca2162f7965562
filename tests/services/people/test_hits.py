"""services/people/hits.py: a whole NIK answered on a bare sqlite3 connection gives exactly the general search's hit
(a client, or a registry person not yet a client), and leaves a KK or an unknown number to the general search."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import hits, search
from tests.services.fo_data import add_registry, resident

CLIENT, CLIENT_KK = "6201021205900001", "6201021205900002"
LISTED, LISTED_KK = "6201026303750008", "6201021303750009"


def test_whole_nik_means_sixteen_ascii_digits() -> None:
    assert hits.is_whole_nik(CLIENT)
    assert not hits.is_whole_nik(CLIENT[:15]) and not hits.is_whole_nik(CLIENT + "0")
    assert not hits.is_whole_nik("620102120590000x")
    assert not hits.is_whole_nik("٦" * 16)  # Arabic-Indic digits are digits to Python, not a NIK


@pytest.mark.sqlite_only  # the bare sqlite3 reader
def test_exact_nik_answers_as_the_general_search(db: Database, front: Actor, fixed_now: object) -> None:
    resident(db, front, "Muhammad Yusuf", CLIENT, CLIENT_KK)
    add_registry(db, CLIENT, "MUHAMMAD YUSUF", kk=CLIENT_KK, desil=3)
    add_registry(db, LISTED, "SITI RAHMAWATI", kk=LISTED_KK)
    raw = db.nik_reader()
    assert raw is not None
    for nik, kind in ((CLIENT, "resident"), (LISTED, "registry")):
        fast = hits.exact_nik(raw, nik)
        assert fast is not None and [h.kind for h in fast] == [kind]
        assert fast == search.search(db, front, nik)[: len(fast)]
    client = hits.exact_nik(raw, CLIENT)
    assert client is not None and client[0].in_registry and client[0].registry_label == "DTKS/DTSEN desil 3"
    assert hits.exact_nik(raw, CLIENT_KK) is None  # a KK: the general path answers, with the household
    assert hits.exact_nik(raw, "6201029999999999") is None  # nobody: the general path looks inside numbers


def test_a_hit_as_json_and_as_shown() -> None:
    hit = hits.SearchHit(
        kind="registry", name="SITI", nik=LISTED, kk=LISTED_KK, address="Jl. Melati", rt="004", rw="", sex="P",
        birth_date=dt.date(1975, 3, 23), resident_id=None, registry_record_id=7, in_registry=True, is_client=False,
        desil=None, registry_id="DTKS01", programmes=("BPNT", "PKH"), score=87.456, matched="nama",
        eligible_programmes=("PKH",), missing_programmes=("PBI",),
    )  # fmt: skip
    data = hit.as_json()
    assert data["score"] == 87.5 and data["programmes"] == ["BPNT", "PKH"] and data["missing_programmes"] == ["PBI"]
    assert list(data) == [f.name for f in dataclasses.fields(hit)]  # the --json keys, in the dataclass's order
    assert hit.rt_rw == "004/-" and dataclasses.replace(hit, rt="", rw="").rt_rw == ""
    assert hit.registry_label == "DTKS/DTSEN"
    assert dataclasses.replace(hit, in_registry=False).registry_label == "Tidak terdaftar"
