"""Assisted Cek Bansos usul/sanggah (issue 16 §8): recorded with its 14-day deadline, outcome, overdue list, the
monthly report's count; bad input changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import PermissionDenied, ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry, CekBansosFiling
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import cek_bansos
from puskesos_desktop.services.reporting import reports
from tests.services.fo_data import resident

NIK, KK, OTHER_KK = "6201024506800003", "6201021205900012", "6201021505850004"


def _count(db: Database) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(CekBansosFiling)).scalar_one())


def test_usul_and_sanggah_with_deadline_outcome_and_report(
    db: Database, front: Actor, coordinator: Actor, fixed_now: dt.datetime
) -> None:
    rid = resident(db, front, "Sri Wahyuni", NIK, KK, sex="P")
    usul = cek_bansos.record(db, front, rid, cek_bansos.FilingInput("Usul", dt.date(2026, 11, 2), reference="CB-77"))
    assert usul.kk == KK  # an usul concerns the resident's own family unless told otherwise
    assert usul.deadline == dt.date(2026, 11, 16) and usul.outcome == "Menunggu" and usul.overdue
    sanggah = cek_bansos.record(
        db, front, rid, cek_bansos.FilingInput("Sanggah", dt.date(2026, 11, 20), family_kk=f"'{OTHER_KK}")
    )
    assert sanggah.kk == OTHER_KK and not sanggah.overdue
    assert [f.id for f in cek_bansos.overdue(db, front)] == [usul.id]
    assert cek_bansos.overdue(db, front)[0].days_overdue == 7

    done = cek_bansos.set_outcome(db, front, usul.id, "Diterima", dt.date(2026, 11, 21), "terdaftar di aplikasi")
    assert done.outcome == "Diterima" and done.outcome_date == dt.date(2026, 11, 21) and not done.overdue
    assert cek_bansos.overdue(db, front) == []
    assert [f.kind for f in cek_bansos.for_resident(db, front, rid)] == ["Sanggah", "Usul"]

    rep = reports.monthly_report(db, coordinator, "2026-11")
    assert rep.cek_bansos is not None
    data = rep.to_json()["cek_bansos"]
    assert data == {"total": 2, "by_kind": {"Usul": 1, "Sanggah": 1},
                    "by_status": {"Menunggu": 1, "Diterima": 1, "Ditolak": 0}, "overdue": 0}  # fmt: skip
    assert "1 usul, 1 sanggah" in rep.cek_bansos_text
    with db.read() as s:
        actions = [a for (a,) in s.execute(select(AuditEntry.action).where(AuditEntry.action.like("cek_bansos%")))]
    assert actions == ["cek_bansos.file", "cek_bansos.file", "cek_bansos.outcome"]


def test_overdue_in_the_report_is_as_of_the_report_day(db: Database, front: Actor, coordinator: Actor) -> None:
    with clock.frozen_at(dt.datetime(2026, 10, 1, 9)):
        rid = resident(db, front, "Sri Wahyuni", NIK, KK, sex="P")
        filing = cek_bansos.record(db, front, rid, cek_bansos.FilingInput("Usul", dt.date(2026, 10, 1)))
    with clock.frozen_at(dt.datetime(2026, 11, 5, 9)):
        cek_bansos.set_outcome(db, front, filing.id, "Ditolak", dt.date(2026, 11, 5))
        october = reports.monthly_report(db, coordinator, "2026-10")
    assert october.cek_bansos is not None and october.cek_bansos.overdue == 1  # still waiting on 31 October


def test_bad_input_is_refused_and_changes_nothing(
    db: Database, front: Actor, head: Actor, fixed_now: dt.datetime
) -> None:
    rid = resident(db, front, "Sri Wahyuni", NIK, KK, sex="P")
    cases = [
        (cek_bansos.FilingInput("Sanggah", dt.date(2026, 11, 2)), "No. KK"),  # a sanggah names its family
        (cek_bansos.FilingInput("Sanggah", dt.date(2026, 11, 2), family_kk="123"), "No. KK"),
        (cek_bansos.FilingInput("Banding", dt.date(2026, 11, 2)), "Jenis"),
        (cek_bansos.FilingInput("Usul", dt.date(2026, 12, 2)), "Tanggal"),  # in the future
        (cek_bansos.FilingInput("Usul", dt.date(2026, 11, 2), reference="x" * 101), "Nomor referensi"),
    ]
    for data, field in cases:
        with pytest.raises(ValidationError) as err:
            cek_bansos.record(db, front, rid, data)
        assert err.value.field == field
    with pytest.raises(PermissionDenied):
        cek_bansos.record(db, head, rid, cek_bansos.FilingInput("Usul", dt.date(2026, 11, 2)))
    assert _count(db) == 0
    filing = cek_bansos.record(db, front, rid, cek_bansos.FilingInput("Usul", dt.date(2026, 11, 10)))
    with pytest.raises(ValidationError):
        cek_bansos.set_outcome(db, front, filing.id, "Selesai")
    with pytest.raises(ValidationError):
        cek_bansos.set_outcome(db, front, filing.id, "Diterima", dt.date(2026, 11, 9))  # before it was filed
    assert cek_bansos.for_resident(db, front, rid)[0].outcome == "Menunggu"


def test_masked_for_the_head(db: Database, front: Actor, head: Actor, fixed_now: dt.datetime) -> None:
    rid = resident(db, front, "Sri Wahyuni", NIK, KK, sex="P")
    cek_bansos.record(db, front, rid, cek_bansos.FilingInput("Sanggah", dt.date(2026, 11, 2), family_kk=OTHER_KK))
    seen = cek_bansos.for_resident(db, head, rid)[0]
    assert seen.kk == "620102********04"
