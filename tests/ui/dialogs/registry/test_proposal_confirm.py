"""Proposals are not made silently (issue 17 item 7): the resident page, the front desk's offer and the complaint
form say what the family was proposed before, and ask."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import proposals
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.front.complaint_form import ComplaintFormDialog
from puskesos_desktop.ui.dialogs.front.resident_page import ResidentPageDialog
from tests.helpers.jobs import wait_for_jobs
from tests.services.test_history import _rejected_by_musdes


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The questions shown; the answer is the list's first item when it is 'yes' (default: No)."""
    texts: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        texts.append(text)
        return QMessageBox.StandardButton.Yes if texts[0] == "yes" else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Suami meninggal", True)))
    return texts


def test_resident_page_tells_the_refusal_and_no_keeps_it_unproposed(
    qtbot: QtBot, db: Database, front: Actor, coordinator: Actor, asked: list[str]
) -> None:
    mother, _child = _rejected_by_musdes(db, front, coordinator)
    page = ResidentPageDialog(AppContext(db, front), mother)
    qtbot.addWidget(page)
    wait_for_jobs(qtbot)  # the page is read on a worker
    page.propose()
    wait_for_jobs(qtbot)
    assert len(asked) == 1
    assert "ditolak Musyawarah Desa pada 20 Juli 2026" in asked[0] and "Sudah menerima bantuan desa" in asked[0]
    assert len(proposals.earlier_proposals(db, front, resident_id=mother)) == 1  # No: nothing made
    asked[:] = ["yes"]
    page.propose()
    wait_for_jobs(qtbot)  # proposed on a worker
    assert len(proposals.earlier_proposals(db, front, resident_id=mother)) == 2


def test_a_family_never_proposed_is_not_asked_about_earlier_ones(
    qtbot: QtBot, db: Database, front: Actor, asked: list[str]
) -> None:
    from tests.services.fo_data import resident

    rid = resident(db, front, "Baru Sekali", nik="6201024506800009")
    page = ResidentPageDialog(AppContext(db, front), rid)
    qtbot.addWidget(page)
    wait_for_jobs(qtbot)  # the page is read on a worker
    page.propose()
    wait_for_jobs(qtbot)
    assert asked == [] and proposals.earlier_proposals(db, front, resident_id=rid)[0].open


def test_complaint_form_leaves_a_refused_family_unticked_and_says_why(
    qtbot: QtBot, db: Database, front: Actor, coordinator: Actor, asked: list[str]
) -> None:
    _mother, child = _rejected_by_musdes(db, front, coordinator)
    form = ComplaintFormDialog(AppContext(db, front), child)
    qtbot.addWidget(form)
    assert form.propose.isVisibleTo(form) and not form.propose.isChecked()
    assert "ditolak Musyawarah Desa" in form.earlier.text()
    assert form.values().propose_if_unregistered is False
    form.propose.setChecked(True)
    assert form.values().propose_if_unregistered is True


def test_resident_page_box_shows_the_latest_proposal_and_the_family_tab_says_not_listed(
    qtbot: QtBot, db: Database, front: Actor, coordinator: Actor
) -> None:
    """Issue 17 item 14: the "Usulan" box was empty while the tab listed a refused proposal; the family tab's
    DTKS/DTSEN column was blank for members the registry does not list."""
    mother, _child = _rejected_by_musdes(db, front, coordinator)
    page = ResidentPageDialog(AppContext(db, front), mother)
    qtbot.addWidget(page)
    wait_for_jobs(qtbot)  # the page is read on a worker
    (refused,) = proposals.earlier_proposals(db, front, resident_id=mother)
    assert page.registry_labels["proposal"].text() == f"{refused.number} (Tambah, Ditolak)"
    column = next(i for i, c in enumerate(page.members.source.columns) if c.key == "in_registry")
    shown = {page.members.proxy.index(r, column).data() for r in range(page.members.proxy.rowCount())}
    assert shown == {"Tidak terdaftar"}
