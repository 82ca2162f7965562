"""services/people/residents.py: the duplicate guard (same NIK, same KK and a similar name, a similar name and birth
date, the registry's person offered) and edits kept as revisions."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents
from tests.services.fo_data import add_registry, resident

KK = "6201021205900002"
NO_PAPERS = residents.NO_PAPERS_REASON


def test_guard_same_nik_blocks(db: Database, front: Actor) -> None:
    rid = resident(db, front, "Muhammad Yusuf", "6201021205900001", KK)
    data = residents.ResidentInput(name="M. Yusuf", nik="6201021205900001", kk=KK)
    found = residents.find_duplicates(db, None, data)
    assert [(c.resident_id, c.blocking, c.reason) for c in found] == [(rid, True, "NIK sama")]
    with pytest.raises(residents.DuplicateResident) as err:
        residents.create_resident(db, front, data, check_duplicates=True)
    assert err.value.candidates[0].resident_id == rid
    with pytest.raises(ValidationError):  # even when staff insist
        residents.create_resident(db, front, data)


def test_guard_same_kk_and_similar_name(db: Database, front: Actor) -> None:
    rid = resident(db, front, "Siti Aminah", "6201024506800003", KK)
    data = residents.ResidentInput(name="Sitti Aminnah", sex="P", kk=KK, no_nik_reason=NO_PAPERS)
    (cand,) = residents.find_duplicates(db, None, data)
    assert cand.resident_id == rid and cand.reason == "No. KK sama dan nama mirip" and not cand.blocking


def test_guard_similar_name_and_birth_date(db: Database, front: Actor) -> None:
    rid = resident(db, front, "Muhammad Yusuf", "6201021205900001", KK)
    born = dt.date(1990, 5, 12)
    data = residents.ResidentInput(name="Moh. Yusup", sex="L", no_nik_reason=NO_PAPERS, birth_date=born)
    (cand,) = residents.find_duplicates(db, None, data)
    assert cand.resident_id == rid and cand.reason == "Nama mirip dan tanggal lahir sama"
    other_day = replace(data, birth_date=dt.date(1990, 5, 13))
    assert residents.find_duplicates(db, None, other_day) == []
    different = replace(data, name="Bambang Pamungkas")
    assert residents.find_duplicates(db, None, different) == []
    # Staff looked and it is another person: saving without the guard goes through.
    with pytest.raises(residents.DuplicateResident):
        residents.create_resident(db, front, data, check_duplicates=True)
    assert residents.create_resident(db, front, data).id != rid


def test_guard_offers_the_registry_person(db: Database, front: Actor) -> None:
    rec = add_registry(db, "6201026303750008", "SITI RAHMAWATI", birth=dt.date(1975, 3, 23))
    data = residents.ResidentInput(
        name="Siti Rahmawati", sex="P", no_nik_reason=NO_PAPERS, birth_date=dt.date(1975, 3, 23)
    )
    (cand,) = residents.find_duplicates(db, None, data)
    assert cand.kind == "registry" and cand.registry_record_id == rec and cand.nik == "6201026303750008"


def test_edits_keep_history(db: Database, front: Actor) -> None:
    rid = resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    data = residents.input_from(residents.get_resident(db, None, rid))
    residents.update_resident(db, front, rid, replace(data, address="Jl. Baru 1", phone="081234567890"))
    (rev,) = residents.revisions(db, None, rid)
    assert rev.actor == "fo" and rev.changes["address"] == ["", "Jl. Baru 1"]
    members = residents.household_members(db, None, rid)
    assert [m.name for m in members] == ["Budi"]


def test_a_new_family_card_moves_the_resident_and_is_recorded(db: Database, front: Actor) -> None:
    """update_resident: a corrected KK moves the person to that family (both member lists follow, the change is in
    the history); another person's NIK and an unknown resident are refused; someone without papers is alone."""
    from puskesos_desktop.core.errors import NotFoundError

    old_kk, new_kk = "6201020101700007", "6201020202750009"
    budi = resident(db, front, "Budi", "6201020101700006", old_kk)
    wife = resident(db, front, "Siti", "6201024202750001", new_kk, family_relation="Istri")
    andi = resident(db, front, "Andi", "6201020101700011", "6201020303800009")  # born the same day
    data = residents.input_from(residents.get_resident(db, None, budi))

    moved = residents.update_resident(db, front, budi, replace(data, kk=new_kk, family_relation="Suami"))
    assert moved.kk == new_kk and moved.household_id == residents.get_resident(db, None, wife).household_id
    assert {m.name for m in residents.household_members(db, None, wife)} == {"Budi", "Siti"}
    (rev,) = residents.revisions(db, None, budi)
    assert rev.changes["kk"] == [old_kk, new_kk] and rev.changes["family_relation"] == ["", "Suami"]
    # The resident's page and the data sheet a person may ask for (PDP) both show the change, old → new.
    from puskesos_desktop.services.people import access_report, resident_page

    page = resident_page.load(db, None, budi)
    # Registered and edited within one clock tick: newest first still, as written (time, kind, id) on both engines.
    whats = [h.what for h in page.history]
    assert whats[-1] == "Didaftarkan"
    (change,) = [w for w in whats if "No. KK:" in w]
    assert whats.index(change) < whats.index("Didaftarkan")
    assert f"No. KK: {old_kk} → {new_kk}" in change
    assert "Hubungan keluarga: - → Suami" in change
    with db.read() as s:
        sheet = access_report.sheet_in(s, budi, front)
    rows = [row for sec in sheet.sections for part in sec.parts if hasattr(part, "rows") for row in part.rows]
    assert any(f"No. KK: {old_kk} → {new_kk}" in cell for row in rows for cell in row)

    unchanged = residents.input_from(residents.get_resident(db, None, budi))
    assert residents.update_resident(db, front, budi, unchanged).kk == new_kk
    assert len(residents.revisions(db, None, budi)) == 1  # nothing changed: no revision
    with pytest.raises(ValidationError, match="sudah dipakai"):
        residents.update_resident(db, front, budi, replace(unchanged, nik=residents.get_resident(db, None, andi).nik))
    with pytest.raises(NotFoundError):
        residents.update_resident(db, front, 999_999, unchanged)
    with pytest.raises(NotFoundError):
        residents.household_members(db, None, 999_999)
    assert residents.get_resident(db, None, budi).nik == "6201020101700006"

    nobody = resident(db, front, "Tanpa Dokumen", sex="L")
    assert [m.resident_id for m in residents.household_members(db, None, nobody)] == [nobody]
