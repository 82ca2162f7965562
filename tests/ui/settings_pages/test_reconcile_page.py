"""Pengaturan › Rekonsiliasi (issue 16): lists the differences and proposes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Proposal
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import reconcile
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.settings_pages.reconcile_page import ReconcilePage
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.services.fo_data import add_registry
from tests.ui.cek_bansos_data import (
    _quiet,  # noqa: F401 (an autouse fixture)
    poor_family,
)


def test_reconcile_page_lists_and_proposes(qtbot: QtBot, db: Database, coordinator: Actor, front: Actor,
                                           tmp_path: Path) -> None:  # fmt: skip
    poor_family(db, front, programmes=())
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


def test_a_refusal_is_shown_as_a_refusal_and_a_fault_in_plain_words(
    qtbot: QtBot, db: Database, coordinator: Actor, front: Actor, back: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both through ui.errors.show_fault: the service's refusal as a warning with its reason, anything else as the
    plain 'Terjadi galat' sentence (never the exception's own words); neither writes a proposal."""
    poor_family(db, front, programmes=())
    page = ReconcilePage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.refresh()
    wait_until(qtbot, lambda: bool(page.findings))
    shown: list[tuple[str, str]] = []
    for kind in ("warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(lambda _p, t, text, *_a, k=kind: shown.append((k, text))))
    real = reconcile.propose
    monkeypatch.setattr(reconcile, "propose", lambda d, _actor, chosen: real(d, back, chosen))  # back may not
    page.button_all.click()
    wait_for_jobs(qtbot)

    def broken(*_a: object) -> reconcile.Proposed:
        raise RuntimeError("6201020505700009 SITI")  # a fault whose words hold personal data

    monkeypatch.setattr(reconcile, "propose", broken)
    page.button_all.click()
    wait_for_jobs(qtbot)
    assert [k for k, _t in shown] == ["warning", "critical"]
    assert Permission.PROPOSAL.value in shown[0][1]
    assert "Terjadi galat pada program" in shown[1][1] and "6201020505700009" not in shown[1][1]
    with db.read() as s:
        assert s.execute(select(Proposal.id)).first() is None
