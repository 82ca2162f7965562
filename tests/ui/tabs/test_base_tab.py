"""A tab reloads for the topics it watches: at once when shown, when next shown when hidden; a refusal in a service
call becomes a message box and None."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.tabs.base_tab import BaseTab
from puskesos_desktop.ui.topics import Topic


class CountingTab(BaseTab):
    watches = frozenset({Topic.COMPLAINTS})

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.reloads = 0
        self.permissions = 0

    def refresh(self) -> None:
        self.reloads += 1

    def apply_permissions(self) -> None:
        self.permissions += 1

    def title(self) -> str:
        return "Uji"


def test_watched_topics_reload_when_shown_and_others_do_not(
    qtbot: QtBot, db: Database, front: Actor, back: Actor
) -> None:
    ctx = AppContext(db, front)
    tab = CountingTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.reloads == 1  # the first showing reads the tab
    ctx.changed(Topic.COMPLAINTS)
    assert tab.reloads == 2
    ctx.changed(Topic.PROPOSALS)  # not watched
    assert tab.reloads == 2
    tab.hide()
    ctx.changed(Topic.COMPLAINTS)
    assert tab.reloads == 2  # hidden: only marked stale
    tab.show()
    assert tab.reloads == 3
    ctx.set_actor(back)  # another person signs in: rights first, then the lists as that person
    assert tab.permissions == 1 and tab.reloads == 4
