"""The office profile and the office's settings."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, select
from sqlalchemy.orm import Session

from puskesos_desktop.core import clock, regions, validate
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import FormField, PuskesosError, ValidationError, said
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Holiday,
    OfficeProfile,
    OfficeProfileVersion,
    RegistryImport,
    Resident,
    Setting,
    User,
)
from puskesos_desktop.printing.data import OfficeInfo
from puskesos_desktop.services import audit
from puskesos_desktop.services.context import Actor


@dataclass(frozen=True)
class OfficeSettings:
    """The office's settings, typed, with their defaults. Each field is one row of `settings` (key = field name,
    value = JSON text); a row missing or unreadable gives the default."""

    referral_approval_required: bool = True  # referrals leaving the village wait for the coordinator
    idle_lock_minutes: int = 10
    followup_days: int = 14  # referrals with no outcome after this many days are listed for follow-up
    receipt_layout: str = "A5"  # or "80mm" (RECEIPT_FORMS)
    language: str = "id"
    backup_second_folder: str = ""
    import_column_mapping: Mapping[str, Any] = field(default_factory=dict)
    # A registry import stops for a confirmation past these (a damaged or cut file must not wipe the registry):
    import_max_removed_percent: float = 10  # % of the people listed now that the file would mark as no longer listed
    import_max_rejected_percent: float = 5  # % of the file's rows rejected
    # Messages to residents (services/casework/messages.py): their language (the resident's, not the screen's)
    # and the coordinator's edited templates {language: {event: {"sms", "full"}}} over the defaults.
    message_language: str = "id"
    message_templates: Mapping[str, Any] = field(default_factory=dict)
    # Issue 16: registry data older than this many days gives a warning before a certificate (SKT) is printed.
    registry_max_age_days: int = 90


DEFAULT_SETTINGS = OfficeSettings()
SETTING_KEYS = frozenset(f.name for f in fields(OfficeSettings))


def _typed(default: object, value: object) -> object:
    """A stored value as its field's type; anything else (hand-edited, an old format) is the default."""
    if isinstance(default, bool):
        return value if isinstance(value, bool) else default
    if isinstance(value, bool):
        return default
    try:
        if isinstance(default, int):
            return int(value)  # type: ignore[call-overload]
        if isinstance(default, float):
            return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    if isinstance(default, str):
        return value if isinstance(value, str) else default
    return value if isinstance(value, dict) else default


def settings_in(s: Session | Connection) -> OfficeSettings:
    """The settings, read inside an open transaction."""
    query = select(Setting.key, Setting.value).where(Setting.key.in_(SETTING_KEYS))
    stored: dict[str, str] = {key: value for key, value in s.execute(query)}
    values: dict[str, object] = {}
    for f in fields(OfficeSettings):
        if f.name in stored:
            default = getattr(DEFAULT_SETTINGS, f.name)
            try:
                values[f.name] = _typed(default, json.loads(stored[f.name]))
            except ValueError:  # not JSON at all
                values[f.name] = default
    return OfficeSettings(**values)  # type: ignore[arg-type]


def load_settings(db: Database) -> OfficeSettings:
    """The one way to read the settings."""
    with db.read() as s:
        return settings_in(s)


def update_settings(db: Database, actor: Actor, change: Callable[[OfficeSettings], OfficeSettings]) -> OfficeSettings:
    """The one way to change settings: `change` gets the settings as stored now (in the writing transaction, so a
    change made meanwhile on another PC is kept) and returns them changed, e.g. `lambda st: replace(st, x=1)`.
    Each changed field is written and audited with its old and new value."""
    actor.require(Permission.SETTINGS)
    with db.write() as s:
        current = settings_in(s)
        new = change(current)
        if new.receipt_layout not in RECEIPT_FORMS:
            raise ValidationError("Bentuk resi harus A5 atau 80mm.", "Bentuk resi")
        for f in fields(OfficeSettings):
            value = getattr(new, f.name)
            if value == getattr(current, f.name):
                continue
            row = s.get(Setting, f.name)
            old = None if row is None else json.loads(row.value)
            text = json.dumps(value, ensure_ascii=False)
            if row is None:
                s.add(Setting(key=f.name, value=text))
            else:
                row.value = text
            audit.record(s, actor, AuditAction.SETTING_UPDATE, "setting", f.name, {"old": old, "new": value})
        return new


RECEIPT_FORMS = ("A5", "80mm")
PAPER_SIZES = ("A4", "F4")


