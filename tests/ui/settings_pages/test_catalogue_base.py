"""The catalogue pages' base (Mitra, Layanan, Program share it): the list and the chosen record's form, New / Save /
(De)activate / Delete, a refusal marked on its field with nothing changed, read-only for roles without the right.

A small page over records kept in a list stands for the three, so the base's own behaviour is what is tested."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import pytest
from PySide6.QtWidgets import QFormLayout, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.settings_pages.catalogue_base import CataloguePage
from puskesos_desktop.ui.topics import Topic
from tests.helpers.driving import watch


@dataclass(frozen=True)
class Thing:
    id: int
    name: str
    phone: str = ""
    active: bool = True


class ThingsPage(CataloguePage):
    columns = [Column("name", "Nama mitra"), Column("phone", "Telepon")]

    def __init__(self, ctx: AppContext, store: list[Thing]) -> None:
        self.store = store
        super().__init__(ctx)

    def title(self) -> str:
        return "Barang"

    def build_form(self, form: QFormLayout) -> None:
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.register("Nama mitra", self.name, "Nama")
        self.register("Telepon", self.phone, "Telepon")

    def rows(self) -> list[Any]:
        return list(self.store)

    def fill(self, row: Any | None) -> None:
        self.name.setText(row.name if row else "")
        self.phone.setText(row.phone if row else "")

    def _checked(self, record_id: int) -> Thing:
        if not self.phone.text().replace("-", "").isdigit():
            raise ValidationError("Nomor telepon hanya angka, spasi, +, - dan tanda kurung.", "Telepon")
        return Thing(record_id, self.name.text(), self.phone.text())

    def create_record(self) -> Any:
        thing = self._checked(max((t.id for t in self.store), default=0) + 1)
        self.store.append(thing)
        return thing

    def update_record(self, row: Any) -> Any:
        thing = self._checked(row.id)
        self.store[:] = [thing if t.id == row.id else t for t in self.store]
        return thing

    def set_active(self, row: Any, active: bool) -> None:
        self.store[:] = [replace(t, active=active) if t.id == row.id else t for t in self.store]

    def remove(self, row: Any) -> None:
        self.store[:] = [t for t in self.store if t.id != row.id]


@pytest.fixture
def store() -> list[Thing]:
    return [Thing(1, "Dinas Sosial", "0532-1"), Thing(2, "Puskesmas", "0532-2")]


def _page(qtbot: QtBot, db: Database, actor: Actor, store: list[Thing]) -> ThingsPage:
    page = ThingsPage(AppContext(db, actor), store)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def test_new_save_refuse_and_reselect(
    qtbot: QtBot, db: Database, coordinator: Actor, store: list[Thing], monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = watch(monkeypatch)
    page = _page(qtbot, db, coordinator, store)
    changes: list[str] = []
    page.ctx.data_changed.connect(changes.append)
    assert page.table.proxy.rowCount() == 2 and page.current == store[0]  # the first record is chosen
    assert page.name.text() == "Dinas Sosial" and page.box.title() == "Dinas Sosial"

    page.button_new.click()
    assert page.current is None and page.name.text() == "" and not page.button_delete.isEnabled()
    page.name.setText("CSR Bank")
    page.phone.setText("nomor kantor")
    page.button_save.click()
    # Refused: the field named by the refusal is marked and the reason shown twice (line and box); nothing saved.
    assert page.phone.property("invalid") == "true" and "Telepon" in page.error.text()
    assert "angka" in screen.warnings[-1] and len(store) == 2 and changes == []

    page.phone.setText("0532-3")
    page.button_save.click()
    assert [t.name for t in store] == ["Dinas Sosial", "Puskesmas", "CSR Bank"]
    assert page.phone.property("invalid") != "true" and page.error.text() == ""
    assert page.current == store[2] and page.table.selected_row() == store[2]  # the saved record stays chosen
    assert changes == [Topic.CATALOGUE]


def test_deactivate_keeps_it_in_sight_and_delete_asks(
    qtbot: QtBot, db: Database, coordinator: Actor, store: list[Thing], monkeypatch: pytest.MonkeyPatch
) -> None:
    watch(monkeypatch)  # answers Yes to questions
    page = _page(qtbot, db, coordinator, store)
    page.select_id(2)
    assert page.button_toggle.text() == "Nonakti&fkan"
    page.button_toggle.click()
    assert not store[1].active and page.show_inactive.isChecked()
    assert page.current is not None and page.current.id == 2 and page.button_toggle.text() == "Akti&fkan"
    page.show_inactive.setChecked(False)
    page.refresh()
    assert [r.id for r in page.table.source.rows()] == [1]  # inactive records hidden unless asked for

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    page.select_id(1)
    page.button_delete.click()
    assert [t.id for t in store] == [1, 2]  # "No": nothing removed
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    page.button_delete.click()
    assert [t.id for t in store] == [2] and page.current is None  # nothing shown: the form is a new record


def test_read_only_without_the_catalogue_right(qtbot: QtBot, db: Database, front: Actor, store: list[Thing]) -> None:
    page = _page(qtbot, db, front, store)
    assert page.table.proxy.rowCount() == 2  # seen, not changed
    assert not page.name.isEnabled() and not page.button_save.isEnabled() and not page.button_new.isEnabled()
    assert "koordinator" in page.message.text()
    page.name.setText("diubah")
    page.save()  # Ctrl+S: refused before anything is read
    assert store[0].name == "Dinas Sosial"
