"""The monthly report and the dashboard: every figure counted again here, in plain Python over the raw rows.

The expected numbers come from sqlite3 reads and loops that follow docs/REPORT.md word for word, not from the
service's SQL; a few are also written out by hand from tests/services/report_data.py's comments.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from puskesos_desktop.core.errors import PermissionDenied, ValidationError
from puskesos_desktop.core.statuses import ComplaintStatus, Field, ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.reporting import dashboard, reports
from puskesos_desktop.services.reporting.reports import FigureRef
from tests.services.report_data import Village

# In the PostgreSQL subset (make test-postgres).
pytestmark = pytest.mark.pg

OCT, NOV = "2026-10", "2026-11"


# --- the raw rows, read without SQLAlchemy ------------------------------------------------------------------------


def _ts(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _as_stored(value: Any) -> Any:
    """Values as SQLite keeps them (text dates, 0/1 flags), whichever engine the suite runs on."""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def raw(db: Database, table: str) -> list[dict[str, Any]]:
    if db.path is not None:
        con = sqlite3.connect(str(db.path))
        con.row_factory = sqlite3.Row
        try:
            return [dict(r) for r in con.execute(f"SELECT * FROM {table} ORDER BY rowid")]
        finally:
            con.close()
    # PostgreSQL: plain SQL too, in insertion order (every table has an integer id).
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id").mappings()
        return [{k: _as_stored(v) for k, v in r.items()} for r in rows]


class Raw:
    """The month's definitions, in Python."""

    def __init__(self, db: Database, month: str, today: dt.date) -> None:
        y, m = int(month[:4]), int(month[5:])
        self.start = dt.datetime(y, m, 1)
        self.end = dt.datetime(y + (m == 12), m % 12 + 1, 1)
        last = (self.end - dt.timedelta(days=1)).date()
        self.as_of = min(last, today)
        self.cutoff = dt.datetime.combine(self.as_of + dt.timedelta(days=1), dt.time())
        self.complaints = raw(db, "complaints")
        self.c_events = raw(db, "complaint_events")
        self.referrals = raw(db, "referrals")
        self.r_events = raw(db, "referral_events")
        self.proposals = raw(db, "proposals")
        self.p_events = raw(db, "proposal_events")
        self.letters = raw(db, "letters")
        self.visits = raw(db, "field_visits")

    def inside(self, text: str | None) -> bool:
        moment = _ts(text)
        return moment is not None and self.start <= moment < self.end

    def status_on(self, events: list[dict[str, Any]], key: str, ident: int, current: str) -> str:
        mine = [
            e
            for e in events
            if e[key] == ident and e["kind"] == "status" and e["to_status"] and _ts(e["at"]) < self.cutoff  # type: ignore[operator]
        ]
        mine.sort(key=lambda e: (e["at"], e["id"]))
        return mine[-1]["to_status"] if mine else current

    def month_complaints(self) -> list[dict[str, Any]]:
        return [c for c in self.complaints if self.inside(c["registered_at"])]

    def month_referrals(self) -> list[dict[str, Any]]:
        return [r for r in self.referrals if self.inside(r["referred_at"])]

    def outcomes(self) -> list[tuple[int, float]]:
        out = []
        for c in self.complaints:
            ref_ids = {r["id"] for r in self.referrals if r["complaint_id"] == c["id"]}
            moments = [
                _ts(e["at"])
                for e in self.r_events
                if e["referral_id"] in ref_ids
                and e["kind"] == "status"
                and e["to_status"] in ("Disetujui", "Ditolak", "Ditelaah Lebih Lanjut")
            ]
            moments += [
                _ts(e["at"])
                for e in self.c_events
                if e["complaint_id"] == c["id"] and e["kind"] == "status" and e["to_status"] == "Selesai"
            ]
            if not moments:
                continue
            first = min(m for m in moments if m is not None)
            if self.start <= first < self.end:
                registered = _ts(c["registered_at"])
                assert registered is not None
                out.append((c["id"], (first - registered).total_seconds() / 86400))
        return out

    def overdue_complaints(self) -> list[int]:
        return [
            c["id"]
            for c in self.complaints
            if _ts(c["registered_at"]) < self.cutoff  # type: ignore[operator]
            and c["due_date"]
            and dt.date.fromisoformat(c["due_date"]) < self.as_of
            and self.status_on(self.c_events, "complaint_id", c["id"], c["status"]) not in ("Selesai", "Dibatalkan")
        ]

    def overdue_referrals(self, days: int) -> list[int]:
        out = []
        for r in self.referrals:
            sent = _ts(r["sent_at"]) or _ts(r["referred_at"])
            assert sent is not None
            status = self.status_on(self.r_events, "referral_id", r["id"], r["status"])
            if status in ("Dikirim", "Ditelaah Lebih Lanjut") and (self.as_of - sent.date()).days >= days:
                out.append(r["id"])
        return out

    def open_proposals(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for p in self.proposals:
            if _ts(p["proposed_at"]) < self.cutoff:  # type: ignore[operator]
                status = self.status_on(self.p_events, "proposal_id", p["id"], p["status"])
                if status not in ("Diterima", "Ditolak"):
                    counts[status] += 1
        return counts


# --- the month ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("month", [OCT, NOV])
def test_month_figures_equal_an_independent_count(
    db: Database, village: Village, coordinator: Actor, fixed_now: dt.datetime, month: str
) -> None:
    rep = reports.monthly_report(db, coordinator, month)
    r = Raw(db, month, fixed_now.date())
    assert rep.period.as_of == r.as_of

    mine = r.month_complaints()
    assert rep.residents_served == len({c["resident_id"] for c in mine})
    assert rep.complaints.total == len(mine)
    assert rep.complaints.by_field == {f.value: sum(c["field"] == f.value for c in mine) for f in Field}
    assert rep.complaints.by_status == {s.value: sum(c["status"] == s.value for c in mine) for s in ComplaintStatus}
    for f in Field:
        for st in ComplaintStatus:
            expected = sum(c["field"] == f.value and c["status"] == st.value for c in mine)
            assert rep.complaints.by_field_status[f.value][st.value] == expected

    refs = r.month_referrals()
    assert rep.referrals.total == len(refs)
    assert rep.referrals.by_status == {s.value: sum(x["status"] == s.value for x in refs) for s in ReferralStatus}
    assert rep.referrals.by_field == {f.value: sum(x["field"] == f.value for x in refs) for f in Field}

    made = [p for p in r.proposals if r.inside(p["proposed_at"])]
    assert rep.proposals_month == len(made)
    assert {k: v for k, v in rep.proposals_month_by_status.items() if v} == dict(Counter(p["status"] for p in made))
    assert {k: v for k, v in rep.proposals_month_by_kind.items() if v} == dict(Counter(p["kind"] for p in made))
    assert {k: v for k, v in rep.proposals_open_by_status.items() if v} == dict(r.open_proposals())

    letters = [x for x in r.letters if r.inside(x["issued_at"])]
    assert {k: v for k, v in rep.letters_by_kind.items() if v} == dict(Counter(x["kind"] for x in letters))

    outcomes = r.outcomes()
    assert rep.outcomes.count == len(outcomes)
    if outcomes:
        assert rep.outcomes.average_days == round(statistics.fmean(days for _, days in outcomes), 1)
        assert rep.outcomes.median_days == round(statistics.median(days for _, days in outcomes), 1)

    assert rep.overdue_complaints == len(r.overdue_complaints())
    assert rep.overdue_referrals == len(r.overdue_referrals(rep.followup_days))

    visits = [v for v in r.visits if r.start.date() <= dt.date.fromisoformat(v["visit_date"]) < r.end.date()]
    through = [c for c in mine if c["channel"] == "Fasilitator"]
    line = next(f for f in rep.facilitators if f.user_id == village.facilitator_id)
    assert (line.visits, line.complaints) == (len(visits), len(through))
    assert rep.visits == len(visits)


def test_month_figures_by_hand(db: Database, village: Village, coordinator: Actor) -> None:
    """The same figures written out from report_data's comments: the definitions' edges are where we think."""
    oct_ = reports.monthly_report(db, coordinator, OCT)
    assert oct_.complaints.total == 6 and oct_.residents_served == 4  # c1/c3 and c4/c5 share a resident
    assert oct_.referrals.total == 3  # RJK 1, 3, 4
    assert oct_.outcomes.count == 2  # c1 (referral approved after 10.04 days) and c4 (answered at the desk, 0 days)
    assert oct_.outcomes.via_referral == 1 and oct_.outcomes.via_closing == 1
    assert oct_.overdue_complaints == 2  # c7 (closed only in November) and c3; c1 was closed, c2 has no due date
    assert oct_.overdue_referrals == 1  # RJK 3, sent 11 Oct; RJK 4 was never sent

    # Registering a complaint may itself propose the resident for DTKS (front office); look at our own proposals.
    def ours(month: str) -> list[tuple[str, str]]:
        listed = reports.records(db, coordinator, FigureRef("proposals_open", month))
        pairs = zip(listed.column("number"), listed.column("status"), strict=True)
        return sorted((str(n), str(st)) for n, st in pairs if str(n).startswith("USL/T/"))

    assert ours(OCT) == [("USL/T/01", "Diusulkan"), ("USL/T/02", "Draf")]  # 02 was refused only on 5 November
    assert ours(NOV) == [("USL/T/01", "Diusulkan"), ("USL/T/04", "Draf")]  # 03 was accepted in September
    assert oct_.letters_by_kind == {"rekomendasi": 1, "keterangan_dtks": 1}
    assert oct_.visits == 2 and oct_.visit_complaints == 1
    nov = reports.monthly_report(db, coordinator, NOV)
    assert nov.period.as_of == dt.date(2026, 11, 23)
    assert nov.outcomes.count == 2  # c7 closed 5 Nov (46 days), c8 refused 10 Nov (8 days)
    assert nov.overdue_complaints == 2  # c3 still open; c8 due 11 Nov and still open; c7 now closed
    assert nov.overdue_referrals == 1  # RJK 3; RJK 5 waits only 2 days


def test_every_figure_lists_exactly_what_it_counts(db: Database, village: Village, coordinator: Actor) -> None:
    for month in (OCT, NOV):
        rep = reports.monthly_report(db, coordinator, month)
        pairs: list[tuple[FigureRef, int]] = [
            (FigureRef("residents_served", month), rep.residents_served),
            (FigureRef("complaints", month), rep.complaints.total),
            (FigureRef("referrals", month), rep.referrals.total),
            (FigureRef("proposals_month", month), rep.proposals_month),
            (FigureRef("proposals_open", month), rep.proposals_open),
            (FigureRef("letters", month), rep.letters),
            (FigureRef("outcomes", month), rep.outcomes.count),
            (FigureRef("overdue_complaints", month), rep.overdue_complaints),
            (FigureRef("overdue_referrals", month), rep.overdue_referrals),
            (FigureRef("visits", month), rep.visits),
            (FigureRef("visit_complaints", month), rep.visit_complaints),
        ]
        for f, row in rep.complaints.by_field_status.items():
            for st, n in row.items():
                pairs.append((FigureRef("complaints", month, field=f, status=st), n))
        for st, n in rep.referrals.by_status.items():
            pairs.append((FigureRef("referrals", month, status=st), n))
        for st, n in rep.proposals_open_by_status.items():
            pairs.append((FigureRef("proposals_open", month, status=st), n))
        for k, n in rep.letters_by_kind.items():
            pairs.append((FigureRef("letters", month, kind=k), n))
        for line in rep.facilitators:
            pairs.append((FigureRef("visits", month, user_id=line.user_id), line.visits))
            pairs.append((FigureRef("visit_complaints", month, user_id=line.user_id), line.complaints))
        for ref, n in pairs:
            listed = reports.records(db, coordinator, ref)
            assert listed.total == n == len(listed.rows), ref
            assert all(len(row.values) == len(listed.columns) for row in listed.rows)


def test_outcome_list_shows_the_days(db: Database, village: Village, coordinator: Actor) -> None:
    listed = reports.records(db, coordinator, FigureRef("outcomes", NOV))
    by_number = dict(zip(listed.column("via"), listed.column("days"), strict=True))
    assert by_number == {"Selesai": 46.0, "Hasil rujukan": 8.0}


def test_the_report_is_read_only_and_needs_report_permission(
    db: Database, village: Village, head: Actor, facilitator: Actor
) -> None:
    before = raw(db, "audit_entries")
    rep = reports.monthly_report(db, head, OCT)
    assert rep.audit_hash == before[-1]["hash"]
    listed = reports.records(db, head, FigureRef("complaints", OCT))
    assert all("*" in str(nik) for nik in listed.column("nik"))  # the head of village sees masked NIKs
    assert raw(db, "audit_entries") == before
    with pytest.raises(PermissionDenied):
        reports.monthly_report(db, facilitator, OCT)
    with pytest.raises(PermissionDenied):
        dashboard.dashboard(db, facilitator)
    with pytest.raises(PermissionDenied):
        reports.records(db, facilitator, FigureRef("households"))


def test_months_are_checked(db: Database, coordinator: Actor, fixed_now: dt.datetime) -> None:
    with pytest.raises(ValidationError, match="TTTT-BB"):
        reports.monthly_report(db, coordinator, "2026-13")
    with pytest.raises(ValidationError, match="belum dimulai"):
        reports.monthly_report(db, coordinator, "2026-12")
    empty = reports.monthly_report(db, coordinator, "2025-01")
    assert empty.complaints.total == 0 and empty.outcomes.average_days is None
    months = reports.available_months(db, coordinator)
    assert months[0] == NOV and len(months) >= 12 and months[1] == OCT


def test_json_has_every_documented_key(db: Database, village: Village, coordinator: Actor) -> None:
    data = reports.monthly_report(db, coordinator, OCT).to_json()
    text = (Path(__file__).resolve().parents[3] / "docs" / "REPORT.md").read_text(encoding="utf-8")
    section = text.split("## puskesos report --json", 1)[1]

    def keys(value: object, prefix: str = "") -> set[str]:
        out: set[str] = set()
        if isinstance(value, dict):
            for k, v in value.items():
                if prefix.endswith(("by_field", "by_status", "by_kind")) or prefix.endswith("by_field_status"):
                    continue
                path = f"{prefix}.{k}" if prefix else k
                out.add(path)
                out |= keys(v, path)
        elif isinstance(value, list) and value:
            out |= keys(value[0], prefix + "[]")
        return out

    for key in sorted(keys(data)):
        assert f"`{key}`" in section, key
