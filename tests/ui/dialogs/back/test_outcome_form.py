"""Recording a referral's outcome (ui/dialogs/back/outcome_form.py): a rejection needs its reason (the field is
marked, nothing written), the outcome saved as a job once however often Save is pressed."""

from __future__ import annotations

import datetime as dt

from puskesos_desktop.core.statuses import ReferralStatus
from puskesos_desktop.services.casework import referrals
from puskesos_desktop.services.casework.referrals import ReferralInfo, ReferralInput
from puskesos_desktop.ui.dialogs.back.outcome_form import OutcomeDialog
from tests.helpers.driving import save
from tests.helpers.gate import hold
from tests.services import bo_helpers as h
from tests.ui.dialogs.back.conftest import BackDesk


def _sent(desk: BackDesk) -> ReferralInfo:
    ids = desk.complaint()
    destination = h.partner_id(desk.db, "Kader Posyandu Desa")
    return referrals.create_referral(
        desk.db, desk.back, ids.complaint_id, ReferralInput("Kesehatan", destination, "Berobat")
    )


def test_a_rejection_without_its_reason_is_refused_on_its_field(desk: BackDesk, fixed_now: dt.datetime) -> None:
    screen = desk.watch()
    referral = _sent(desk)
    dialog = desk.shown(OutcomeDialog(desk.db, desk.back, referral))
    dialog.radios[ReferralStatus.DITOLAK].setChecked(True)
    assert "wajib" in dialog.label_note.text()
    dialog.source.setCurrentText("Lembar balasan")
    save(dialog)
    assert dialog.note.property("invalid") == "true" and dialog.isVisible() and len(screen.warnings) == 1
    assert referrals.get_referral(desk.db, referral.number).status == ReferralStatus.DIKIRIM
    dialog.note.setPlainText("Sudah terdaftar di kabupaten lain")
    save(dialog)
    assert dialog.result() == 1 and dialog.saved is not None and dialog.saved.status == ReferralStatus.DITOLAK
    assert referrals.get_referral(desk.db, referral.number).outcome_source == "Lembar balasan"


def test_save_pressed_twice_records_the_outcome_once(desk: BackDesk, fixed_now: dt.datetime) -> None:
    screen = desk.watch()
    referral = _sent(desk)
    dialog = desk.shown(OutcomeDialog(desk.db, desk.back, referral))
    dialog.radios[ReferralStatus.DISETUJUI].setChecked(True)
    dialog.source.setCurrentText("Telepon")
    gate = hold(desk.monkeypatch, referrals, "record_outcome")
    dialog.accept()
    assert dialog.saving and not dialog.note.isEnabled()
    dialog.accept()  # a second outcome would be refused: the referral is no longer open
    gate.open()
    desk.wait()
    assert gate.calls == 1 and gate.threads == [False] and not screen.warnings
    assert dialog.result() == 1 and referrals.get_referral(desk.db, referral.number).status == ReferralStatus.DISETUJUI


def test_a_service_refusal_marks_the_widget_of_its_form_field(desk: BackDesk, fixed_now: dt.datetime) -> None:
    """Found by the FormField key the service gives, not by matching the Indonesian label (issue 18 §3)."""
    from puskesos_desktop.core.errors import FormField, ValidationError

    desk.watch()
    dialog = desk.shown(OutcomeDialog(desk.db, desk.back, _sent(desk)))

    def refuse(*_a: object, **_k: object) -> None:
        raise ValidationError("Periksa isian.", FormField.SOURCE)

    desk.monkeypatch.setattr(referrals, "record_outcome", refuse)
    dialog.source.setCurrentText("Lembar balasan")
    save(dialog)
    assert dialog.source.property("invalid") == "true" and dialog.note.property("invalid") != "true"
    assert set(dialog.fields) == {FormField.OUTCOME, FormField.OUTCOME_DATE, FormField.SOURCE, FormField.REMARKS}
