"""`puskesos population-differences [--accept NIK]`: what the office changed against the register, listed and
accepted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents
from puskesos_desktop.services.registry import population
from tests.services.registry import population_data as pd
from tests.services.registry.population_data import D1, D2, KK1, N_HEAD


def test_differences_listed_and_accepted_from_the_command_line(
    db: Database, coordinator: Actor, front: Actor, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A later import lists what the office changed (population-differences); --accept applies the register's."""
    population.import_population(db, coordinator, pd.workbook(tmp_path, [pd.opensid()]), data_date=D1)
    head = pd.people(db)[N_HEAD]
    edited = residents.ResidentInput(
        name="Muhammad Yusuf", nik=N_HEAD, kk=KK1, sex="L", birth_date=head.birth_date, address="Jl. Mawar 9"
    )
    residents.update_resident(db, front, head.id, edited)
    later = pd.workbook(tmp_path, [pd.opensid(alamat="Jl. Kenanga 1")], "penduduk2.xlsx")
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
    assert pd.people(db)[N_HEAD].address == "Jl. Kenanga 1"
