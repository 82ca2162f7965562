"""Issue 16: the population differences dialog takes the chosen person's newer data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Resident
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from tests.ui.cek_bansos_data import KK, NIK, _quiet  # noqa: F401 (an autouse fixture)


def test_population_differences_dialog_accepts_the_chosen_person(
    qtbot: QtBot, db: Database, coordinator: Actor, front: Actor, tmp_path: Path
) -> None:
    from puskesos_desktop.services.people import residents
    from puskesos_desktop.services.registry import population
    from puskesos_desktop.ui.dialogs.exchange.population_differences import PopulationDifferencesDialog
    from tests.services.dx_data import write_xlsx

    header = ["nik", "no_kk", "nama", "alamat"]
    first = write_xlsx(tmp_path / "p1.xlsx", [header, [NIK, KK, "SRI RAHAYU", "Jl. Mawar 1"]])
    population.import_population(db, coordinator, first, data_date=dt.date(2026, 10, 1))
    assert population.differences(db, coordinator) == []
    with db.read() as s:
        rid = s.execute(select(Resident.id).where(Resident.nik == NIK)).scalar_one()
    person = residents.get_resident(db, front, rid)
    residents.update_resident(db, front, rid, residents.ResidentInput(
        name=person.name, nik=NIK, kk=KK, sex=person.sex, address="Jl. Kantor 2"))  # fmt: skip
    later = write_xlsx(tmp_path / "p2.xlsx", [header, [NIK, KK, "SRI RAHAYU", "Jl. Melati 3"]])
    population.import_population(db, coordinator, later, data_date=dt.date(2026, 11, 1))
    dialog = PopulationDifferencesDialog(AppContext(db, coordinator))
    qtbot.addWidget(dialog)
    assert dialog.table.source.rowCount() == 1 and "1 warga" in dialog.message.text()
    dialog.table.selectRow(0)
    dialog.accept_chosen()
    assert dialog.table.source.rowCount() == 0 and population.differences(db, coordinator) == []
    assert residents.get_resident(db, front, rid).address == "Jl. Melati 3"
