"""The demo village for the residents'-rights tests (issue 14, item 8): built once per test process, copied per test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Complaint, Letter, ProposalMember, Referral, Resident
from puskesos_desktop.services.bootstrap import open_office_db
from tests.helpers.villages import demo_copy_to

TODAY = dt.date(2026, 11, 23)


def demo_copy(tmp_path: Path, build_dir: Path) -> Database:
    """A private copy of a 120-resident demo village (twelve months up to 23 November 2026)."""
    target = demo_copy_to(tmp_path / "kantor.sqlite3", 120, 1, TODAY, build_dir)
    return open_office_db(f"sqlite:///{target}")


def richest_resident(db: Database) -> int:
    """A demo resident with a complaint, a referral, a proposal and a letter (the most records of all)."""
    with db.read() as s:
        complaints = dict(s.execute(select(Complaint.resident_id, func.count()).group_by(Complaint.resident_id)).all())
        referrals = dict(
            s.execute(
                select(Complaint.resident_id, func.count())
                .join(Referral, Referral.complaint_id == Complaint.id)
                .group_by(Complaint.resident_id)
            ).all()
        )
        proposals = set(s.execute(select(ProposalMember.resident_id)).scalars())
        letters = set(s.execute(select(Letter.resident_id)).scalars())
        ids = list(s.execute(select(Resident.id)).scalars())
    ranked = sorted(
        ids,
        key=lambda r: (
            -(bool(complaints.get(r)) + bool(referrals.get(r)) + (r in proposals) + (r in letters)),
            -(complaints.get(r, 0) + referrals.get(r, 0)),
            r,
        ),
    )
    return ranked[0]
