"""Village population register import (issue 16 §4): OpenSID format and plain workbooks, rejected rows, office edits
never overwritten, life status with its date, the same file twice changes nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from puskesos_desktop.cli.main import main
from puskesos_desktop.core.errors import PermissionDenied
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Household, Resident
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents
from puskesos_desktop.services.registry import population
from tests.services.dx_data import write_xlsx
from tests.services.fo_data import resident

OPENSID = ["alamat", "dusun", "rw", "rt", "nama", "no_kk", "nik", "sex", "tempatlahir", "tanggallahir", "agama_id",
           "pendidikan_kk_id", "pekerjaan_id", "status_kawin", "kk_level", "warganegara_id", "nama_ayah", "nama_ibu",
           "golongan_darah_id", "status_dasar"]  # fmt: skip
KK1 = "6201021205900002"
KK2 = "6201021505850004"
N_HEAD = "6201021205900001"
N_WIFE = "6201024505850003"
N_CHILD = "6201020101150005"
D1 = dt.date(2026, 10, 12)
D2 = dt.date(2026, 11, 20)


def _opensid(**over: object) -> list[object]:
    row: dict[str, object] = dict(zip(OPENSID, ["Jl. Melati 3", "Krajan", "002", "001", "MUHAMMAD YUSUF",
                                                f"'{KK1}", f"'{N_HEAD}", 1, "Sukamaju", "1990-05-12", 1, 5, 2, 2,
                                                1, 1, "AHMAD", "SITI", 13, 1], strict=True))  # fmt: skip
    row.update(over)
    return list(row.values())


def _file(tmp_path: Path, rows: list[list[object]], name: str = "penduduk.xlsx") -> Path:
    return write_xlsx(tmp_path / name, [OPENSID, *rows])


def _people(db: Database) -> dict[str, Resident]:
    with db.read() as s:
        return {r.nik: r for r in s.execute(select(Resident).where(Resident.nik.is_not(None))).scalars() if r.nik}


def test_opensid_rows_become_residents_and_same_file_changes_nothing(
    db: Database, coordinator: Actor, tmp_path: Path
) -> None:
    path = _file(tmp_path, [
        _opensid(),
        _opensid(nama="SITI AMINAH", nik=N_WIFE, sex=2, tanggallahir="1985-05-05", kk_level=3),
        _opensid(nama="ANAK YUSUF", nik=int(N_CHILD), kk_level=4, tanggallahir="2015-01-01"),
        _opensid(nama="TANPA NIK", nik=0),  # OpenSID's 'no NIK'
        _opensid(nama="SALAH", nik="12345"),
        _opensid(nama="", nik="6201020202020006"),
        _opensid(nama="MENINGGAL", nik="6201020303600007", no_kk=f"'{KK2}", status_dasar=2),
        _opensid(nama="ANEH", nik="6201020404600008", status_dasar="TERBANG"),
    ])  # fmt: skip
    result = population.import_population(db, coordinator, path, data_date=D1)
    head = dict(list(result.as_json().items())[:5])
    assert head == {"imported": 4, "updated": 0, "unchanged": 0, "rejected": 4, "report": str(result.report)}
    people = _people(db)
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
    population.import_population(db, coordinator, _file(tmp_path, [_opensid(), _opensid(
        nama="SITI AMINAH", nik=N_WIFE, sex=2, kk_level=3)]), data_date=D1)  # fmt: skip
    head = _people(db)[N_HEAD]
    edited = residents.ResidentInput(
        name="Muhammad Yusuf", nik=N_HEAD, kk=KK1, sex="L", birth_date=head.birth_date, address="Jl. Mawar 9"
    )
    residents.update_resident(db, front, head.id, edited)
    later = _file(tmp_path, [
        _opensid(alamat="Jl. Kenanga 1", status_dasar=3),  # the office changed the address; the register too
        _opensid(nama="SITI AMINAH", nik=N_WIFE, sex=2, kk_level=3, rt="004"),
    ], "penduduk2.xlsx")  # fmt: skip
    result = population.import_population(db, coordinator, later, data_date=D2)
    assert (result.imported, result.updated, result.unchanged, result.differences) == (0, 2, 0, 1)
    people = _people(db)
    assert people[N_HEAD].address == "Jl. Mawar 9" and people[N_HEAD].name == "Muhammad Yusuf"
    assert (people[N_HEAD].life_status, people[N_HEAD].life_status_date) == ("pindah", D2)
    assert people[N_WIFE].rt == "004"
    reasons = [r for r in openpyxl.load_workbook(result.report).active.iter_rows(min_row=2, values_only=True)]
    assert any(r[1] == "Alamat" and r[2] == "Jl. Mawar 9 → Jl. Kenanga 1" for r in reasons)
    accepted = population.accept_differences(db, coordinator, N_HEAD)
    assert "address" in accepted and _people(db)[N_HEAD].address == "Jl. Kenanga 1"


def test_desk_registered_resident_only_gets_empty_fields(
    db: Database, coordinator: Actor, front: Actor, tmp_path: Path
) -> None:
    resident(db, front, "Muhammad Yusuf", N_HEAD, KK1, address="Jl. Kantor 1")
    rows = [["Data penduduk"], ["NIK", "No KK", "Nama", "Alamat", "Tempat Lahir"],
            [N_HEAD, KK1, "MUHAMMAD YUSUF", "Jl. Lain 2", "Pangkalan Bun"]]  # fmt: skip
    plain = write_xlsx(tmp_path / "plain.xlsx", rows)
    result = population.import_population(db, coordinator, plain, data_date=D1)
    assert (result.imported, result.updated, result.differences) == (0, 1, 1)
    p = _people(db)[N_HEAD]
    assert p.name == "Muhammad Yusuf" and p.address == "Jl. Kantor 1" and p.birth_place == "Pangkalan Bun"
    with db.read() as s:
        assert s.execute(select(Household.kk)).scalars().all() == [KK1]


def test_rights_and_cli(db: Database, front: Actor, db_path: Path, tmp_path: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    path = _file(tmp_path, [_opensid()])
    with pytest.raises(PermissionDenied):
        population.import_population(db, front, path)
    assert main(["import-population", str(path), "--db", str(db_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out)[:5] == ["imported", "updated", "unchanged", "rejected", "report"] and out["imported"] == 1


def test_differences_listed_and_accepted_from_the_command_line(
    db: Database, coordinator: Actor, front: Actor, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A later import lists what the office changed (population-differences); --accept applies the register's."""
    population.import_population(db, coordinator, _file(tmp_path, [_opensid()]), data_date=D1)
    head = _people(db)[N_HEAD]
    edited = residents.ResidentInput(
        name="Muhammad Yusuf", nik=N_HEAD, kk=KK1, sex="L", birth_date=head.birth_date, address="Jl. Mawar 9"
    )
    residents.update_resident(db, front, head.id, edited)
    later = _file(tmp_path, [_opensid(alamat="Jl. Kenanga 1")], "penduduk2.xlsx")
    population.import_population(db, coordinator, later, data_date=D2)
    found = population.differences(db, coordinator)
    assert [d.nik for d in found] == [N_HEAD] and ("Alamat", "Jl. Mawar 9", "Jl. Kenanga 1") in found[0].changes
    assert main(["population-differences", "--db", str(db_path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["nik"], r["name"]) for r in rows] == [(N_HEAD, "Muhammad Yusuf")]
    assert {"field": "Alamat", "office": "Jl. Mawar 9", "register": "Jl. Kenanga 1"} in rows[0]["changes"]
    again = population.import_population(db, coordinator, later, data_date=D2)  # same file: nothing changes
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 1)
    assert main(["population-differences", "--db", str(db_path), "--accept", N_HEAD, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert _people(db)[N_HEAD].address == "Jl. Kenanga 1"
