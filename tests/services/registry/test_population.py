"""Village population register import (issue 16 §4): OpenSID format and plain workbooks, rejected rows, office edits
never overwritten, life status with its date, the same file twice changes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry, Household, PopulationImport, PopulationRecord, Resident
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents
from puskesos_desktop.services.registry import population
from puskesos_desktop.services.registry.bulk import Bulk
from tests.services.dx_data import nik_of, write_xlsx
from tests.services.fo_data import resident
from tests.services.registry import population_data as pd
from tests.services.registry.population_data import D1, D2, KK1, KK2, N_CHILD, N_HEAD, N_WIFE
from tests.services.registry.test_population_speed import write_population


def test_opensid_rows_become_residents_and_same_file_changes_nothing(
    db: Database, coordinator: Actor, tmp_path: Path
) -> None:
    path = pd.workbook(tmp_path, [
        pd.opensid(),
        pd.opensid(nama="SITI AMINAH", nik=N_WIFE, sex=2, tanggallahir="1985-05-05", kk_level=3),
        pd.opensid(nama="ANAK YUSUF", nik=int(N_CHILD), kk_level=4, tanggallahir="2015-01-01"),
        pd.opensid(nama="TANPA NIK", nik=0),  # OpenSID's 'no NIK'
        pd.opensid(nama="SALAH", nik="12345"),
        pd.opensid(nama="", nik="6201020202020006"),
        pd.opensid(nama="MENINGGAL", nik="6201020303600007", no_kk=f"'{KK2}", status_dasar=2),
        pd.opensid(nama="ANEH", nik="6201020404600008", status_dasar="TERBANG"),
    ])  # fmt: skip
    result = population.import_population(db, coordinator, path, data_date=D1)
    head = dict(list(result.as_json().items())[:5])
    assert head == {"imported": 4, "updated": 0, "unchanged": 0, "rejected": 4, "report": str(result.report)}
    people = pd.people(db)
    assert people[N_HEAD].family_relation == "Kepala Keluarga" and people[N_WIFE].family_relation == "Istri"
    assert people[N_WIFE].sex == "P" and people[N_HEAD].birth_date == dt.date(1990, 5, 12)
    assert people[N_HEAD].household_id == people[N_CHILD].household_id is not None
    assert (people["6201020303600007"].life_status, people["6201020303600007"].life_status_date) == ("meninggal", D1)
    assert people[N_HEAD].life_status == "hidup" and people[N_HEAD].life_status_date is None
    reasons = [r[3] for r in openpyxl.load_workbook(result.report).active.iter_rows(min_row=2, values_only=True)]
    assert any("NIK kosong atau 0" in r for r in reasons) and any("Status dasar" in r for r in reasons)
    # The front office finds them.
    assert residents.get_resident(db, coordinator, people[N_HEAD].id).name == "MUHAMMAD YUSUF"

    again = population.import_population(db, coordinator, path, data_date=D1)
    assert (again.imported, again.updated, again.unchanged, again.rejected) == (0, 0, 4, 4)


def test_office_edits_are_kept_and_register_changes_follow(
    db: Database, coordinator: Actor, front: Actor, tmp_path: Path
) -> None:
    population.import_population(db, coordinator, pd.workbook(tmp_path, [pd.opensid(), pd.opensid(
        nama="SITI AMINAH", nik=N_WIFE, sex=2, kk_level=3)]), data_date=D1)  # fmt: skip
    head = pd.people(db)[N_HEAD]
    edited = residents.ResidentInput(
        name="Muhammad Yusuf", nik=N_HEAD, kk=KK1, sex="L", birth_date=head.birth_date, address="Jl. Mawar 9"
    )
    residents.update_resident(db, front, head.id, edited)
    later = pd.workbook(tmp_path, [
        pd.opensid(alamat="Jl. Kenanga 1", status_dasar=3),  # the office changed the address; the register too
        pd.opensid(nama="SITI AMINAH", nik=N_WIFE, sex=2, kk_level=3, rt="004"),
    ], "penduduk2.xlsx")  # fmt: skip
    result = population.import_population(db, coordinator, later, data_date=D2)
    assert (result.imported, result.updated, result.unchanged, result.differences) == (0, 2, 0, 1)
    people = pd.people(db)
    assert people[N_HEAD].address == "Jl. Mawar 9" and people[N_HEAD].name == "Muhammad Yusuf"
    assert (people[N_HEAD].life_status, people[N_HEAD].life_status_date) == ("pindah", D2)
    assert people[N_WIFE].rt == "004"
    reasons = [r for r in openpyxl.load_workbook(result.report).active.iter_rows(min_row=2, values_only=True)]
    assert any(r[1] == "Alamat" and r[2] == "Jl. Mawar 9 → Jl. Kenanga 1" for r in reasons)
    accepted = population.accept_differences(db, coordinator, N_HEAD)
    assert ("address", "Jl. Mawar 9", "Jl. Kenanga 1") in accepted.changes and accepted.nik == N_HEAD
    assert pd.people(db)[N_HEAD].address == "Jl. Kenanga 1"


def test_desk_registered_resident_only_gets_empty_fields(
    db: Database, coordinator: Actor, front: Actor, tmp_path: Path
) -> None:
    resident(db, front, "Muhammad Yusuf", N_HEAD, KK1, address="Jl. Kantor 1")
    rows = [["Data penduduk"], ["NIK", "No KK", "Nama", "Alamat", "Tempat Lahir"],
            [N_HEAD, KK1, "MUHAMMAD YUSUF", "Jl. Lain 2", "Pangkalan Bun"]]  # fmt: skip
    plain = write_xlsx(tmp_path / "plain.xlsx", rows)
    result = population.import_population(db, coordinator, plain, data_date=D1)
    assert (result.imported, result.updated, result.differences) == (0, 1, 1)
    p = pd.people(db)[N_HEAD]
    assert p.name == "Muhammad Yusuf" and p.address == "Jl. Kantor 1" and p.birth_place == "Pangkalan Bun"
    with db.read() as s:
        assert s.execute(select(Household.kk)).scalars().all() == [KK1]


def test_many_people_then_a_failure_midway_changes_nothing(
    db: Database, coordinator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """More people than one lookup chunk used to take (500) go in and come back unchanged; an import that fails
    after its residents and households were written (a crash, a full disk) leaves the office's data as it was."""
    first = population.import_population(db, coordinator, write_population(tmp_path / "besar.xlsx", 1_200))
    assert (first.imported, first.rejected) == (1_200, 0)
    again = population.import_population(db, coordinator, tmp_path / "besar.xlsx")
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 1_200)

    def snapshot() -> tuple[object, ...]:
        with db.read() as s:
            return tuple(s.execute(select(func.count()).select_from(t)).scalar() for t in (
                Resident, Household, PopulationRecord, PopulationImport, AuditEntry))  # fmt: skip

    before, people_before = snapshot(), {nik: (p.address, p.life_status) for nik, p in pd.people(db).items()}
    real_insert = Bulk.insert

    def failing(self: Bulk, table: str, columns: Sequence[str], made: Iterable[tuple[object, ...]]) -> None:
        rows = list(made)  # the import may hand a generator (rows made while they are written)
        real_insert(self, table, columns, rows)
        if table == "population_records" and any(r[0] == N_HEAD for r in rows):
            raise OSError("disk full")

    monkeypatch.setattr(Bulk, "insert", failing)
    known = pd.people(db)
    some = next(iter(known))
    later = pd.workbook(tmp_path, [pd.opensid(), pd.opensid(nama="SITI AMINAH", nik=N_WIFE, sex=2, kk_level=3)])
    with pytest.raises(OSError):
        population.import_population(db, coordinator, later, data_date=D1)
    assert snapshot() == before
    assert {nik: (p.address, p.life_status) for nik, p in pd.people(db).items()} == people_before
    assert N_HEAD not in pd.people(db) and some in pd.people(db)


