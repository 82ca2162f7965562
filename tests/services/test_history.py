"""What a family was proposed before (issue 17 item 7): read before a new DTKS/DTSEN proposal is made."""

from __future__ import annotations

import datetime as dt

from puskesos_desktop.core import clock
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Proposal
from puskesos_desktop.services import history
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents
from puskesos_desktop.services.registry import musdes, proposals

NIK, KK = "6201025205900001", "6201021205900002"
NIK_CHILD = "6201021001150003"


def _rejected_by_musdes(db: Database, front: Actor, coordinator: Actor) -> tuple[int, int]:
    """A family proposed in July, turned down by the deliberation on 20 July; the child is registered later."""
    with clock.frozen_at(dt.datetime(2026, 7, 6, 9, 0)):
        mother = residents.create_resident(db, front, residents.ResidentInput(name="Siti Aminah", nik=NIK, kk=KK)).id
        first = proposals.propose_addition(db, front, mother, "Penghasilan tidak tetap")
    with clock.frozen_at(dt.datetime(2026, 7, 22, 10, 0)):
        musdes.record_session(
            db,
            coordinator,
            musdes.SessionInput(
                dt.date(2026, 7, 20), "Balai Desa", 30, "Ketua BPD",
                (musdes.Decision(first.id, False, "Sudah menerima bantuan desa"),),
            ),
        )  # fmt: skip
    with clock.frozen_at(dt.datetime(2026, 11, 2, 9, 0)):
        child = residents.create_resident(
            db, front, residents.ResidentInput(name="Andi", nik=NIK_CHILD, kk=KK, family_relation="Anak")
        ).id
    return mother, child


def test_a_rejection_by_the_deliberation_is_told_for_the_whole_family(
    db: Database, front: Actor, coordinator: Actor
) -> None:
    mother, child = _rejected_by_musdes(db, front, coordinator)
    for found in (
        proposals.earlier_proposals(db, front, resident_id=mother),
        proposals.earlier_proposals(db, front, resident_id=child),  # another member of the same KK
        proposals.earlier_proposals(db, front, kk=KK),
        proposals.earlier_proposals(db, front, nik=NIK),
    ):
        assert len(found) == 1
        p = found[0]
        assert p.rejected and not p.open
        why = "Sudah menerima bantuan desa"
        assert (p.decided_by, p.decided_on, p.note) == (proposals.BY_MUSDES, dt.date(2026, 7, 20), why)
        assert p.sentence() == f"usulan {p.number} (Tambah, diajukan 06-07-2026) ditolak Musdes pada 20-07-2026: {why}"
    assert proposals.earlier_proposals(db, front, kk="6201029999990009") == []
    assert proposals.earlier_proposals(db, front) == []


def test_newest_first_with_an_open_draft_and_the_districts_answer(
    db: Database, front: Actor, coordinator: Actor
) -> None:
    mother, _child = _rejected_by_musdes(db, front, coordinator)
    with clock.frozen_at(dt.datetime(2026, 11, 3, 9, 0)):
        again = proposals.propose_addition(db, front, mother, "Suami meninggal")
    found = proposals.earlier_proposals(db, front, resident_id=mother)
    assert [p.number for p in found][0] == again.number and len(found) == 2
    assert found[0].open and found[0].decided_by == "" and "masih Draf" in found[0].sentence()
    # The district turns down an agreed proposal: said as the district's answer on its own date.
    with db.write() as s:
        p = s.get(Proposal, again.id)
        assert p is not None
        history.set_proposal_status(s, coordinator, p, "Disahkan Musdes", "Musyawarah Desa 10-11-2026")
        history.set_proposal_status(s, coordinator, p, "Diusulkan", "Dikirim")
        p.outcome_date, p.outcome_note = dt.date(2026, 12, 1), "Tidak lolos verifikasi lapangan"
        history.set_proposal_status(s, coordinator, p, "Ditolak", "Umpan balik kabupaten")
    district = proposals.earlier_proposals(db, front, nik=NIK)[0]
    assert (district.decided_by, district.decided_on) == (proposals.BY_DISTRICT, dt.date(2026, 12, 1))
    assert "ditolak Dinas pada 01-12-2026: Tidak lolos verifikasi lapangan" in district.sentence()


def test_a_plain_event_waits_for_nothing_and_the_timeline_keeps_its_order(db: Database, front: Actor) -> None:
    """Issue 15 §10: a plain event with nothing pending is a Core insert (on a server it travels with the next
    statement or the COMMIT); one after a pending change is added to the session and written after it."""
    from puskesos_desktop.core.statuses import ComplaintStatus
    from puskesos_desktop.db.models import Complaint
    from puskesos_desktop.services.casework import complaints

    rid = residents.create_resident(db, front, residents.ResidentInput(name="Siti Aminah", nik=NIK, kk=KK)).id
    reg = complaints.register_complaint(
        db, front, complaints.ComplaintInput(rid, "Sosial", "Rumah bocor", propose_if_unregistered=False)
    )
    with db.write() as s:
        c = s.get(Complaint, reg.id)
        assert c is not None
        history.complaint_event(s, front, c, "catatan", "satu")
        assert not s.new  # nothing waits in the session for it
        history.set_complaint_status(s, front, c, ComplaintStatus.SELESAI.value, "dua")
        history.complaint_event(s, front, c, "catatan", "tiga")  # after the status change (pending on a server)
    notes = [e.note for e in complaints.get_complaint(db, None, reg.number).events]
    assert notes[-3:] == ["satu", "dua", "tiga"]
