"""The office profile after setup: the coordinator changes it (audited), each change a version from that moment, and
a document reprinted later shows the letterhead of its own date; paper and receipt form are settings."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import PermissionDenied, ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry
from puskesos_desktop.services import office
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import papers
from tests.services.fo_data import add_registry, pdf_text, resident

OLD_ADDRESS = "Jl. Pangeran Antasari No. 1"
NEW_ADDRESS = "Jl. Iskandar No. 45"


def _complaint(db: Database, front: Actor, name: str) -> str:
    rid = resident(db, front, name, sex="L", birth_date=dt.date(1990, 1, 1), birth_place="Pangkalan Bun")
    bpjs = next(s for s in catalogue.list_services(db, "Kesehatan") if s.code == "BPJS-PBI-AKTIF")
    made = complaints.register_complaint(
        db, front, complaints.ComplaintInput(rid, "Kesehatan", "Kartu BPJS tidak aktif", service_id=bpjs.id)
    )
    return made.number


def test_reprint_keeps_the_letterhead_of_its_date(db: Database, front: Actor, coordinator: Actor) -> None:
    with clock.frozen_at(dt.datetime(2030, 11, 4, 9, 0)):
        before = _complaint(db, front, "Budi Sebelum")
    profile = office.get_profile(db)
    assert profile is not None and profile.address == OLD_ADDRESS
    with clock.frozen_at(dt.datetime(2030, 11, 18, 8, 0)):
        office.save_profile(db, coordinator, replace(profile, address=NEW_ADDRESS, head_name="Hj. Siti Rahmah"))
    with clock.frozen_at(dt.datetime(2030, 11, 19, 9, 0)):
        after = _complaint(db, front, "Ani Sesudah")
        old_text = pdf_text(papers.reprint_receipt(db, front, before))
        new_text = pdf_text(papers.receipt_pdf(db, front, after))
    assert OLD_ADDRESS in old_text and NEW_ADDRESS not in old_text
    assert NEW_ADDRESS in new_text and OLD_ADDRESS not in new_text
    # The profile as it is now, and the versions newest first with who changed it.
    now = office.get_profile(db)
    assert now is not None and now.head_name == "Hj. Siti Rahmah"
    history = office.profile_history(db, coordinator)
    assert [v.head_name for v in history[:2]] == ["Hj. Siti Rahmah", "H. Abdul Rahman"]
    assert history[0].changed_by == "Sri Wahyuni"
    with db.read() as s:
        entry = (
            s.execute(select(AuditEntry).where(AuditEntry.action == "office.update").order_by(AuditEntry.id.desc()))
            .scalars()
            .first()
        )
        assert entry is not None and "Hj. Siti Rahmah" in (entry.details or "")


def test_version_at_a_moment(db: Database, coordinator: Actor) -> None:
    profile = office.get_profile(db)
    assert profile is not None
    with clock.frozen_at(dt.datetime(2030, 1, 10, 8, 0)):
        office.save_profile(db, coordinator, replace(profile, head_name="Kades Baru"))
    with db.read() as s:
        assert office.office_info_in(s, dt.datetime(2030, 1, 10, 7, 59)).head_name == "H. Abdul Rahman"
        assert office.office_info_in(s, dt.datetime(2030, 1, 10, 8, 0)).head_name == "Kades Baru"
        assert office.office_info_in(s, dt.date(2030, 1, 10)).head_name == "Kades Baru"  # a date: the day's end
        assert office.office_info_in(s, dt.date(1999, 1, 1)).head_name == "H. Abdul Rahman"  # before all: earliest
        assert office.office_info_in(s).head_name == "Kades Baru"


def test_saving_the_same_profile_makes_no_version(db: Database, coordinator: Actor) -> None:
    profile = office.get_profile(db)
    assert profile is not None
    count = len(office.profile_history(db, coordinator))
    office.save_profile(db, coordinator, profile)
    assert len(office.profile_history(db, coordinator)) == count


def test_only_the_coordinator_changes_it(db: Database, front: Actor) -> None:
    profile = office.get_profile(db)
    assert profile is not None
    with pytest.raises(PermissionDenied):
        office.save_profile(db, front, replace(profile, head_name="Orang Lain"))
    with pytest.raises(PermissionDenied):
        office.update_settings(db, front, lambda st: dataclasses.replace(st, receipt_layout="80mm"))


def test_receipt_form_is_a5_or_80mm(db: Database, coordinator: Actor) -> None:
    office.update_settings(db, coordinator, lambda st: dataclasses.replace(st, receipt_layout="80mm"))
    assert office.load_settings(db).receipt_layout == "80mm"
    with pytest.raises(ValidationError):
        office.update_settings(db, coordinator, lambda st: dataclasses.replace(st, receipt_layout="A4"))


def test_first_steps_until_done(db: Database, front: Actor) -> None:
    steps = office.first_steps(db)
    assert (steps.registry_imported, steps.residents_registered, steps.staff_accounts) == (False, False, True)
    assert not steps.done
    resident(db, front, "Muhammad Yusuf", "6201021205900001", "6201021205900002")
    assert not office.first_steps(db).done  # the registry is still missing
    add_registry(db, "6201026303750008", "SITI RAHMAWATI", kk="6201021303750009")
    assert office.first_steps(db).done


def test_the_version_of_a_moment_is_one_statement(db: Database, coordinator: Actor) -> None:
    """Issue 15 §10: in force or older than every version (the earliest then), one statement either way."""
    from sqlalchemy import event

    profile = office.get_profile(db)
    assert profile is not None
    with clock.frozen_at(dt.datetime(2030, 1, 10, 8, 0)):
        office.save_profile(db, coordinator, replace(profile, head_name="Kades Baru"))
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731 - (conn, cursor, statement, …)
    with db.read() as s:
        event.listen(db.engine, "before_cursor_execute", listener)
        try:
            old = office.version_at_in(s, dt.datetime(1999, 1, 1))
            new = office.version_at_in(s, dt.datetime(2030, 2, 1))
        finally:
            event.remove(db.engine, "before_cursor_execute", listener)
    assert old is not None and old.head_name == "H. Abdul Rahman"
    assert new is not None and new.head_name == "Kades Baru"
    assert len([q for q in statements if q.lstrip().upper().startswith("SELECT")]) == 2, statements
