"""In the English program a refusal from the services reads English (issue 17 item 9): the window translates the
message's template (context "ServiceMessages") and fills in its values; the command line keeps the Indonesian."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.errors import PermissionDenied, TransitionError, ValidationError
from puskesos_desktop.core.permissions import Permission, require
from puskesos_desktop.core.statuses import ComplaintStatus, ReferralStatus, Role
from puskesos_desktop.db.engine import SQLITE_MAGIC, DamagedDatabase, Database, inspect_file
from puskesos_desktop.db.server_faults import FaultKind, classify
from puskesos_desktop.services import office
from puskesos_desktop.services.casework import backoffice, complaints, messages, referrals
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people.consent import ConsentInput
from puskesos_desktop.ui import i18n
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.back.workspace import WorkspaceDialog
from puskesos_desktop.ui.dialogs.front.status_desk import StatusDeskDialog
from puskesos_desktop.ui.errors import message_text, refusal_text
from tests.helpers.driving import watch
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.services import bo_helpers as h

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from build_translations import lrelease  # noqa: E402

INDONESIAN = re.compile(r"\b(belum|dapat|ditutup|keluhan|rujukan|hasil|akhirnya|warga|tidak|sudah)\b", re.IGNORECASE)


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    ts = ROOT / "resources" / "translations" / "puskesos_en.ts"
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(tmp_path / "puskesos_en.qm")], check=True)
    i18n.install(qapp, "en", directory=tmp_path)
    yield
    i18n.remove(qapp)


def test_closing_a_complaint_too_early_is_refused_in_english(
    qtbot: QtBot,
    db: Database,
    front: Actor,
    back: Actor,
    coordinator: Actor,
    fixed_now: dt.datetime,
    monkeypatch: pytest.MonkeyPatch,
    english: None,
) -> None:
    screen = watch(monkeypatch)
    office.update_settings(db, coordinator, lambda st: replace(st, referral_approval_required=False))
    ids = h.complaint(db, front)
    number = referrals.create_referral(
        db,
        back,
        ids.complaint_id,
        referrals.ReferralInput("Kesehatan", h.partner_id(db, "Dinas Sosial Kabupaten"), "PBI nonaktif"),
    ).number
    ws = WorkspaceDialog(AppContext(db, back), ids.complaint_id)
    qtbot.addWidget(ws)
    ws.show()
    wait_until(qtbot, lambda: ws.ws is not None)  # read on a worker

    qtbot.mouseClick(ws.button_close_case, Qt.MouseButton.LeftButton)
    wait_for_jobs(qtbot)  # refused on a worker, shown on the window's thread

    shown = screen.warnings[-1]
    assert shown == f"The complaint cannot be closed yet. Referrals without a final outcome yet: {number}."
    assert not INDONESIAN.search(shown)
    assert complaints.get_complaint(db, None, ids.complaint_id).status == ComplaintStatus.DIRUJUK
    # The service's own message, as the command line prints it, stays Indonesian word for word.
    with pytest.raises(TransitionError) as refused:
        backoffice.close_complaint(db, back, ids.complaint_id)
    assert str(refused.value) == f"Keluhan belum dapat ditutup. Rujukan belum ada hasil akhirnya: {number}."


def test_a_field_and_row_are_translated_too(english: None) -> None:
    exc = ValidationError("Kata sandi lama salah.", "Kata sandi lama", row=3)
    assert refusal_text(exc) == "row 3, Old password: The old password is wrong."
    assert str(exc) == "baris 3, Kata sandi lama: Kata sandi lama salah."


def test_indonesian_mode_shows_the_source(qapp: QApplication) -> None:
    i18n.remove(qapp)
    exc = ValidationError("NIK harus 16 angka (tertulis {n_nik} angka).", "NIK", n_nik=15)
    assert refusal_text(exc) == "NIK: NIK harus 16 angka (tertulis 15 angka)."


def test_a_refusal_for_want_of_rights_names_the_action_in_english(english: None) -> None:
    with pytest.raises(PermissionDenied) as refused:
        require(Role.FRONT_OFFICE, Permission.ACCOUNTS)
    shown = refusal_text(refused.value)
    assert shown.startswith("The role ") and "is not allowed to manage user accounts." in shown
    assert "tidak berwenang mengelola akun pengguna" in refused.value.message


def test_the_status_desk_tells_the_story_in_english(
    qtbot: QtBot, db: Database, front: Actor, back: Actor, coordinator: Actor, fixed_now: dt.datetime, english: None
) -> None:
    """The story read at the desk (headline, sentences, timeline) is English in the English program; the service's
    own sentences stay the Indonesian read out to a resident."""
    office.update_settings(db, coordinator, lambda st: replace(st, referral_approval_required=False))
    ids = h.complaint(db, front)
    number = referrals.create_referral(
        db,
        back,
        ids.complaint_id,
        referrals.ReferralInput("Kesehatan", h.partner_id(db, "Dinas Sosial Kabupaten"), "PBI nonaktif"),
    ).number
    referrals.record_outcome(
        db, back, number, ReferralStatus.DITOLAK.value, dt.date(2026, 11, 23), "Telepon", "Sudah terdaftar"
    )
    desk = StatusDeskDialog(AppContext(db, front), ids.complaint_number)
    qtbot.addWidget(desk)
    wait_for_jobs(qtbot)  # looked up on a worker
    assert desk.story is not None

    headline = desk.headline.text()
    assert headline == "Dirujuk — The complaint has been referred to the relevant service or programme."
    story = desk.story_view.toPlainText()
    assert f"Complaint {ids.complaint_number} was registered on 23 November 2026" in story
    assert "Dinas Sosial Kabupaten declined the referral for the Kesehatan field on 23 November 2026." in story
    assert "Note: Sudah terdaftar" in story
    timeline = desk.timeline.source
    events = [timeline.data(timeline.index(row, 2)) for row in range(timeline.rowCount())]
    # The event's words are English; its note is what the office wrote down then, kept as written.
    assert events[0].startswith("Status set to 'Diterima'")
    assert f"Referral {number}: Status set to 'Dikirim'" in " ".join(events)
    assert any(e.startswith("Referral outcome: ") for e in events)
    assert not any(e.startswith(("Status menjadi", "Rujukan ", "Hasil rujukan")) for e in events)
    for text in (headline, story.replace("Sudah terdaftar", "")):
        assert not INDONESIAN.search(text), text
    # What the service says, as a resident hears it read out, is Indonesian word for word.
    assert str(desk.story.headline) == "Keluhan sudah dirujuk ke layanan atau program terkait."
    assert str(desk.story.referrals[0].plain) == (
        "Dinas Sosial Kabupaten menolak rujukan bidang Kesehatan pada 23 November 2026. Keterangan: Sudah terdaftar"
    )


def test_a_damaged_database_and_an_absent_server_are_told_in_english(tmp_path: Path, english: None) -> None:
    """The window's words for a database it cannot open (ui/app.py) and for an office server that does not answer
    (the server form); the command line's stay Indonesian."""
    broken = tmp_path / "kantor.sqlite3"
    broken.write_bytes(SQLITE_MAGIC + b"\xff" * 4000)
    with pytest.raises(DamagedDatabase) as damaged:
        inspect_file(broken)
    shown = refusal_text(damaged.value)
    assert shown.startswith(f"The database {broken} is damaged (") and "Restore the latest backup" in shown
    assert damaged.value.message.startswith(f"Database {broken} rusak (")

    fault = classify(psycopg.OperationalError("connection refused"))
    assert fault is not None and fault.kind is FaultKind.UNREACHABLE
    assert message_text(fault.said).startswith("The office server (address unknown) cannot be reached")
    assert fault.message.startswith("Server kantor (alamat tidak diketahui) tidak dapat dihubungi")


