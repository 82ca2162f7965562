from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, Float, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column

from puskesos_desktop.core import clock
from puskesos_desktop.core.statuses import AttachmentKind
from puskesos_desktop.db.models.base import Base, in_list

# Exactly one owner: a resident, a complaint, a referral or a proposal. CASE, not boolean arithmetic: PostgreSQL
# cannot add booleans.
_OWNERS = ("resident_id", "complaint_id", "referral_id", "proposal_id")
_ONE_OWNER = " + ".join(f"(CASE WHEN {c} IS NULL THEN 0 ELSE 1 END)" for c in _OWNERS) + " = 1"


class Attachment(Base):
    """A scan or photo kept as evidence on a case (issue 20). The file itself lives in the database, so every
    backup, restore and move of the office carries it; `content` is deferred so lists never load it."""

    __tablename__ = "attachments"
    __table_args__ = (
        CheckConstraint(in_list("kind", AttachmentKind), name="kind"),
        CheckConstraint(_ONE_OWNER, name="one_owner"),
        CheckConstraint("mime IN ('image/jpeg', 'application/pdf')", name="mime"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now, index=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), nullable=True, index=True)
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id"), nullable=True, index=True)
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id"), nullable=True, index=True)
    proposal_id: Mapped[int | None] = mapped_column(ForeignKey("proposals.id"), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(40))
    filename: Mapped[str] = mapped_column(String(255))  # the name it came with (shown, never used as a path)
    mime: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)  # bytes stored
    sha256: Mapped[str] = mapped_column(String(64), index=True)  # of the stored bytes
    source_sha256: Mapped[str] = mapped_column(String(64))  # of the file as it came (finds a second copy)
    width: Mapped[int | None] = mapped_column(Integer, nullable=True)
    height: Mapped[int | None] = mapped_column(Integer, nullable=True)
    taken_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)  # EXIF time of the photo
    gps_lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    gps_lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    actor: Mapped[str] = mapped_column(String(150))
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
