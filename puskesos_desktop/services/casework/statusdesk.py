"""The status desk: a resident (or a scanner) gives a receipt number; the office tells the story in plain
Indonesian and records that the resident was informed (when, how, by whom).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session, selectinload

from puskesos_desktop.core import clock, fmt, validate
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import Message, NotFoundError, ValidationError, message_id, msg
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import (
    REFERRAL_OUTCOMES,
    Channel,
    ComplaintStatus,
    ReferralStatus,
)
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Complaint, Partner, Referral, Resident, Service, User
from puskesos_desktop.services import audit, history, privacy
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people.search import canonical_number

INFORM_CHANNELS: tuple[str, ...] = tuple(c.value for c in Channel)

# The story's sentences are Messages (core/errors.py): str() is the Indonesian read out to a resident, the window
# shows them through ui.errors.message_text, so the English program tells the story in English.
COMPLAINT_PLAIN: dict[str, Message] = {
    ComplaintStatus.DITERIMA.value: msg("Keluhan sudah diterima dan dicatat."),
    ComplaintStatus.DITERUSKAN.value: msg("Keluhan sedang ditelaah oleh Bagian Layanan dan Rujukan (back office)."),
    ComplaintStatus.DITANGANI_DESA.value: msg("Keluhan sedang ditangani oleh desa."),
    ComplaintStatus.DIRUJUK.value: msg("Keluhan sudah dirujuk ke layanan atau program terkait."),
    ComplaintStatus.SELESAI.value: msg("Keluhan sudah selesai."),
    ComplaintStatus.DIBATALKAN.value: msg("Keluhan dibatalkan."),
}


def referral_plain(
    status: str, destination: str, service: str | Message, when: dt.date | None = None, note: str = ""
) -> Message:
    """One sentence a resident understands; it names the service, so two referrals to one office read apart.
    Whole sentences per status, with and without the day, so that a translation orders its words freely."""
    dated = {
        ReferralStatus.DIKIRIM.value: message_id(
            "Rujukan sudah dikirim ke {destination} pada {date}; menunggu jawaban."
        ),
        ReferralStatus.DISETUJUI.value: message_id("{destination} menyetujui rujukan {service} pada {date}."),
        ReferralStatus.DITOLAK.value: message_id("{destination} menolak rujukan {service} pada {date}."),
        ReferralStatus.DITELAAH.value: message_id(
            "{destination} masih menelaah rujukan {service} lebih lanjut pada {date}."
        ),
    }
    undated = {
        ReferralStatus.MENUNGGU.value: message_id("Rujukan ke {destination} menunggu persetujuan koordinator."),
        ReferralStatus.DIKIRIM.value: message_id("Rujukan sudah dikirim ke {destination}; menunggu jawaban."),
        ReferralStatus.DISETUJUI.value: message_id("{destination} menyetujui rujukan {service}."),
        ReferralStatus.DITOLAK.value: message_id("{destination} menolak rujukan {service}."),
        ReferralStatus.DITELAAH.value: message_id("{destination} masih menelaah rujukan {service} lebih lanjut."),
        ReferralStatus.DIBATALKAN.value: message_id("Rujukan ke {destination} dibatalkan."),
    }
    template = (dated.get(status) if when else None) or undated.get(status)
    if template is None:
        return msg("Rujukan ke {destination}: {status}.", destination=destination, status=status)
    # One set of values for every template (str.format leaves the ones a template does not name).
    sentence = Message(template, {"destination": destination, "service": service, "date": fmt.tanggal(when)})
    if note and status in (ReferralStatus.DISETUJUI.value, ReferralStatus.DITOLAK.value, ReferralStatus.DITELAAH.value):
        return msg("{sentence} Keterangan: {note}", sentence=sentence, note=note)
    return sentence


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    who: str
    text: Message


@dataclass(frozen=True)
class ReferralStory:
    id: int
    number: str
    destination: str
    field: str
    service: str
    status: str
    plain: Message
    referred_at: dt.datetime
    outcome_date: dt.date | None
    outcome_note: str
    informed_at: dt.datetime | None
    informed_channel: str
    informed_by: str
    needs_informing: bool


@dataclass(frozen=True)
class StatusStory:
    complaint_id: int
    number: str
    registered_at: dt.datetime
    resident_id: int
    resident_name: str
    nik: str | None
    phone: str
    field: str
    service: str
    channel: str
    facilitator: str
    status: str
    headline: Message
    due_date: dt.date | None
    overdue: bool
    answer: str
    missing_documents: tuple[str, ...]
    referrals: tuple[ReferralStory, ...]
    timeline: tuple[TimelineEntry, ...]
    informed_at: dt.datetime | None
    informed_channel: str
    informed_by: str
    needs_informing: bool

    @property
    def story(self) -> list[Message]:
        """The sentences to read out to the resident, in order (str() of each: the Indonesian)."""
        lines = [
            msg(
                "Keluhan {number} didaftarkan {moment}.", number=self.number, moment=fmt.tanggal_jam(self.registered_at)
            )
        ]
        lines.append(self.headline)
        if self.answer:
            lines.append(msg("Jawaban: {answer}", answer=self.answer))
        lines += [r.plain for r in self.referrals]
        if self.status not in (ComplaintStatus.SELESAI.value, ComplaintStatus.DIBATALKAN.value) and self.due_date:
            if self.overdue:
                lines.append(
                    msg(
                        "Target penyelesaian {date} sudah lewat; petugas akan menindaklanjuti.",
                        date=fmt.tanggal(self.due_date),
                    )
                )
            else:
                lines.append(msg("Perkiraan selesai {date}.", date=fmt.hari_tanggal(self.due_date)))
        if self.missing_documents:
            lines.append(msg("Dokumen yang masih kurang: {documents}.", documents=", ".join(self.missing_documents)))
        if self.informed_at:
            day, channel = fmt.tanggal(self.informed_at.date()), self.informed_channel
            lines.append(
                msg(
                    "Warga terakhir diberi tahu {date} ({channel}) oleh {by}.",
                    date=day,
                    channel=channel,
                    by=self.informed_by,
                )
                if self.informed_by
                else msg("Warga terakhir diberi tahu {date} ({channel}).", date=day, channel=channel)
            )
        return lines


_OUTCOME_WORDS = frozenset(s.value for s in REFERRAL_OUTCOMES)


def _untold(status: str, outcome_date: dt.date | None, informed_at: dt.datetime | None) -> bool:
    """A referral's outcome the resident has not been told yet (never told, or told before the outcome's day)."""
    if status not in _OUTCOME_WORDS:
        return False
    if informed_at is None:
        return True
    return outcome_date is not None and informed_at.date() < outcome_date


def _referral_needs_informing(r: Referral) -> bool:
    return _untold(r.status, r.outcome_date, r.informed_at)


def _complaint_untold(status: str, informed_at: dt.datetime | None) -> bool:
    return status == ComplaintStatus.SELESAI.value and informed_at is None


def _complaint_needs_informing(c: Complaint) -> bool:
    return _complaint_untold(c.status, c.informed_at)


# Every event kind the history writes, in the words read aloud to a resident (an unknown kind must not show the
# program's own English key, as "Outcome:" did).
_EVENT_WORDS = {
    "answer": msg("Jawaban"),
    "informed": msg("Pemberitahuan"),
    "cetak": msg("Cetak"),
    "print": msg("Cetak"),
    "usulan": msg("Usulan DTKS"),
    "surat": msg("Surat"),
    "note": msg("Catatan"),
    "catatan": msg("Catatan"),
    "handled": msg("Penanganan desa"),
    "document": msg("Dokumen"),
    "outcome": msg("Hasil rujukan"),
    "hasil": msg("Hasil rujukan"),
    "referral": msg("Rujukan"),
    "assign": msg("Petugas"),
    "anggota": msg("Anggota keluarga"),
}


def _event_text(kind: str, from_status: str | None, to_status: str | None, note: str) -> Message:
    """An event's line; the note is what staff wrote (stored as written, not translated)."""
    note = note.strip()
    if kind == "status":
        if from_status is None:
            if note:
                return msg("Status menjadi '{status}'. {note}", status=to_status, note=note)
            return msg("Status menjadi '{status}'", status=to_status)
        if note:
            return msg("Status: {old} → {new}. {note}", old=from_status, new=to_status, note=note)
        return msg("Status: {old} → {new}", old=from_status, new=to_status)
    word = _EVENT_WORDS.get(kind, _EVENT_WORDS["note"])
    return msg("{word}: {note}", word=word, note=note) if note else word