def test_a_way_against_the_residents_choice_is_refused_in_english(
    db: Database, front: Actor, fixed_now: dt.datetime, english: None
) -> None:
    rid = h.resident(db, front)
    agreed = ConsentInput(True, False, "")
    number = complaints.register_complaint(
        db, front, complaints.ComplaintInput(rid, "Kesehatan", "BPJS mati", consent=agreed)
    ).number
    m = messages.compose(db, front, number)
    with pytest.raises(PermissionDenied) as refused:
        messages.record_told(db, front, number, m.event, messages.VIA_COPY)
    assert refusal_text(refused.value).startswith("The resident does not agree to be contacted")
    assert refused.value.message.startswith("Warga tidak bersedia dihubungi")


def test_a_refusal_finds_its_widget_by_key_not_by_the_word_it_is_shown_with(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit

    from puskesos_desktop.core.errors import FormField, PuskesosError, ValidationError
    from puskesos_desktop.ui.errors import field_widget

    phone, notes = QLineEdit(), QLineEdit()
    qtbot.addWidget(phone)
    qtbot.addWidget(notes)
    fields = {FormField.PHONE: phone, "Catatan": notes}
    typed = ValidationError("Nomor telepon hanya angka.", FormField.PHONE)
    assert typed.field == "Telepon" and field_widget(fields, typed) is phone
    # A key the form does not hold is not looked up again by its Indonesian word.
    assert field_widget({"Telepon": phone}, typed) is None
    assert field_widget(fields, ValidationError("Terlalu panjang.", "Catatan")) is notes  # a field named in words
    assert field_widget(fields, ValidationError("Salah.")) is None
    assert field_widget(fields, PuskesosError("Tidak ditemukan.")) is None


def test_attempt_turns_a_refusal_into_a_message(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from puskesos_desktop.core.errors import PermissionDenied, ValidationError
    from puskesos_desktop.ui.errors import attempt

    def refuse(exc: Exception) -> object:
        raise exc

    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, title, text, *a, **k: said.append((title, text)))
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    assert attempt(parent, lambda: 7) == 7
    assert attempt(parent, lambda: refuse(ValidationError("NIK harus 16 angka.", field="NIK"))) is None
    assert attempt(parent, lambda: refuse(PermissionDenied("Hanya koordinator."))) is None
    assert said == [("Periksa kembali", "NIK: NIK harus 16 angka."), ("Tidak diizinkan", "Hanya koordinator.")]
