"""The demo's evidence (issue 20): house photos on the open draft proposals (one without a position, to show the
flag), KTP scans on a few open complaints and an SKTM scan with a KK photo on a sent referral — small made-up
pictures, so the panels, the contact sheet and a card printed with its attachments have something to show."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from puskesos_desktop.core.errors import NotFoundError
from puskesos_desktop.core.statuses import ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Complaint, Referral
from puskesos_desktop.devtools import photos
from puskesos_desktop.devtools.demo_common import DemoSummary
from puskesos_desktop.services.people import attachments
from puskesos_desktop.services.registry import musdes

VILLAGE = (-2.6789, 111.6234)  # Arut Selatan, Kotawaringin Barat


def evidence(db: Database, rng: random.Random, summary: DemoSummary, months: list[dt.date]) -> None:
    from puskesos_desktop.services.admin import users

    try:
        actor = users.get_user(db, "fasilitator").actor()
        front = users.get_user(db, "frontoffice").actor()
        back = users.get_user(db, "backoffice").actor()
    except NotFoundError:
        return
    count = 0
    for n, item in enumerate(musdes.agenda(db, None)[:3]):
        owner = attachments.Owner("proposal", item.proposal_id)
        spot = (VILLAGE[0] + rng.uniform(-0.01, 0.01), VILLAGE[1] + rng.uniform(-0.01, 0.01))
        taken = item.proposed_at.replace(microsecond=0)
        for kind in ("foto-depan", "foto-dalam", "foto-toilet"):
            gps = None if (n == 0 and kind == "foto-toilet") else spot  # one flagged: taken with location off
            data = photos.photo(640, 480, taken_at=taken, gps=gps, quality=70)
            attachments.attach_bytes(db, actor, owner, data, f"IMG_{item.proposal_id:04d}_{kind}.jpg", kind)
            count += 1
    with db.read() as s:
        open_ids = list(
            s.scalars(select(Complaint.id).where(Complaint.closed_at.is_(None)).order_by(Complaint.id).limit(3))
        )
        sent = s.scalar(
            select(Referral.id).where(Referral.status == ReferralStatus.DIKIRIM.value).order_by(Referral.id).limit(1)
        )
    for cid in open_ids:
        scan = photos.scan_pdf() + f"%demo {cid}\n".encode()
        attachments.attach_bytes(db, front, attachments.Owner("complaint", cid), scan, f"ktp-{cid}.pdf", "ktp")
        count += 1
    if sent is not None:  # what the destination gets with the card
        owner = attachments.Owner("referral", sent)
        attachments.attach_bytes(db, back, owner, photos.scan_pdf() + b"%demo sktm\n", "sktm-scan0001.pdf", "sktm")
        attachments.attach_bytes(db, back, owner, photos.photo(900, 640, quality=70), "IMG_kk.jpg", "kk")
        count += 2
    summary.extra["attachments"] = count
