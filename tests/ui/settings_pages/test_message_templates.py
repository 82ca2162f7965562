"""Pengaturan › Templat pesan (issue 19): previews, and refuses unknown placeholders."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.statuses import ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people.consent import ConsentInput
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.settings_pages.message_templates import MessageTemplatesPage
from tests.helpers.jobs import wait_for_jobs
from tests.services.casework.test_messages import _refer
from tests.services.fo_data import resident

SHOTS = os.environ.get("PUSKESOS_SHOTS")  # a folder: save screenshots there for a person to look at


def _case(db: Database, front: Actor, channel: str, phone: str = "081234567890") -> str:
    rid = resident(db, front, "Siti Aminah", "6201024506800003", "6201021205900002", phone=phone)
    data = complaints.ComplaintInput(rid, "Kesehatan", "BPJS mati", consent=ConsentInput(True, True, channel))
    number = complaints.register_complaint(db, front, data).number
    _refer(db, number, ReferralStatus.DISETUJUI.value, dt.date(2026, 11, 23), "Kartu KIS aktif mulai Desember")
    return number


def test_the_template_page_previews_and_refuses_unknown_placeholders(
    qtbot: QtBot, db: Database, front: Actor, coordinator: Actor, fixed_now: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = _case(db, front, "WhatsApp")
    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **_k: refusals.append(str(a[2])))
    page = MessageTemplatesPage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.event_choice.setCurrentIndex(page.event_choice.findData("rujukan_disetujui"))
    page.case.setText(number)
    page.button_preview.click()
    assert "Kartu KIS aktif mulai Desember" in page.preview.toPlainText()
    if SHOTS:
        page.resize(900, 700)
        page.grab().save(str(Path(SHOTS) / "message-templates.png"))
    page.sms.setPlainText("Halo {nama}, NIK {nik}")
    page.save_button.click()
    wait_for_jobs(qtbot)
    assert refusals and "{nik}" in refusals[-1]
