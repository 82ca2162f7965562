"""The residents' rights in the window (issue 14, item 8): consent on the complaint form, 'Cetak data warga' on
the resident's page, and Pengaturan › Retensi data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from puskesos_desktop.core import clock
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Resident
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import access_report, consent, retention, search
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.pdf_preview import PdfPreviewDialog
from puskesos_desktop.ui.dialogs.front.complaint_form import ComplaintFormDialog
from puskesos_desktop.ui.dialogs.front.resident_page import ResidentPageDialog
from puskesos_desktop.ui.settings_pages.retention_page import RetentionPage
from tests.helpers.driving import save
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.printing.helpers import text as pdf_text
from tests.services.fo_data import resident
from tests.services.pdp_data import demo_copy, richest_resident

SHOTS = Path("/tmp/pdp-shots")


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Message boxes answered without a screen; what they said is kept."""
    said: list[str] = []
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a, **k: said.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    yield said


@pytest.fixture
def pdfs(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    shown: list[bytes] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self.pdf) or 0)
    return shown


def _shot(widget: object, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


def test_the_complaint_form_requires_consent_and_records_how_to_contact(
    qtbot: QtBot, db: Database, front: Actor, boxes: list[str]
) -> None:
    rid = resident(db, front, "Siti Aminah", "6201024506800003", "6201021205900002")
    form = ComplaintFormDialog(AppContext(db, front), rid)
    qtbot.addWidget(form)
    form.show()
    assert not form.consent_data.isChecked() and not form.contact_channel.isEnabled()
    assert "Belum pernah ada persetujuan" in form.consent_previous.text()
    form.field.setCurrentIndex(form.field.findData("Sosial"))
    qtbot.keyClicks(form.description, "Atap rumah bocor")
    save(form)
    assert form.registered is None and form.consent_data.property("invalid") == "true"
    assert "Warga setuju datanya dipakai untuk layanan ini" in form.error.text()
    assert boxes and consent.FIELD_DATA_USE in boxes[-1]  # the message names the field
    _shot(form, "complaint-form-refused.png")
    form.consent_data.setChecked(True)
    form.consent_contact.setChecked(True)
    assert form.contact_channel.isEnabled()
    form.contact_channel.setCurrentIndex(form.contact_channel.findData("WhatsApp"))
    save(form)  # no phone number on record for WhatsApp
    assert form.registered is None and form.contact_channel.property("invalid") == "true"
    form.contact_channel.setCurrentIndex(form.contact_channel.findData("Fasilitator"))
    save(form)
    assert form.registered is not None
    latest = consent.latest(db, front, rid)
    assert latest is not None and latest.contact_channel == "Fasilitator" and latest.recorded_by == "Dewi Lestari"
    # The next registration shows what was agreed last time and starts from that way of contact.
    again = ComplaintFormDialog(AppContext(db, front), rid)
    qtbot.addWidget(again)
    again.show()
    assert "Persetujuan terakhir" in again.consent_previous.text() and "Fasilitator" in again.consent_previous.text()
    assert again.consent_contact.isChecked() and again.contact_channel.currentData() == "Fasilitator"
    assert not again.consent_data.isChecked()  # asked again every time
    _shot(again, "complaint-form-consent.png")


def test_cetak_data_warga_from_the_resident_page(
    qtbot: QtBot, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, pdfs: list[bytes], boxes: list[str]
) -> None:
    db = demo_copy(tmp_path, tmp_path_factory.getbasetemp())
    rid = richest_resident(db)
    front = users.get_user(db, "frontoffice").actor()
    page = ResidentPageDialog(AppContext(db, front), rid)
    qtbot.addWidget(page)
    page.show()
    assert page.button_data.isVisible() and page.button_data.isEnabled()
    _shot(page, "resident-page.png")
    page.button_data.click()
    wait_until(qtbot, lambda: len(pdfs) == 1)
    text = pdf_text(pdfs[0])
    for number, title in enumerate(access_report.SECTION_TITLES, start=1):
        assert f"{number}. {title}" in text
    head = users.get_user(db, "kades").actor()
    seen_by_head = ResidentPageDialog(AppContext(db, head), rid)
    qtbot.addWidget(seen_by_head)
    seen_by_head.show()
    assert not seen_by_head.button_data.isVisible()  # the penanggung jawab sees no whole numbers
    search.release(db)


def test_retention_page_previews_confirms_and_applies(
    qtbot: QtBot, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, boxes: list[str]
) -> None:
    db = demo_copy(tmp_path, tmp_path_factory.getbasetemp())
    clock.set_clock(lambda: dt.datetime(2028, 1, 15, 9, 0))
    front = users.get_user(db, "frontoffice").actor()
    denied = RetentionPage(AppContext(db, front))
    qtbot.addWidget(denied)
    denied.refresh()
    assert not denied.years.isEnabled() and not denied.preview_button.isEnabled()
    assert not denied.apply_button.isEnabled() and "koordinator" in denied.message.text()

    coordinator = users.get_user(db, "koordinator").actor()
    page = RetentionPage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    page.refresh()
    assert page.years.value() == 0 and not page.apply_button.isEnabled()
    page.years.setValue(1)
    page.save_button.click()
    wait_for_jobs(qtbot)
    assert retention.years(db) == 1
    page.preview_button.click()
    wait_for_jobs(qtbot)
    expected = retention.preview(db, coordinator)
    assert page.table.model().rowCount() == len(expected.candidates) > 0
    assert page.apply_button.isEnabled() and str(len(expected.candidates)) in page.apply_button.text()
    _shot(page, "retention-page.png")
    page.apply_button.click()  # the confirmation is answered Yes
    wait_for_jobs(qtbot)
    assert f"{len(expected.candidates)} warga dianonimkan" in page.message.text()
    with db.read() as s:
        done = s.execute(select(func.count()).select_from(Resident).where(Resident.anonymised_at.is_not(None)))
        assert done.scalar_one() == len(expected.candidates)
    assert retention.preview(db, coordinator).candidates == ()
    search.release(db)
