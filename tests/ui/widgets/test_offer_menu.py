"""The desk's offer for a family missing a programme: a complaint for each catalogue service, one update proposal
for the programmes without one, and only what the role may do."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry.desil import Offer, programme_label
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.widgets.offer_menu import fill_menu

OFFERS = [Offer("PBI-JK", 12, "Aktivasi PBI-JK"), Offer("BPNT", None), Offer("PKH", None)]


def test_one_action_a_service_and_one_proposal_for_the_rest(qtbot: QtBot, db: Database, front: Actor) -> None:
    menu = QMenu()
    qtbot.addWidget(menu)
    services: list[int] = []
    proposed: list[tuple[str, ...]] = []
    fill_menu(menu, AppContext(db, front), OFFERS, services.append, proposed.append)
    service, proposal = menu.actions()
    assert service.text() == f"Daftarkan keluhan {programme_label('PBI-JK')}: Aktivasi PBI-JK"
    assert proposal.text().startswith("Usulkan pemutakhiran DTSEN (belum menerima ")
    service.trigger()
    proposal.trigger()
    assert services == [12] and proposed == [("BPNT", "PKH")]


def test_a_role_that_may_do_neither_sees_why(qtbot: QtBot, db: Database, back: Actor) -> None:
    menu = QMenu()
    qtbot.addWidget(menu)
    fill_menu(menu, AppContext(db, back), OFFERS, lambda _s: None, lambda _p: None)
    (only,) = menu.actions()
    assert not only.isEnabled() and only.text() == "Tidak ada yang dapat ditawarkan dengan hak akses ini"