def story_in(s: Session, number: str) -> StatusStory:
    c = s.execute(
        select(Complaint)
        .where(Complaint.number == number)
        .options(
            selectinload(Complaint.events),
            selectinload(Complaint.documents),
            selectinload(Complaint.referrals).selectinload(Referral.events),
            selectinload(Complaint.referrals).selectinload(Referral.partner),
            selectinload(Complaint.referrals).selectinload(Referral.service),
        )
    ).scalar_one_or_none()
    if c is None:
        raise NotFoundError("Keluhan dengan nomor resi {number} tidak ditemukan.", number=number)
    resident = s.get(Resident, c.resident_id)
    assert resident is not None
    service = s.get(Service, c.service_id) if c.service_id else None
    user_ids: set[int | None] = {c.facilitator_id, c.informed_by_id}
    user_ids.update(r.informed_by_id for r in c.referrals)
    names = users.names_in(s, user_ids)
    referrals = tuple(
        ReferralStory(
            id=r.id,
            number=r.number,
            destination=r.partner.name,
            field=r.field,
            service=r.service.name if r.service else "",
            status=r.status,
            plain=referral_plain(
                r.status,
                r.partner.name,
                r.service.name if r.service else msg("bidang {field}", field=r.field),
                r.outcome_date or (r.sent_at.date() if r.sent_at else None),
                r.outcome_note,
            ),
            referred_at=r.referred_at,
            outcome_date=r.outcome_date,
            outcome_note=r.outcome_note,
            informed_at=r.informed_at,
            informed_channel=r.informed_channel,
            informed_by=names.get(r.informed_by_id or -1, ""),
            needs_informing=_referral_needs_informing(r),
        )
        for r in c.referrals
    )
    # People's names, not account names ("Dewi Lestari", not "frontoffice"), read aloud to the resident.
    people = {name: full for name, full in s.execute(select(User.username, User.full_name))}

    def who(account: str) -> str:
        return people.get(account) or account

    # (moment, order written) so that events of one second keep the order they happened in.
    timed: list[tuple[dt.datetime, int, TimelineEntry]] = [
        (e.at, e.id, TimelineEntry(e.at, who(e.actor), _event_text(e.kind, e.from_status, e.to_status, e.note)))
        for e in c.events
    ]
    for r in c.referrals:
        for e in r.events:
            text = _event_text(e.kind, e.from_status, e.to_status, e.note)
            line = msg("Rujukan {number}: {event}", number=r.number, event=text)
            timed.append((e.at, e.id, TimelineEntry(e.at, who(e.actor), line)))
    timed.sort(key=lambda t: (t[0], t[1]))
    timeline = [t[2] for t in timed]
    closed = c.status in (ComplaintStatus.SELESAI.value, ComplaintStatus.DIBATALKAN.value)
    return StatusStory(
        complaint_id=c.id,
        number=c.number,
        registered_at=c.registered_at,
        resident_id=resident.id,
        resident_name=resident.name,
        nik=resident.nik,
        phone=resident.phone,
        field=c.field,
        service=service.name if service else "",
        channel=c.channel,
        facilitator=names.get(c.facilitator_id or -1, ""),
        status=c.status,
        headline=COMPLAINT_PLAIN.get(c.status) or Message(c.status),  # a status word not in the list: as it is
        due_date=c.due_date,
        overdue=bool(c.due_date and not closed and c.due_date < clock.today()),
        answer=c.answer,
        missing_documents=tuple(d.name for d in c.documents if not d.received),
        referrals=referrals,
        timeline=tuple(timeline),
        informed_at=c.informed_at,
        informed_channel=c.informed_channel,
        informed_by=names.get(c.informed_by_id or -1, ""),
        needs_informing=_complaint_needs_informing(c) or any(r.needs_informing for r in referrals),
    )


