"""The residents' rights in the window (issue 14, item 8): consent on the complaint form."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import consent
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.front.complaint_form import ComplaintFormDialog
from tests.helpers.driving import save
from tests.services.fo_data import resident

SHOTS = Path("/tmp/pdp-shots")


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
