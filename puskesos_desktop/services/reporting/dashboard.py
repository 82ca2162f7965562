"""The planning dashboard (Dasbor perencanaan), as the ministry's SLRT guide describes it: read-only figures.

(i)   DTKS proposals: every proposal by kind and present status;
(ii)  access to central and regional programmes: registry households by programme, by desil, by programme × desil
      and by the programme's level (Pusat, Provinsi, Kabupaten/Kota, Desa, Swasta);
(iii) complementarity and overlap: households receiving each pair of programmes;
(iv)  service gaps: complaints still open, or whose need was refused (a referral Ditolak and none Disetujui), by
      field and service; households in desil 1–4 that receive no programme.

A registry household is one family card (KK) among the *active* registry records; a record without a KK is a
household of its own (keyed by its NIK). A household's desil is the lowest desil of its active members; it receives
a programme when any active member does. Everything is aggregated in SQL; each figure's list comes from the same
conditions (`records`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import ComplaintStatus, ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Complaint,
    Programme,
    Proposal,
    Referral,
    RegistryProgramme,
    RegistryRecord,
    Service,
)
from puskesos_desktop.db.models.catalogue import LEVELS
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.reporting import report_queries as rq
from puskesos_desktop.services.reporting.report_queries import FigureRef, RecordList

LOW_DESIL = 4  # desil 1–4: the households programmes are meant for
DASHBOARD_FIGURES = frozenset(
    {"proposals", "households", "households_with_programme", "overlap", "gap_complaints", "gap_households"}
)
CLOSED = (ComplaintStatus.SELESAI.value, ComplaintStatus.DIBATALKAN.value)

# --- households in SQL ---------------------------------------------------------------------------------------------

# Programme memberships travel as bit masks: programme i of the office's list is bit i of mask i // BITS. A household's
# mask is SUM(DISTINCT bit) over its members' memberships (a sum of distinct powers of two is their OR), so one
# GROUP BY over the registry gives every household's programmes, and every figure is a sum over those masks.
BITS = 60
MAX_OVERLAP = 40  # programmes in the overlap matrix at most (SQLite's result has at most 2000 columns)


@dataclass(frozen=True)
class Bits:
    """Where each programme's bit lives."""

    pids: tuple[int, ...]

    def where(self, pid: int) -> tuple[int, int]:
        i = self.pids.index(pid)
        return i // BITS, i % BITS

    @property
    def chunks(self) -> int:
        return max(1, (len(self.pids) + BITS - 1) // BITS)

    def mask_sum(self, chunk: int) -> ColumnElement[int]:
        ids = self.pids[chunk * BITS : (chunk + 1) * BITS]
        if not ids:
            return literal(0)
        bit = case(
            *[(RegistryProgramme.programme_id == pid, literal(1 << i)) for i, pid in enumerate(ids)], else_=literal(0)
        )
        return func.coalesce(func.sum(bit.distinct()), 0)


def _bits(s: Session) -> Bits:
    return Bits(tuple(s.execute(select(Programme.id).order_by(Programme.id)).scalars()))


def _households(bits: Bits, *, with_names: bool = False) -> Any:
    """One row per registry household: hk (KK or "NIK:<nik>"), desil (lowest), m0… (programme masks)."""

    def branch(key: Any, empty_kk: bool) -> Any:
        cols: list[Any] = [key.label("hk"), func.min(RegistryRecord.desil).label("desil")]
        cols += [bits.mask_sum(c).label(f"m{c}") for c in range(bits.chunks)]
        if with_names:
            cols += [
                func.min(RegistryRecord.name).label("name"),
                func.count(func.distinct(RegistryRecord.id)).label("members"),
            ]
        q = (
            select(*cols)
            .outerjoin(RegistryProgramme, RegistryProgramme.record_id == RegistryRecord.id)
            .where(RegistryRecord.active.is_(True))
        )
        # Records without a KK are households of their own; the others group on the indexed kk column.
        if empty_kk:
            return q.where(RegistryRecord.kk == "").group_by(RegistryRecord.id)
        return q.where(RegistryRecord.kk != "").group_by(RegistryRecord.kk)

    return union_all(branch(RegistryRecord.kk, False), branch(literal("NIK:") + RegistryRecord.nik, True)).subquery(
        "hd"
    )


def _has(hd: Any, bits: Bits, pid: int) -> ColumnElement[bool]:
    if pid not in bits.pids:
        return literal(False)
    chunk, i = bits.where(pid)
    flag: ColumnElement[bool] = hd.c[f"m{chunk}"].op(">>")(i).op("&")(1) == 1
    return flag


def _any_of(hd: Any, bits: Bits, pids: Sequence[int]) -> ColumnElement[bool]:
    masks: dict[int, int] = {}
    for pid in pids:
        if pid in bits.pids:
            chunk, i = bits.where(pid)
            masks[chunk] = masks.get(chunk, 0) | (1 << i)
    if not masks:
        return literal(False)
    return or_(*[hd.c[f"m{c}"].op("&")(m) != 0 for c, m in masks.items()])


def _none(hd: Any, bits: Bits) -> ColumnElement[bool]:
    return and_(*[hd.c[f"m{c}"] == 0 for c in range(bits.chunks)])


# --- complaints in SQL ---------------------------------------------------------------------------------------------


def _rejected() -> ColumnElement[bool]:
    """The need was refused: a referral Ditolak and none Disetujui."""
    refused = exists().where(Referral.complaint_id == Complaint.id, Referral.status == ReferralStatus.DITOLAK.value)
    granted = exists().where(Referral.complaint_id == Complaint.id, Referral.status == ReferralStatus.DISETUJUI.value)
    return and_(refused, ~granted)


def _open() -> ColumnElement[bool]:
    return Complaint.status.not_in(CLOSED)


def _gap_conds(field_: str | None, service_id: int | None, kind: str | None) -> list[ColumnElement[bool]]:
    if kind == "open":
        conds = [_open()]
    elif kind == "rejected":
        conds = [_rejected()]
    else:
        conds = [_open() | _rejected()]
    if field_:
        conds.append(Complaint.field == field_)
    if service_id is not None:
        conds.append(Complaint.service_id.is_(None) if service_id == 0 else Complaint.service_id == service_id)
    return conds


# --- the dashboard -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProgrammeInfo:
    id: int
    code: str
    name: str
    level: str


@dataclass(frozen=True)
class GapRow:
    field: str
    service_id: int  # 0: no service chosen
    service: str
    open: int
    rejected: int
    total: int  # open or rejected (a complaint both open and refused counts once)


@dataclass(frozen=True)
class Dashboard:
    generated_at: dt.datetime
    proposals: dict[str, dict[str, int]]  # kind -> status -> count
    households: int
    households_with_programme: int
    programmes: list[ProgrammeInfo]  # in registry or with members, by level then code
    by_programme: dict[int, int]
    by_desil: dict[int, int]  # 0: no desil
    programme_desil: dict[int, dict[int, int]]
    by_level: dict[str, int]
    overlap: dict[tuple[int, int], int]  # (a, b) with a < b; the diagonal is by_programme
    gaps: list[GapRow]
    uncovered_by_desil: dict[int, int]  # desil 1–4 without any programme

    @property
    def proposals_total(self) -> int:
        return sum(sum(v.values()) for v in self.proposals.values())

    @property
    def uncovered(self) -> int:
        return sum(self.uncovered_by_desil.values())

    def pair(self, a: int, b: int) -> int:
        if a == b:
            return self.by_programme.get(a, 0)
        return self.overlap.get((min(a, b), max(a, b)), 0)

    def to_json(self) -> dict[str, Any]:
        codes = {p.id: p.code for p in self.programmes}
        return {
            "generated_at": self.generated_at.isoformat(timespec="seconds"),
            "proposals": {"total": self.proposals_total, "by_kind_status": self.proposals},
            "registry": {
                "households": self.households,
                "with_programme": self.households_with_programme,
                "by_programme": {codes[i]: n for i, n in self.by_programme.items() if i in codes},
                "by_desil": {("tanpa" if d == 0 else str(d)): n for d, n in self.by_desil.items()},
                "by_level": dict(self.by_level),
                "programme_desil": {
                    codes[i]: {("tanpa" if d == 0 else str(d)): n for d, n in row.items()}
                    for i, row in self.programme_desil.items()
                    if i in codes
                },
            },
            "overlap": [
                {"a": codes[a], "b": codes[b], "households": n}
                for (a, b), n in sorted(self.overlap.items())
                if a in codes and b in codes
            ],
            "gaps": {
                "complaints": [
                    {"field": g.field, "service": g.service, "open": g.open, "rejected": g.rejected, "total": g.total}
                    for g in self.gaps
                ],
                "uncovered_low_desil": {
                    "total": self.uncovered,
                    "by_desil": {str(d): n for d, n in self.uncovered_by_desil.items()},
                },
            },
        }


def dashboard(db: Database, actor: Actor) -> Dashboard:
    """Every figure of the dashboard, as of now (read-only)."""
    actor.require(Permission.REPORT)
    with db.read() as s:
        proposals: dict[str, dict[str, int]] = {k: dict.fromkeys(rq.PROPOSAL_STATUSES, 0) for k in rq.PROPOSAL_KINDS}
        for kind, status, n in s.execute(
            select(Proposal.kind, Proposal.status, func.count()).group_by(Proposal.kind, Proposal.status)
        ):
            proposals.setdefault(kind, {})[status] = int(n)

        registry = _registry_figures(s)
        programmes = [
            ProgrammeInfo(p.id, p.code, p.name, p.level)
            for p in s.execute(
                select(Programme).where(
                    (Programme.in_registry.is_(True) & Programme.active.is_(True))
                    | Programme.id.in_(registry.by_programme)
                )
            ).scalars()
        ]
        programmes.sort(key=lambda p: (LEVELS.index(p.level) if p.level in LEVELS else 99, p.code))
        gaps = _gaps(s)
    return Dashboard(
        generated_at=clock.now(),
        proposals=proposals,
        households=registry.households,
        households_with_programme=registry.with_programme,
        programmes=programmes,
        by_programme=registry.by_programme,
        by_desil=registry.by_desil,
        programme_desil=registry.programme_desil,
        by_level=registry.by_level,
        overlap=registry.overlap,
        gaps=gaps,
        uncovered_by_desil=registry.uncovered_by_desil,
    )


@dataclass
class _Registry:
    households: int = 0
    with_programme: int = 0
    by_desil: dict[int, int] = field(default_factory=dict)
    by_programme: dict[int, int] = field(default_factory=dict)
    programme_desil: dict[int, dict[int, int]] = field(default_factory=dict)
    by_level: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    overlap: dict[tuple[int, int], int] = field(default_factory=dict)
    uncovered_by_desil: dict[int, int] = field(default_factory=lambda: dict.fromkeys(range(1, LOW_DESIL + 1), 0))


def _registry_figures(s: Session) -> _Registry:
    """Households by desil, programme, programme × desil, level and pair, in two GROUP BYs over the registry.

    The inner one makes a row per household (its desil and programme masks) and counts households per
    (desil, masks) combination; the outer one sums those counts per desil, one column per figure.
    """
    bits = _bits(s)
    hd = _households(bits)
    masks = [hd.c[f"m{c}"] for c in range(bits.chunks)]
    combos = select(hd.c.desil, *masks, func.count().label("n")).group_by(hd.c.desil, *masks).subquery("combos")
    n = combos.c.n

    def households_where(cond: ColumnElement[bool]) -> Any:
        return func.coalesce(func.sum(case((cond, n), else_=0)), 0)

    pid_col = RegistryProgramme.programme_id
    used = list(s.execute(select(pid_col).distinct().order_by(pid_col)).scalars())
    levels = dict(s.execute(select(Programme.id, Programme.level)).all())
    in_matrix = used[:MAX_OVERLAP]
    pairs = [(x, y) for i, x in enumerate(in_matrix) for y in in_matrix[i + 1 :]]
    cols: list[Any] = [func.sum(n), households_where(~_none(combos, bits)), households_where(_none(combos, bits))]
    cols += [households_where(_has(combos, bits, pid)) for pid in used]
    cols += [
        households_where(_any_of(combos, bits, [pid for pid in used if levels.get(pid) == level])) for level in LEVELS
    ]
    cols += [households_where(and_(_has(combos, bits, x), _has(combos, bits, y))) for x, y in pairs]
    out = _Registry()
    for row in s.execute(select(combos.c.desil, *cols).group_by(combos.c.desil)):
        desil = int(row[0] or 0)
        total, with_prog, without = int(row[1]), int(row[2]), int(row[3])
        values = [int(v) for v in row[4:]]
        out.households += total
        out.with_programme += with_prog
        out.by_desil[desil] = total
        if 1 <= desil <= LOW_DESIL:
            out.uncovered_by_desil[desil] = without
        for pid, v in zip(used, values[: len(used)], strict=True):
            if v:
                out.programme_desil.setdefault(pid, {})[desil] = v
                out.by_programme[pid] = out.by_programme.get(pid, 0) + v
        values = values[len(used) :]
        for level, v in zip(LEVELS, values[: len(LEVELS)], strict=True):
            out.by_level[level] += v
        for pair, v in zip(pairs, values[len(LEVELS) :], strict=True):
            if v:
                out.overlap[pair] = out.overlap.get(pair, 0) + v
    out.by_desil = dict(sorted(out.by_desil.items(), key=lambda kv: (kv[0] == 0, kv[0])))
    return out


def _uncovered_conds(hd: Any, bits: Bits, desil: int | None = None) -> list[ColumnElement[bool]]:
    conds = [hd.c.desil.is_not(None), hd.c.desil <= LOW_DESIL, _none(hd, bits)]
    if desil is not None:
        conds.append(hd.c.desil == desil)
    return conds


def _gaps(s: Session) -> list[GapRow]:
    open_, rejected = _open(), _rejected()
    q = (
        select(
            Complaint.field,
            func.coalesce(Complaint.service_id, 0),
            func.coalesce(Service.name, ""),
            # A CASE, not a cast of the boolean: PostgreSQL has no sum(boolean).
            func.sum(case((open_, 1), else_=0)),
            func.sum(case((rejected, 1), else_=0)),
            func.count(),
        )
        .outerjoin(Service, Service.id == Complaint.service_id)
        .where(open_ | rejected)
        .group_by(Complaint.field, Complaint.service_id, Service.name)
    )
    rows = [
        GapRow(str(f), int(sid), str(name), int(o or 0), int(r or 0), int(t)) for f, sid, name, o, r, t in s.execute(q)
    ]
    order = {f: i for i, f in enumerate(rq.FIELDS)}
    return sorted(rows, key=lambda g: (order.get(g.field, 99), -g.total, g.service))


# --- the lists behind the dashboard's figures ----------------------------------------------------------------------


def records(db: Database, actor: Actor, ref: FigureRef) -> RecordList:
    actor.require(Permission.REPORT)
    if ref.figure not in DASHBOARD_FIGURES:
        raise ValidationError("Angka dasbor '{figure}' tidak dikenal.", "Angka", figure=ref.figure)
    with db.read() as s:
        if ref.figure == "proposals":
            conds: list[ColumnElement[bool]] = []
            if ref.kind:
                conds.append(Proposal.kind == ref.kind)
            if ref.status:
                conds.append(Proposal.status == ref.status)
            what = " · ".join(x for x in (ref.kind, ref.status) if x)
            return rq.proposal_list(s, actor, "Usulan DTSEN" + (f" — {what}" if what else ""), conds)
        if ref.figure == "gap_complaints":
            title = {"open": "Keluhan belum selesai", "rejected": "Keluhan yang ditolak"}.get(
                ref.kind or "", "Keluhan belum selesai atau ditolak"
            )
            what = " · ".join(x for x in (ref.field, _service_name(s, ref.service_id)) if x)
            return rq.complaint_list(
                s, actor, title + (f" — {what}" if what else ""), _gap_conds(ref.field, ref.service_id, ref.kind)
            )
        return _household_list(s, actor, ref)


def _service_name(s: Session, service_id: int | None) -> str:
    if service_id is None:
        return ""
    if service_id == 0:
        return "tanpa layanan"
    return str(s.execute(select(Service.name).where(Service.id == service_id)).scalar() or "")


def _programme_label(s: Session, pid: int | None) -> str:
    if pid is None:
        return ""
    return str(s.execute(select(Programme.code).where(Programme.id == pid)).scalar() or pid)


def _household_list(s: Session, actor: Actor, ref: FigureRef) -> RecordList:
    bits = _bits(s)
    hd = _households(bits, with_names=True)
    conds: list[ColumnElement[bool]] = []
    parts: list[str] = []
    if ref.figure == "gap_households":
        conds += _uncovered_conds(hd, bits, ref.desil)
        title = f"Keluarga desil 1–{LOW_DESIL} tanpa program"
    else:
        title = "Keluarga dalam data DTKS/DTSEN"
        if ref.figure in ("overlap", "households_with_programme"):
            title = "Keluarga penerima program"
        if ref.figure == "households_with_programme":
            conds.append(~_none(hd, bits))
        for pid in (ref.programme_id, ref.other_programme_id):
            if pid is not None:
                conds.append(_has(hd, bits, pid))
                parts.append(_programme_label(s, pid))
        if ref.kind:  # a programme level
            in_level = s.execute(select(Programme.id).where(Programme.level == ref.kind)).scalars().all()
            conds.append(_any_of(hd, bits, in_level))
            parts.append(f"program tingkat {ref.kind}")
        if ref.desil is not None:
            conds.append(hd.c.desil.is_(None) if ref.desil == 0 else hd.c.desil == ref.desil)
    if ref.desil is not None:
        parts.append("tanpa desil" if ref.desil == 0 else f"desil {ref.desil}")
    joiner = " dan " if ref.figure == "overlap" else " · "
    if parts:
        title += " — " + joiner.join(parts)
    masks = [hd.c[f"m{c}"] for c in range(bits.chunks)]
    q = select(hd.c.hk, hd.c.name, hd.c.members, hd.c.desil, *masks).where(*conds).order_by(hd.c.name, hd.c.hk)
    found, total = rq.fetch(s, q, select(hd.c.hk).where(*conds))
    codes = dict(s.execute(select(Programme.id, Programme.code)).all())
    rows = []
    for hk, name, members, desil, *mask_values in found:
        held = [
            codes[pid]
            for pid in bits.pids
            if (int(mask_values[bits.where(pid)[0]]) >> bits.where(pid)[1]) & 1 and pid in codes
        ]
        # A household known only by a member's NIK ("NIK:…") has no No. KK to show.
        kk = None if str(hk).startswith("NIK:") else str(hk)
        rows.append((kk, name, int(members), desil, ", ".join(sorted(held))))
    columns = (
        ("kk", "No KK"),
        ("name", "Nama (anggota pertama)"),
        ("members", "Anggota"),
        ("desil", "Desil"),
        ("programmes", "Program"),
    )
    return rq.record_list(actor, title, columns, rows, total)
