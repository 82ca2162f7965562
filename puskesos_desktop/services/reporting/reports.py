"""The monthly activity report (Laporan Kegiatan Puskesos): read-only figures, each with the records behind it.

Every figure is counted in SQL (GROUP BY) over the models; `records(db, actor, FigureRef(...))` returns the rows a
figure counts, built from the very same conditions, so a number and its list never disagree. Nothing here writes.
The definitions below are the ones docs/REPORT.md states for the district:

- residents served: distinct residents with a complaint registered in the month;
- complaints: registered in the month, by field and by *current* status;
- referrals: made (referred_at) in the month, by field and by *current* status (the outcome);
- DTKS proposals: made in the month by status and kind; open overall = proposed up to the report day and, on
  that day, in a status that is not final (Diterima, Ditolak);
- letters: issued in the month, by kind;
- days to an outcome: for complaints whose first outcome falls in the month, calendar days from registration to
  that outcome; the outcome is the earliest of the first referral outcome recorded (Disetujui, Ditolak, Ditelaah
  Lebih Lanjut) and the first closing as Selesai (a cancelled complaint got no outcome);
- overdue on the report day (the month's last day, or today for the running month): complaints registered by then,
  past their due date and not closed on that day; referrals waiting for an answer (Dikirim, Ditelaah Lebih Lanjut)
  on that day, sent at least `followup_days` days before it;
- facilitators' visits: field visits dated in the month per facilitator, and complaints registered in the month
  through the facilitator channel by that facilitator.

"On that day" statuses come from the history rows (complaint/referral/proposal events), so a report on a past month
reads the same later.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from puskesos_desktop.core import clock, fmt
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Complaint,
    FieldVisit,
    Letter,
    OfficeProfile,
    Proposal,
    Referral,
    Setting,
    User,
)
from puskesos_desktop.services import audit, numbering
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import cek_bansos as cek_bansos_service
from puskesos_desktop.services.registry import desil, district_calendar
from puskesos_desktop.services.reporting import report_queries as rq
from puskesos_desktop.services.reporting.report_queries import (
    COMPLAINT_STATUSES,
    FIELDS,
    LETTER_KINDS,
    LETTER_LABELS,
    LIST_LIMIT,
    MONTH_FIGURES,
    PROPOSAL_FINAL,
    PROPOSAL_KINDS,
    PROPOSAL_STATUSES,
    REFERRAL_STATUSES,
    FigureRef,
    Period,
    RecordList,
    current_month,
    period,
)

__all__ = [
    "FIELDS",
    "LIST_LIMIT",
    "FigureRef",
    "MonthlyReport",
    "Period",
    "RecordList",
    "available_months",
    "current_month",
    "monthly_pdf",
    "monthly_report",
    "period",
    "records",
]

def available_months(db: Database, actor: Actor, at_least: int = 12, at_most: int = 60) -> list[str]:
    """Months to choose from, newest first: back to the first complaint, at least `at_least` months."""
    actor.require(Permission.REPORT)
    with db.read() as s:
        first = s.execute(select(func.min(Complaint.registered_at))).scalar()
    today = clock.today()
    count = at_least
    if first is not None:
        count = max(count, (today.year - first.year) * 12 + today.month - first.month + 1)
    out = []
    y, m = today.year, today.month
    for _ in range(min(count, at_most)):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return out


# --- the report ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Breakdown:
    """Records of one kind in the month: total, by field, by status, and field × status."""

    total: int
    by_field: dict[str, int]
    by_status: dict[str, int]
    by_field_status: dict[str, dict[str, int]]

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "by_field": dict(self.by_field),
            "by_status": dict(self.by_status),
            "by_field_status": {f: dict(v) for f, v in self.by_field_status.items()},
        }


@dataclass(frozen=True)
class FacilitatorLine:
    user_id: int
    name: str
    visits: int
    complaints: int


@dataclass(frozen=True)
class Outcomes:
    count: int
    average_days: float | None
    median_days: float | None
    via_referral: int
    via_closing: int


@dataclass(frozen=True)
class MonthlyReport:
    period: Period
    generated_at: dt.datetime
    village_name: str
    village_code: str
    residents_served: int
    complaints: Breakdown
    referrals: Breakdown
    proposals_month_by_status: dict[str, int]
    proposals_month_by_kind: dict[str, int]
    proposals_open_by_status: dict[str, int]
    letters_by_kind: dict[str, int]
    outcomes: Outcomes
    overdue_complaints: int
    overdue_referrals: int
    followup_days: int
    facilitators: list[FacilitatorLine] = field(default_factory=list)
    audit_hash: str = ""
    registry_date: dt.date | None = None  # issue 16: the date of the registry data the office works from
    cek_bansos: cek_bansos_service.MonthCounts | None = None  # issue 16 §8: Cek Bansos filings of the month
    calendar: tuple[district_calendar.Occurrence, ...] = ()  # issue 16 §7: next DTSEN dates after the report day

    @property
    def proposals_month(self) -> int:
        return sum(self.proposals_month_by_status.values())

    @property
    def proposals_open(self) -> int:
        return sum(self.proposals_open_by_status.values())

    @property
    def letters(self) -> int:
        return sum(self.letters_by_kind.values())

    @property
    def visits(self) -> int:
        return sum(f.visits for f in self.facilitators)

    @property
    def visit_complaints(self) -> int:
        return sum(f.complaints for f in self.facilitators)

    def to_json(self) -> dict[str, Any]:
        """The figures for `puskesos report --json` (every key is documented in docs/REPORT.md)."""
        p = self.period
        return {
            "month": p.month,
            "period": {"start": p.start.isoformat(), "end": p.end.isoformat(), "as_of": p.as_of.isoformat()},
            "generated_at": self.generated_at.isoformat(timespec="seconds"),
            "office": {"village_name": self.village_name, "village_code": self.village_code},
            "residents_served": self.residents_served,
            "complaints": self.complaints.to_json(),
            "referrals": self.referrals.to_json(),
            "proposals": {
                "made_in_month": {
                    "total": self.proposals_month,
                    "by_status": dict(self.proposals_month_by_status),
                    "by_kind": dict(self.proposals_month_by_kind),
                },
                "open_overall": {"total": self.proposals_open, "by_status": dict(self.proposals_open_by_status)},
            },
            "letters": {"total": self.letters, "by_kind": dict(self.letters_by_kind)},
            "days_to_outcome": {
                "complaints": self.outcomes.count,
                "average_days": self.outcomes.average_days,
                "median_days": self.outcomes.median_days,
                "via_referral": self.outcomes.via_referral,
                "via_closing": self.outcomes.via_closing,
            },
            "overdue": {
                "as_of": p.as_of.isoformat(),
                "complaints": self.overdue_complaints,
                "referrals": self.overdue_referrals,
                "followup_days": self.followup_days,
            },
            "visits": {
                "total": self.visits,
                "complaints": self.visit_complaints,
                "by_facilitator": [
                    {"user_id": f.user_id, "name": f.name, "visits": f.visits, "complaints": f.complaints}
                    for f in self.facilitators
                ],
            },
            "audit_hash": self.audit_hash,
            "cek_bansos": self.cek_bansos.to_json() if self.cek_bansos else None,
            "calendar": [
                {"window": o.key, "label": o.label, "start": o.start.isoformat(), "end": o.end.isoformat()}
                for o in self.calendar
            ],
        }

    @property
    def cek_bansos_text(self) -> str:
        """"Cek Bansos dibantu kantor: 2 usul, 1 sanggah (Menunggu 1, Diterima 2, Ditolak 0); lewat tenggat: 1."."""
        c = self.cek_bansos
        if c is None:
            return ""
        kinds = ", ".join(f"{n} {k.lower()}" for k, n in c.by_kind.items())
        outcomes = ", ".join(f"{k} {n}" for k, n in c.by_outcome.items())
        return (f"Usul/sanggah Cek Bansos yang dibantu kantor bulan ini: {kinds} ({outcomes}); "
                f"lewat tenggat 14 hari tanpa hasil per {fmt.tanggal(self.period.as_of)}: {c.overdue}.")  # fmt: skip

    @property
    def calendar_text(self) -> str:
        return ("Jadwal DTSEN berikutnya: " + "; ".join(o.text for o in self.calendar) + ".") if self.calendar else ""


def _grouped(s: Session, key: Any, conds: Sequence[ColumnElement[bool]], keys: Sequence[str]) -> dict[str, int]:
    """Counts by one column, every word of the closed list present (zero when none), unknown words after."""
    out = dict.fromkeys(keys, 0)
    for k, n in s.execute(select(key, func.count()).where(*conds).group_by(key)):
        out[str(k)] = out.get(str(k), 0) + int(n)
    return out


def _breakdown(
    s: Session, fcol: Any, scol: Any, conds: Sequence[ColumnElement[bool]], statuses: Sequence[str]
) -> Breakdown:
    cross: dict[str, dict[str, int]] = {f: dict.fromkeys(statuses, 0) for f in FIELDS}
    for f, st, n in s.execute(select(fcol, scol, func.count()).where(*conds).group_by(fcol, scol)):
        row = cross.setdefault(str(f), dict.fromkeys(statuses, 0))
        row[str(st)] = row.get(str(st), 0) + int(n)
    by_field = {f: sum(v.values()) for f, v in cross.items()}
    by_status: dict[str, int] = dict.fromkeys(statuses, 0)
    for row in cross.values():
        for st, n in row.items():
            by_status[st] = by_status.get(st, 0) + n
    return Breakdown(sum(by_field.values()), by_field, by_status, cross)


def monthly_report(db: Database, actor: Actor, month: str) -> MonthlyReport:
    """Every figure of the month's activity report (read-only)."""
    actor.require(Permission.REPORT)
    p = period(month)
    with db.read() as s:
        office = s.get(OfficeProfile, 1)
        served = int(
            s.execute(
                select(func.count(func.distinct(Complaint.resident_id))).where(*rq.complaint_conds(p))
            ).scalar_one()
        )
        complaints = _breakdown(s, Complaint.field, Complaint.status, rq.complaint_conds(p), COMPLAINT_STATUSES)
        referrals = _breakdown(s, Referral.field, Referral.status, rq.referral_conds(p), REFERRAL_STATUSES)
        prop_status = _grouped(s, Proposal.status, rq.proposal_month_conds(p), PROPOSAL_STATUSES)
        prop_kind = _grouped(s, Proposal.kind, rq.proposal_month_conds(p), PROPOSAL_KINDS)
        at = rq.proposal_status_at(p.cutoff)
        open_words = [w for w in PROPOSAL_STATUSES if w not in PROPOSAL_FINAL]
        open_status = _grouped(s, at, rq.proposal_open_conds(p), open_words)
        letters = _grouped(s, Letter.kind, rq.letter_conds(p), LETTER_KINDS)
        outcomes = _outcomes(s, p)
        overdue_c = rq.count_of(s, select(Complaint.id).where(*rq.overdue_complaint_conds(p)))
        days = rq.followup_days(s)
        overdue_r = rq.count_of(s, select(Referral.id).where(*rq.overdue_referral_conds(p, days)))
        facilitators = _facilitators(s, p)
        registry_date = desil.registry_date_in(s)
        filings = cek_bansos_service.month_counts_in(s, p.start, p.end, p.as_of)
        upcoming = district_calendar.next_occurrences(district_calendar.calendar_in(s), p.as_of)
    return MonthlyReport(
        period=p,
        generated_at=clock.now(),
        village_name=office.village_name if office else "",
        village_code=office.village_code if office else "",
        residents_served=served,
        complaints=complaints,
        referrals=referrals,
        proposals_month_by_status=prop_status,
        proposals_month_by_kind=prop_kind,
        proposals_open_by_status=open_status,
        letters_by_kind=letters,
        outcomes=outcomes,
        overdue_complaints=overdue_c,
        overdue_referrals=overdue_r,
        followup_days=days,
        facilitators=facilitators,
        audit_hash=audit.latest_hash(db),
        registry_date=registry_date,
        cek_bansos=filings,
        calendar=tuple(upcoming),
    )


