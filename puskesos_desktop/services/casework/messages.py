"""Telling the resident: the latest event of a receipt or referral not yet told, as a ready message (one SMS and a
WhatsApp text) or a printed status slip, offered only the way the resident agreed to be contacted; whichever is
used records "warga diberi tahu" (channel, who, when) through the status desk's informing record.

Templates: the defaults in core/message_templates, overridden per language and event by the coordinator (setting
`message_templates`); the language of messages is the setting `message_language` (Indonesian by default: the
resident's language, whatever the screen shows).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from puskesos_desktop.core import clock, errors, fmt
from puskesos_desktop.core import message_templates as mt
from puskesos_desktop.core import phone as phones
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import NotFoundError, PermissionDenied, ValidationError
from puskesos_desktop.core.message_templates import Template
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import (
    FIELD_CARD_COLOURS,
    Channel,
    ComplaintStatus,
    Field,
    LetterKind,
    ProposalStatus,
    ReferralStatus,
)
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Complaint,
    Letter,
    OfficeProfile,
    Proposal,
    Referral,
    Resident,
    Service,
    Setting,
)
from puskesos_desktop.services import audit, office
from puskesos_desktop.services.casework import statusdesk
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import consent
from puskesos_desktop.services.people.search import canonical_number
from puskesos_desktop.services.printouts import Printout
from puskesos_desktop.services.printouts import build as build_printout

TEMPLATES_SETTING = "message_templates"

# How a message left the office; each maps to the status desk's channel recorded with "warga diberi tahu".
VIA_COPY = "salin"
VIA_WHATSAPP = "whatsapp"
VIA_SLIP = "slip"
VIAS: tuple[str, ...] = (VIA_COPY, VIA_WHATSAPP, VIA_SLIP)
SLIP_LAYOUTS: tuple[str, ...] = ("A6", "80mm")

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_LETTER_WORDS = {
    "id": {
        LetterKind.REKOMENDASI.value: "Surat rekomendasi",
        LetterKind.KETERANGAN_DTKS.value: "Surat keterangan DTKS",
    },
    "en": {
        LetterKind.REKOMENDASI.value: "recommendation letter",
        LetterKind.KETERANGAN_DTKS.value: "registry certificate",
    },
}
_ANSWERED = (ProposalStatus.DITERIMA.value, ProposalStatus.DITOLAK.value)
_CARD_WORDS_EN = {"biru": "blue", "merah muda": "pink", "kuning": "yellow"}
_RESULT_WORDS_EN = {
    ProposalStatus.DITERIMA.value: "accepted",
    ProposalStatus.DITOLAK.value: "rejected",
    ReferralStatus.DISETUJUI.value: "approved",
    ReferralStatus.DITOLAK.value: "rejected",
    ReferralStatus.DITELAAH.value: "under further review",
}


@dataclass(frozen=True)
class Message:
    """What to tell a resident about one receipt or referral, and the ways the resident allows."""

    number: str  # as asked: the receipt's or the referral's number
    complaint_number: str
    referral_number: str  # the referral the event belongs to ("" for the complaint's own events)
    event: str  # one of message_templates.EVENTS
    title: str
    at: dt.datetime
    told: bool  # every event was told already: this is the latest one, to repeat
    resident_id: int
    resident_name: str
    phone: str  # +62… or "" (none on record, or not a mobile number)
    channel: str  # the way the resident agreed to be contacted ("" when they did not, or were never asked)
    contact_note: errors.Message | None  # why a way is not offered (None when every way is); str(): Indonesian
    vias: tuple[str, ...]  # the ways offered: VIA_COPY, VIA_WHATSAPP, VIA_SLIP
    language: str
    text: str  # full text (WhatsApp)
    sms_text: str  # one SMS
    wa_url: str  # "" unless WhatsApp is offered

    def as_json(self) -> dict[str, Any]:
        """`puskesos message --json`: the contract's keys first, then the rest."""
        return {
            "number": self.number,
            "event": self.event,
            "phone": self.phone,
            "channel": self.channel,
            "text": self.text,
            "sms_text": self.sms_text,
            "wa_url": self.wa_url,
            "title": self.title,
            "told": self.told,
            "complaint_number": self.complaint_number,
            "referral_number": self.referral_number,
            "offered": list(self.vias),
            "language": self.language,
        }


