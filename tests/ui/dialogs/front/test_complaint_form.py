"""The complaint form (catalogue filtering, the checklist, refusals found by field key) and the resident form's
refusals marked on their field; previews, message boxes and background work are settled by this folder's
conftest."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from puskesos_desktop.core.errors import FormField, ValidationError
from puskesos_desktop.core.statuses import Channel
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents, search
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.front.complaint_form import ComplaintFormDialog
from puskesos_desktop.ui.dialogs.front.resident_form import ResidentFormDialog
from tests.helpers.driving import save
from tests.services.fo_data import resident


def test_resident_form_marks_the_field_it_refuses(qtbot: QtBot, db: Database, front: Actor, pdfs: list[bytes]) -> None:
    form = ResidentFormDialog(AppContext(db, front))
    qtbot.addWidget(form)
    qtbot.keyClicks(form.name, "Budi")
    qtbot.keyClicks(form.nik, "62010212059")  # 11 digits
    save(form)
    assert form.nik.property("invalid") == "true" and "16 angka" in form.error.text()
    assert form.result() == 0 and search.search(db, None, "budi") == []
    # A whole NIK fills sex and birth date by itself.
    form.nik.clear()
    qtbot.keyClicks(form.nik, "6201025205900001")
    assert form.sex.currentData() == "P" and form.birth_date.text() == "12-05-1990"
    qtbot.keyClicks(form.phone, "12345")
    qtbot.keyClicks(form.kk, "6201021205900002")
    save(form)
    assert form.phone.property("invalid") == "true" and form.nik.property("invalid") == "false"


def test_editing_keeps_history(qtbot: QtBot, db: Database, front: Actor, pdfs: list[bytes]) -> None:
    rid = resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    form = ResidentFormDialog(AppContext(db, front), rid)
    qtbot.addWidget(form)
    assert form.nik.text() == "6201020101700006"
    qtbot.keyClicks(form.address, "Jl. Baru 1")
    save(form)
    assert form.saved_id == rid
    (rev,) = residents.revisions(db, None, rid)
    assert rev.changes["address"] == ["", "Jl. Baru 1"]


def test_complaint_form_filters_services_and_fills_the_checklist(
    qtbot: QtBot, db: Database, front: Actor, pdfs: list[bytes]
) -> None:
    rid = resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    form = ComplaintFormDialog(AppContext(db, front), rid)
    qtbot.addWidget(form)
    form.consent_data.setChecked(True)
    form.field.setCurrentIndex(form.field.findData("Pendidikan"))
    names = [form.service.itemText(i) for i in range(form.service.count())]
    assert "SKTM untuk sekolah" in names and not any("BPJS" in n for n in names)
    form.service.setCurrentIndex(form.service.findText("SKTM untuk sekolah"))
    assert form.documents.count() > 0
    assert not form.facilitator.isEnabled()
    form.channel.setCurrentIndex(form.channel.findData(Channel.FASILITATOR.value))
    assert form.facilitator.isEnabled() and form.visit_date.text()
    save(form)  # no facilitator chosen, no description
    assert form.result() == 0 and form.registered is None
    assert any(w.property("invalid") == "true" for w in (form.description, form.facilitator))
    # An information request answered at the desk.
    form.channel.setCurrentIndex(form.channel.findData(Channel.DATANG_LANGSUNG.value))
    form.field.setCurrentIndex(form.field.findData("Lainnya"))
    form.service.setCurrentIndex(form.service.findText("Pengecekan status dan desil DTKS/DTSEN"))
    assert form.answer_now.isChecked()
    qtbot.keyClicks(form.description, "Menanyakan desil")
    save(form)
    assert form.answer.property("invalid") == "true"
    qtbot.keyClicks(form.answer, "Belum terdaftar; diusulkan.")
    save(form)
    assert form.registered is not None and form.registered.status == "Selesai"


def test_complaint_form_finds_the_field_by_key_not_by_word(
    qtbot: QtBot, db: Database, front: Actor, pdfs: list[bytes]
) -> None:
    rid = resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    form = ComplaintFormDialog(AppContext(db, front), rid)
    qtbot.addWidget(form)
    form.show_refusal(ValidationError("Kunjungan itu dicatat oleh fasilitator lain.", FormField.VISIT))
    assert form.channel.property("invalid") == "true" and "Kunjungan:" in form.error.text()
    form.clear_invalid()
    # The Indonesian word alone no longer finds a widget: the key is the contract.
    form.show_refusal(ValidationError("Kunjungan itu dicatat oleh fasilitator lain.", "Kunjungan"))
    assert form.channel.property("invalid") != "true"


def test_complaint_form_is_shown_a_turn_after_it_is_built(
    qtbot: QtBot, db: Database, front: Actor, pdfs: list[bytes]
) -> None:
    """Issue 12 §7: built in parts (the Front Office's way), one a turn, then shown in a turn of its own (shorter
    stalls, not one), whole: the cursor in Bidang, Save the default button, Tab down each column; Enter before
    the form is whole saves nothing."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    rid = resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    form = ComplaintFormDialog(AppContext(db, front), rid, staged=True)
    qtbot.addWidget(form)
    assert not form.built
    form.accept()  # Ctrl+Enter on a form not whole yet
    assert not form.saving and form.registered is None
    seen: list[tuple[bool, QWidget | None]] = []
    parts: list[bool] = []
    watch = QTimer()  # a turn's heartbeat: between the parts, each built on a turn of its own
    watch.setInterval(0)
    watch.timeout.connect(lambda: parts.append(form.built))
    watch.start()
    QTimer.singleShot(0, lambda: seen.append((form.isVisible(), None)))  # due when exec() was called

    def look() -> None:
        if not form.isVisible():
            return
        poll.stop()
        seen.append((True, form.focusWidget()))
        form.done(0)

    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(look)
    poll.start()
    form.exec()
    watch.stop()
    assert parts.count(False) >= 3  # turns went by while the form was still being built
    assert seen[0] == (False, None)  # the turn before it showed
    assert seen[1] == (True, form.field)
    assert form.buttons.button(form.buttons.StandardButton.Save).isDefault()
    assert form.service in _chain(form.field, form.description)
    assert form.description in _chain(form.service, form.urgency)
    assert form.consent_contact in _chain(form.consent_data, form.contact_channel)


def _chain(start: object, end: object) -> list[object]:
    """The widgets Tab passes through from ``start`` until ``end``."""
    out, w = [], start.nextInFocusChain()  # type: ignore[attr-defined]
    while w is not end and w is not start and len(out) < 50:
        out.append(w)
        w = w.nextInFocusChain()
    return out


def test_an_offered_service_is_chosen_once_the_staged_form_is_whole(
    qtbot: QtBot, db: Database, front: Actor, pdfs: list[bytes]
) -> None:
    """Issue 16 §2 on a form built in parts: the offered service waits for the lists it is chosen from."""
    from puskesos_desktop.ui.widgets.offer_menu import preselect_service

    rid = resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    form = ComplaintFormDialog(AppContext(db, front), rid, staged=True)
    qtbot.addWidget(form)
    sktm = next(sv for sv in form.services if sv.name == "SKTM untuk sekolah")
    form.after_build(lambda: preselect_service(form, sktm.id))
    assert not form.built  # the offered service waits
    form.finish_build()
    assert form.field.currentData() == "Pendidikan" and form.service.currentData() == sktm.id
    assert form.documents.count() > 0