def _number(text: str) -> str:
    number = canonical_number(text, default_prefix="RESI")
    if number is None or not number.startswith("RESI/"):
        raise ValidationError(
            "Nomor resi tidak dikenali. Tulis seperti RESI/6201022001/2026/11/0001 atau pindai kode QR pada resi.",
            "Nomor resi",
        )
    return number


@privacy.shielded
def lookup(db: Database, actor: Actor, text: str) -> StatusStory:
    """The complaint behind a receipt number typed or scanned in any form."""
    actor.require(Permission.READ)
    serial = text.strip()
    if re.fullmatch(r"\d{1,4}", serial):
        with db.read() as s:
            return story_in(s, _serial_number(s, int(serial)))
    number = _number(text)
    with db.read() as s:
        return story_in(s, number)


def _serial_number(s: Session, serial: int) -> str:
    """A resident reads out only the last digits of the receipt ("0007"): this month's, else last month's."""
    today = clock.today()
    last_month = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    for month in (today, last_month):
        suffix = f"/{month.year}/{month.month:02d}/{serial:04d}"
        found = s.execute(
            select(Complaint.number).where(Complaint.number.like(f"RESI/%{suffix}")).order_by(Complaint.id).limit(1)
        ).scalar()
        if found:
            return str(found)
    raise NotFoundError(
        "Tidak ada resi bernomor urut {serial:04d} bulan ini atau bulan lalu. Tulis nomor resi lengkapnya.",
        serial=serial,
    )