@dataclass(frozen=True)
class _Event:
    key: str
    at: dt.datetime
    told: bool
    referral: Referral | None = None
    values: tuple[tuple[str, str], ...] = ()


# --- settings -----------------------------------------------------------------------------------------------------


def language_in(s: Session) -> str:
    lang = office.settings_in(s).message_language
    return lang if lang in mt.LANGUAGES else "id"


def template_in(s: Session, language: str, event: str) -> Template:
    """The template in force for an event in a language: the default, or the coordinator's edit over it."""
    default = mt.DEFAULTS[language][event]
    pair = office.settings_in(s).message_templates.get(language, {}).get(event)
    if not isinstance(pair, dict):
        return default
    return Template(pair.get("sms") or default.sms, pair.get("full") or default.full)


def template(db: Database, actor: Actor, language: str, event: str) -> Template:
    actor.require(Permission.READ)
    _language(language)
    _event(event)
    with db.read() as s:
        return template_in(s, language, event)


def language(db: Database, actor: Actor) -> str:
    """The language messages to residents are written in (the setting; Indonesian by default)."""
    actor.require(Permission.READ)
    with db.read() as s:
        return language_in(s)


def _event(event: str) -> None:
    if event not in mt.EVENTS:
        raise ValidationError("Kejadian '{event}' tidak dikenal.", "Kejadian", event=event)


def _language(language: str) -> str:
    if language not in mt.LANGUAGES:
        raise ValidationError("Bahasa pesan: pilih id (Indonesia) atau en (Inggris).", "Bahasa pesan")
    return language


def save_template(db: Database, actor: Actor, language: str, event: str, sms: str, full: str) -> Template:
    """The coordinator's text for one event; refused with the field at fault when a placeholder is unknown."""
    actor.require(Permission.SETTINGS)
    _language(language)
    _event(event)
    checked = _checked(sms, full)
    with db.write() as s:
        row = s.get(Setting, TEMPLATES_SETTING)
        stored = {} if row is None else json.loads(row.value)
        old = stored.get(language, {}).get(event)
        new = None if checked == mt.DEFAULTS[language][event] else {"sms": checked.sms, "full": checked.full}
        per_language = dict(stored.get(language, {}))
        if new is None:
            per_language.pop(event, None)  # back to the default: nothing stored
        else:
            per_language[event] = new
        stored[language] = per_language
        text = json.dumps(stored, ensure_ascii=False)
        if row is None:
            s.add(Setting(key=TEMPLATES_SETTING, value=text))
        else:
            row.value = text
        audit.record(s, actor, AuditAction.MESSAGE_TEMPLATE, "setting", f"{language}:{event}", {"old": old, "new": new})
    return checked


def _checked(sms: str, full: str) -> Template:
    return Template(mt.check_template(sms, "Teks SMS", sms=True), mt.check_template(full, "Teks WhatsApp", sms=False))


def set_language(db: Database, actor: Actor, language: str) -> None:
    chosen = _language(language)
    office.update_settings(db, actor, lambda st: replace(st, message_language=chosen))


# --- the events of a case -------------------------------------------------------------------------------------


def _date(day: dt.date | None, language: str) -> str:
    if day is None:
        return ""
    return fmt.tanggal(day) if language == "id" else f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def _day_end(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(23, 59))


def _told(informed_at: dt.datetime | None, at: dt.datetime) -> bool:
    return informed_at is not None and informed_at >= at


