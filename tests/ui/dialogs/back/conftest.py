"""The back office's dialogs: a complaint's workspace opened and read, as the tests of this folder start."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.back.workspace import WorkspaceDialog
from tests.helpers.jobs import drain, wait_until


@pytest.fixture
def open_workspace(qtbot: QtBot, db: Database) -> Callable[[Actor, int], WorkspaceDialog]:
    """``open_workspace(actor, complaint_id)``: the workspace shown and read (on a worker)."""

    def open_it(actor: Actor, complaint_id: int) -> WorkspaceDialog:
        ws = WorkspaceDialog(AppContext(db, actor), complaint_id)
        qtbot.addWidget(ws)
        ws.show()
        wait_until(qtbot, lambda: ws.ws is not None and not ws.loading())
        return ws

    return open_it


@pytest.fixture
def select_referral() -> Callable[[WorkspaceDialog, str], None]:
    """``select_referral(ws, number)``: choose a referral in the workspace's list once its latest read is shown."""

    def select(ws: WorkspaceDialog, number: str) -> None:
        drain()  # the workspace reads itself again after each action
        ws.referrals.select(number)
        chosen = ws.referrals.selected()
        assert chosen is not None and chosen.number == number

    return select