def _outcomes(s: Session, p: Period) -> Outcomes:
    moments = rq.outcome_moments(p)
    rows = s.execute(
        select(Complaint.registered_at, moments.c.at, moments.c.via).join(moments, moments.c.cid == Complaint.id)
    ).all()
    days = [max(0.0, (at - registered).total_seconds() / 86400) for registered, at, _ in rows]
    via_ref = sum(1 for *_, via in rows if via == "rujukan")
    if not days:
        return Outcomes(0, None, None, 0, 0)
    return Outcomes(
        len(days), round(statistics.fmean(days), 1), round(statistics.median(days), 1), via_ref, len(days) - via_ref
    )


def _facilitators(s: Session, p: Period) -> list[FacilitatorLine]:
    visits = dict(
        s.execute(
            select(FieldVisit.facilitator_id, func.count())
            .where(FieldVisit.visit_date >= p.start, FieldVisit.visit_date <= p.end)
            .group_by(FieldVisit.facilitator_id)
        ).all()
    )
    through = dict(
        s.execute(
            select(Complaint.facilitator_id, func.count())
            .where(*rq.visit_complaint_conds(p))
            .group_by(Complaint.facilitator_id)
        ).all()
    )
    ids = set(visits) | set(through)
    people = s.execute(
        select(User.id, User.full_name).where(
            or_(and_(User.role == Role.FASILITATOR.value, User.active.is_(True)), User.id.in_(ids))
        )
    ).all()
    lines = [FacilitatorLine(uid, name, int(visits.get(uid, 0)), int(through.get(uid, 0))) for uid, name in people]
    return sorted(lines, key=lambda f: (-f.visits - f.complaints, f.name))


