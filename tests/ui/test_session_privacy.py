"""Issue 14: a session keeps no right the account lost (14.5), and switching user or locking leaves nothing of the
previous person's work on screen (14.2)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry
from puskesos_desktop.services import complaints, users
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.errors import attempt
from puskesos_desktop.ui.main_window import MainWindow
from puskesos_desktop.ui.session import SessionController
from tests.services.fo_data import resident


@pytest.fixture
def session(qtbot: QtBot, db: Database, front: Actor) -> Iterator[tuple[SessionController, MainWindow]]:
    ctx = AppContext(db, front)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    controller = SessionController(ctx, window, clock=lambda: 1000.0, start_timers=False)
    yield controller, window
    if controller.lock_screen is not None:
        controller.lock_screen.release()
        controller.lock_screen.deleteLater()
    QApplication.instance().removeEventFilter(controller)  # type: ignore[union-attr]
    QApplication.processEvents()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


def test_disabled_while_signed_in_is_refused_and_signed_out(
    session: tuple[SessionController, MainWindow], db: Database, coordinator: Actor, warnings: list[str]
) -> None:
    controller, window = session
    ctx = controller.ctx
    rid = resident(db, ctx.actor, "Siti Aminah", "6201025205900001", "6201021205900002")
    users.set_active(db, coordinator, "fo", False)
    done = attempt(
        window, lambda: complaints.register_complaint(db, ctx.actor, complaints.ComplaintInput(rid, "Sosial", "Uji"))
    )
    assert done is None and warnings and "dinonaktifkan" in warnings[-1]
    screen = controller.lock_screen
    assert controller.is_locked and screen is not None and screen.switch_mode  # someone must sign in anew
    assert not window.centralWidget().isVisible()
    with db.read() as s:
        last = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
    assert (last.action, json.loads(last.details)) == ("screen.lock", {"reason": "revoked"})
    assert complaints.recent(db, None, 10) == []