@dataclass(frozen=True)
class OfficeData:
    village_name: str
    village_code: str
    kecamatan_name: str
    kabupaten_name: str
    province_name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    head_name: str = ""
    head_title: str = "Kepala Desa"
    coordinator_name: str = ""
    paper_size: str = "A4"
    logo_png: bytes | None = None


def get_profile(db: Database) -> OfficeData | None:
    with db.read() as s:
        row = s.get(OfficeProfile, 1)
        if row is None:
            return None
        return OfficeData(**{f.name: getattr(row, f.name) for f in fields(OfficeData)})


PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_LOGO_BYTES = 1_000_000


def clean_profile(data: OfficeData) -> OfficeData:
    """Check every field of the profile (ValidationError naming the field); return the profile to store."""
    try:
        code = regions.village_code_digits(data.village_code)
    except ValueError as exc:
        raise ValidationError(said(exc), FormField.VILLAGE_CODE) from None
    if data.paper_size not in ("A4", "F4"):
        raise ValidationError("Ukuran kertas harus A4 atau F4.", FormField.PAPER)
    logo = data.logo_png
    if logo is not None and (not logo.startswith(PNG_MAGIC) or len(logo) > MAX_LOGO_BYTES):
        raise ValidationError("Logo harus berkas PNG, paling besar 1 MB.", FormField.LOGO)
    kec = regions.kecamatan(code[:6])
    assert kec is not None  # village_code_digits checked it
    return OfficeData(
        village_name=validate.text(data.village_name, FormField.VILLAGE_NAME, required=True, max_len=100),
        village_code=code,
        kecamatan_name=validate.text(data.kecamatan_name, FormField.KECAMATAN, max_len=100) or kec.kecamatan,
        kabupaten_name=validate.text(data.kabupaten_name, FormField.KABUPATEN, max_len=100) or kec.kabupaten,
        province_name=validate.text(data.province_name, FormField.PROVINCE, max_len=100) or kec.province,
        address=validate.text(data.address, FormField.ADDRESS, max_len=300),
        phone=validate.text(data.phone, FormField.PHONE, max_len=30),
        email=validate.text(data.email, FormField.EMAIL, max_len=100),
        head_name=validate.text(data.head_name, FormField.HEAD_NAME, max_len=100),
        head_title=validate.text(data.head_title, FormField.HEAD_TITLE, max_len=50) or "Kepala Desa",
        coordinator_name=validate.text(data.coordinator_name, FormField.COORDINATOR, max_len=100),
        paper_size=data.paper_size,
        logo_png=logo,
    )


def save_profile(db: Database, actor: Actor, data: OfficeData) -> OfficeData:
    actor.require(Permission.SETTINGS)
    profile = clean_profile(data)
    with db.write() as s:
        return save_profile_in(s, actor, profile)


def save_profile_in(s: Session, actor: Actor, profile: OfficeData) -> OfficeData:
    """Inside an open transaction, a profile from clean_profile() (the first start saves it with the first account)."""
    values = {f.name: getattr(profile, f.name) for f in fields(OfficeData)}
    row = s.get(OfficeProfile, 1)
    old = {} if row is None else {k: getattr(row, k) for k in values if k != "logo_png"}
    old_logo = None if row is None else row.logo_png
    if row is None:
        row = OfficeProfile(id=1, **values)
        s.add(row)
    else:
        for k, v in values.items():
            setattr(row, k, v)
    changes = {k: [old.get(k), v] for k, v in values.items() if k != "logo_png" and old.get(k) != v}
    if old_logo != values["logo_png"]:
        # The picture itself stays out of the trail; that it changed is what matters.
        changes["logo_png"] = ["ada" if old_logo else "tidak ada", "baru" if values["logo_png"] else "tidak ada"]
    audit.record(
        s, actor, AuditAction.OFFICE_UPDATE if old else AuditAction.OFFICE_CREATE, "office_profile", 1, changes
    )
    if changes or old_logo != values["logo_png"]:
        # A new version from now on; the earlier ones stay for documents of their own dates.
        s.add(OfficeProfileVersion(valid_from=clock.now(), changed_by=actor.full_name or actor.username, **values))
    return OfficeData(**values)


def info_of(row: OfficeProfile | OfficeProfileVersion) -> OfficeInfo:
    """The letterhead and signatory of a profile version (or of the profile itself)."""
    return OfficeInfo(
        village_name=row.village_name,
        village_code=row.village_code,
        kecamatan=row.kecamatan_name,
        kabupaten=row.kabupaten_name,
        province=row.province_name,
        address=row.address,
        phone=row.phone,
        head_name=row.head_name,
        head_title=row.head_title,
        coordinator_name=row.coordinator_name,
        logo_png=row.logo_png,
        paper="F4" if row.paper_size == "F4" else "A4",
        email=row.email,
    )


