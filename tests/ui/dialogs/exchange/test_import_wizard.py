"""The registry import wizard (issue 5): unknown columns mapped and remembered, a password refusal, a cancel."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.excel import registry_pipe
from puskesos_desktop.services import office
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import registry_import
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.exchange.import_wizard import ImportWizard
from puskesos_desktop.ui.jobs import jobs
from tests.helpers.driving import Screen
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.services.dx_data import HEADER, dump, encrypt, extract_row, nik_of, sample_module, write_xlsx

N1 = nik_of(dt.date(1990, 5, 12), "L", 1)


N2 = nik_of(dt.date(1985, 1, 2), "P", 2)


def test_import_wizard_maps_unknown_columns_and_remembers(
    qtbot: QtBot, db: Database, coordinator: Actor, tmp_path: Path, screen: Screen, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "lain.xlsx", [["No Induk", "Nama Kepala", "Sembako 2026"], [N1, "SITI", "YA"],
                                               [N2, "DEWI", "TIDAK"], ["123", "SALAH", ""]])  # fmt: skip
    ctx = AppContext(db, coordinator)
    changed: list[str] = []
    ctx.data_changed.connect(changed.append)
    w = ImportWizard(ctx)
    qtbot.addWidget(w)
    w.show()
    w.button_next.click()  # no file yet: refused on the file field
    assert w.file.edit.property("invalid") == "true" and screen.warnings
    w.file.edit.setText(str(path))
    w.button_next.click()
    wait_for_jobs(qtbot)
    assert w.stack.currentIndex() == 1 and w.combos["nik"].property("invalid") == "true"
    assert w.samples.source.rowCount() == 3
    w.button_next.click()  # NIK and Nama still not chosen
    assert w.stack.currentIndex() == 1 and "NIK" in w.error.text()
    w.combos["nik"].setCurrentIndex(w.combos["nik"].findData("No Induk"))
    w.combos["name"].setCurrentIndex(w.combos["name"].findData("Nama Kepala"))
    w.combos["BPNT"].setCurrentIndex(w.combos["BPNT"].findData("Nama Kepala"))
    w.button_next.click()  # one column chosen twice
    assert w.combos["BPNT"].property("invalid") == "true" and "dipilih untuk" in w.error.text()
    w.combos["BPNT"].setCurrentIndex(w.combos["BPNT"].findData("Sembako 2026"))
    # 1 of 3 rows rejected is past the office's 5 %: the wizard shows the figures and asks (issue 13 §2).
    asked: list[registry_import.ImportCheck] = []
    answers = [False, True]

    def confirm(_self: ImportWizard, check: registry_import.ImportCheck) -> bool:
        asked.append(check)
        return answers.pop(0)

    monkeypatch.setattr(ImportWizard, "confirm_shrink", confirm)
    w.button_next.click()
    wait_for_jobs(qtbot)
    assert len(asked) == 1 and (asked[0].rejected, asked[0].total_rows) == (1, 3) and asked[0].too_many_rejected
    assert w.stack.currentIndex() == 1 and w.outcome is None and registry_import.list_imports(db) == []
    w.button_next.click()
    wait_for_jobs(qtbot)
    assert len(asked) == 2
    assert w.stack.currentIndex() == 2 and w.outcome is not None
    assert (w.outcome.imported, w.outcome.rejected) == (2, 1) and "2 baru" in w.summary.text()
    assert w.issues.source.rowCount() == 1 and not w.open_report.isHidden()
    assert "registry" in changed
    assert dict(office.load_settings(db).import_column_mapping) == {"nik": "No Induk", "name": "Nama Kepala",
                                                                    "BPNT": "Sembako 2026"}  # fmt: skip
    w.button_next.click()  # Selesai
    assert w.result() == 1


def test_import_wizard_password_refusal_and_cancel(
    qtbot: QtBot, db: Database, coordinator: Actor, tmp_path: Path, screen: Screen
) -> None:
    plain = write_xlsx(tmp_path / "asal.xlsx", [HEADER, extract_row(N1)])
    locked = encrypt(plain, "rahasia", tmp_path / "terkunci.xlsx")
    w = ImportWizard(AppContext(db, coordinator))
    qtbot.addWidget(w)
    w.show()
    w.file.edit.setText(str(locked))
    w.button_next.click()
    wait_for_jobs(qtbot)
    assert w.stack.currentIndex() == 0 and w.password.property("invalid") == "true"
    assert "kata sandi" in screen.warnings[-1].lower()
    # A long import cancelled through the wizard changes nothing.
    sample = sample_module().generate(tmp_path / "DTKS_4000.xlsx", 4000, seed=2)
    before = dump(db)
    w.password.clear()
    w.file.edit.setText(str(sample.path))
    w.button_next.click()
    wait_for_jobs(qtbot)
    assert w.stack.currentIndex() == 1
    w.button_next.click()
    assert w.task and jobs().running(w.task)
    w.reject()  # Esc / Batal while it runs: cancels the work, the wizard stays open
    assert w.isVisible()
    wait_for_jobs(qtbot)
    assert dump(db) == before and "dibatalkan" in w.error.text()


@pytest.mark.sqlite_only  # the checking processes stage for SQLite's staged import
def test_cancel_ends_the_csv_checking_processes(
    qtbot: QtBot, db: Database, coordinator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big CSV is checked by child processes (excel/registry_pipe.py): Batal in the window ends them too."""
    monkeypatch.setattr(registry_pipe, "MIN_ROWS", 0)
    monkeypatch.setattr(registry_pipe, "FIRST_IN_PROCESS", 7)
    monkeypatch.setattr(registry_pipe, "BATCH", 5)
    monkeypatch.setattr(registry_pipe, "worth_it", lambda: True)
    told: list[str] = []

    def information(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> QMessageBox.StandardButton:
        told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    sample = sample_module().generate(tmp_path / "DTKS_3000.csv", 3000, seed=2)
    before = dump(db)
    w = ImportWizard(AppContext(db, coordinator))
    qtbot.addWidget(w)
    w.show()
    w.file.edit.setText(str(sample.path))
    w.button_next.click()
    wait_for_jobs(qtbot)
    assert w.stack.currentIndex() == 1
    w.button_next.click()
    wait_until(qtbot, lambda: len(multiprocessing.active_children()) == registry_pipe.CHILDREN)
    pids = [p.pid for p in multiprocessing.active_children()]
    w.reject()  # Batal while the children check
    wait_for_jobs(qtbot)
    assert dump(db) == before and "dibatalkan" in w.error.text()
    assert told == ["Tidak ada data yang berubah."]
    assert not multiprocessing.active_children()
    for pid in pids:
        assert pid is not None
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)  # ended and reaped
