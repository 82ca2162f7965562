"""The one base of the settings pages: read-only without the right, the save run as a job, refusals on the field."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import office
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.settings_pages.page_base import SettingsPage
from puskesos_desktop.ui.tabs.settings import SettingsTab, page_entries
from tests.helpers.jobs import wait_for_jobs


class NotePage(SettingsPage):
    """A page saving one office setting (any string setting serves), as a real page would."""

    right = Permission.SETTINGS

    def build_body(self, layout: QVBoxLayout) -> None:
        self.value = QLineEdit()
        layout.addWidget(self.value)
        self.fields = {"Catatan": self.value}
        self.loads = 0

    def title(self) -> str:
        return "Catatan"

    def intro_text(self) -> str:
        return "Satu catatan kantor."

    def save_text(self) -> str:
        return "&Simpan"

    def read_only_text(self) -> str:
        return "Hanya koordinator."

    def editors(self) -> Sequence[QWidget]:
        return (self.value,)

    def load_page(self) -> None:
        self.loads += 1
        self.value.setText(office.load_settings(self.ctx.db).backup_second_folder)

    def save_work(self) -> Callable[[], Any] | None:
        db, actor, text = self.ctx.db, self.ctx.actor, self.value.text()

        def work() -> str:
            if text == "tolak":  # stands for the service refusing the value
                raise ValidationError("Catatan ditolak.", field="Catatan")
            office.update_settings(db, actor, lambda st: replace(st, backup_second_folder=text))
            return text

        return work

    def saved(self, result: Any) -> None:
        self.message.setText(f"Tersimpan: {result}")


class ClosedPage(NotePage):
    hide_when_read_only = True


def test_the_right_holder_saves_through_a_job(qtbot: QtBot, db: Database, coordinator: Actor) -> None:
    ctx = AppContext(db, coordinator)
    seen: list[str] = []
    ctx.data_changed.connect(seen.append)
    page = NotePage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.heading.text() == "Catatan" and page.explain.text() == "Satu catatan kantor."
    assert page.save_button.text() == "&Simpan" and page.value.isEnabled() and page.save_button.isEnabled()
    page.value.setText("buka jam 8")
    page.save_button.click()
    assert not page.save_button.isEnabled()  # until the job answers
    wait_for_jobs(qtbot)
    assert office.load_settings(db).backup_second_folder == "buka jam 8"
    assert page.message.text() == "Tersimpan: buka jam 8" and page.save_button.isEnabled() and "settings" in seen


def test_a_refusal_marks_its_field_and_changes_nothing(
    qtbot: QtBot, db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    page = NotePage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.refresh()
    page.value.setText("tolak")
    page.save()
    wait_for_jobs(qtbot)
    assert page.value.property("invalid") == "true" and shown and "Catatan ditolak" in shown[-1]
    assert office.load_settings(db).backup_second_folder == "" and page.save_button.isEnabled()
    page.value.setText("boleh")
    page.save()
    wait_for_jobs(qtbot)
    assert page.value.property("invalid") == "false"


def test_without_the_right_the_page_is_read_only_or_hidden(qtbot: QtBot, db: Database, front: Actor) -> None:
    page = NotePage(AppContext(db, front))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert not page.value.isEnabled() and not page.save_button.isEnabled()
    assert page.message.text() == "Hanya koordinator." and page.loads == 1
    page.value.setText("diam-diam")
    page.save()  # a disabled button is not the only guard
    wait_for_jobs(qtbot)
    assert office.load_settings(db).backup_second_folder == ""
    closed = ClosedPage(AppContext(db, front))
    qtbot.addWidget(closed)
    closed.show()
    closed.refresh()
    assert not closed.page_body.isVisible() and closed.loads == 0 and closed.message.text() == "Hanya koordinator."


def test_every_listed_page_is_on_the_base(qtbot: QtBot, db: Database, coordinator: Actor) -> None:
    tab = SettingsTab(AppContext(db, coordinator))
    qtbot.addWidget(tab)
    assert len(tab.entries) == len(page_entries())
    for row in range(len(tab.entries)):
        assert isinstance(tab.page_at(row), SettingsPage), tab.entries[row].cls


def test_the_right_is_read_on_a_worker_and_followed(qtbot: QtBot, db: Database, front: Actor) -> None:
    """Issue 12 §4: refresh() reads the account on a worker (actor.can() was a read on the window's thread). The page
    starts from the role the account signed in with and follows the role as it is now when the read arrives."""
    from puskesos_desktop.core.statuses import Role
    from tests.helpers.ui_thread import statements_on_this_thread

    signed_in_as_coordinator = replace(front, role=Role.KOORDINATOR)  # demoted since, in the database
    page = ClosedPage(AppContext(db, signed_in_as_coordinator))
    qtbot.addWidget(page)
    page.show()
    with statements_on_this_thread() as seen:
        page.refresh()
        assert page.value.isEnabled() and page.page_body.isVisible()  # as signed in, until the read arrives
        wait_for_jobs(qtbot)
    assert [s for s in seen if "users" in s] == []  # the account was read on the worker
    assert not page.value.isEnabled() and not page.page_body.isVisible() and not page.allowed()
    assert page.message.text() == "Hanya koordinator."
