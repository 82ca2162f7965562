"""Pengaturan › Jejak audit (issue 7) for the coordinator."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import audit
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.admin.change_password import FilePasswordDialog
from puskesos_desktop.ui.settings_pages.audit_viewer import AuditViewerPage
from tests.helpers.driving import drive, watch
from tests.helpers.jobs import wait_for_jobs


def _idle(qtbot: QtBot) -> None:
    wait_for_jobs(qtbot)


def test_audit_viewer(
    qtbot: QtBot, db: Database, coordinator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch(monkeypatch)
    page = AuditViewerPage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    _idle(qtbot)
    total = page.table.proxy.rowCount()
    assert total >= 6 and "entri" in page.count.text()
    page.action.setCurrentIndex(page.action.findData("user."))
    page.load()
    _idle(qtbot)
    rows = [page.table.row_at_proxy(i) for i in range(page.table.proxy.rowCount())]
    assert rows and all(r.action.startswith("user.") for r in rows)
    page.date_from.setText("bukan tanggal")
    page.load()
    assert page.date_from.property("invalid") == "true"
    page.date_from.setText("")
    page.verify()
    _idle(qtbot)
    assert "Rantai utuh" in page.chain.text()
    target = tmp_path / "jejak.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    drive(monkeypatch, FilePasswordDialog, lambda d: d.accept())  # no password
    page.export()
    _idle(qtbot)
    assert target.exists() and "diekspor" in page.count.text()
    assert audit.query(db, coordinator, audit.AuditFilter(action="audit.export"))[0].details["count"] == len(rows)
