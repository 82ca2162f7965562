"""The back office's dialogs: what every test of this folder starts from, in one builder (``desk``) — the database,
the front desk that files a complaint, the back office that works it, what the user saw, a complaint's workspace
opened and read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import backoffice, complaints
from puskesos_desktop.services.casework.backoffice import Workspace
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.back.workspace import WorkspaceDialog
from tests.helpers.driving import Screen, watch
from tests.helpers.jobs import drain, wait_for_jobs, wait_until
from tests.services import bo_helpers as h

W = TypeVar("W", bound=QWidget)


@dataclass
class BackDesk:
    qtbot: QtBot
    db: Database
    front: Actor  # files the complaints
    back: Actor  # works them
    monkeypatch: pytest.MonkeyPatch

    def watch(self) -> Screen:
        """From now on the warnings and previewed PDFs are recorded (tests/helpers/driving.watch)."""
        return watch(self.monkeypatch)

    def complaint(self, **given: Any) -> h.Ids:
        """A complaint filed at the front desk (tests/services/bo_helpers.complaint)."""
        return h.complaint(self.db, self.front, **given)

    def workspace(self, complaint_id: int) -> Workspace:
        """The complaint's workspace as the back office reads it now."""
        return backoffice.get_workspace(self.db, self.back, complaint_id)

    def status(self, complaint_id: int) -> str:
        return complaints.get_complaint(self.db, None, complaint_id).status

    def open(self, complaint_id: int, actor: Actor | None = None) -> WorkspaceDialog:
        """The workspace dialog shown and read (on a worker), by the back office unless another actor is given."""
        ws = WorkspaceDialog(AppContext(self.db, actor or self.back), complaint_id)
        self.qtbot.addWidget(ws)
        ws.show()
        wait_until(self.qtbot, lambda: ws.ws is not None and not ws.loading())
        return ws

    def shown(self, widget: W) -> W:
        """A form or panel made by the test, kept by qtbot and put on screen."""
        self.qtbot.addWidget(widget)
        widget.show()
        return widget

    def click(self, button: QWidget) -> None:
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def wait(self) -> None:
        """Until the background work has answered (tests/helpers/jobs.wait_for_jobs)."""
        wait_for_jobs(self.qtbot)

    def select_referral(self, ws: WorkspaceDialog, number: str) -> None:
        """Choose a referral in the workspace's list once its latest read is shown."""
        drain()  # the workspace reads itself again after each action
        ws.referrals.select(number)
        chosen = ws.referrals.selected()
        assert chosen is not None and chosen.number == number


@pytest.fixture
def desk(qtbot: QtBot, db: Database, front: Actor, back: Actor, monkeypatch: pytest.MonkeyPatch) -> BackDesk:
    return BackDesk(qtbot, db, front, back, monkeypatch)