def version_id_at(at: Any) -> ColumnElement[Any]:
    """The id of the profile version in force at `at` (a moment, or a column of the statement this goes into): the
    last one valid from then or before; for a document older than every version (made before versions were kept, or
    under a clock set back), the earliest. One expression, so one statement whichever it is."""
    version = OfficeProfileVersion
    in_force = (
        select(version.id)
        .where(version.valid_from <= at)
        .order_by(version.valid_from.desc(), version.id.desc())
        .limit(1)
        .correlate_except(version)
        .scalar_subquery()
    )
    earliest = select(version.id).order_by(version.valid_from, version.id).limit(1).scalar_subquery()
    return func.coalesce(in_force, earliest)


def version_at_in(s: Session, at: dt.datetime) -> OfficeProfileVersion | None:
    """The profile version in force at a moment (version_id_at), or None when no version was kept."""
    return s.execute(
        select(OfficeProfileVersion).where(OfficeProfileVersion.id == version_id_at(at))
    ).scalar_one_or_none()


def office_info_in(s: Session, at: dt.datetime | dt.date | None = None) -> OfficeInfo:
    """The letterhead and signatory for a document: of the document's own date when `at` is given, else today's."""
    if at is not None:
        moment = at if isinstance(at, dt.datetime) else dt.datetime.combine(at, dt.time.max)
        version = version_at_in(s, moment)
        if version is not None:
            return info_of(version)
    row = s.get(OfficeProfile, 1)
    if row is None:
        raise PuskesosError("Profil kantor belum diisi (Pengaturan › Profil kantor): kop surat tidak dapat dibuat.")
    return info_of(row)


@dataclass(frozen=True)
class ProfileVersion:
    valid_from: dt.datetime
    head_name: str
    head_title: str
    coordinator_name: str
    address: str
    paper_size: str
    changed_by: str


def profile_history(db: Database, actor: Actor) -> list[ProfileVersion]:
    """The profile's versions, newest first (Pengaturan › Profil kantor shows who signed when)."""
    actor.require(Permission.SETTINGS)
    with db.read() as s:
        newest_first = (OfficeProfileVersion.valid_from.desc(), OfficeProfileVersion.id.desc())
        rows = s.execute(select(OfficeProfileVersion).order_by(*newest_first)).scalars()
        return [
            ProfileVersion(
                r.valid_from, r.head_name, r.head_title, r.coordinator_name, r.address, r.paper_size, r.changed_by
            )
            for r in rows
        ]


@dataclass(frozen=True)
class FirstSteps:
    """What a new office still has to do before the front desk can answer residents (counts only, no names)."""

    registry_imported: bool  # a DTKS/DTSEN file was imported: search can say who is listed
    residents_registered: bool  # the population register (residents) has someone in it
    staff_accounts: bool  # an account besides the coordinator's

    @property
    def done(self) -> bool:
        return self.registry_imported and self.residents_registered and self.staff_accounts


def first_steps(db: Database) -> FirstSteps:
    with db.read() as s:
        imported = s.execute(select(RegistryImport.id).limit(1)).first() is not None
        people = s.execute(select(Resident.id).limit(1)).first() is not None
        accounts = len(s.execute(select(User.id).limit(2)).all()) > 1
    return FirstSteps(imported, people, accounts)


def holidays(db: Database) -> set[dt.date]:
    with db.read() as s:
        return set(s.execute(select(Holiday.day)).scalars())


def set_holidays(db: Database, actor: Actor, days: dict[dt.date, str]) -> None:
    """Replace the list of holidays (the coordinator keeps it; Indonesian public holidays are offered)."""
    actor.require(Permission.SETTINGS)
    with db.write() as s:
        s.query(Holiday).delete()
        for day, name in sorted(days.items()):
            s.add(Holiday(day=day, name=name[:200]))
        audit.record(s, actor, AuditAction.HOLIDAYS_UPDATE, "holiday", "", {"count": len(days)})


def indonesian_public_holidays(years: list[int]) -> dict[dt.date, str]:
    """Indonesia's public holidays from the `holidays` package, as a starting list for the coordinator."""
    import holidays as hol

    out: dict[dt.date, str] = {}
    for year in years:
        for day, name in hol.country_holidays("ID", years=year, language="id").items():
            out[day] = str(name)
    return out
