"""District feedback (issue 5 §3): export → the district edits the workbook → preview → apply, idempotent."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from puskesos_desktop.core.errors import PermissionDenied, ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry, Proposal, ProposalEvent, Referral, ReferralEvent
from puskesos_desktop.excel import safe
from puskesos_desktop.services import audit
from puskesos_desktop.services.casework import referrals
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.exchange import batch as exchange
from puskesos_desktop.services.registry import proposals
from tests.services.dx_data import Month, dump, fill_months


@pytest.fixture
def month(db: Database, front: Actor, back: Actor, coordinator: Actor) -> Month:
    return fill_months(db, front, back, coordinator)


def _usb(tmp_path: Path) -> Path:
    folder = tmp_path / "FLASHDISK"
    folder.mkdir(exist_ok=True)
    return folder


Answer = dict[str, tuple[object, object, object]]


def district_edits(
    batch: Path, target: Path, referral: Answer, proposal: Answer, extra: tuple[tuple[str, str, str], ...] = ()
) -> Path:
    """What the district does: open the batch in a spreadsheet, fill Status / Tanggal Hasil / Keterangan Hasil."""
    wb = openpyxl.load_workbook(batch)
    for sheet, number_header, answers in (("Rujukan", "No Rujukan", referral), ("Usulan DTKS", "No Usulan", proposal)):
        ws = wb[sheet]
        head = [c.value for c in ws[1]]
        col = {h: i + 1 for i, h in enumerate(head)}
        for row in range(2, ws.max_row + 1):
            number = ws.cell(row, col[number_header]).value
            if number in answers:
                status, day, note = answers[str(number)]
                safe.set_value(ws.cell(row, col["Status"]), status)
                safe.set_value(ws.cell(row, col["Tanggal Hasil"]), day)
                safe.set_value(ws.cell(row, col["Keterangan Hasil"]), note)
        for extra_sheet, number, status in extra:
            if extra_sheet == sheet:
                r = ws.max_row + 1
                safe.set_text(ws.cell(r, col[number_header]), number)
                safe.set_text(ws.cell(r, col["Status"]), status)
    wb.save(target)
    return target


def test_round_trip_export_district_edits_preview_apply(
    db: Database, coordinator: Actor, month: Month, tmp_path: Path
) -> None:
    batch = exchange.export_month(db, coordinator, "2026-11", _usb(tmp_path))
    answer = district_edits(
        batch.path,
        tmp_path / "UMPAN_BALIK_2026-11.xlsx",
        {month.referral: ("Disetujui", dt.date(2026, 11, 20), "PBI diaktifkan kembali mulai Desember")},
        {month.proposal: ("diusulkan", None, "Masuk SIKS-NG")},  # case as a person types it
        extra=(("Rujukan", "RJK/6201022001/2026/11/0999", "Ditolak"), ("Usulan DTKS", "USL/X/1", "Diterima")),
    )
    before = dump(db)
    preview = exchange.preview_feedback(db, coordinator, answer)
    assert dump(db) == before  # the preview changes nothing
    changes = {c.number: c for c in preview.changes}
    ref = changes[month.referral]
    assert (ref.old_status, ref.new_status, ref.new_date, ref.name) == (
        "Dikirim", "Disetujui", dt.date(2026, 11, 20), "Siti Aminah"
    )
    prop = changes[month.proposal]
    assert (prop.old_status, prop.new_status, prop.new_note) == ("Disahkan Musdes", "Diusulkan", "Masuk SIKS-NG")
    assert prop.new_date == dt.date(2026, 11, 23)  # left empty by the district: the day it was recorded
    assert sorted(i.value for i in preview.unknown) == ["RJK/6201022001/2026/11/0999", "USL/X/1"]
    assert preview.refused == [] and preview.unchanged == 0
    assert json.loads(json.dumps(preview.as_json(), default=str))["changes"][0]["from"] == "Dikirim"

    result = exchange.apply_feedback(db, coordinator, answer, expected_sha256=preview.sha256)
    assert (result.applied, result.referrals, result.proposals) == (2, 1, 1)
    info = referrals.get_referral(db, month.referral)
    assert info.status == "Disetujui" and info.outcome_date == dt.date(2026, 11, 20)
    assert info.outcome_note == "PBI diaktifkan kembali mulai Desember"
    assert info.outcome_source == "Berkas umpan balik kabupaten" and info.informed_at is None
    assert proposals.get_proposal(db, None, month.proposal).status == "Diusulkan"
    with db.read() as s:
        ref_events = s.execute(select(ReferralEvent).where(ReferralEvent.to_status == "Disetujui")).scalars().all()
        prop_events = s.execute(select(ProposalEvent).where(ProposalEvent.to_status == "Diusulkan")).scalars().all()
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "feedback.import")).scalar_one()
    assert len(ref_events) == 1 and "UMPAN_BALIK_2026-11.xlsx" in ref_events[0].note
    assert len(prop_events) == 1 and prop_events[0].from_status == "Disahkan Musdes"
    details = json.loads(entry.details)
    assert details["referrals_changed"] == 1 and details["unknown"] == 2 and details["sha256"] == preview.sha256
    assert audit.verify(db).ok

    # The same file twice changes nothing.
    settled = dump(db)
    again = exchange.apply_feedback(db, coordinator, answer)
    assert again.applied == 0 and again.preview.unchanged == 2
    after = dump(db)
    assert {k: v for k, v in after.items() if k != "audit"} == {k: v for k, v in settled.items() if k != "audit"}

    # The next batch carries the district's answers and later a new note only.
    later = district_edits(
        batch.path, tmp_path / "UMPAN_BALIK_2.xlsx",
        {month.referral: ("Disetujui", dt.date(2026, 11, 20), "Kartu sudah dapat dipakai")}, {},
    )  # fmt: skip
    note_only = exchange.preview_feedback(db, coordinator, later)
    assert [(c.old_status, c.new_status, c.new_note) for c in note_only.changes if c.sheet == "Rujukan"] == [
        ("Disetujui", "Disetujui", "Kartu sudah dapat dipakai")
    ]


def test_rows_the_rules_refuse(db: Database, coordinator: Actor, month: Month, tmp_path: Path) -> None:
    batch = exchange.export_month(db, coordinator, "2026-11", _usb(tmp_path))
    answer = district_edits(
        batch.path,
        tmp_path / "balasan.xlsx",
        {month.referral: ("Ditolak", dt.date(2026, 11, 20), None)},  # a rejection needs its reason
        {month.proposal: ("Draf", None, None)},  # not the district's to set
    )
    preview = exchange.preview_feedback(db, coordinator, answer)
    assert preview.changes == []
    reasons = {i.value: i.reason for i in preview.refused}
    assert "Keterangan Hasil wajib" in reasons[month.referral] and "hanya Diusulkan" in reasons[month.proposal]
    before = dump(db)
    assert exchange.apply_feedback(db, coordinator, answer).applied == 0
    assert {k: v for k, v in dump(db).items() if k != "audit"} == {k: v for k, v in before.items() if k != "audit"}

    future = district_edits(batch.path, tmp_path / "b2.xlsx", {month.referral: ("Disetujui", dt.date(2027, 1, 1), "x")},
                            {month.proposal: ("Diterima", dt.date(2020, 1, 1), "")})  # fmt: skip
    reasons = {i.value: i.reason for i in exchange.preview_feedback(db, coordinator, future).refused}
    assert "masa depan" in reasons[month.referral] and "sebelum" in reasons[month.proposal]


def test_a_draft_proposal_and_a_waiting_referral_are_refused(
    db: Database, coordinator: Actor, front: Actor, back: Actor, tmp_path: Path, fixed_now: dt.datetime
) -> None:
    from tests.services import bo_helpers as h

    ids = h.complaint(db, front)
    dinsos = h.partner_id(db, "Dinas Sosial Kabupaten")
    ref = referrals.create_referral(db, back, ids.complaint_id, referrals.ReferralInput("Kesehatan", dinsos, "x"))
    draft = proposals.for_resident(db, None, ids.resident_id)[0]
    path = tmp_path / "balik.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Rujukan"
    ws.append(["No Rujukan", "Status", "Tanggal Hasil", "Keterangan Hasil"])
    ws.append([ref.number, "Disetujui", None, None])
    usl = wb.create_sheet("Usulan DTKS")
    usl.append(["No Usulan", "Status", "Tanggal Hasil", "Keterangan Hasil"])
    usl.append([draft.number, "Diterima", None, None])
    wb.save(path)
    reasons = {i.value: i.reason for i in exchange.preview_feedback(db, coordinator, path).refused}
    assert "menunggu persetujuan" in reasons[ref.number] and "belum disahkan" in reasons[draft.number]


def test_file_checks_and_permissions(db: Database, coordinator: Actor, back: Actor, tmp_path: Path) -> None:
    bad = tmp_path / "bukan.xlsx"
    bad.write_text("bukan excel\n" * 20)
    with pytest.raises(ValidationError):
        exchange.preview_feedback(db, coordinator, bad)
    other = tmp_path / "lain.xlsx"
    wb = openpyxl.Workbook()
    wb.save(other)
    with pytest.raises(ValidationError, match="tidak berisi lembar"):
        exchange.preview_feedback(db, coordinator, other)
    with pytest.raises(PermissionDenied):
        exchange.preview_feedback(db, back, other)


def test_a_file_changed_after_the_preview_is_refused(
    db: Database, coordinator: Actor, month: Month, tmp_path: Path
) -> None:
    batch = exchange.export_month(db, coordinator, "2026-11", _usb(tmp_path))
    answer = district_edits(batch.path, tmp_path / "a.xlsx", {month.referral: ("Disetujui", None, "ok")}, {})
    preview = exchange.preview_feedback(db, coordinator, answer)
    district_edits(batch.path, answer, {month.referral: ("Ditelaah Lebih Lanjut", None, "cek")}, {})
    with pytest.raises(ValidationError, match="berubah sejak pratinjau"):
        exchange.apply_feedback(db, coordinator, answer, expected_sha256=preview.sha256)
    with db.read() as s:
        assert s.execute(select(Referral.status).where(Referral.number == month.referral)).scalar() == "Dikirim"
        assert s.execute(select(Proposal.status).where(Proposal.number == month.proposal)).scalar() == "Disahkan Musdes"


def test_a_later_answer_corrects_a_decision_but_never_reverses_it(
    db: Database, coordinator: Actor, month: Month, tmp_path: Path
) -> None:
    """After the district's decision: a later file may correct its date or note (the status stays), a move to
    another status is refused by the transition rules, and a status the district does not give is refused."""
    batch = exchange.export_month(db, coordinator, "2026-11", _usb(tmp_path))

    def answer(name: str, referral: tuple[object, object, object], proposal: tuple[object, object, object]) -> Path:
        return district_edits(batch.path, tmp_path / name, {month.referral: referral}, {month.proposal: proposal})

    first = answer("b1.xlsx", ("Disetujui", dt.date(2026, 11, 20), "PBI aktif"), ("Diterima", None, "Masuk DTSEN"))
    assert exchange.apply_feedback(db, coordinator, first).applied == 2

    # Corrections: the referral's date (its note kept), the proposal's date and note.
    fix = answer(
        "b2.xlsx", ("Disetujui", dt.date(2026, 11, 21), None), ("Diterima", dt.date(2026, 11, 22), "Tercatat SIKS-NG")
    )
    preview = exchange.preview_feedback(db, coordinator, fix)
    assert preview.refused == [] and preview.unchanged == 0
    changes = {c.number: c for c in preview.changes}
    ref, prop = changes[month.referral], changes[month.proposal]
    assert (ref.old_status, ref.new_status, ref.old_date, ref.new_date, ref.new_note) == (
        "Disetujui", "Disetujui", dt.date(2026, 11, 20), dt.date(2026, 11, 21), "PBI aktif"
    )  # fmt: skip
    assert (prop.new_status, prop.old_date, prop.new_date, prop.old_note, prop.new_note) == (
        "Diterima", dt.date(2026, 11, 23), dt.date(2026, 11, 22), "Masuk DTSEN", "Tercatat SIKS-NG"
    )  # fmt: skip
    assert exchange.apply_feedback(db, coordinator, fix).applied == 2
    info = referrals.get_referral(db, month.referral)
    assert (info.status, info.outcome_date, info.outcome_note) == ("Disetujui", dt.date(2026, 11, 21), "PBI aktif")

    settled = {k: v for k, v in dump(db).items() if k != "audit"}
    reverse = answer("b3.xlsx", ("Ditelaah Lebih Lanjut", None, "Dicek ulang"), ("Diusulkan", None, None))
    bad = answer("b4.xlsx", ("Dikirim", None, None), ("Diterima", dt.date(2027, 1, 4), None))
    late = answer("b5.xlsx", ("Disetujui", dt.date(2027, 1, 4), None), ("Diterima", None, None))
    reasons = [
        {i.value: i.reason for i in exchange.preview_feedback(db, coordinator, path).refused}
        for path in (reverse, bad, late)
    ]
    assert "tidak dapat diubah dari 'Disetujui' menjadi 'Ditelaah Lebih Lanjut'" in reasons[0][month.referral]
    assert "tidak dapat diubah dari 'Diterima' menjadi 'Diusulkan'" in reasons[0][month.proposal]
    assert "hanya Disetujui, Ditolak atau Ditelaah" in reasons[1][month.referral]
    assert "masa depan" in reasons[1][month.proposal] and "masa depan" in reasons[2][month.referral]
    assert month.proposal not in reasons[2]  # the same status, no date and no note: nothing to correct
    for path in (reverse, bad, late):
        assert exchange.apply_feedback(db, coordinator, path).applied == 0
    assert {k: v for k, v in dump(db).items() if k != "audit"} == settled
