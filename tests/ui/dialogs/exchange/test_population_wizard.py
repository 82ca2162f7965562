"""The population import wizard (issue 16) imports residents."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from tests.helpers.jobs import wait_for_jobs
from tests.services.dx_data import write_xlsx

KK_A = "6201021205900002"


def test_population_wizard_imports_residents(qtbot: QtBot, db: Database, coordinator: Actor, tmp_path: Path) -> None:
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
