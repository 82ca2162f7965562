"""Retention (issue 14, item 8): residents with no open case and no activity for the period are anonymised."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import PermissionDenied, ValidationError
from puskesos_desktop.core.statuses import COMPLAINT_CLOSED
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    AuditEntry,
    Complaint,
    FieldVisit,
    Household,
    Letter,
    RegistryRecord,
    Resident,
    ResidentRevision,
)
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents, retention, search
from puskesos_desktop.services.reporting import reports
from tests.services.pdp_data import demo_copy

LATER = dt.datetime(2028, 1, 15, 9, 0)  # the demo's twelve months end in November 2026
MONTHS = [f"2026-{m:02d}" for m in range(1, 12)]


@pytest.fixture
def village(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = demo_copy(tmp_path, tmp_path_factory.getbasetemp())
    yield db
    search.release(db)
    db.dispose()


def _actor(db: Database, username: str) -> Actor:
    return users.get_user(db, username).actor()


def _figures(db: Database, actor: Actor) -> dict[str, Any]:
    """Every month's report figures, without what changes from one computation to the next."""
    out = {}
    for month in MONTHS:
        data = reports.monthly_report(db, actor, month).to_json()
        for volatile in ("generated_at", "audit_hash"):
            data.pop(volatile, None)
        out[month] = data
    return out


def test_off_by_default_and_only_the_coordinator_sets_previews_or_applies(db: Database, coordinator: Actor) -> None:
    assert retention.years(db) == 0
    off = retention.preview(db, coordinator)
    assert off.years == 0 and off.candidates == () and off.cutoff is None
    with pytest.raises(ValidationError):
        retention.apply(db, coordinator)  # nothing happens while it is off
    for username in ("fo", "bo", "fasil", "kades"):
        other = _actor(db, username)
        with pytest.raises(PermissionDenied):
            retention.set_years(db, other, 2)
        with pytest.raises(PermissionDenied):
            retention.preview(db, other)
        with pytest.raises(PermissionDenied):
            retention.apply(db, other)
    with pytest.raises(ValidationError):
        retention.set_years(db, coordinator, retention.MAX_YEARS + 1)
    retention.set_years(db, coordinator, 5)
    assert retention.years(db) == 5
    with db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.entity_id == retention.SETTING_KEY)).scalar_one()
    assert json.loads(entry.details) == {"old": 0, "new": 5} and entry.actor == "koordinator"


def test_the_dry_run_lists_only_the_inactive_without_open_cases(village: Database) -> None:
    db = village
    co, front = _actor(db, "koordinator"), _actor(db, "frontoffice")
    clock.set_clock(lambda: LATER)
    retention.set_years(db, co, 1)
    preview = retention.preview(db, co)
    assert preview.cutoff == dt.date(2027, 1, 15) and preview.candidates
    listed = {c.resident_id for c in preview.candidates}
    closed = [c.value for c in COMPLAINT_CLOSED]
    with db.read() as s:
        open_ids = set(s.execute(select(Complaint.resident_id).where(Complaint.status.not_in(closed))).scalars())
    assert open_ids and not listed & open_ids
    assert all(c.open_cases == 0 and c.last_activity < preview.cutoff for c in preview.candidates)
    # Any activity since the cut-off takes a resident off the list: an edit today.
    first = preview.candidates[0]
    edited = residents.input_from(residents.get_resident(db, None, first.resident_id))
    residents.update_resident(db, front, first.resident_id, dataclasses.replace(edited, phone="081234567890"))
    assert first.resident_id not in {c.resident_id for c in retention.preview(db, co).candidates}
    # A longer period lists fewer people; trying a value does not save it.
    assert len(retention.preview(db, co, value=3).candidates) == 0 and retention.years(db) == 1


def test_applying_anonymises_and_keeps_past_report_figures(village: Database) -> None:
    db = village
    co, front = _actor(db, "koordinator"), _actor(db, "frontoffice")
    with db.read() as s:
        letter_owners = set(s.execute(select(Letter.resident_id)).scalars())
    clock.set_clock(lambda: LATER)
    retention.set_years(db, co, 1)
    preview = retention.preview(db, co)
    chosen = next(c for c in preview.candidates if c.resident_id in letter_owners and c.nik)
    rid, name, nik = chosen.resident_id, chosen.name, chosen.nik
    assert nik is not None
    fasil = users.get_user(db, "fasilitator").id
    with db.write() as s:
        r = s.get(Resident, rid)
        assert r is not None
        kk = s.execute(select(Household.kk).where(Household.id == r.household_id)).scalar()
        registry_rows = s.execute(select(RegistryRecord.id).where(RegistryRecord.nik == nik)).scalars().all()
        # An old edit (so that the history holds personal data) and a field visit that noted the NIK.
        changes = {"phone": ["0811", "0812"], "address": ["Jl. Lama", "Jl. Baru"]}
        s.add(
            ResidentRevision(
                resident_id=rid, at=dt.datetime(2026, 1, 2), actor="frontoffice", changes=json.dumps(changes)
            )
        )
        s.add(
            FieldVisit(
                facilitator_id=fasil,
                visit_date=dt.date(2026, 1, 5),
                place="Dusun II",
                households_seen=f"{nik}\nlainnya",
            )
        )
    assert registry_rows, "the chosen demo resident has a registry row"
    before = _figures(db, co)
    assert search.search(db, None, nik) and any(h.resident_id == rid for h in search.search(db, None, name))
    keep = next(c.resident_id for c in reversed(preview.candidates) if c.resident_id != rid)

    done = retention.apply(db, co, confirmed=[c.resident_id for c in preview.candidates if c.resident_id != keep])
    assert rid in done.resident_ids and keep not in done.resident_ids
    assert done.count == len(preview.candidates) - 1
    with db.read() as s:
        r = s.get(Resident, rid)
        assert r is not None and r.anonymised_at == LATER
        assert (r.name, r.nik, r.address, r.phone, r.birth_date, r.household_id) == (
            retention.ANON_NAME,
            None,
            "",
            "",
            None,
            None,
        )
        revisions = select(ResidentRevision.changes).where(ResidentRevision.resident_id == rid)
        history = " ".join(s.execute(revisions).scalars())
        assert "Jl. Lama" not in history and "0811" not in history and retention.REMOVED in history
        letters_text = " ".join(s.execute(select(Letter.details).where(Letter.resident_id == rid)).scalars())
        assert nik not in letters_text and name not in letters_text
        assert not s.execute(select(RegistryRecord.id).where(RegistryRecord.id.in_(registry_rows))).first()
        assert all(nik not in v for v in s.execute(select(FieldVisit.households_seen)).scalars())
        untouched = s.get(Resident, keep)
        assert untouched is not None and untouched.anonymised_at is None and untouched.name != retention.ANON_NAME
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "retention.apply")).scalar_one()
        assert json.loads(entry.details)["resident_ids"] == list(done.resident_ids) and name not in entry.details
    # No longer found by name, NIK or KK; no longer on the list; the past months' figures are the same.
    assert not any(h.resident_id == rid for h in search.search(db, None, name))
    assert search.search(db, None, nik) == []
    if kk:
        assert not any(h.resident_id == rid for h in search.search(db, None, kk))
    assert rid not in {c.resident_id for c in retention.preview(db, co).candidates}
    after = _figures(db, co)
    for month in MONTHS:
        for key in before[month]:
            assert after[month][key] == before[month][key], (month, key)
    assert audit.verify(db).ok
    # Someone who comes back is registered anew.
    with pytest.raises(ValidationError):
        complaints.register_complaint(db, front, complaints.ComplaintInput(rid, "Sosial", "Datang lagi"))
