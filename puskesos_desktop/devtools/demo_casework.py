"""Demo stage: the back office's year — village handling, referrals in every field and status, outcomes,
informing the resident, closing, cancelling, reopening — and registry certificates at the front desk.

Everything goes through the same service functions staff use, with the clock set to when it happened.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.statuses import Channel, ComplaintStatus, ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Complaint, Partner, Programme, RegistryRecord, Resident, Service
from puskesos_desktop.devtools.demo_common import DemoSummary, clock_at
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.casework import backoffice, referrals, statusdesk
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import letters

REFERRAL_REASONS = {
    "Kesehatan": "Warga membutuhkan jaminan kesehatan yang tidak dapat ditangani desa.",
    "Sosial": "Bantuan di luar kemampuan anggaran desa; perlu penanganan dinas.",
    "Pendidikan": "Perlu surat pengantar dan verifikasi dari dinas pendidikan.",
    "Adminduk": "Penerbitan dokumen kependudukan oleh Dukcapil.",
    "Lainnya": "Perlu tindak lanjut instansi terkait.",
}
# outcome, weight; None = still waiting at the destination
OUTCOMES: list[tuple[str | None, int]] = [
    (ReferralStatus.DISETUJUI.value, 55),
    (ReferralStatus.DITOLAK.value, 12),
    (ReferralStatus.DITELAAH.value, 10),
    (None, 23),
]


def _workday(moment: dt.datetime, days: int, limit: dt.datetime) -> dt.datetime | None:
    """`days` calendar days later, moved off weekends, at office hours; None when it would be in the future."""
    out = moment + dt.timedelta(days=days)
    while out.weekday() >= 5:
        out += dt.timedelta(days=1)
    out = out.replace(hour=9 + (out.day % 6), minute=(out.day * 7) % 60)
    return out if out <= limit else None


def casework(db: Database, rng: random.Random, summary: DemoSummary, months: list[dt.date]) -> None:
    now = clock.now()
    coordinator = users.get_user(db, "koordinator").actor()
    back = users.get_user(db, "backoffice").actor()
    front = users.get_user(db, "frontoffice").actor()
    with db.read() as s:
        forwarded = s.execute(
            select(Complaint.id, Complaint.number, Complaint.registered_at, Complaint.field, Complaint.service_id)
            .where(Complaint.status == ComplaintStatus.DITERUSKAN.value)
            .order_by(Complaint.registered_at)
        ).all()
        partners: list[PartnerRow] = [
            (int(pid), f, bool(v)) for pid, f, v in s.execute(select(Partner.id, Partner.field, Partner.in_village))
        ]
        defaults: dict[int, int | None] = {
            int(k): v for k, v in s.execute(select(Service.id, Service.default_partner_id))
        }
        village_programmes = list(s.execute(select(Programme.id).where(Programme.level == "Desa")).scalars())
    counts = {"referrals": 0, "handled_in_village": 0, "closed": 0, "cancelled": 0, "reopened": 0}
    for complaint_id, number, registered, field_name, service_id in forwarded:
        try:
            _one(
                db,
                rng,
                now,
                coordinator,
                back,
                front,
                complaint_id,
                number,
                registered,
                field_name,
                service_id,
                partners,
                defaults,
                village_programmes,
                counts,
            )
        except PuskesosError:
            # A rule refused this step (e.g. a holiday date); the demo simply leaves the case where it stands.
            continue
    _make_sure_of_every_referral_status(db, coordinator, now, counts)
    _certificates(db, rng, front, now, counts)
    _recommendations(db, rng, front, now, counts)
    summary.extra.update(counts)


def _make_sure_of_every_referral_status(
    db: Database, coordinator: Actor, now: dt.datetime, counts: dict[str, int]
) -> None:
    """A small village may not roll a cancelled referral by chance; the demo shows every status."""
    found = {r.status for r in referrals.list_referrals(db)}
    if ReferralStatus.DIBATALKAN.value in found:
        return
    waiting = [r for r in referrals.list_referrals(db) if r.status == ReferralStatus.DIKIRIM.value]
    if waiting:
        with clock_at(now):
            referrals.cancel_referral(db, coordinator, waiting[0].number, "Warga pindah ke luar daerah.")
        counts["referrals_cancelled"] = 1


PartnerRow = tuple[int, str | None, bool]


def _partner_for(
    rng: random.Random,
    field_name: str,
    service_id: int | None,
    partners: list[PartnerRow],
    defaults: dict[int, int | None],
) -> int:
    default = defaults.get(service_id) if service_id else None
    if default and rng.random() < 0.8:
        return int(default)
    same = [pid for pid, f, _v in partners if f == field_name] or [pid for pid, _f, _v in partners]
    return int(rng.choice(same))


def _one(
    db: Database,
    rng: random.Random,
    now: dt.datetime,
    coordinator: Actor,
    back: Actor,
    front: Actor,
    complaint_id: int,
    number: str,
    registered: dt.datetime,
    field_name: str,
    service_id: int | None,
    partners: list[PartnerRow],
    defaults: dict[int, int | None],
    village_programmes: list[int],
    counts: dict[str, int],
) -> None:
    roll = rng.random()
    start = _workday(registered, rng.randint(1, 3), now)
    if start is None or roll < 0.15:
        return  # still in the queue (recent complaints, and some forgotten ones that are now overdue)
    if roll < 0.22:
        with clock_at(start):
            backoffice.cancel_complaint(db, back, complaint_id, "Warga menarik keluhannya.")
        counts["cancelled"] += 1
        return
    if roll < 0.40:
        with clock_at(start):
            backoffice.handle_in_village(
                db,
                back,
                complaint_id,
                backoffice.HandleInput(
                    given=rng.choice(
                        [
                            "BLT Dana Desa bulan berjalan",
                            "Paket sembako dari BAZNAS",
                            "Perbaikan atap oleh Karang Taruna",
                            "Pendampingan kader Posyandu",
                        ]
                    ),
                    programme_id=village_programmes[0] if village_programmes and rng.random() < 0.5 else None,
                    amount_rupiah=rng.choice([None, 300_000, 600_000]),
                ),
            )
        counts["handled_in_village"] += 1
        done = _workday(start, rng.randint(1, 7), now)
        if done is not None:
            with clock_at(done):
                statusdesk.record_informed(db, front, number, channel=Channel.TELEPON.value)
                backoffice.close_complaint(db, back, complaint_id, "Bantuan desa telah diterima warga.")
            counts["closed"] += 1
        return
    # Refer: mostly one referral, sometimes two fields at once.
    items = [
        referrals.ReferralInput(
            field=field_name,
            partner_id=_partner_for(rng, field_name, service_id, partners, defaults),
            reason=REFERRAL_REASONS.get(field_name, REFERRAL_REASONS["Lainnya"]),
            service_id=service_id,
        )
    ]
    if rng.random() < 0.1:
        other = "Sosial" if field_name != "Sosial" else "Kesehatan"
        items.append(
            referrals.ReferralInput(
                field=other,
                partner_id=_partner_for(rng, other, None, partners, defaults),
                reason=REFERRAL_REASONS[other],
            )
        )
    with clock_at(start):
        made = referrals.create_referrals(db, back, complaint_id, items)
    counts["referrals"] += len(made)
    approve_at = _workday(start, rng.randint(0, 2), now)
    outcome_at = _workday(start, rng.randint(5, 25), now)
    for ref in made:
        if ref.status == ReferralStatus.MENUNGGU.value:
            if approve_at is None or rng.random() < 0.05:
                continue  # still waiting for the coordinator
            if rng.random() < 0.03:
                with clock_at(approve_at):
                    referrals.cancel_referral(db, coordinator, ref.number, "Dobel dengan rujukan lain.")
                continue
            with clock_at(approve_at):
                referrals.approve_referral(db, coordinator, ref.number)
        outcome = rng.choices([o for o, _ in OUTCOMES], [w for _, w in OUTCOMES])[0]
        if outcome is None or outcome_at is None:
            continue
        with clock_at(outcome_at):
            referrals.record_outcome(
                db,
                back,
                ref.number,
                outcome,
                outcome_at.date(),
                rng.choice(["slip kembali", "telepon", "umpan balik kabupaten"]),
                "Berkas belum lengkap: SKTM tidak ada." if outcome == ReferralStatus.DITOLAK.value else "",
            )
    inform_at = _workday(outcome_at, rng.randint(0, 4), now) if outcome_at else None
    if inform_at is None or rng.random() < 0.2:
        return  # the resident has not been told yet: on the facilitators' worklist
    with clock_at(inform_at):
        statusdesk.record_informed(db, front, number, channel=rng.choice([c.value for c in Channel]))
        if not backoffice.close_blockers(db, complaint_id):
            backoffice.close_complaint(db, back, complaint_id, "Hasil rujukan telah disampaikan kepada warga.")
            counts["closed"] += 1
            if rng.random() < 0.04:
                later = _workday(inform_at, rng.randint(3, 10), now)
                if later is not None:
                    with clock_at(later):
                        backoffice.reopen_complaint(db, back, complaint_id, "Warga kembali: bantuan belum cair.")
                    counts["reopened"] += 1


def _certificates(db: Database, rng: random.Random, front: Actor, now: dt.datetime, counts: dict[str, int]) -> None:
    with db.read() as s:
        ids = list(
            s.execute(
                select(Resident.id).join(RegistryRecord, RegistryRecord.nik == Resident.nik).order_by(Resident.id)
            ).scalars()
        )
    issued = 0
    for rid in rng.sample(ids, min(len(ids), 25)):
        day = now - dt.timedelta(days=rng.randint(1, 300))
        moment = _workday(day, 0, now)
        if moment is None:
            continue
        with clock_at(moment):
            try:
                letters.issue_certificate(db, front, resident_id=rid, purpose="Persyaratan pendaftaran sekolah")
            except PuskesosError:
                continue
        issued += 1
    counts["certificates"] = issued


def _recommendations(db: Database, rng: random.Random, front: Actor, now: dt.datetime, counts: dict[str, int]) -> None:
    """Letters to Dukcapil for residents without NIK/KK who did not come with a complaint."""
    with db.read() as s:
        ids = list(s.execute(select(Resident.id).where(Resident.nik.is_(None)).order_by(Resident.id)).scalars())
    issued = 0
    for rid in ids[:6]:
        moment = _workday(now - dt.timedelta(days=rng.randint(1, 200)), 0, now)
        if moment is None:
            continue
        with clock_at(moment):
            try:
                letters.issue_recommendation(db, front, rid, note="Belum memiliki NIK dan KK.")
            except PuskesosError:
                continue
        issued += 1
    counts["recommendations"] = issued

