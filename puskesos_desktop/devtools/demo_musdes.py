"""The demo village's deliberation stage: a Musdes in the month before last, then that month's batch."""

from __future__ import annotations

import datetime as dt
import random

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import NotFoundError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.devtools.demo_common import DemoSummary
from puskesos_desktop.services.registry import musdes


def demo_stage(db: Database, rng: random.Random, summary: DemoSummary, months: list[dt.date]) -> None:
    """One deliberation in the month before last (most ready drafts agreed, a few rejected), then that month's
    batch written beside the demo database. Deterministic for a seed: every choice comes from ``rng``."""
    from puskesos_desktop.services import office
    from puskesos_desktop.services.admin import users
    from puskesos_desktop.services.context import SYSTEM
    from puskesos_desktop.services.exchange import batch as exchange

    if not months:
        return
    month = months[-2] if len(months) >= 2 else months[-1]
    day = musdes.next_weekday(month + dt.timedelta(days=14))
    try:
        actor = users.get_user(db, "koordinator").actor()
    except NotFoundError:
        actor = SYSTEM
    ready = [i for i in musdes.agenda(db, None) if i.proposed_at.date() <= day]
    if not ready:
        return
    reasons = [
        "Sudah menerima bantuan lain dari desa.",
        "Kondisi ekonomi keluarga dinilai mampu.",
        "Data alamat belum sesuai KK; diusulkan lagi setelah diperbaiki.",
    ]
    decisions = []
    for item in ready:
        agreed = rng.random() < 0.8
        decisions.append(musdes.Decision(item.proposal_id, agreed, "" if agreed else rng.choice(reasons)))
    profile = office.get_profile(db)
    data = musdes.SessionInput(
        held_on=day,
        place=f"Balai Desa {profile.village_name}" if profile else "Balai Desa",
        attendees=rng.randint(25, 60),
        chair=(profile.head_name if profile else "") or "Kepala Desa",
        decisions=tuple(decisions),
        notes="Musyawarah pemutakhiran data DTKS/DTSEN semester ini.",
    )
    real_today = clock.today()
    with clock.frozen_at(dt.datetime.combine(day, dt.time(13, 0))):
        info = musdes.record_session(db, actor, data)
    summary.extra["musdes_agreed"] = info.agreed
    summary.extra["musdes_rejected"] = info.rejected
    export_day = musdes.next_weekday((month + dt.timedelta(days=32)).replace(day=1))
    export_at = dt.datetime.combine(export_day, dt.time(10, 0))
    if db.path is not None and export_at.date() <= real_today:
        folder = db.path.parent / "ekspor-demo"
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("PUSKESOS_*.xlsx*"):
            old.unlink()  # a previous demo's batch: this demo numbers its batches afresh
        with clock.frozen_at(export_at):
            exchange.export_month(db, actor, month, folder)
        summary.extra["batches"] = 1