def record_informed(
    db: Database,
    actor: Actor,
    number: str,
    *,
    channel: str,
    when: dt.date | None = None,
    informed_by_id: int | None = None,
    complaint: bool = True,
    referral_numbers: Sequence[str] | None = None,
    note: str = "",
) -> StatusStory:
    """Record that the resident was told the status: on the complaint and/or on its referrals.

    `referral_numbers` None: every referral whose outcome the resident has not been told yet.
    """
    actor.require(Permission.STATUS_DESK)
    number = _number(number)
    if channel not in INFORM_CHANNELS:
        raise ValidationError("Pilih cara memberi tahu: {channels}.", "Cara", channels=", ".join(INFORM_CHANNELS))
    note = validate.text(note, "Catatan", max_len=500)
    today = clock.today()
    day = validate.past_date(when or today, "Tanggal diberi tahu", required=True, max_years_back=2)
    assert day is not None
    moment = clock.now() if day == today else dt.datetime.combine(day, dt.time(12, 0))
    with db.write() as s:
        c = s.execute(
            select(Complaint).where(Complaint.number == number).options(selectinload(Complaint.referrals))
        ).scalar_one_or_none()
        if c is None:
            raise NotFoundError("Keluhan dengan nomor resi {number} tidak ditemukan.", number=number)
        if day < c.registered_at.date():
            raise ValidationError("Tanggal diberi tahu tidak boleh sebelum keluhan didaftarkan.", "Tanggal diberi tahu")
        by_id = informed_by_id if informed_by_id is not None else actor.user_id
        by_name = actor.full_name
        if informed_by_id is not None:
            user = s.get(User, informed_by_id)
            if user is None or not user.active:
                raise ValidationError("Petugas yang memberi tahu tidak ditemukan.", "Oleh")
            by_name = user.full_name
        if referral_numbers is None:
            chosen = [r for r in c.referrals if _referral_needs_informing(r)]
        else:
            wanted = {n.strip().upper() for n in referral_numbers}
            chosen = [r for r in c.referrals if r.number in wanted]
            unknown = wanted - {r.number for r in chosen}
            if unknown:
                raise ValidationError(
                    "Rujukan {unknown} bukan bagian keluhan ini.", "Rujukan", unknown=", ".join(sorted(unknown))
                )
        if not complaint and not chosen:
            raise ValidationError("Pilih keluhan atau rujukan yang diberitahukan.", "Rujukan")
        text = f"Warga diberi tahu ({channel}) oleh {by_name}" + (f": {note}" if note else "")
        if complaint:
            c.informed_at = moment
            c.informed_channel = channel
            c.informed_by_id = by_id
            history.complaint_event(s, actor, c, "informed", text)
        for r in chosen:
            r.informed_at = moment
            r.informed_channel = channel
            r.informed_by_id = by_id
            history.referral_event(s, actor, r, "informed", text)
        audit.record(
            s,
            actor,
            AuditAction.COMPLAINT_INFORMED,
            "complaint",
            number,
            {
                "channel": channel,
                "date": day.isoformat(),
                "by": by_id,
                "complaint": complaint,
                "referrals": [r.number for r in chosen],
                "note": note,
            },
        )
        s.flush()
        return story_in(s, number)


# --- who is still to be told ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InformItem:
    number: str
    resident_id: int
    resident_name: str
    phone: str
    address: str
    rt: str
    rw: str
    facilitator: str
    what: str  # "Keluhan selesai", "RJK/… Disetujui (RSUD …)"
    since: dt.date
    tell: str = ""  # the short message of what to tell (services/casework/messages.py), for the facilitator


_PAGE_MIN = 100  # complaints read at least per statement