# --- the lists behind the month's figures ----------------------------------------------------------------------


def records(db: Database, actor: Actor, ref: FigureRef) -> RecordList:
    """The records one figure counts (the report's or the dashboard's)."""
    actor.require(Permission.REPORT)
    if ref.figure not in MONTH_FIGURES:
        from puskesos_desktop.services.reporting import dashboard

        return dashboard.records(db, actor, ref)
    if not ref.month:
        raise ValidationError("Pilih bulan laporan.", "Bulan")
    p = period(ref.month)
    with db.read() as s:
        return rq.month_records(s, actor, p, ref)


# --- the PDF --------------------------------------------------------------------------------------------------


# The settings row that remembers a month's report number, so that a reprint carries the same one.
REPORT_NUMBER_KEY = "nomor_laporan"


def _number_key(month: str) -> str:
    return f"{REPORT_NUMBER_KEY}:{month}"


def report_number(db: Database, actor: Actor, month: str) -> str:
    """The report's document number (LAP/…), taken from the numbering service the first time the month's report is
    printed and kept for every reprint of that month (issue 17: the report had no number)."""
    actor.require(Permission.REPORT)
    key = _number_key(month)
    with db.read() as s:
        row = s.get(Setting, key)
    if row is not None:
        return str(json.loads(row.value))
    with db.write() as s:
        row = s.get(Setting, key)
        if row is not None:  # another PC printed it meanwhile
            return str(json.loads(row.value))
        number = numbering.next_number(s, numbering.Prefix.LAP, clock.today())
        s.add(Setting(key=key, value=json.dumps(number)))
        audit.record(s, actor, AuditAction.REPORT_NUMBER, "report", month, {"number": number})
        return number


