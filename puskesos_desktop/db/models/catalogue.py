from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from puskesos_desktop.core.statuses import Field
from puskesos_desktop.db.models.base import Base, Timestamps, in_list

LEVELS = ("Pusat", "Provinsi", "Kabupaten/Kota", "Desa", "Swasta")


class Programme(Timestamps, Base):
    """A social-protection programme (PKH, BPNT…): catalogue entry and registry membership column."""

    __tablename__ = "programmes"
    __table_args__ = (
        CheckConstraint(in_list("level", LEVELS), name="level"),
        CheckConstraint("desil_max IS NULL OR (desil_max BETWEEN 1 AND 10)", name="desil_max"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)  # PKH, BPNT, PBI, PIP…
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20))
    organiser: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    criteria: Mapped[str] = mapped_column(Text, default="")
    documents: Mapped[str] = mapped_column(Text, default="")  # one per line
    in_registry: Mapped[bool] = mapped_column(Boolean, default=True)  # a column of the DTKS extract
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Highest desil the programme takes (desil 1..desil_max), where it has such a ceiling; where it was published.
    desil_max: Mapped[int | None] = mapped_column(Integer, nullable=True)
    desil_source: Mapped[str] = mapped_column(String(300), default="")
    desil_source_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class Partner(Timestamps, Base):
    """A referral destination or village partner (Puskesmas, BAZNAS, CSR…)."""

    __tablename__ = "partners"
    __table_args__ = (CheckConstraint("field IS NULL OR " + in_list("field", Field), name="field"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(60))  # Puskesmas, Rumah Sakit, Dinas, Sekolah, Zakat, CSR…
    field: Mapped[str | None] = mapped_column(String(20), nullable=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    contact_person: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # A referral to a partner outside the village needs the coordinator's approval.
    in_village: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Service(Timestamps, Base):
    """A service the office handles or refers to, with its documents and target days."""

    __tablename__ = "services"
    __table_args__ = (
        CheckConstraint(in_list("field", Field), name="field"),
        CheckConstraint("target_days >= 0", name="target_days"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    field: Mapped[str] = mapped_column(String(20), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    target_days: Mapped[int] = mapped_column(Integer, default=5)  # working days
    default_partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"), nullable=True)
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programmes.id"), nullable=True)
    # Information requests the front office answers on the spot.
    answered_at_desk: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    requirements: Mapped[list[ServiceRequirement]] = relationship(
        order_by="ServiceRequirement.position", cascade="all, delete-orphan"
    )
    default_partner: Mapped[Partner | None] = relationship()


class ServiceRequirement(Base):
    __tablename__ = "service_requirements"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(300))
