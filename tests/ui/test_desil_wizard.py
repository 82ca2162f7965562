"""Pengaturan › Pertukaran data › Impor desil through the real widgets (issue 16 §1)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import desil
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.exchange.desil_wizard import DesilWizard
from puskesos_desktop.ui.settings_pages.data_exchange import DataExchangePage
from tests.helpers.jobs import wait_for_jobs
from tests.services.dx_data import write_xlsx
from tests.services.fo_data import add_registry

KK_A = "6201021205900002"


def test_desil_wizard_refuses_then_imports(
    qtbot: QtBot, db: Database, coordinator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: warned.append(text)))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a, **k: warned.append(text)))
    add_registry(db, "6201021205900001", "MUHAMMAD YUSUF", kk=KK_A)
    path = write_xlsx(tmp_path / "desil.xlsx", [["Judul"], ["No KK", "Desil"], [KK_A, 3], ["1", 2]])
    ctx = AppContext(db, coordinator)
    changed: list[Any] = []
    ctx.data_changed.connect(changed.append)
    w = DesilWizard(ctx)
    qtbot.addWidget(w)
    w.show()
    w.button_next.click()  # no file: refused on the file field
    assert w.file.edit.property("invalid") == "true" and warned
    w.file.edit.setText(str(path))
    w.data_date.setText("12-10-2026")
    w.button_next.click()
    wait_for_jobs(qtbot)
    assert w.stack.currentIndex() == 1 and w.outcome is not None
    assert (w.outcome.matched, w.outcome.rejected) == (1, 1) and "1 keluarga cocok" in w.summary.text()
    assert not w.open_report.isHidden() and "registry" in changed
    value = desil.family_desil(db, coordinator, KK_A)
    assert value is not None and value.desil == 3 and value.data_date.isoformat() == "2026-10-12"


def test_data_exchange_page_offers_desil_to_the_coordinator_only(qtbot: QtBot, db: Database, coordinator: Actor,
                                                                  front: Actor) -> None:  # fmt: skip
    page = DataExchangePage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.refresh()
    assert page.desil_button.isEnabled() and "desil" in page.desil_button.text().lower()
    other = DataExchangePage(AppContext(db, front))
    qtbot.addWidget(other)
    other.refresh()
    assert not other.desil_button.isEnabled()


# --- §2 in the window ---------------------------------------------------------------------------------------------


def test_front_desk_and_resident_page_say_the_desil_sentence(
    qtbot: QtBot, db: Database, front: Actor, coordinator: Actor, tmp_path: Path, fixed_now: object
) -> None:
    from puskesos_desktop.services.people import search
    from puskesos_desktop.ui.dialogs.front.resident_page import ResidentPageDialog
    from puskesos_desktop.ui.tabs.front_office import FrontOfficeTab
    from tests.helpers.jobs import wait_until
    from tests.services.fo_data import resident

    rid = resident(db, front, "Muhammad Yusuf", "6201021205900001", KK_A)
    add_registry(db, "6201021205900001", "MUHAMMAD YUSUF", kk=KK_A, programmes=("PKH", "BPNT"))
    desil.import_desil(db, coordinator, write_xlsx(tmp_path / "d.xlsx", [["NO KK", "DESIL"], [KK_A, 3]]),
                       data_date=desil.clock.today())  # fmt: skip
    expected = "memenuhi batas desil PKH, BPNT, PBI-JK — belum menerima PBI-JK"
    page = ResidentPageDialog(AppContext(db, front), rid)
    qtbot.addWidget(page)
    assert page.desil_line.isVisibleTo(page) and expected in page.desil_line.text()
    tab = FrontOfficeTab(AppContext(db, front))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.keyClicks(tab.search_box, "6201021205900001")
    wait_until(qtbot, lambda: tab.results.source.rowCount() > 0)
    column = [c.key for c in tab.results.source.columns].index("desil")
    assert expected in tab.results.model().index(0, column).data()
    wait_for_jobs(qtbot)
    search.release(db)


def test_coordinator_edits_a_ceiling(qtbot: QtBot, db: Database, coordinator: Actor, front: Actor,
                                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from puskesos_desktop.ui.settings_pages.desil_limits import DesilLimitsPage

    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: errors.append(text)))
    page = DesilLimitsPage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.refresh()
    row = next(r for r in range(page.table.proxy.rowCount()) if page.table.row_at_proxy(r).code == "PIP")
    page.table.selectRow(row)
    assert page.top.value() == 0 and page.source.text() == ""
    page.top.setValue(3)
    page.save()  # no source: refused on the field
    wait_for_jobs(qtbot)
    assert page.source.property("invalid") == "true" and errors
    page.source.setText("Juknis PIP 2026")
    page.source_date.setText("05-01-2026")
    page.save()
    wait_for_jobs(qtbot)
    pip = next(c for c in desil.list_ceilings(db, coordinator) if c.code == "PIP")
    assert (pip.desil_max, pip.source, pip.source_date.isoformat() if pip.source_date else "") == (
        3,
        "Juknis PIP 2026",
        "2026-01-05",
    )
    assert page.table.selected_row().code == "PIP" and "PIP" in page.message.text()
    other = DesilLimitsPage(AppContext(db, front))
    qtbot.addWidget(other)
    other.refresh()
    assert not other.save_button.isEnabled() and other.table.source.rowCount() > 3


def test_stale_registry_warns_before_a_certificate(
    qtbot: QtBot, db: Database, front: Actor, coordinator: Actor, monkeypatch: pytest.MonkeyPatch, fixed_now: object
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from puskesos_desktop.services import office
    from puskesos_desktop.ui.dialogs.front.resident_page import ResidentPageDialog
    from puskesos_desktop.ui.tabs.front_office import FrontOfficeTab
    from tests.services.fo_data import resident

    rid = resident(db, front, "Muhammad Yusuf", "6201021205900001", KK_A)
    add_registry(db, "6201021205900001", "MUHAMMAD YUSUF", kk=KK_A)
    office.update_settings(
        db, coordinator, lambda st: dataclasses.replace(st, registry_max_age_days=30)
    )  # the extract is 53 days old
    warned: list[str] = []

    def warning(_p: object, _t: str, text: str, *a: Any, **k: Any) -> QMessageBox.StandardButton:
        warned.append(text)
        return QMessageBox.StandardButton.No

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append("purpose") or ("", False))
    page = ResidentPageDialog(AppContext(db, front), rid)
    qtbot.addWidget(page)
    page.issue_certificate()
    assert len(warned) == 1 and "1 Oktober 2026" in warned[0] and "53 hari" in warned[0] and not asked
    office.update_settings(db, coordinator, lambda st: dataclasses.replace(st, registry_max_age_days=90))
    page.issue_certificate()
    assert len(warned) == 1 and asked == ["purpose"]  # fresh enough: straight to the purpose
    tab = FrontOfficeTab(AppContext(db, front))
    qtbot.addWidget(tab)
    tab.refresh()
    wait_for_jobs(qtbot)
    assert "Data DTKS/DTSEN per 1 Oktober 2026 (53 hari)" == tab.registry_age.text()


def test_population_wizard_imports_residents(
    qtbot: QtBot, db: Database, coordinator: Actor, tmp_path: Path
) -> None:
    from puskesos_desktop.ui.dialogs.exchange.population_wizard import PopulationWizard

    path = write_xlsx(tmp_path / "penduduk.xlsx", [["nik", "no_kk", "nama", "status_dasar"],
                                                   ["'6201021205900001", f"'{KK_A}", "MUHAMMAD YUSUF", 1],
                                                   ["0", f"'{KK_A}", "TANPA NIK", 1]])  # fmt: skip
    w = PopulationWizard(AppContext(db, coordinator))
    qtbot.addWidget(w)
    w.show()
    w.file.edit.setText(str(path))
    w.button_next.click()
    wait_for_jobs(qtbot)
    assert w.stack.currentIndex() == 1 and (w.outcome.imported, w.outcome.rejected) == (1, 1)
    assert "1 warga baru" in w.summary.text() and not w.open_report.isHidden()
