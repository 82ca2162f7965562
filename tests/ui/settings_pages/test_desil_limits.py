"""Pengaturan › Batas desil: the coordinator edits a programme's ceiling."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import desil
from puskesos_desktop.ui.context import AppContext
from tests.helpers.jobs import wait_for_jobs


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
