"""Issue 16 in the window: the resident page's Cek Bansos section and desk offer, the Front Office's calendar line and
overdue Cek Bansos list, Pengaturan › Kalender DTSEN and › Rekonsiliasi, through the real widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import FamilyDesil, Proposal, Resident
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import cek_bansos
from puskesos_desktop.services.registry import district_calendar as cal
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.front.resident_page import ResidentPageDialog
from puskesos_desktop.ui.dialogs.registry import cek_bansos_form
from puskesos_desktop.ui.settings_pages.district_calendar import DistrictCalendarPage
from puskesos_desktop.ui.settings_pages.reconcile_page import ReconcilePage
from puskesos_desktop.ui.tabs.front_office import FrontOfficeTab
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.services.fo_data import add_registry, resident

NIK, KK = "6201024506800003", "6201021205900012"


@pytest.fixture
def december() -> Iterator[None]:
    with clock.frozen_at(dt.datetime(2026, 12, 9, 9, 30)):
        yield


@pytest.fixture(autouse=True)
def _quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda _p, _t, text, *a, **k: said.append(text)))
    return said


def _poor_family(db: Database, front: Actor, programmes: tuple[str, ...] = ("PKH",)) -> int:
    add_registry(db, NIK, "SRI RAHAYU", kk=KK, desil=3, programmes=programmes)
    with db.write() as s:
        s.add(FamilyDesil(kk=KK, desil=3, data_date=dt.date(2026, 10, 12)))
    return resident(db, front, "Sri Rahayu", NIK, KK, sex="P")


def test_resident_page_records_a_filing_and_offers_the_missed_programmes(
    qtbot: QtBot, db: Database, front: Actor, december: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = _poor_family(db, front)
    ctx = AppContext(db, front)
    page = ResidentPageDialog(ctx, rid)
    qtbot.addWidget(page)
    assert "belum menerima BPNT, PBI-JK" in page.desil_line.text()
    labels = [a.text() for a in page.offer_menu.actions()]
    assert any("PBI-JK" in t and "BPJS" in t for t in labels), labels  # the catalogue's PBI services
    assert any(t.startswith("Usulkan pemutakhiran DTSEN (belum menerima BPNT)") for t in labels), labels
    asked: list[tuple[int, int]] = []
    page.service_requested.connect(lambda r, sid: asked.append((r, sid)))
    page.offer_menu.actions()[0].trigger()
    assert asked and asked[0][0] == rid
    page.offer_menu.actions()[-1].trigger()  # the update proposal with the desk's sentence as its reason
    with db.read() as s:
        made = s.execute(select(Proposal.kind, Proposal.reason)).all()
    assert made and made[0][0] == "Perbarui" and "belum menerima BPNT" in made[0][1]

    def fill(form: cek_bansos_form.CekBansosForm) -> int:
        form.family_kk.setText("")
        form.filed_on.setText("02-11-2026")
        form.reference.setText("CB-2026-11-77")
        form.accept()
        return 1

    monkeypatch.setattr(cek_bansos_form.CekBansosForm, "exec", fill)
    page.cek_bansos.new_filing()
    rows = cek_bansos.for_resident(db, front, rid)
    assert [(f.kind, f.reference, f.deadline) for f in rows] == [("Usul", "CB-2026-11-77", dt.date(2026, 11, 16))]
    assert page.cek_bansos.table.source.rowCount() == 1
    page.cek_bansos.table.selectRow(0)

    def outcome(form: cek_bansos_form.CekBansosOutcomeForm) -> int:
        form.accept()
        return 1

    monkeypatch.setattr(cek_bansos_form.CekBansosOutcomeForm, "exec", outcome)
    page.cek_bansos.record_outcome()
    assert cek_bansos.for_resident(db, front, rid)[0].outcome == "Diterima"


def test_front_office_shows_calendar_reminder_and_overdue_filings(
    qtbot: QtBot, db: Database, front: Actor, december: None
) -> None:
    rid = _poor_family(db, front)
    cek_bansos.record(db, front, rid, cek_bansos.FilingInput("Usul", dt.date(2026, 11, 2)))
    tab = FrontOfficeTab(AppContext(db, front))
    qtbot.addWidget(tab)
    tab.refresh()
    wait_until(qtbot, lambda: tab.cek_bansos_late.source.rowCount() == 1)
    reminder = tab.calendar_line.text().splitlines()[1]
    assert reminder == (
        "Input SIKS-NG ditutup 11 Desember 2026 (2 hari lagi); Usulan PBI-JK ditutup 11 Desember 2026 (2 hari lagi): "
        "0 usulan masih Draf."
    )
    assert tab.calendar_line.text().startswith("Jadwal DTSEN: Musdesus 1–14 Desember 2026")
    assert tab.lists.tabText(3).endswith("(1)")
    tab.start_search(NIK)
    wait_for_jobs(qtbot)
    tab.results.selectRow(0)
    assert tab.button_offer.isEnabled()
    tab._fill_offers()
    assert any("PBI-JK" in a.text() for a in tab.offer_menu.actions())


def test_calendar_page_saves_and_refuses(qtbot: QtBot, db: Database, coordinator: Actor, front: Actor,
                                         _quiet: list[str]) -> None:  # fmt: skip
    page = DistrictCalendarPage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.refresh()
    first, last = page.days["musdesus"]
    first.setValue(20)
    last.setValue(10)
    page.save()
    wait_for_jobs(qtbot)
    assert first.property("invalid") == "true" and _quiet and cal.get_calendar(db).musdesus == (1, 14)
    first.setValue(15)
    last.setValue(22)
    page.cadence.setCurrentIndex(page.cadence.findData("triwulanan"))
    page.save()
    wait_for_jobs(qtbot)
    saved = cal.get_calendar(db)
    assert saved.musdesus == (15, 22) and saved.cadence == "triwulanan"
    assert "Musdesus" in page.next_dates.text()
    other = DistrictCalendarPage(AppContext(db, front))
    qtbot.addWidget(other)
    other.refresh()
    assert not other.save_button.isEnabled()


def test_reconcile_page_lists_and_proposes(qtbot: QtBot, db: Database, coordinator: Actor, front: Actor,
                                           tmp_path: Path) -> None:  # fmt: skip
    _poor_family(db, front, programmes=())
    add_registry(db, "6201020505700009", "SITI GANDA", birth=dt.date(1970, 5, 5))
    add_registry(db, "6201020505700010", "SITI GANDA", birth=dt.date(1970, 5, 5))
    changed: list[Any] = []
    ctx = AppContext(db, coordinator)
    ctx.data_changed.connect(changed.append)
    page = ReconcilePage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    wait_until(qtbot, lambda: bool(page.findings))
    reasons = {f.reason for f in page.findings}
    assert {"ganda", "belum menerima"} <= reasons
    page.reason.setCurrentIndex(page.reason.findData("belum menerima"))
    assert page.table.source.rowCount() == 1
    page.button_all.click()
    wait_for_jobs(qtbot)
    with db.read() as s:
        made = s.execute(select(Proposal.kind, Proposal.status, Proposal.reason)).all()
    assert [(k, st) for k, st, _r in made] == [("Perbarui", "Draf")] and made[0][2].startswith("Rekonsiliasi: ")
    assert "1 usulan Draf" in page.message.text() and "proposals" in changed


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