def _referral_events(r: Referral, language: str) -> list[_Event]:
    if r.status in (ReferralStatus.MENUNGGU.value, ReferralStatus.DIBATALKAN.value) or r.sent_at is None:
        return []
    colour = FIELD_CARD_COLOURS.get(Field(r.field), "") if r.field in {f.value for f in Field} else ""
    bring = [line.strip() for line in (r.documents or "").splitlines() if line.strip()]
    if not bring and r.service is not None:
        bring = [q.text for q in r.service.requirements]
    values = (
        ("nomor", r.number),
        ("tujuan", r.partner.name),
        ("alamat_tujuan", r.partner.address),
        ("kartu", colour if language == "id" else _CARD_WORDS_EN.get(colour, colour)),
        ("bawa", ", ".join(bring) if bring else ("KTP/KK" if language == "id" else "identity papers")),
    )
    events = [
        _Event(
            mt.RUJUKAN_DIKIRIM,
            r.sent_at,
            _told(r.informed_at, r.sent_at),
            r,
            values + (("tanggal", _date(r.sent_at.date(), language)),),
        )
    ]
    outcome = {
        ReferralStatus.DISETUJUI.value: mt.RUJUKAN_DISETUJUI,
        ReferralStatus.DITOLAK.value: mt.RUJUKAN_DITOLAK,
        ReferralStatus.DITELAAH.value: mt.RUJUKAN_DITELAAH,
    }.get(r.status)
    if outcome and r.outcome_date is not None:
        # The status desk's rule: told when informed on or after the day of the outcome.
        told = r.informed_at is not None and r.informed_at.date() >= r.outcome_date
        result = r.status.lower() if language == "id" else _RESULT_WORDS_EN.get(r.status, r.status)
        events.append(
            _Event(
                outcome,
                _day_end(r.outcome_date),
                told,
                r,
                values
                + (
                    ("tanggal", _date(r.outcome_date, language)),
                    ("hasil", result),
                    ("alasan", r.outcome_note),
                ),
            )
        )
    return events


def _events_in(s: Session, c: Complaint, language: str) -> list[_Event]:
    events: list[_Event] = []
    informed = c.informed_at
    # A receipt handed over the desk told the resident already; by telephone or through a facilitator it did not.
    in_person = c.channel == Channel.DATANG_LANGSUNG.value
    events.append(_Event(mt.KELUHAN_DITERIMA, c.registered_at, in_person or _told(informed, c.registered_at)))
    closed = c.status in (ComplaintStatus.SELESAI.value, ComplaintStatus.DIBATALKAN.value)
    missing = [d.name for d in c.documents if not d.received]
    if missing and not closed:
        at = c.registered_at + dt.timedelta(seconds=1)
        events.append(_Event(mt.DOKUMEN_KURANG, at, _told(informed, at), None, (("dokumen", ", ".join(missing)),)))
    for r in c.referrals:
        events += _referral_events(r, language)
    # DTKS proposals for the resident made with or after this complaint (the office proposes at registration).
    since = c.registered_at - dt.timedelta(days=1)
    props = s.execute(
        select(Proposal)
        .where(Proposal.resident_id == c.resident_id, Proposal.proposed_at >= since)
        .options(selectinload(Proposal.events))
    ).scalars()
    for p in props:
        for e in p.events:
            if e.to_status == ProposalStatus.DISAHKAN_MUSDES.value:
                events.append(
                    _Event(
                        mt.USULAN_MUSDES,
                        e.at,
                        _told(informed, e.at),
                        None,
                        (
                            ("nomor", p.number),
                            ("tanggal", _date(e.at.date(), language)),
                        ),
                    )
                )
            elif e.to_status in _ANSWERED and p.status == e.to_status:
                result = e.to_status.lower() if language == "id" else _RESULT_WORDS_EN[e.to_status]
                day = p.outcome_date or e.at.date()
                events.append(
                    _Event(
                        mt.USULAN_DIJAWAB,
                        e.at,
                        _told(informed, e.at),
                        None,
                        (
                            ("nomor", p.number),
                            ("tanggal", _date(day, language)),
                            ("hasil", result),
                            ("alasan", p.outcome_note),
                        ),
                    )
                )
    for letter in s.execute(select(Letter).where(Letter.complaint_id == c.id)).scalars():
        word = _LETTER_WORDS[language].get(letter.kind, letter.kind)
        events.append(
            _Event(
                mt.SURAT_SIAP,
                letter.issued_at,
                _told(informed, letter.issued_at),
                None,
                (
                    ("nomor", letter.number),
                    ("surat", word),
                ),
            )
        )
    if c.status == ComplaintStatus.SELESAI.value and c.closed_at is not None:
        events.append(
            _Event(
                mt.KELUHAN_SELESAI,
                c.closed_at,
                _told(informed, c.closed_at),
                None,
                (
                    ("tanggal", _date(c.closed_at.date(), language)),
                    ("alasan", c.answer),
                ),
            )
        )
    return events


