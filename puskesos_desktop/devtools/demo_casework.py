"""Demo steps of the office's year: each complaint from the desk to its end — village handling, referrals in every
field and status, outcomes, informing the resident, closing, cancelling, reopening — and registry certificates and
letters to Dukcapil at the front desk.

Each is a step on the demo's timeline (demo_common.Timeline): the clock is set to when it happened and everything
goes through the same service functions staff use. The back office keeps up, as a working office does: most cases
are settled within the service's target days; the few that lag (a forgotten case, a district that answers late, a
resident not yet told) are recent, so that the red "terlambat" in the queue means something (≤ 15 % of open cases).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.statuses import Channel, ComplaintStatus, ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Partner, Programme, RegistryRecord, Resident, Service
from puskesos_desktop.devtools.demo_common import Step, working_moment
from puskesos_desktop.devtools.demo_texts import Need
from puskesos_desktop.services.casework import backoffice, complaints, referrals, statusdesk
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import letters
from puskesos_desktop.services.people.consent import ConsentInput

REFERRAL_REASONS = {
    "Kesehatan": "Warga membutuhkan jaminan kesehatan yang tidak dapat ditangani desa.",
    "Sosial": "Bantuan di luar kemampuan anggaran desa; perlu penanganan dinas.",
    "Pendidikan": "Perlu surat pengantar dan verifikasi dari dinas pendidikan.",
    "Adminduk": "Penerbitan dokumen kependudukan oleh Dukcapil.",
    "Lainnya": "Perlu tindak lanjut instansi terkait.",
}
VILLAGE_HELP = ["BLT Dana Desa bulan berjalan", "Paket sembako dari BAZNAS", "Perbaikan atap oleh Karang Taruna",
                "Pendampingan kader Posyandu"]  # fmt: skip
LAGGING_DAYS = 45  # only complaints this recent may still lag behind (forgotten, answered late, resident not told)


@dataclass(frozen=True)
class Cast:
    coordinator: Actor
    back: Actor
    front: Actor
    facilitator: Actor


@dataclass
class Office:
    """What the steps read once from the catalogue, and the counts they fill."""

    services: dict[str, tuple[int, str, bool, int]]  # code -> id, field, answered at the desk, target days
    partners: list[tuple[int, str | None]]
    default_partner: dict[int, int | None]
    village_programmes: list[int]
    village_partners: list[int]
    until: dt.datetime
    lag_budget: int = 0  # how many recent cases may fall behind their target date (the red rows in the queue)
    counts: dict[str, int] = field(default_factory=dict)

    def may_lag(self) -> bool:
        if self.lag_budget <= 0:
            return False
        self.lag_budget -= 1
        return True

    def count(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n


def read_office(db: Database, until: dt.datetime) -> Office:
    with db.read() as s:
        rows = s.execute(select(Service.id, Service.code, Service.field, Service.answered_at_desk, Service.target_days))
        services = {code: (sid, f, bool(desk), days) for sid, code, f, desk, days in rows}
        partners = [(int(pid), f) for pid, f in s.execute(select(Partner.id, Partner.field))]
        defaults = {int(k): v for k, v in s.execute(select(Service.id, Service.default_partner_id))}
        village = list(s.execute(select(Programme.id).where(Programme.level == "Desa")).scalars())
        helpers = list(s.execute(select(Partner.id).where(Partner.in_village.is_(True))).scalars())
    return Office(services, partners, defaults, village, helpers, until)


def demo_consent(resident_id: int, has_phone: bool, by_facilitator: bool) -> ConsentInput:
    """What the demo's residents answered when asked how to be told (no draw from the generator: the village
    stays the same for a seed): most with a telephone chose WhatsApp, some a call or SMS; without one, the
    facilitator or the desk; a few did not want to be contacted."""
    if has_phone:
        return ConsentInput(True, True, Channel.TELEPON.value if resident_id % 3 == 0 else Channel.WHATSAPP.value)
    if resident_id % 5 == 0:
        return ConsentInput(True, False, "")
    return ConsentInput(True, True, Channel.FASILITATOR.value if by_facilitator else Channel.DATANG_LANGSUNG.value)


def _partner_for(rng: random.Random, office: Office, field_name: str, service_id: int | None) -> int:
    default = office.default_partner.get(service_id) if service_id else None
    if default and rng.random() < 0.8:
        return int(default)
    same = [pid for pid, f in office.partners if f == field_name] or [pid for pid, _f in office.partners]
    return int(rng.choice(same))


def complaint_case(
    db: Database, rng: random.Random, cast: Cast, office: Office, when: dt.datetime, resident_id: int,
    has_phone: bool, need: Need, fresh: str = "",
) -> Step:  # fmt: skip
    """One resident's complaint from the desk to its end. ``fresh``: a case of the last days, left where it is now —
    "queue" (in the back office's queue) or "sent" (referred, the destination's answer not yet due)."""
    yield when
    service_id, _field, desk, target = office.services[need.service] if need.service else (None, need.field, False, 7)
    by_facilitator = rng.random() < 0.15
    channel = Channel.FASILITATOR.value if by_facilitator else rng.choices(
        [Channel.DATANG_LANGSUNG.value, Channel.TELEPON.value, Channel.WHATSAPP.value], [80, 8, 12]
    )[0]  # fmt: skip
    data = complaints.ComplaintInput(
        resident_id=resident_id,
        field=need.field,
        description=need.text,
        channel=channel,
        service_id=service_id,
        facilitator_id=cast.facilitator.user_id if by_facilitator else None,
        visit_date=when.date() - dt.timedelta(days=rng.randint(0, 2)) if by_facilitator else None,
        answer_now="Sudah dijelaskan di meja layanan." if desk else "",
        consent=demo_consent(resident_id, has_phone, by_facilitator),
    )
    result = complaints.register_complaint(db, cast.facilitator if by_facilitator else cast.front, data)
    office.count("complaints")
    if result.status != ComplaintStatus.DITERUSKAN.value or fresh == "queue":
        return
    if fresh == "sent":
        yield working_moment(clock.now(), 0, rng)
        item = referrals.ReferralInput(field=need.field, partner_id=_partner_for(rng, office, need.field, service_id),
                                       reason=REFERRAL_REASONS[need.field], service_id=service_id)  # fmt: skip
        for ref in referrals.create_referrals(db, cast.back, result.id, [item]):
            office.count("referrals")
            if ref.status == ReferralStatus.MENUNGGU.value:
                referrals.approve_referral(db, cast.coordinator, ref.number)
        return
    recent = when >= office.until - dt.timedelta(days=LAGGING_DAYS)
    roll = rng.random()
    if recent and roll < 0.03 and office.may_lag():
        return  # forgotten in the queue: one of the few red rows
    yield working_moment(clock.now(), rng.choice([0, 1, 1, 2]), rng)
    if roll < 0.08:
        backoffice.cancel_complaint(db, cast.back, result.id, "Warga menarik keluhannya.")
        office.count("cancelled")
        return
    if roll < 0.26:
        given = rng.choice(VILLAGE_HELP)
        # The village's own programme (BLT Dana Desa) or one of its partners (kader, Karang Taruna, BAZNAS).
        by_programme = given.startswith("BLT") and office.village_programmes or not office.village_partners
        backoffice.handle_in_village(db, cast.back, result.id, backoffice.HandleInput(
            given=given,
            programme_id=office.village_programmes[0] if by_programme and office.village_programmes else None,
            partner_id=None if by_programme else rng.choice(office.village_partners),
            amount_rupiah=rng.choice([300_000, 600_000]) if given.startswith("BLT") else None,
        ))  # fmt: skip
        office.count("handled_in_village")
        yield working_moment(clock.now(), rng.randint(2, 5), rng)
        statusdesk.record_informed(db, cast.front, result.number, channel=Channel.TELEPON.value)
        backoffice.close_complaint(db, cast.back, result.id, "Bantuan desa telah diterima warga.")
        office.count("closed")
        return
    yield from _referred(
        db, rng, cast, office, result.id, result.number, need, service_id, target, recent, result.due_date
    )


def _referred(
    db: Database, rng: random.Random, cast: Cast, office: Office, complaint_id: int, number: str, need: Need,
    service_id: int | None, target: int, recent: bool, due: dt.date | None,
) -> Step:  # fmt: skip
    items = [referrals.ReferralInput(field=need.field, partner_id=_partner_for(rng, office, need.field, service_id),
                                     reason=REFERRAL_REASONS[need.field], service_id=service_id)]  # fmt: skip
    if rng.random() < 0.08:
        other = "Sosial" if need.field != "Sosial" else "Kesehatan"
        items.append(referrals.ReferralInput(field=other, partner_id=_partner_for(rng, office, other, None),
                                             reason=REFERRAL_REASONS[other]))  # fmt: skip
    made = referrals.create_referrals(db, cast.back, complaint_id, items)
    office.count("referrals", len(made))
    waiting = [r.number for r in made if r.status == ReferralStatus.MENUNGGU.value]
    if waiting:
        yield working_moment(clock.now(), rng.choice([1, 1, 2]), rng)
        if rng.random() < 0.03 and len(made) > 1:
            referrals.cancel_referral(db, cast.coordinator, waiting.pop(), "Dobel dengan rujukan lain.")
            office.count("referrals_cancelled")
        for ref_number in waiting:
            referrals.approve_referral(db, cast.coordinator, ref_number)
    # The answer comes near the end of the service's target days; for a few recent cases the district is late.
    late = recent and rng.random() < 0.1 and office.may_lag()
    wait = rng.randint(12, 40) if late else rng.randint(max(1, target - 4), max(1, target - 1))
    yield working_moment(clock.now(), wait, rng)
    live = [r.number for r in referrals.list_referrals(db, complaint_id)
            if r.status in (ReferralStatus.DIKIRIM.value, ReferralStatus.DITELAAH.value)]  # fmt: skip
    for ref_number in live:
        outcome = rng.choices([ReferralStatus.DISETUJUI.value, ReferralStatus.DITOLAK.value,
                               ReferralStatus.DITELAAH.value], [72, 14, 14])[0]  # fmt: skip
        _outcome(db, rng, cast, ref_number, outcome)
        if outcome == ReferralStatus.DITELAAH.value:
            if due is not None and due > office.until.date():
                return  # still being looked into at the destination, within the target date
            live_again = True
            office.count("reviewed")
            break
    else:
        live_again = False
    if live_again:
        yield working_moment(clock.now(), rng.randint(2, 6), rng)
        for ref_number in live:
            ref = referrals.get_referral(db, ref_number)
            if ref.status in (ReferralStatus.DIKIRIM.value, ReferralStatus.DITELAAH.value):
                _outcome(db, rng, cast, ref_number, ReferralStatus.DISETUJUI.value)
    if recent and rng.random() < 0.05 and office.may_lag():
        return  # the resident has not been told yet: on the facilitators' worklist
    yield working_moment(clock.now(), rng.randint(0, 2), rng)
    statusdesk.record_informed(db, cast.front, number, channel=rng.choice([c.value for c in Channel]))
    if backoffice.close_blockers(db, complaint_id):
        return
    backoffice.close_complaint(db, cast.back, complaint_id, "Hasil rujukan telah disampaikan kepada warga.")
    office.count("closed")
    if rng.random() < 0.03:
        yield working_moment(clock.now(), rng.randint(3, 10), rng)
        backoffice.reopen_complaint(db, cast.back, complaint_id, "Warga kembali: bantuan belum cair.")
        office.count("reopened")
        yield working_moment(clock.now(), rng.randint(1, 3), rng)
        backoffice.handle_in_village(db, cast.back, complaint_id, backoffice.HandleInput(
            given="Sambil menunggu pencairan: paket sembako desa",
            programme_id=office.village_programmes[0] if office.village_programmes else None,
            partner_id=None if office.village_programmes else rng.choice(office.village_partners),
        ))  # fmt: skip
        yield working_moment(clock.now(), rng.randint(1, 3), rng)
        statusdesk.record_informed(db, cast.front, number, channel=Channel.TELEPON.value)
        backoffice.close_complaint(db, cast.back, complaint_id, "Bantuan desa telah diterima warga.")


def _outcome(db: Database, rng: random.Random, cast: Cast, ref_number: str, outcome: str) -> None:
    referrals.record_outcome(
        db, cast.back, ref_number, outcome, clock.today(),
        rng.choice(["slip kembali", "telepon", "umpan balik kabupaten"]),
        "Berkas belum lengkap: SKTM tidak ada." if outcome == ReferralStatus.DITOLAK.value else "",
    )  # fmt: skip


def every_referral_status(db: Database, cast: Cast, office: Office, when: dt.datetime) -> Step:
    """A small village may not roll a cancelled referral by chance; the demo shows every status."""
    yield when
    found = referrals.list_referrals(db)
    waiting = [r for r in found if r.status == ReferralStatus.DIKIRIM.value]
    if waiting and not any(r.status == ReferralStatus.DITELAAH.value for r in found):
        _outcome(db, random.Random(len(found)), cast, waiting.pop().number, ReferralStatus.DITELAAH.value)
        office.count("reviewed")
    if waiting and not any(r.status == ReferralStatus.DIBATALKAN.value for r in found):
        referrals.cancel_referral(db, cast.coordinator, waiting[-1].number, "Warga pindah ke luar daerah.")
        office.count("referrals_cancelled")


def certificates(db: Database, rng: random.Random, cast: Cast, office: Office, start: dt.datetime) -> list[Step]:
    """Registry certificates (SKT) for residents the registry lists, through the year."""
    with db.read() as s:
        ids = list(
            s.execute(
                select(Resident.id).join(RegistryRecord, RegistryRecord.nik == Resident.nik)
                .where(Resident.life_status == "hidup").order_by(Resident.id)
            ).scalars()
        )  # fmt: skip
    span = max(1, (office.until - start).days - 1)
    return [_certificate(db, cast, office, working_moment(start, rng.randint(30, span), rng), rid)
            for rid in rng.sample(ids, min(len(ids), 25))]  # fmt: skip


def _certificate(db: Database, cast: Cast, office: Office, when: dt.datetime, resident_id: int) -> Step:
    yield when
    letters.issue_certificate(db, cast.front, resident_id=resident_id, purpose="Persyaratan pendaftaran sekolah")
    office.count("certificates")


def recommendations(db: Database, rng: random.Random, cast: Cast, office: Office, start: dt.datetime) -> list[Step]:
    """Letters to Dukcapil for residents without NIK/KK (those who came with a complaint have one already)."""
    with db.read() as s:
        ids = list(s.execute(select(Resident.id).where(Resident.nik.is_(None)).order_by(Resident.id)).scalars())
    span = max(1, (office.until - start).days - 1)
    return [_recommendation(db, cast, office, working_moment(start, rng.randint(1, span), rng), rid)
            for rid in ids[:6]]  # fmt: skip


def _recommendation(db: Database, cast: Cast, office: Office, when: dt.datetime, resident_id: int) -> Step:
    yield when
    try:
        letters.issue_recommendation(db, cast.front, resident_id, note="Belum memiliki NIK dan KK.")
    except PuskesosError:
        return  # already has one
    office.count("recommendations")

