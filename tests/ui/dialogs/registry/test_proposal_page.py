"""One DTKS/DTSEN proposal's page (issue 20): opened from the resident page and from the Musdes agenda, the house
photos attached on it and printed with it; the penanggung jawab's page masked, without attachments or print."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.devtools import photos
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import attachments
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.front.resident_page import ResidentPageDialog
from puskesos_desktop.ui.widgets.attachments_panel import AttachmentsPanel
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.services import bo_helpers as h


def _choose(panel: AttachmentsPanel, kind: str) -> None:
    panel.kind.setCurrentIndex(panel.kind.findData(kind))


def test_proposal_page_from_the_resident_page_and_musdes(
    qtbot: QtBot, db: Database, front: Actor, coordinator: Actor, head: Actor, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from puskesos_desktop.services.registry import proposals
    from puskesos_desktop.ui.dialogs.registry.proposal_page import ProposalPageDialog
    from puskesos_desktop.ui.settings_pages.musdes import MusdesPage
    from tests.helpers.driving import watch
    from tests.helpers.ui_thread import statements_on_this_thread
    from tests.printing import helpers

    rid = h.resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    prop = proposals.propose_addition(db, front, rid, "Rumah tidak layak huni")
    page = ResidentPageDialog(AppContext(db, front), rid)
    qtbot.addWidget(page)
    wait_until(qtbot, lambda: page.proposals.source.rowCount() == 1)
    page.proposals.selectRow(0)
    with statements_on_this_thread() as seen:  # the proposal and the rights are read on a worker (issue 12 §7)
        page.open_proposal()
        wait_for_jobs(qtbot)
    assert seen == []
    dialog = page.proposal_page
    assert isinstance(dialog, ProposalPageDialog) and dialog.info.id == prop.id
    panel = dialog.attachments
    assert panel is not None and panel.owner == attachments.Owner("proposal", prop.id)
    photo = tmp_path / "IMG_0001.jpg"
    photo.write_bytes(photos.photo(1600, 1200, gps=(-2.2, 113.9)))
    _choose(panel, "Foto rumah depan")
    panel.add_files([photo])
    wait_until(qtbot, lambda: len(panel.rows) == 1)
    wait_for_jobs(qtbot)

    screen = watch(monkeypatch)
    dialog.button_print.click()
    wait_until(qtbot, lambda: len(screen.pdfs) == 1)
    wait_for_jobs(qtbot)
    name, pdf = screen.pdfs[0]
    text = helpers.text(pdf)
    assert name.startswith("usulan-USL") and "LAMPIRAN FOTO RUMAH" in text and "-2.20000, 113.90000" in text
    dialog.close()

    # From the Musdes agenda: double-click (activate) a proposal.
    musdes_page = MusdesPage(AppContext(db, coordinator))
    qtbot.addWidget(musdes_page)
    musdes_page.show()
    musdes_page.refresh()
    wait_until(qtbot, lambda: not musdes_page.reading())  # read on a worker
    musdes_page.agenda.selectRow(0)
    musdes_page.open_selected_proposal()
    musdes_page.open_selected_proposal()  # pressed twice while the proposal is read (a job): one page opens
    wait_for_jobs(qtbot)
    assert musdes_page.proposal_page.info.number == prop.number
    assert len([w for w in musdes_page.findChildren(ProposalPageDialog) if w.isVisible()]) == 1
    musdes_page.proposal_page.close()

    # The penanggung jawab: masked NIKs, no attachments tab, no print.
    theirs = ProposalPageDialog.open_for(AppContext(db, head), prop.id)
    qtbot.addWidget(theirs)
    assert theirs.attachments is None and theirs.tabs.count() == 1 and not theirs.button_print.isEnabled()
    assert all(m.nik != "6201020101700006" for m in theirs.info.members)
