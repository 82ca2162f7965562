from __future__ import annotations

import pytest

from puskesos_desktop.core.errors import PermissionDenied, TransitionError, ValidationError
from puskesos_desktop.core.statuses import ComplaintStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents


def _resident(db: Database, actor: Actor) -> int:
    r = residents.create_resident(
        db, actor, residents.ResidentInput(name="Siti Aminah", nik="6201025205900001", kk="6201021205900002")
    )
    return r.id


def test_register_complaint_numbers_and_forwards(db: Database, front: Actor, fixed_now: object) -> None:
    rid = _resident(db, front)
    bpjs = next(s for s in catalogue.list_services(db, "Kesehatan") if s.code == "BPJS-PBI-AKTIF")
    first = complaints.register_complaint(
        db,
        front,
        complaints.ComplaintInput(
            rid, "Kesehatan", "BPJS tidak aktif", service_id=bpjs.id, documents_brought=frozenset({"Fotokopi KTP"})
        ),
    )
    second = complaints.register_complaint(db, front, complaints.ComplaintInput(rid, "Sosial", "Rumah bocor"))
    assert first.number == "RESI/6201022001/2026/11/0001"
    assert second.number == "RESI/6201022001/2026/11/0002"
    assert first.status == ComplaintStatus.DITERUSKAN
    assert "Fotokopi KTP" not in first.missing_documents and "Fotokopi KK" in first.missing_documents
    # 7 working days after Monday 23 November 2026
    assert str(first.due_date) == "2026-12-02"
    c = complaints.get_complaint(db, None, first.number)
    assert [e.to_status for e in c.events if e.kind == "status"] == ["Diterima", "Diteruskan ke Back Office"]
    assert audit.verify(db).ok


def test_refusals_change_nothing(db: Database, front: Actor, head: Actor) -> None:
    rid = _resident(db, front)
    with pytest.raises(PermissionDenied):
        complaints.register_complaint(db, head, complaints.ComplaintInput(rid, "Sosial", "x"))
    with pytest.raises(ValidationError) as err:
        complaints.register_complaint(db, front, complaints.ComplaintInput(rid, "Sosial", "   "))
    assert err.value.field == "Uraian keluhan"
    with pytest.raises(ValidationError):
        residents.create_resident(db, front, residents.ResidentInput(name="Tanpa Alasan"))


def test_illegal_transition_refused() -> None:
    from puskesos_desktop.core.statuses import check_complaint_transition

    with pytest.raises(TransitionError):
        check_complaint_transition("Diterima", "Dirujuk")