def test_numbered_before_the_bulk_write_and_the_desk_numbers_on(
    db: Database, coordinator: Actor, front: Actor, tmp_path: Path
) -> None:
    """New people and households get their ids before the bulk write (SQLite: after the highest; PostgreSQL: from
    the column's sequence): each record points at its own resident, each person at the card the file gave, and
    the desk's next resident and card are numbered after them (the sequence moved on)."""
    resident(db, front, "Warga Lama", nik_of(dt.date(1970, 1, 1), serial=7), KK2)
    result = population.import_population(db, coordinator, write_population(tmp_path / "besar.xlsx", 40))
    assert result.imported == 40
    with db.read() as s:
        linked = s.execute(
            select(PopulationRecord.nik, Resident.nik, Household.kk)
            .join(Resident, Resident.id == PopulationRecord.resident_id)
            .outerjoin(Household, Household.id == Resident.household_id)
        ).all()
        top = s.execute(select(func.max(Resident.id))).scalar()
        cards = s.execute(select(func.count(Household.id))).scalar()
    assert len(linked) == 40 and all(record == nik for record, nik, _kk in linked)
    # The file's first four rows give card ...0000 (no such serial: emptied with a warning).
    assert sorted(kk or "" for _r, _n, kk in linked) == sorted(
        [""] * 4 + [f"62010212059{i // 4:05d}" for i in range(4, 40)]
    )
    assert cards == 1 + 9  # the desk's and the file's nine
    later = resident(db, front, "Warga Baru", nik_of(dt.date(1971, 1, 1), serial=8), "6201021205900099")
    assert later == top + 1
