from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from puskesos_desktop.core import clock
from puskesos_desktop.db.models.base import NUMBER_16, Base, Timestamps


class Household(Timestamps, Base):
    """A family (keluarga) with its family card (KK). A household without a KK yet has kk NULL."""

    __tablename__ = "households"
    __table_args__ = (CheckConstraint("kk IS NULL OR length(kk) = 16", name="kk_len"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kk: Mapped[str | None] = mapped_column(NUMBER_16, unique=True, nullable=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    rt: Mapped[str] = mapped_column(String(3), default="")
    rw: Mapped[str] = mapped_column(String(3), default="")

    members: Mapped[list[Resident]] = relationship(back_populates="household")


class Resident(Timestamps, Base):
    """A person the office knows. NIK and KK may be missing (people without papers exist): then a reason."""

    __tablename__ = "residents"
    __table_args__ = (
        CheckConstraint("nik IS NULL OR length(nik) = 16", name="nik_len"),
        CheckConstraint("sex IN ('L', 'P')", name="sex"),
        CheckConstraint("nik IS NOT NULL OR no_nik_reason <> ''", name="nik_or_reason"),
        CheckConstraint("life_status IN ('hidup', 'meninggal', 'pindah', 'hilang')", name="life_status"),
        Index("ix_residents_name_key", "name_key"),
        # The duplicate guard looks people up by birth date; the search index checks freshness by updated_at.
        Index("ix_residents_birth_date", "birth_date"),
        Index("ix_residents_updated_at", "updated_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nik: Mapped[str | None] = mapped_column(NUMBER_16, unique=True, nullable=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), nullable=True, index=True)
    no_nik_reason: Mapped[str] = mapped_column(String(200), default="")  # "belum punya NIK/KK", …
    name: Mapped[str] = mapped_column(String(150))
    name_key: Mapped[str] = mapped_column(String(150), default="")  # normalised for search
    sex: Mapped[str] = mapped_column(String(1))
    birth_place: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    family_relation: Mapped[str] = mapped_column(String(50), default="")  # Kepala Keluarga, Istri, Anak…
    address: Mapped[str] = mapped_column(String(300), default="")
    rt: Mapped[str] = mapped_column(String(3), default="")
    rw: Mapped[str] = mapped_column(String(3), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    disability: Mapped[bool] = mapped_column(Boolean, default=False)
    elderly: Mapped[bool] = mapped_column(Boolean, default=False)
    pregnant: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    # A facilitator who registered the person in the field; lists show it.
    facilitator_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("field_visits.id"), nullable=True)
    # Set when the retention rule removed the person's identity (UU 27/2022): the row stays for the counts.
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    # Issue 16: as the village's population register (OpenSID) states it — hidup, meninggal, pindah, hilang — and
    # since when (the data date of the import that first said so).
    life_status: Mapped[str] = mapped_column(String(10), default="hidup", server_default="hidup")
    life_status_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    household: Mapped[Household | None] = relationship(back_populates="members")


class PopulationImport(Base):
    """One import of the village's population register (OpenSID "format impor penduduk" or similar) — issue 16."""

    __tablename__ = "population_imports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now)
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    data_date: Mapped[dt.date] = mapped_column(Date)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    imported: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)


class PopulationRecord(Base):
    """What the population register last said of a person, to tell the office's own edits from the register's:
    a field the office changed is never overwritten; the register's new value waits in ``pending``."""

    __tablename__ = "population_records"
    nik: Mapped[str] = mapped_column(String(16), primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    row_hash: Mapped[str] = mapped_column(String(64))
    imported: Mapped[str] = mapped_column(Text)  # JSON {field: value} as last imported
    pending: Mapped[str] = mapped_column(Text, default="{}")  # JSON {field: [office value, register value]}
    import_id: Mapped[int | None] = mapped_column(ForeignKey("population_imports.id"), nullable=True)


class ResidentRevision(Base):
    """Each edit of a resident: which fields changed from what to what."""

    __tablename__ = "resident_revisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    actor: Mapped[str] = mapped_column(String(150))
    changes: Mapped[str] = mapped_column(Text)  # JSON {field: [old, new]}


class ResidentConsent(Base):
    """What the resident agreed to when registering (UU 27/2022): that their data is used for the service, and
    whether and how they may be contacted. The newest row is the consent in force; older rows are its history."""

    __tablename__ = "resident_consents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now)
    data_use: Mapped[bool] = mapped_column(Boolean, default=False)
    contact: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_channel: Mapped[str] = mapped_column(String(30), default="")  # Telepon, WhatsApp, … ("" without)
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id"), nullable=True, index=True)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    actor: Mapped[str] = mapped_column(String(150))
