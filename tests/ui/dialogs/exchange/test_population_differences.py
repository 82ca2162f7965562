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
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.helpers.ui_thread import statements_on_this_thread
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
    with statements_on_this_thread() as seen:  # issue 12: read and accepted on workers
        dialog = PopulationDifferencesDialog(AppContext(db, coordinator))
        qtbot.addWidget(dialog)
        assert dialog.loading() and not dialog.button_accept.isVisibleTo(dialog)  # the rights come with the list
        wait_until(qtbot, lambda: not dialog.loading())
        assert dialog.table.source.rowCount() == 1 and "1 warga" in dialog.message.text()
        assert dialog.button_accept.isVisibleTo(dialog)
        dialog.table.selectRow(0)
        dialog.accept_chosen()
        assert not dialog.button_accept.isEnabled()  # until the job answers
        dialog.accept_chosen()  # pressed again meanwhile: accepted once
        wait_until(qtbot, lambda: "diterima" in dialog.message.text())
        wait_for_jobs(qtbot)
    assert seen == []
    assert dialog.message.text() == "Perbedaan 1 warga diterima. 0 warga dengan perbedaan."
    assert dialog.table.source.rowCount() == 0 and population.differences(db, coordinator) == []
    assert residents.get_resident(db, front, rid).address == "Jl. Melati 3" and dialog.button_accept.isEnabled()
    # Whoever may not import sees the list without the button.
    theirs = PopulationDifferencesDialog(AppContext(db, front))
    qtbot.addWidget(theirs)
    wait_until(qtbot, lambda: not theirs.loading())
    assert not theirs.button_accept.isVisibleTo(theirs) and "0 warga" in theirs.message.text()
