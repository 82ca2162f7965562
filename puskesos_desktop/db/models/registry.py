from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from puskesos_desktop.core import clock
from puskesos_desktop.core.statuses import CekBansosKind, CekBansosOutcome, LetterKind, ProposalKind, ProposalStatus
from puskesos_desktop.db.models.base import NUMBER_16, Base, Timestamps, in_list
from puskesos_desktop.db.models.people import Household, Resident


class RegistryImport(Base):
    """One import of the district's DTKS/DTSEN extract."""

    __tablename__ = "registry_imports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now)
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    extract_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    imported: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    warnings: Mapped[int] = mapped_column(Integer, default=0)
    removed: Mapped[int] = mapped_column(Integer, default=0)


class RegistryRecord(Base):
    """A person as the registry extract lists them. Linked to residents by NIK."""

    __tablename__ = "registry_records"
    __table_args__ = (
        CheckConstraint("length(nik) = 16", name="nik_len"),
        CheckConstraint("desil IS NULL OR (desil BETWEEN 1 AND 10)", name="desil"),
        Index("ix_registry_records_name_key", "name_key"),
        Index("ix_registry_records_birth_date", "birth_date"),
        Index("ix_registry_records_updated_at", "updated_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nik: Mapped[str] = mapped_column(NUMBER_16, unique=True)
    kk: Mapped[str] = mapped_column(NUMBER_16, default="", index=True)
    name: Mapped[str] = mapped_column(String(150))
    name_key: Mapped[str] = mapped_column(String(150), default="")
    sex: Mapped[str] = mapped_column(String(1), default="")
    birth_place: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    rt: Mapped[str] = mapped_column(String(3), default="")
    rw: Mapped[str] = mapped_column(String(3), default="")
    registry_id: Mapped[str] = mapped_column(String(60), default="")  # ID DTKS / ID DTSEN
    desil: Mapped[int | None] = mapped_column(Integer, nullable=True)
    region_code: Mapped[str] = mapped_column(String(20), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # False: no longer in the latest extract
    row_hash: Mapped[str] = mapped_column(String(64), default="")  # to tell unchanged rows on re-import
    import_id: Mapped[int | None] = mapped_column(ForeignKey("registry_imports.id"), nullable=True)
    extract_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    first_seen_at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now, onupdate=clock.now)

    programmes: Mapped[list[RegistryProgramme]] = relationship(cascade="all, delete-orphan")


class RegistryProgramme(Base):
    """Membership of a programme (PKH, BPNT…) as the registry states it."""

    __tablename__ = "registry_programmes"
    record_id: Mapped[int] = mapped_column(ForeignKey("registry_records.id", ondelete="CASCADE"), primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"), primary_key=True, index=True)


class MusdesSession(Timestamps, Base):
    """A village deliberation (Musyawarah Desa) that decides on DTKS proposals."""

    __tablename__ = "musdes_sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), default="")  # BA/…: the minutes' number (berita acara)
    held_on: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200))
    attendees: Mapped[int] = mapped_column(Integer, default=0)
    chair: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class Proposal(Timestamps, Base):
    """A DTKS proposal (usulan): add, update or remove a household in the registry."""

    __tablename__ = "proposals"
    __table_args__ = (
        CheckConstraint(in_list("status", ProposalStatus), name="status"),
        CheckConstraint(in_list("kind", ProposalKind), name="kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)  # USL/…
    proposed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now, index=True)
    kind: Mapped[str] = mapped_column(String(10))
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), nullable=True, index=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)  # the applicant
    status: Mapped[str] = mapped_column(String(30), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    musdes_id: Mapped[int | None] = mapped_column(ForeignKey("musdes_sessions.id"), nullable=True)
    outcome_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    household: Mapped[Household | None] = relationship()
    resident: Mapped[Resident] = relationship()
    members: Mapped[list[ProposalMember]] = relationship(cascade="all, delete-orphan")
    musdes: Mapped[MusdesSession | None] = relationship()
    events: Mapped[list[ProposalEvent]] = relationship(order_by="ProposalEvent.id")


class ProposalMember(Base):
    __tablename__ = "proposal_members"
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposals.id", ondelete="CASCADE"), primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), primary_key=True)


class ProposalEvent(Base):
    __tablename__ = "proposal_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposals.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    actor: Mapped[str] = mapped_column(String(150))
    kind: Mapped[str] = mapped_column(String(30))
    from_status: Mapped[str | None] = mapped_column(String(30), nullable=True)
    to_status: Mapped[str | None] = mapped_column(String(30), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class Letter(Base):
    """A numbered letter: recommendation to Dukcapil (REK) or registry certificate (SKT)."""

    __tablename__ = "letters"
    __table_args__ = (CheckConstraint(in_list("kind", LetterKind), name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now, index=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id"), nullable=True)
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON snapshot of what the letter states
    signatory: Mapped[str] = mapped_column(String(100), default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    print_count: Mapped[int] = mapped_column(Integer, default=0)

    resident: Mapped[Resident] = relationship()


class ExportBatch(Base):
    """A monthly batch carried to the district; re-exporting a month makes the next number."""

    __tablename__ = "export_batches"
    __table_args__ = (UniqueConstraint("month", "seq", name="uq_export_batches_month_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)  # YYYY-MM
    seq: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    actor: Mapped[str] = mapped_column(String(150))
    counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    audit_hash: Mapped[str] = mapped_column(String(64), default="")
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False)


class DesilImport(Base):
    """One import of the SIKS-NG desil workbook (No KK, NIK, Desil) — issue 16."""

    __tablename__ = "desil_imports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now)
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    data_date: Mapped[dt.date] = mapped_column(Date)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    matched: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unmatched: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)


class FamilyDesil(Base):
    """A family's (No. KK) desil as BPS ranked it, with the date of that data; older values in the history."""

    __tablename__ = "family_desil"
    __table_args__ = (
        CheckConstraint("length(kk) = 16", name="kk_len"),
        CheckConstraint("desil BETWEEN 1 AND 10", name="desil"),
    )
    kk: Mapped[str] = mapped_column(String(16), primary_key=True)
    desil: Mapped[int] = mapped_column(Integer)
    data_date: Mapped[dt.date] = mapped_column(Date)
    import_id: Mapped[int | None] = mapped_column(ForeignKey("desil_imports.id"), nullable=True)


class FamilyDesilHistory(Base):
    """A desil a family had before a later import replaced it."""

    __tablename__ = "family_desil_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kk: Mapped[str] = mapped_column(String(16), index=True)
    desil: Mapped[int] = mapped_column(Integer)
    data_date: Mapped[dt.date] = mapped_column(Date)
    import_id: Mapped[int | None] = mapped_column(ForeignKey("desil_imports.id"), nullable=True)
    replaced_at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now)
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("desil_imports.id"), nullable=True)


class CekBansosFiling(Timestamps, Base):
    """An usul or sanggah the office filed in the Cek Bansos app for a resident whose own attempt failed (issue 16
    §8): the family a sanggah concerns, the app's reference, the 14-day deadline and the outcome."""

    __tablename__ = "cek_bansos_filings"
    __table_args__ = (
        CheckConstraint(in_list("kind", CekBansosKind), name="kind"),
        CheckConstraint(in_list("outcome", CekBansosOutcome), name="outcome"),
        CheckConstraint("family_kk IS NULL OR length(family_kk) = 16", name="family_kk_len"),
        Index("ix_cek_bansos_filings_waiting", "outcome", "deadline"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)  # filed on whose behalf
    kind: Mapped[str] = mapped_column(String(10))
    filed_on: Mapped[dt.date] = mapped_column(Date, index=True)
    family_kk: Mapped[str | None] = mapped_column(NUMBER_16, nullable=True)  # the family a sanggah concerns
    reference: Mapped[str] = mapped_column(String(100), default="")  # the app's own number, when it gave one
    deadline: Mapped[dt.date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(10), default=CekBansosOutcome.MENUNGGU.value)
    outcome_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
