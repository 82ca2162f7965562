"""Recording a Cek Bansos usul/sanggah and its outcome (issue 16 §8) through the forms themselves: a refusal marks
its field and records nothing; a good form is recorded as typed, with the 14-day deadline."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import cek_bansos
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.registry.cek_bansos_form import CekBansosForm, CekBansosOutcomeForm
from tests.helpers.driving import save, watch
from tests.helpers.gate import hold
from tests.helpers.jobs import wait_for_jobs
from tests.services.fo_data import resident

NIK, KK, OTHER_KK = "6201024506800003", "6201021205900012", "6201021205900013"


def test_a_sanggah_needs_the_family_it_is_about(
    qtbot: QtBot, db: Database, front: Actor, december: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = watch(monkeypatch)
    rid = resident(db, front, "Sri Rahayu", NIK, KK, sex="P")
    form = CekBansosForm(AppContext(db, front), rid)
    qtbot.addWidget(form)
    assert form.kind.currentData() == "Usul" and form.filed_on.value() == dt.date(2026, 12, 9)  # today
    form.kind.setCurrentIndex(form.kind.findData("Sanggah"))
    save(form)
    assert form.family_kk.property("invalid") == "true" and "No. KK" in form.error.text() and screen.warnings
    assert form.result() != QDialog.DialogCode.Accepted and cek_bansos.for_resident(db, front, rid) == []
    form.family_kk.setText(OTHER_KK)
    form.filed_on.setText("01-12-2026")
    form.reference.setText("CB-2026-12-01")
    form.notes.setPlainText("Tetangga tercatat mampu.")
    save(form)
    assert form.result() == QDialog.DialogCode.Accepted and form.saved is not None
    [filing] = cek_bansos.for_resident(db, front, rid)
    assert (filing.kind, filing.kk, filing.filed_on, filing.deadline, filing.reference, filing.notes) == (
        "Sanggah",
        OTHER_KK,
        dt.date(2026, 12, 1),
        dt.date(2026, 12, 15),
        "CB-2026-12-01",
        "Tetangga tercatat mampu.",
    )
    assert form.saved.id == filing.id


def test_an_usul_without_a_number_is_for_the_residents_own_family(
    qtbot: QtBot, db: Database, front: Actor, december: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch(monkeypatch)
    rid = resident(db, front, "Sri Rahayu", NIK, KK, sex="P")
    form = CekBansosForm(AppContext(db, front), rid)
    qtbot.addWidget(form)
    save(form)
    assert form.result() == QDialog.DialogCode.Accepted
    assert [(f.kind, f.kk, f.filed_on) for f in cek_bansos.for_resident(db, front, rid)] == [
        ("Usul", KK, dt.date(2026, 12, 9))
    ]


def test_an_outcome_defaults_to_accepted_today_and_not_before_the_filing(
    qtbot: QtBot, db: Database, front: Actor, december: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = watch(monkeypatch)
    rid = resident(db, front, "Sri Rahayu", NIK, KK, sex="P")
    filing = cek_bansos.record(db, front, rid, cek_bansos.FilingInput("Usul", dt.date(2026, 11, 2), notes="Awal."))
    form = CekBansosOutcomeForm(AppContext(db, front), filing)
    qtbot.addWidget(form)
    # A filing still waiting: the likely answer is offered, dated today.
    assert form.outcome.currentData() == "Diterima" and form.day.value() == dt.date(2026, 12, 9)
    form.outcome.setCurrentIndex(form.outcome.findData("Ditolak"))
    form.day.setText("01-11-2026")
    form.note.setPlainText("Ditolak di aplikasi.")
    save(form)
    assert form.day.property("invalid") == "true" and screen.warnings
    assert cek_bansos.for_resident(db, front, rid)[0].outcome == "Menunggu"
    form.day.setText("20-11-2026")
    save(form)
    assert form.result() == QDialog.DialogCode.Accepted
    [done] = cek_bansos.for_resident(db, front, rid)
    assert (done.outcome, done.outcome_date, done.notes) == (
        "Ditolak",
        dt.date(2026, 11, 20),
        "Awal.\nDitolak di aplikasi.",
    )
    # Opened again on a filing with an answer: that answer and its date are shown.
    again = CekBansosOutcomeForm(AppContext(db, front), done)
    qtbot.addWidget(again)
    assert again.outcome.currentData() == "Ditolak" and again.day.value() == dt.date(2026, 11, 20)


def test_a_filing_is_recorded_off_the_window_thread_once_when_saved_twice(
    qtbot: QtBot, db: Database, front: Actor, december: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = resident(db, front, "Sri Rahayu", NIK, KK, sex="P")
    form = CekBansosForm(AppContext(db, front), rid)
    qtbot.addWidget(form)
    form.show()
    gate = hold(monkeypatch, cek_bansos, "record")
    form.accept()
    assert form.saving and form.isVisible()
    form.accept()  # Enter pressed again while it saves
    gate.open()
    wait_for_jobs(qtbot)
    assert gate.calls == 1 and gate.threads == [False]
    assert form.result() == QDialog.DialogCode.Accepted and len(cek_bansos.for_resident(db, front, rid)) == 1


def test_a_refused_outcome_marks_the_field_the_service_names_by_key(
    qtbot: QtBot, db: Database, front: Actor, december: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The service names the field as a FormField; the form finds its widget by that key, not by the label."""
    from puskesos_desktop.core.errors import FormField, ValidationError

    watch(monkeypatch)
    rid = resident(db, front, "Sri Rahayu", NIK, KK, sex="P")
    filing = cek_bansos.record(db, front, rid, cek_bansos.FilingInput("Usul", dt.date(2026, 11, 2)))
    form = CekBansosOutcomeForm(AppContext(db, front), filing)
    qtbot.addWidget(form)
    form.fields.pop("Tanggal hasil", None)  # only the key is left to find the date box by

    def refuse(*_a: object, **_k: object) -> None:
        raise ValidationError("Periksa isian.", FormField.OUTCOME_DATE)

    monkeypatch.setattr(cek_bansos, "set_outcome", refuse)
    save(form)
    assert form.day.property("invalid") == "true" and form.outcome.property("invalid") != "true"
