from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from puskesos_desktop.core import clock
from puskesos_desktop.core.statuses import Channel, ComplaintStatus, Field, ReferralStatus, Urgency
from puskesos_desktop.db.models.base import Base, Timestamps, in_list
from puskesos_desktop.db.models.catalogue import Partner, Service
from puskesos_desktop.db.models.people import Resident


class FieldVisit(Timestamps, Base):
    """A facilitator's visit in the field; residents and complaints registered there point to it."""

    __tablename__ = "field_visits"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    facilitator_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    visit_date: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200))
    households_seen: Mapped[str] = mapped_column(Text, default="")  # KK numbers or names, one per line
    notes: Mapped[str] = mapped_column(Text, default="")


class Complaint(Timestamps, Base):
    """A complaint or need (keluhan) registered at the front office or by a facilitator."""

    __tablename__ = "complaints"
    __table_args__ = (
        CheckConstraint(in_list("status", ComplaintStatus), name="status"),
        CheckConstraint(in_list("channel", Channel), name="channel"),
        CheckConstraint(in_list("field", Field), name="field"),
        CheckConstraint(in_list("urgency", Urgency), name="urgency"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)  # RESI/…
    registered_at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now, index=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    facilitator_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True, index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("field_visits.id"), nullable=True)
    visit_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    field: Mapped[str] = mapped_column(String(20), index=True)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("services.id"), nullable=True)
    description: Mapped[str] = mapped_column(Text)
    urgency: Mapped[str] = mapped_column(String(10), default=Urgency.BIASA.value)
    status: Mapped[str] = mapped_column(String(30), index=True)
    answer: Mapped[str] = mapped_column(Text, default="")  # the certainty given to the resident
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    registered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    informed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    informed_channel: Mapped[str] = mapped_column(String(30), default="")
    informed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    resident: Mapped[Resident] = relationship()
    service: Mapped[Service | None] = relationship()
    documents: Mapped[list[ComplaintDocument]] = relationship(
        order_by="ComplaintDocument.position", cascade="all, delete-orphan"
    )
    referrals: Mapped[list[Referral]] = relationship(back_populates="complaint", order_by="Referral.id")
    events: Mapped[list[ComplaintEvent]] = relationship(order_by="ComplaintEvent.id")


class ComplaintDocument(Base):
    """One line of the documents checklist: a requirement of the service, brought or not."""

    __tablename__ = "complaint_documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    received: Mapped[bool] = mapped_column(Boolean, default=False)
    received_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class ComplaintEvent(Base):
    """The complaint's timeline: status changes, answers, notes, prints, informing the resident."""

    __tablename__ = "complaint_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    actor: Mapped[str] = mapped_column(String(150))
    kind: Mapped[str] = mapped_column(String(30))  # status, answer, note, informed, document, handled, print…
    from_status: Mapped[str | None] = mapped_column(String(30), nullable=True)
    to_status: Mapped[str | None] = mapped_column(String(30), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class VillageHandling(Base):
    """What the village itself gave: a village programme or partner, and what."""

    __tablename__ = "village_handlings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now)
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programmes.id"), nullable=True)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"), nullable=True)
    given: Mapped[str] = mapped_column(Text)
    amount_rupiah: Mapped[int | None] = mapped_column(Integer, nullable=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class Referral(Timestamps, Base):
    """A referral (rujukan) of a complaint to a service or destination outside the village's own means."""

    __tablename__ = "referrals"
    __table_args__ = (
        CheckConstraint(in_list("status", ReferralStatus), name="status"),
        CheckConstraint(in_list("field", Field), name="field"),
        CheckConstraint("status <> 'Ditolak' OR outcome_note <> ''", name="rejection_reason"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)  # RJK/…
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    referred_at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now, index=True)
    field: Mapped[str] = mapped_column(String(20), index=True)
    service_id: Mapped[int | None] = mapped_column(ForeignKey("services.id"), nullable=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"))
    reason: Mapped[str] = mapped_column(Text)
    documents: Mapped[str] = mapped_column(Text, default="")  # attached, one per line
    status: Mapped[str] = mapped_column(String(30), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    outcome_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    outcome_source: Mapped[str] = mapped_column(String(60), default="")
    informed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    informed_channel: Mapped[str] = mapped_column(String(30), default="")
    informed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")

    complaint: Mapped[Complaint] = relationship(back_populates="referrals")
    service: Mapped[Service | None] = relationship()
    partner: Mapped[Partner] = relationship()
    events: Mapped[list[ReferralEvent]] = relationship(order_by="ReferralEvent.id")


class ReferralEvent(Base):
    __tablename__ = "referral_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    actor: Mapped[str] = mapped_column(String(150))
    kind: Mapped[str] = mapped_column(String(30))
    from_status: Mapped[str | None] = mapped_column(String(30), nullable=True)
    to_status: Mapped[str | None] = mapped_column(String(30), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
