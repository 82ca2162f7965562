from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from puskesos_desktop.core import clock
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.db.models.base import Base, Timestamps, in_list


class OfficeProfile(Timestamps, Base):
    """The one office this database belongs to (always id 1)."""

    __tablename__ = "office_profile"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("paper_size IN ('A4', 'F4')", name="paper"),
        CheckConstraint("length(village_code) = 10", name="village_code_len"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    village_name: Mapped[str] = mapped_column(String(100))
    village_code: Mapped[str] = mapped_column(String(10))  # 10 digits, Kemendagri
    kecamatan_name: Mapped[str] = mapped_column(String(100))
    kabupaten_name: Mapped[str] = mapped_column(String(100))
    province_name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(100), default="")
    head_name: Mapped[str] = mapped_column(String(100), default="")  # Kepala Desa / Lurah
    head_title: Mapped[str] = mapped_column(String(50), default="Kepala Desa")
    coordinator_name: Mapped[str] = mapped_column(String(100), default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    paper_size: Mapped[str] = mapped_column(String(2), default="A4")


class OfficeProfileVersion(Base):
    """The profile as it was from `valid_from` on: a document reprinted later shows the head, letterhead and paper
    of its own date, not today's (a new village head after an election must not sign last year's letters)."""

    __tablename__ = "office_profile_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    valid_from: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    village_name: Mapped[str] = mapped_column(String(100))
    village_code: Mapped[str] = mapped_column(String(10))
    kecamatan_name: Mapped[str] = mapped_column(String(100))
    kabupaten_name: Mapped[str] = mapped_column(String(100))
    province_name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(100), default="")
    head_name: Mapped[str] = mapped_column(String(100), default="")
    head_title: Mapped[str] = mapped_column(String(50), default="Kepala Desa")
    coordinator_name: Mapped[str] = mapped_column(String(100), default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    paper_size: Mapped[str] = mapped_column(String(2), default="A4")
    changed_by: Mapped[str] = mapped_column(String(100), default="")


class Setting(Base):
    """Key/value settings (approval gate, idle lock minutes, receipt layout, language…)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Holiday(Base):
    """Public holidays the coordinator lists: not working days for target dates."""

    __tablename__ = "holidays"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class User(Timestamps, Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint(in_list("role", Role), name="role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    full_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(30))
    password_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str] = mapped_column(String(30), default="")
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class NumberSeries(Base):
    """Last serial handed out per document prefix and month: numbers are sequential and never reused."""

    __tablename__ = "number_series"
    prefix: Mapped[str] = mapped_column(String(10), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_serial: Mapped[int] = mapped_column(Integer, default=0)


class AuditEntry(Base):
    """Append-only, hash-chained record of who did what and when."""

    __tablename__ = "audit_entries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    actor: Mapped[str] = mapped_column(String(150))  # username, or "cli:<os account>"
    action: Mapped[str] = mapped_column(String(60), index=True)
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(60), default="")
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))  # over every other field, id and user_id included


class AuditAnchor(Base):
    """A point of the audit chain that a copy outside the trail vouches for: a batch, a backup, a printed report.

    `audit verify` checks that the chain still holds entry `entry_id` with this hash (an edit, a rewrite or a
    trimmed tail before it is found). An anchor is only as safe as the copy it names: see docs/SECURITY.md.
    """

    __tablename__ = "audit_anchors"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # batch | backup | report
    label: Mapped[str] = mapped_column(String(200))  # "batch 2026-11 #01", "cadangan kantor-….sqlite3"
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now)
    entry_id: Mapped[int] = mapped_column(Integer, index=True)  # = the number of entries up to it (ids run 1…N)
    hash: Mapped[str] = mapped_column(String(64))


class SignInFailure(Base):
    """Failed sign-ins per typed user name that has no account, so that the lockout looks the same for every name."""

    __tablename__ = "sign_in_failures"
    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    last_at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now)