def _pick(events: list[_Event]) -> _Event:
    """The latest event not yet told; when all were told, the latest one (to repeat it)."""
    order = sorted(events, key=lambda e: (e.at, mt.EVENTS.index(e.key)))
    untold = [e for e in order if not e.told]
    return (untold or order)[-1]


# --- composing -----------------------------------------------------------------------------------------------


def _resolve(s: Session, number: str) -> tuple[Complaint, Referral | None]:
    found = canonical_number(number, default_prefix="RESI")
    if found is None or not (found.startswith("RESI/") or found.startswith("RJK/")):
        raise ValidationError("Nomor tidak dikenali. Tulis nomor resi (RESI/…) atau nomor rujukan (RJK/…).", "Nomor")
    opts = (
        selectinload(Complaint.documents),
        selectinload(Complaint.referrals).selectinload(Referral.partner),
        selectinload(Complaint.referrals).selectinload(Referral.service).selectinload(Service.requirements),
    )
    if found.startswith("RJK/"):
        ref = s.execute(select(Referral).where(Referral.number == found)).scalar_one_or_none()
        if ref is None:
            raise NotFoundError("Rujukan dengan nomor {found} tidak ditemukan.", found=found)
        owner = s.execute(select(Complaint).where(Complaint.id == ref.complaint_id).options(*opts)).scalar_one()
        return owner, next(r for r in owner.referrals if r.id == ref.id)
    c = s.execute(select(Complaint).where(Complaint.number == found).options(*opts)).scalar_one_or_none()
    if c is None:
        raise NotFoundError("Keluhan dengan nomor resi {found} tidak ditemukan.", found=found)
    return c, None


def _ways(info: consent.ConsentInfo | None, phone: str) -> tuple[str, tuple[str, ...], errors.Message | None]:
    """(the resident's channel, the ways offered, why others are not). A printed slip is handed in person or
    through the facilitator: always possible. A message to the telephone only with consent to that channel."""
    if info is None:
        return (
            "",
            (VIA_SLIP,),
            errors.msg(
                "Warga belum pernah ditanya bersedia dihubungi atau tidak: pesan ke telepon tidak "
                "ditawarkan. Tanyakan saat warga datang (daftar keluhan) atau beri tahu langsung dengan slip."
            ),
        )
    if not info.contact or not info.contact_channel:
        return (
            "",
            (VIA_SLIP,),
            errors.msg(
                "Warga tidak bersedia dihubungi: pesan ke telepon tidak ditawarkan; beri tahu saat "
                "warga datang (slip status)."
            ),
        )
    channel = info.contact_channel
    if channel == Channel.WHATSAPP.value:
        if not phone:
            return (
                channel,
                (VIA_SLIP,),
                errors.msg(
                    "Warga memilih WhatsApp, tetapi nomor HP-nya tidak tercatat atau tidak "
                    "dikenali. Perbaiki nomor di data warga."
                ),
            )
        return channel, (VIA_WHATSAPP, VIA_COPY, VIA_SLIP), None
    if channel == Channel.TELEPON.value:
        if not phone:
            return (
                channel,
                (VIA_SLIP,),
                errors.msg("Warga memilih telepon, tetapi nomornya tidak tercatat atau tidak dikenali."),
            )
        return channel, (VIA_COPY, VIA_SLIP), errors.msg("Warga memilih dihubungi lewat telepon/SMS, bukan WhatsApp.")
    if channel == Channel.FASILITATOR.value:
        return channel, (VIA_COPY, VIA_SLIP), errors.msg("Warga memilih diberi tahu melalui fasilitator.")
    return channel, (VIA_SLIP,), errors.msg("Warga memilih diberi tahu saat datang langsung.")


