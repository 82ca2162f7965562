"""The batch export wizard (issue 5): writes the month's batch off the UI thread and refuses a full stick."""

from __future__ import annotations

import datetime as dt
import errno
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.excel import batch as excel_batch
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.exchange import batch as exchange
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.exchange.export_wizard import ExportWizard, months_offered
from tests.helpers.driving import Screen
from tests.helpers.jobs import wait_for_jobs
from tests.services.dx_data import fill_months


def test_export_wizard_writes_the_batch_and_refuses_a_full_stick(
    qtbot: QtBot, db: Database, front: Actor, back: Actor, coordinator: Actor, tmp_path: Path, screen: Screen,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    fill_months(db, front, back, coordinator)
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    w = ExportWizard(AppContext(db, coordinator))
    qtbot.addWidget(w)
    w.show()
    assert [m for _, m in months_offered(dt.date(2026, 1, 5))][:2] == ["2026-01", "2025-12"]
    w._select_folder(str(stick))
    w.month.setCurrentIndex(w.month.findData("2026-11"))
    assert "Ruang kosong" in w.free.text()
    w.password.setText("Rahasia-Kab-1")
    w.repeat.setText("Rahasia-Kab-2")
    w.button_next.click()
    assert w.repeat.property("invalid") == "true" and w.stack.currentIndex() == 0
    w.repeat.setText("Rahasia-Kab-1")

    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(excel_batch, "_write_bytes", full)
        w.button_next.click()
        wait_for_jobs(qtbot)
    assert w.stack.currentIndex() == 0 and "penuh" in w.error.text() and "penuh" in screen.warnings[-1]
    assert list(stick.iterdir()) == [] and exchange.list_batches(db) == []
    w.button_next.click()
    wait_for_jobs(qtbot)
    assert w.stack.currentIndex() == 1 and w.outcome is not None and w.outcome.encrypted
    assert (stick / "PUSKESOS_6201022001_2026-11_01.xlsx").exists()
    assert "Keluhan: 2" in w.details.text() and not w.password.text()
