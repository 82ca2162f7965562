"""Pengaturan › Profil kantor: the coordinator changes the profile, paper size and receipt form from the window."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import office
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.settings_pages.office_profile import OfficeProfileDialog, OfficeProfilePage
from tests.helpers.driving import drive, watch
from tests.helpers.jobs import wait_for_jobs


def test_coordinator_edits_the_profile(
    qtbot: QtBot, db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch(monkeypatch)
    page = OfficeProfilePage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.reading()  # read on a worker
    wait_for_jobs(qtbot)
    assert not page.reading() and page.edit_button.isEnabled()
    assert page.labels["head"].text().startswith("H. Abdul Rahman")

    def fill(d: OfficeProfileDialog) -> None:
        assert d.form.village_code() == office.get_profile(db).village_code  # type: ignore[union-attr]
        d.form.head_name.setText("Hj. Siti Rahmah")
        d.form.email.setText("puskesos@sukamaju.desa.id")
        d.save()

    opened = drive(monkeypatch, OfficeProfileDialog, fill)
    page.edit_button.click()
    assert opened and opened[0].saved is not None
    wait_for_jobs(qtbot)
    profile = office.get_profile(db)
    assert profile is not None and profile.head_name == "Hj. Siti Rahmah" and profile.email.startswith("puskesos@")
    assert page.labels["head"].text().startswith("Hj. Siti Rahmah")
    assert page.history.rowCount() >= 2 and page.history.item(0, 1).text() == "Hj. Siti Rahmah"

    page.paper.setCurrentIndex(page.paper.findData("F4"))
    page.receipt.setCurrentIndex(page.receipt.findData("80mm"))
    page.save_button.click()
    wait_for_jobs(qtbot)
    profile = office.get_profile(db)
    assert profile is not None and profile.paper_size == "F4"
    assert office.load_settings(db).receipt_layout == "80mm"


def test_front_office_sees_it_read_only(qtbot: QtBot, db: Database, front: Actor) -> None:
    page = OfficeProfilePage(AppContext(db, front))
    qtbot.addWidget(page)
    page.refresh()
    wait_for_jobs(qtbot)
    assert not page.edit_button.isEnabled() and not page.save_button.isEnabled()
    assert page.labels["village"].text() == "Sukamaju"
