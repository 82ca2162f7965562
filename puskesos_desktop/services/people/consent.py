"""The resident's consent (UU 27/2022, PDP): recorded at registration, kept on the resident with its history.

The office cannot give a service without processing the resident's data, so agreeing to that use is required to
register a complaint; being contacted afterwards is the resident's choice, and so is the way (the same channels
the status desk uses to inform residents). Each registration that asks records one row; the newest row is the
consent in force, older rows are its history. Who recorded it and when is on the row and in the audit trail.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from puskesos_desktop.core import clock, fmt
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import FIELD_LABELS, FormField, NotFoundError, ValidationError, message_id
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import Channel
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Complaint, Resident, ResidentConsent, User
from puskesos_desktop.services import audit
from puskesos_desktop.services.context import Actor

# Field names a ValidationError carries (the form marks the widget of that name).
FIELD_DATA_USE = FIELD_LABELS[FormField.CONSENT_DATA_USE]
FIELD_CONTACT = FIELD_LABELS[FormField.CONTACT_CHANNEL]

# The ways a resident may agree to be contacted: the status desk's channels for informing residents.
CONTACT_CHANNELS: tuple[str, ...] = tuple(c.value for c in Channel)
# These need a phone number on the resident's record.
PHONE_CHANNELS = frozenset({Channel.TELEPON.value, Channel.WHATSAPP.value})

DATA_USE_REQUIRED = message_id(
    "Centang 'Warga setuju datanya dipakai untuk layanan ini'. Puskesos tidak dapat melayani keluhan tanpa "
    "mengolah data warga; bila warga tidak setuju, keluhan tidak dapat didaftarkan."
)


@dataclass(frozen=True)
class ConsentInput:
    data_use: bool
    contact: bool = False
    contact_channel: str = ""  # one of CONTACT_CHANNELS when contact is True


@dataclass(frozen=True)
class ConsentInfo:
    at: dt.datetime
    data_use: bool
    contact: bool
    contact_channel: str
    recorded_by: str  # the officer's full name (or the actor label for the command line)
    complaint_number: str = ""
    complaint_id: int | None = None

    @property
    def summary(self) -> str:
        """One sentence, as the receipt and the resident's data sheet print it."""
        use = "Warga setuju datanya dipakai untuk layanan" if self.data_use else "Warga tidak setuju datanya dipakai"
        if self.contact and self.contact_channel:
            reach = f"bersedia dihubungi melalui {self.contact_channel}"
        else:
            reach = "tidak bersedia dihubungi"
        who = f"dicatat {self.recorded_by}, " if self.recorded_by else "dicatat "
        return f"{use} dan {reach} ({who}{fmt.tanggal_jam(self.at)})."


def check(data: ConsentInput, phone: str) -> ConsentInput:
    """Refuse what cannot be recorded; name the field at fault. `phone` is the resident's number on record."""
    if not data.data_use:
        raise ValidationError(DATA_USE_REQUIRED, FormField.CONSENT_DATA_USE)
    if not data.contact:
        return ConsentInput(True, False, "")
    channel = data.contact_channel.strip()
    if channel not in CONTACT_CHANNELS:
        raise ValidationError(
            "Pilih cara warga bersedia dihubungi: {channels}.",
            FormField.CONTACT_CHANNEL,
            channels=", ".join(CONTACT_CHANNELS),
        )
    if channel in PHONE_CHANNELS and not phone.strip():
        raise ValidationError(
            "Warga bersedia dihubungi melalui {channel}, tetapi nomor teleponnya belum dicatat. Isi nomor telepon "
            "di data warga (Ubah data), atau pilih cara lain.",
            FormField.CONTACT_CHANNEL,
            channel=channel,
        )
    return ConsentInput(True, True, channel)


def record_in(
    s: Session, actor: Actor, resident: Resident, data: ConsentInput, complaint: Complaint | None = None
) -> ResidentConsent:
    """Inside the registration's transaction: check, store one row, audit it (no personal data in the entry)."""
    checked = check(data, resident.phone)
    row = ResidentConsent(
        resident_id=resident.id,
        at=clock.now(),
        data_use=checked.data_use,
        contact=checked.contact,
        contact_channel=checked.contact_channel,
        complaint_id=complaint.id if complaint is not None else None,
        recorded_by_id=actor.user_id,
        actor=actor.label,
    )
    s.add(row)
    s.flush()
    audit.record(
        s,
        actor,
        AuditAction.CONSENT_RECORD,
        "resident",
        resident.id,
        {
            "data_use": checked.data_use,
            "contact": checked.contact,
            "channel": checked.contact_channel,
            "complaint": complaint.number if complaint is not None else None,
        },
    )
    return row


def history_in(s: Session, resident_id: int) -> list[ConsentInfo]:
    """Every consent recorded for the resident, newest (the one in force) first."""
    q = (
        select(ResidentConsent, User.full_name, Complaint.number)
        .outerjoin(User, User.id == ResidentConsent.recorded_by_id)
        .outerjoin(Complaint, Complaint.id == ResidentConsent.complaint_id)
        .where(ResidentConsent.resident_id == resident_id)
        .order_by(ResidentConsent.at.desc(), ResidentConsent.id.desc())
    )
    return [
        ConsentInfo(c.at, c.data_use, c.contact, c.contact_channel, full or c.actor, number or "", c.complaint_id)
        for c, full, number in s.execute(q)
    ]


def history(db: Database, actor: Actor, resident_id: int) -> list[ConsentInfo]:
    actor.require(Permission.READ)
    with db.read() as s:
        if s.get(Resident, resident_id) is None:
            raise NotFoundError("Warga tidak ditemukan.")
        return history_in(s, resident_id)


def latest(db: Database, actor: Actor, resident_id: int) -> ConsentInfo | None:
    """The consent in force (the newest), or None when none was ever recorded."""
    found = history(db, actor, resident_id)
    return found[0] if found else None


def for_complaint_in(s: Session, complaint_id: int, resident_id: int, registered_at: dt.datetime) -> ConsentInfo | None:
    """What the receipt of a complaint states: the consent recorded with it, else the one in force at its
    registration (a consent recorded later does not rewrite an old receipt)."""
    rows = history_in(s, resident_id)
    own = next((r for r in rows if r.complaint_id == complaint_id), None)
    return own or next((r for r in rows if r.at <= registered_at), None)


def receipt_line_in(s: Session, complaint_id: int, resident_id: int, registered_at: dt.datetime) -> str:
    """The receipt's one short line about consent ("" when none was recorded)."""
    info = for_complaint_in(s, complaint_id, resident_id, registered_at)
    if info is None:
        return ""
    reach = f"boleh dihubungi melalui {info.contact_channel}" if info.contact else "tidak ingin dihubungi"
    return f"Persetujuan warga: data dipakai untuk layanan ini; {reach} (dicatat {info.recorded_by})."