def compose_in(s: Session, number: str, language: str | None = None, event: str | None = None) -> Message:
    c, only = _resolve(s, number)
    lang = language or language_in(s)
    events = _events_in(s, c, lang)
    if only is not None:
        events = [e for e in events if e.referral is only]
        if not events:
            raise ValidationError(
                "Rujukan {number} belum dikirim: belum ada yang dapat diberitahukan kepada warga.",
                "Nomor",
                number=only.number,
            )
    if event is not None:
        same = [e for e in events if e.key == event]
        if not same:
            raise ValidationError("Kabar itu tidak ada (lagi) pada kasus ini; buka pesannya kembali.", "Kejadian")
        chosen = _pick(same)
    else:
        chosen = _pick(events)
    resident = s.get(Resident, c.resident_id)
    assert resident is not None
    values = _values_for(s, c, chosen, lang)
    template = template_in(s, lang, chosen.key)
    phone = phones.normalise(resident.phone) if phones.is_mobile(resident.phone) else ""
    history = consent.history_in(s, resident.id)
    channel, vias, note = _ways(history[0] if history else None, phone)
    text = mt.fill(template.full, values)
    return Message(
        number=only.number if only is not None else c.number,
        complaint_number=c.number,
        referral_number=chosen.referral.number if chosen.referral is not None else "",
        event=chosen.key,
        title=mt.EVENT_TITLES[lang][chosen.key],
        at=chosen.at,
        told=chosen.told,
        resident_id=resident.id,
        resident_name=resident.name,
        phone=phone,
        channel=channel,
        contact_note=note,
        vias=vias,
        language=lang,
        text=text,
        sms_text=mt.fill_sms(template.sms, values),
        wa_url=phones.wa_url(phone, text) if VIA_WHATSAPP in vias else "",
    )


def compose(db: Database, actor: Actor, number: str, language: str | None = None) -> Message:
    """The message for the latest event of a receipt or referral the resident has not been told yet."""
    actor.require(Permission.READ)
    if language is not None:
        _language(language)
    with db.read() as s:
        return compose_in(s, number, language)


def preview(db: Database, actor: Actor, number: str, language: str, event: str, sms: str, full: str) -> Message:
    """A template being edited, filled from a real case (refused like saving when a placeholder is unknown).
    The case's own event when it has one; otherwise its latest event's values fill the draft."""
    actor.require(Permission.SETTINGS)
    _language(language)
    draft = _checked(sms, full)
    with db.read() as s:
        c, only = _resolve(s, number)
        has = any(e.key == event for e in _events_in(s, c, language) if only is None or e.referral is only)
        base = compose_in(s, number, language, event if has else None)
        chosen = _pick(
            [
                e
                for e in _events_in(s, c, language)
                if e.key == base.event and (e.referral is None or e.referral.number == base.referral_number)
            ]
        )
        values = _values_for(s, c, chosen, language)
    text = mt.fill(draft.full, values)
    return replace(
        base,
        event=event,
        title=mt.EVENT_TITLES[language].get(event, base.title),
        text=text,
        sms_text=mt.fill_sms(draft.sms, values),
        wa_url=phones.wa_url(base.phone, text) if base.wa_url else "",
    )