def to_inform(db: Database, facilitator_id: int | None = None, limit: int = 500) -> list[InformItem]:
    """Residents with an outcome they have not been told yet; for one facilitator, the people in their care.

    Plain rows of the few columns the list shows, not ORM objects: at a district's scale the Front Office refreshes
    this list on a worker beside the window, and building 500 complaints, their referrals and residents as objects
    held the GIL long enough to stall the window (issue 12, bench `ui_stall_max_ms`). One statement a page: the
    page's complaints with their residents, each joined to its outcome referrals (an IN list of the page's 500 ids
    cost more Python than the rest of the list)."""
    outcomes = sorted(_OUTCOME_WORDS)
    pending_referral = exists().where(
        Referral.complaint_id == Complaint.id, Referral.status.in_(outcomes), _referral_untold()
    )
    q = (
        select(
            Complaint.id,
            Complaint.number,
            Complaint.status,
            Complaint.informed_at,
            Complaint.closed_at,
            Complaint.registered_at,
            Complaint.facilitator_id,
            Resident.id.label("resident_id"),
            Resident.name,
            Resident.phone,
            Resident.address,
            Resident.rt,
            Resident.rw,
            Resident.facilitator_id.label("resident_facilitator_id"),
        )
        .join(Resident, Resident.id == Complaint.resident_id)
        .where(
            or_(
                (Complaint.status == ComplaintStatus.SELESAI.value) & Complaint.informed_at.is_(None),
                pending_referral,
            )
        )
        .order_by(Complaint.registered_at, Complaint.id)
    )
    if facilitator_id is not None:
        q = q.where(or_(Complaint.facilitator_id == facilitator_id, Resident.facilitator_id == facilitator_id))
    out: list[InformItem] = []
    # Page by page until the list is full (the SQL asks what Python checks again, so a page normally fills it).
    page = max(limit, _PAGE_MIN)
    with db.read() as s:
        offset = 0
        while len(out) < limit:
            complaints = q.limit(page).offset(offset).subquery()
            joined = (
                select(
                    complaints,
                    Referral.number,
                    Referral.status,
                    Partner.name,
                    Referral.outcome_date,
                    Referral.referred_at,
                    Referral.informed_at,
                )
                .select_from(complaints)
                .outerjoin(Referral, (Referral.complaint_id == complaints.c.id) & Referral.status.in_(outcomes))
                .outerjoin(Partner, Partner.id == Referral.partner_id)
                .order_by(complaints.c.registered_at, complaints.c.id, Referral.id)
            )
            rows = list(s.connection().execute(joined))
            read = _inform_items(s, rows, out, limit)
            offset += read
            if read < page:
                break
    return out


def _referral_untold() -> Any:
    """SQL for "the resident has not been told this outcome" (as _referral_needs_informing, whose status test the
    caller adds): never told, or told on a day before the outcome. A timestamp before a date's midnight is a day
    before it, in SQLite's ISO text as in PostgreSQL."""
    return or_(
        Referral.informed_at.is_(None),
        Referral.outcome_date.is_not(None) & (Referral.informed_at < Referral.outcome_date),
    )


# A row of to_inform's page: the complaint's id, number, status, informed_at, closed_at, registered_at,
# facilitator_id; its resident's id, name, phone, address, rt, rw, facilitator_id; then one outcome referral's
# number, status, partner name, outcome_date, referred_at, informed_at (all None: the complaint has none).
_InformRow = tuple[
    int, str, str, dt.datetime | None, dt.datetime | None, dt.datetime, int | None,
    int, str, str, str, str, str, int | None,
    str | None, str | None, str | None, dt.date | None, dt.datetime | None, dt.datetime | None,
]  # fmt: skip
_SELESAI = ComplaintStatus.SELESAI.value


def _inform_items(s: Session, rows: Sequence[_InformRow], out: list[InformItem], limit: int) -> int:
    """Adds the page's items to ``out`` (up to ``limit``); returns how many complaints the page held."""
    if not rows:
        return 0
    names = users.names_in(s, {r[6] for r in rows} | {r[13] for r in rows})
    count = 0
    # The rows of one complaint follow each other (ordered by complaint, then referral).
    for _cid, group in groupby(rows, key=itemgetter(0)):
        first, *more = group
        count += 1
        number, status, informed_at, closed_at, registered_at, c_fac = first[1:7]
        rid, name, phone, address, rt, rw, r_fac = first[7:14]
        items: list[tuple[str, dt.date]] = []
        if status == _SELESAI and informed_at is None:
            items.append(("Keluhan selesai", (closed_at or registered_at).date()))
        for row in (first, *more):
            ref_number, ref_status, partner, outcome_date, referred_at, ref_informed = row[14:]
            if ref_status is not None and _untold(ref_status, outcome_date, ref_informed):
                assert referred_at is not None
                items.append((f"{ref_number} {ref_status} ({partner})", outcome_date or referred_at.date()))
        if not items:
            continue
        out.append(
            InformItem(
                number=number,
                resident_id=rid,
                resident_name=name,
                phone=phone,
                address=address,
                rt=rt,
                rw=rw,
                facilitator=names.get(c_fac or r_fac or -1, ""),
                what="; ".join(w for w, _ in items),
                since=min(d for _, d in items),
            )
        )
        if len(out) >= limit:
            break
    return count
