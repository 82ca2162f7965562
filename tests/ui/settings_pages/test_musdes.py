"""Pengaturan › Musyawarah Desa: only the coordinator records a deliberation; the page is read on a worker."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import proposals
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.settings_pages.musdes import MusdesPage
from tests.helpers.jobs import wait_until
from tests.services import bo_helpers as h


def test_only_the_coordinator_records(qtbot: QtBot, db: Database, front: Actor) -> None:
    page = MusdesPage(AppContext(db, front))
    qtbot.addWidget(page)
    page.refresh()
    assert not page.record.isEnabled()


def test_the_page_and_who_sees_the_photos_are_read_on_a_worker(
    qtbot: QtBot, db: Database, front: Actor, coordinator: Actor, head: Actor
) -> None:
    """Issue 12 §4: the office's paper, the agenda, the sessions and whether the account may see the house photos
    (``attachments.may_see``, a read of the account) were read on the window's thread at each refresh."""
    from tests.helpers.ui_thread import statements_on_this_thread

    rid = h.resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    proposals.propose_addition(db, front, rid, "Rumah tidak layak huni")
    for actor, sees in ((coordinator, True), (head, False)):
        page = MusdesPage(AppContext(db, actor))
        qtbot.addWidget(page)
        page.show()
        with statements_on_this_thread() as seen:
            page.refresh()
            assert page.reading() and page.loader.overlay is not None and page.loader.overlay.isVisible()
            wait_until(qtbot, lambda page=page: not page.reading())
        assert seen == []
        assert page.print_photos.isVisible() is sees
        if actor is coordinator:  # the agenda came with it
            assert page.agenda.source.rowCount() == 1 and "1 usulan Draf siap" in page.agenda_summary.text()
