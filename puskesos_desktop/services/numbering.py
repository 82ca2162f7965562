"""Document numbers: <PREFIX>/<village code, 10 digits>/<YYYY>/<MM>/<serial>, sequential per month, never reused."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from puskesos_desktop.db.models import NumberSeries, OfficeProfile


class Prefix(StrEnum):
    RESI = "RESI"  # receipt (surat resi keluhan)
    RJK = "RJK"  # referral (kartu rujukan)
    USL = "USL"  # DTKS proposal (usulan)
    REK = "REK"  # recommendation letter to Dukcapil
    SKT = "SKT"  # registry certificate
    BA = "BA"  # minutes of a village deliberation (berita acara Musyawarah Desa)


def format_number(prefix: str, village_code: str, when: dt.date | dt.datetime, serial: int) -> str:
    return f"{prefix}/{village_code}/{when.year:04d}/{when.month:02d}/{serial:04d}"


def next_number(session: Session, prefix: Prefix | str, when: dt.date | dt.datetime) -> str:
    """Take the next serial inside the caller's transaction. A number taken is never given again,
    even when the record it was for is later cancelled."""
    code = session.execute(select(OfficeProfile.village_code).where(OfficeProfile.id == 1)).scalar()
    if code is None:
        from puskesos_desktop.core.errors import PuskesosError

        raise PuskesosError("Profil kantor belum diisi: kode desa diperlukan untuk penomoran dokumen.")
    series = session.get(NumberSeries, (str(prefix), when.year, when.month))
    if series is None:
        series = NumberSeries(prefix=str(prefix), year=when.year, month=when.month, last_serial=0)
        session.add(series)
    series.last_serial += 1
    session.flush()
    return format_number(str(prefix), code, when, series.last_serial)
