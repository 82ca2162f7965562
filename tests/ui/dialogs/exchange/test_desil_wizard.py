"""Pengaturan › Pertukaran data › Impor desil through the real widgets (issue 16 §1)."""

from __future__ import annotations

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


# --- §2 in the window ---------------------------------------------------------------------------------------------
