"""Reconciliation (issue 16 §5): where the DTKS/DTSEN registry, the village's population register and the desil
disagree, with the proposal each case suggests.

Reasons: ``meninggal`` / ``pindah`` (the village register lists the registry's person as dead or moved: Hapus),
``ganda`` (one person twice in the registry — same name and birth date under two NIKs: Periksa), ``tidak dikenal``
(a registry NIK the village register does not know; only once a population register was imported: Periksa),
``belum menerima`` (a family with desil ≤ 4, or with a complaint about poverty, that receives none of the programmes
its desil qualifies for: Perbarui),
``belum terdaftar`` (a resident not in the registry at all who asked the office for help: Tambah).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import exists, func, select

from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Complaint,
    FamilyDesil,
    Household,
    PopulationRecord,
    Programme,
    RegistryRecord,
    Resident,
    Service,
)
from puskesos_desktop.services import privacy
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import desil, proposals

LOW_DESIL = 4
# A complaint is about poverty when its service belongs to a programme with a desil ceiling (PBI-JK, BPNT…) or its
# description says so in the words residents use.
POVERTY_WORDS = ("miskin", "tidak mampu", "kurang mampu", "bansos", "bantuan sosial", "sembako", "bantuan pangan",
                 "kebutuhan pokok", "tidak punya penghasilan", "tanpa penghasilan")  # fmt: skip
SUGGESTED = {
    "meninggal": "Hapus", "pindah": "Hapus", "ganda": "Periksa", "tidak dikenal": "Periksa",
    "belum menerima": "Perbarui", "belum terdaftar": "Tambah",
}  # fmt: skip


@dataclass(frozen=True)
class Finding:
    nik: str | None
    kk: str | None
    name: str
    reason: str
    suggested: str
    resident_id: int | None = None
    detail: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"nik": self.nik, "kk": self.kk, "name": self.name, "reason": self.reason,
                "suggested": self.suggested}  # fmt: skip


@privacy.shielded
def reconcile(db: Database, actor: Actor | None) -> list[Finding]:
    """Every disagreement, in the order of the reasons above."""
    out: list[Finding] = []
    with db.read() as s:
        active = RegistryRecord.active.is_(True)
        # Dead or moved according to the village register.
        for reg_nik, kk, name, status, day, rid in s.execute(
            select(RegistryRecord.nik, RegistryRecord.kk, RegistryRecord.name, Resident.life_status,
                   Resident.life_status_date, Resident.id)
            .join(Resident, Resident.nik == RegistryRecord.nik)
            .where(active, Resident.life_status.in_(("meninggal", "pindah")))
            .order_by(RegistryRecord.name)
        ):  # fmt: skip
            when = f" sejak {day.isoformat()}" if day else ""
            out.append(Finding(reg_nik, kk or None, name, status, SUGGESTED[status], rid,
                               f"data penduduk desa: {status}{when}"))  # fmt: skip
        # One person twice: same name key and birth date under different NIKs.
        twins = (
            select(RegistryRecord.name_key, RegistryRecord.birth_date)
            .where(active, RegistryRecord.birth_date.is_not(None), RegistryRecord.name_key != "")
            .group_by(RegistryRecord.name_key, RegistryRecord.birth_date)
            .having(func.count() > 1)
            .subquery()
        )
        for twin_nik, kk, name in s.execute(
            select(RegistryRecord.nik, RegistryRecord.kk, RegistryRecord.name)
            .join(
                twins, (twins.c.name_key == RegistryRecord.name_key) & (twins.c.birth_date == RegistryRecord.birth_date)
            )  # fmt: skip
            .where(active)
            .order_by(RegistryRecord.name_key, RegistryRecord.nik)
        ):
            out.append(Finding(twin_nik, kk or None, name, "ganda", "Periksa"))
        # Unknown to the village — only once the village register was imported.
        if s.execute(select(exists().where(PopulationRecord.nik.is_not(None)))).scalar():
            for lone_nik, kk, name in s.execute(
                select(RegistryRecord.nik, RegistryRecord.kk, RegistryRecord.name)
                .where(active, ~exists().where(Resident.nik == RegistryRecord.nik))
                .order_by(RegistryRecord.name)
            ):
                out.append(Finding(lone_nik, kk or None, name, "tidak dikenal", "Periksa"))
        # Low desil, none of the programmes it qualifies for.
        heads: dict[str, tuple[str | None, str, int | None]] = {}
        for kk, head_nik, name in s.execute(
            select(RegistryRecord.kk, RegistryRecord.nik, RegistryRecord.name)
            .where(active, RegistryRecord.kk != "")
            .order_by(RegistryRecord.kk, RegistryRecord.nik)
        ):
            heads.setdefault(kk, (head_nik, name, None))
        family_kks = set(heads) | set(s.execute(select(FamilyDesil.kk)).scalars())
        kks = sorted(family_kks)
        standings = desil.standings_in(s, [desil.Family(kk) for kk in kks])
        resident_of = dict(
            s.execute(
                select(Household.kk, func.min(Resident.id)).join(Resident, Resident.household_id == Household.id)
                .where(Household.kk.in_(kks)).group_by(Household.kk)
            ).all()
        ) if kks else {}  # fmt: skip
        poor = _poverty_complaint_kks(s)
        for kk, st in zip(kks, standings, strict=True):
            nik: str | None
            if st.desil is None or not st.eligible or len(st.missing) < len(st.eligible):
                continue
            if st.desil > LOW_DESIL and kk not in poor:
                continue
            nik, name, _ = heads.get(kk, (None, "", None))
            if not name and kk in resident_of:
                person = s.get(Resident, resident_of[kk])
                nik, name = (person.nik, person.name) if person else (None, "")
            why = st.text + ("; keluhan tentang kemiskinan" if kk in poor else "")
            out.append(Finding(nik, kk, name, "belum menerima", "Perbarui", resident_of.get(kk), why))
        # Asked for help, not in the registry at all.
        listed = exists().where(RegistryRecord.nik == Resident.nik, active)
        for rid, res_nik, name, card in s.execute(
            select(Resident.id, Resident.nik, Resident.name, Household.kk)
            .outerjoin(Household, Household.id == Resident.household_id)
            .where(exists().where(Complaint.resident_id == Resident.id), ~listed, Resident.anonymised_at.is_(None),
                   Resident.life_status == "hidup")
            .order_by(Resident.name)
        ):  # fmt: skip
            out.append(Finding(res_nik, card, name, "belum terdaftar", "Tambah", rid))
    return out


def _poverty_complaint_kks(s: Any) -> set[str]:
    """Family cards of residents with a complaint about poverty (see POVERTY_WORDS)."""
    rows = s.execute(
        select(Household.kk, Complaint.description, Programme.desil_max)
        .join(Resident, Resident.id == Complaint.resident_id)
        .join(Household, Household.id == Resident.household_id)
        .outerjoin(Service, Service.id == Complaint.service_id)
        .outerjoin(Programme, Programme.id == Service.programme_id)
        .where(Household.kk.is_not(None))
    )
    out: set[str] = set()
    for kk, text, ceiling in rows:
        lowered = (text or "").lower()
        if kk and (ceiling is not None or any(w in lowered for w in POVERTY_WORDS)):
            out.add(kk)
    return out


@dataclass(frozen=True)
class Proposed:
    made: list[str]  # proposal numbers
    skipped: list[tuple[Finding, str]]  # with why
    # What each proposed family was proposed before (a Musdes refusal, an open draft joined): said, not silent.
    earlier: list[tuple[Finding, list[proposals.EarlierProposal]]] = field(default_factory=list)


def propose(db: Database, actor: Actor, findings: list[Finding]) -> Proposed:
    """Chosen findings become Draf proposals of their kind with the reason (Periksa rows have no proposal)."""
    actor.require(Permission.PROPOSAL)
    made: list[str] = []
    skipped: list[tuple[Finding, str]] = []
    earlier: list[tuple[Finding, list[proposals.EarlierProposal]]] = []
    for f in findings:
        if f.suggested == "Periksa":
            skipped.append((f, "perlu diperiksa petugas; tidak ada jenis usulan"))
            continue
        if f.resident_id is None:
            skipped.append((f, "belum ada warga untuk keluarga ini di data kantor"))
            continue
        reason = f"Rekonsiliasi: {f.reason}" + (f" ({f.detail})" if f.detail else "")
        before = proposals.earlier_proposals(db, actor, resident_id=f.resident_id)
        try:
            if f.suggested == "Tambah":
                info = proposals.propose_addition(db, actor, f.resident_id, reason)
            else:
                info = proposals.propose_change(db, actor, f.resident_id, f.suggested, reason)
        except PuskesosError as exc:
            skipped.append((f, exc.message))
            continue
        if before:
            earlier.append((f, before))
        if info.number not in made:  # one household's draft may take several findings
            made.append(info.number)
    return Proposed(made, skipped, earlier)