def _values_for(s: Session, c: Complaint, chosen: _Event, lang: str) -> dict[str, str]:
    """Every placeholder's value for one event of a case (an empty string where the event has none)."""
    resident = s.get(Resident, c.resident_id)
    profile = s.get(OfficeProfile, 1)
    service = s.get(Service, c.service_id) if c.service_id else None
    values = {name: "" for name in mt.PLACEHOLDERS}
    values.update(
        {
            "nama": resident.name if resident else "",
            "resi": c.number,
            "nomor": c.number,
            "desa": profile.village_name if profile else "",
            "telp_kantor": profile.phone if profile and profile.phone else "-",
            "tanggal": _date(chosen.at.date(), lang),
            "tanggal_kembali": _date(c.due_date or clock.today(), lang),
            "layanan": service.name if service else c.field,
        }
    )
    values.update(dict(chosen.values))
    return values


# --- telling --------------------------------------------------------------------------------------------------


def _channel_for(msg: Message, via: str) -> str:
    if via == VIA_WHATSAPP:
        return Channel.WHATSAPP.value
    if via == VIA_COPY:
        return msg.channel
    return Channel.FASILITATOR.value if msg.channel == Channel.FASILITATOR.value else Channel.DATANG_LANGSUNG.value


_VIA_WORDS = {VIA_COPY: "pesan disalin", VIA_WHATSAPP: "pesan WhatsApp", VIA_SLIP: "slip status dicetak"}


def record_told(db: Database, actor: Actor, number: str, event: str, via: str) -> statusdesk.StatusStory:
    """'Warga diberi tahu' for the event just copied, opened in WhatsApp or printed: the channel the resident chose
    (or in person for a slip), the officer and the moment, on the complaint or on the referral the event is about."""
    actor.require(Permission.STATUS_DESK)
    if via not in VIAS:
        raise ValidationError("Cara mengirim tidak dikenal.", "Cara")
    with db.read() as s:
        msg = compose_in(s, number, event=event)
    if via not in msg.vias:
        raise PermissionDenied(msg.contact_note or errors.msg("Cara ini tidak sesuai pilihan warga."))
    note = f"{msg.title} ({_VIA_WORDS[via]})"
    return statusdesk.record_informed(
        db,
        actor,
        msg.complaint_number,
        channel=_channel_for(msg, via),
        complaint=not msg.referral_number,
        referral_numbers=[msg.referral_number] if msg.referral_number else [],
        note=note,
    )


def slip_printout(db: Database, actor: Actor, number: str, layout: str = "A6") -> Printout:
    """The printed status slip for a resident without a telephone; handing it out records the resident told."""
    from puskesos_desktop.printing.message_slip import StatusSlip, status_slip
    from puskesos_desktop.services.printouts import office_info_in

    actor.require(Permission.STATUS_DESK)
    if layout not in SLIP_LAYOUTS:
        raise ValidationError("Ukuran slip: A6 atau 80mm.", "Ukuran")
    officer = actor.full_name
    shown: list[str] = []  # the event the slip tells, as read

    def read(s: Session) -> StatusSlip:
        msg = compose_in(s, number)
        shown.append(msg.event)
        return StatusSlip(
            office=office_info_in(s),
            number=msg.number,
            complaint_number=msg.complaint_number,
            resident_name=msg.resident_name,
            title=msg.title,
            text=msg.text,
            printed_on=clock.today(),
            officer_name=officer,
        )

    printout = build_printout(db, read, lambda d: status_slip(d, layout=layout), kind="slip", number=number)

    def told(_via: str) -> None:
        # Its own transaction (the status desk's informing record), once the slip really left the program.
        record_told(db, actor, number, shown[0], VIA_SLIP)

    return replace(printout, record=told)


def not_told_text_in(s: Session, number: str) -> str:
    """The short text of what a facilitator should tell (for the worklist)."""
    try:
        return compose_in(s, number).sms_text
    except (NotFoundError, ValidationError):
        return ""