def monthly_pdf(db: Database, actor: Actor, month: str, report: MonthlyReport | None = None) -> bytes:
    """The report on the office's paper (A4/F4), with charts and the signature block; the audit hash in the footer."""
    from puskesos_desktop.printing import report as report_pdf
    from puskesos_desktop.services.printouts import office_info_in

    number = report_number(db, actor, report.period.month if report is not None else period(month).month)
    rep = report if report is not None else monthly_report(db, actor, month)
    with db.read() as s:
        office = office_info_in(s)
    pdf = report_pdf.monthly_report_pdf(replace(to_document(rep, office), number=number))
    # The printed hash is an anchor: `audit verify` checks that the chain still holds that entry (issue 14).
    audit.anchor_printed(db, f"laporan bulanan {rep.period.month}", rep.audit_hash)
    return pdf


def to_document(rep: MonthlyReport, office: Any) -> Any:
    """The plain dataclass printing/report.py draws from."""
    from puskesos_desktop.printing import report as report_pdf

    p = rep.period
    return report_pdf.MonthlyActivity(
        office=office,
        year=p.start.year,
        month=p.start.month,
        start=p.start,
        end=p.end,
        as_of=p.as_of,
        printed_on=clock.today(),
        residents_served=rep.residents_served,
        complaints=report_pdf.Crosstab(
            rows=tuple(rep.complaints.by_field_status),
            columns=COMPLAINT_STATUSES,
            cells=tuple(
                tuple(v.get(c, 0) for c in COMPLAINT_STATUSES) for v in rep.complaints.by_field_status.values()
            ),
        ),
        referrals=report_pdf.Crosstab(
            rows=tuple(rep.referrals.by_field_status),
            columns=REFERRAL_STATUSES,
            cells=tuple(tuple(v.get(c, 0) for c in REFERRAL_STATUSES) for v in rep.referrals.by_field_status.values()),
        ),
        proposals=tuple(
            report_pdf.ProposalLine(st, rep.proposals_month_by_status.get(st, 0), rep.proposals_open_by_status.get(st))
            for st in PROPOSAL_STATUSES
        ),
        proposal_kinds=tuple(rep.proposals_month_by_kind.items()),
        letters=tuple((LETTER_LABELS.get(k, k), n) for k, n in rep.letters_by_kind.items()),
        outcome_count=rep.outcomes.count,
        outcome_average_days=rep.outcomes.average_days,
        outcome_median_days=rep.outcomes.median_days,
        overdue_complaints=rep.overdue_complaints,
        overdue_referrals=rep.overdue_referrals,
        followup_days=rep.followup_days,
        facilitators=tuple(report_pdf.FacilitatorRow(f.name, f.visits, f.complaints) for f in rep.facilitators),
        audit_hash=rep.audit_hash,
        registry_date=rep.registry_date,
        cek_bansos_text=rep.cek_bansos_text,
        calendar_text=rep.calendar_text,
    )
