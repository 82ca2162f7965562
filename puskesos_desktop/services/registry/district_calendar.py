"""The district's calendar for updating DTSEN (issue 16 §7): the days of the month for the special village
deliberation (Musdesus), the operator's input window in SIKS-NG and the PBI-JK window, and whether the cycle runs
monthly or quarterly. Districts differ (one: Musdesus 1–14, SIKS-NG 1–11; PBI 1–7 or 1–11), so the coordinator sets
them in Pengaturan › Kalender DTSEN. The front office and the monthly report show the next dates; within
``reminder_days`` of a window closing the front office reminds how many proposals are still Draf.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from puskesos_desktop.core import clock, fmt
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import FormField, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import ProposalStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Proposal, Setting
from puskesos_desktop.services import audit, privacy
from puskesos_desktop.services.context import Actor

SETTING = "district_calendar"
CADENCES = ("bulanan", "triwulanan")  # triwulanan: the windows open in January, April, July and October
WINDOWS = ("musdesus", "siks_ng", "pbi")
LABELS = {"musdesus": "Musdesus", "siks_ng": "Input SIKS-NG", "pbi": "Usulan PBI-JK"}
FIELDS = {"musdesus": FormField.MUSDESUS_WINDOW, "siks_ng": FormField.SIKS_NG_WINDOW, "pbi": FormField.PBI_WINDOW}
DEFAULT: dict[str, Any] = {"musdesus": [1, 14], "siks_ng": [1, 11], "pbi": [1, 11], "cadence": "bulanan",
                           "reminder_days": 3}  # fmt: skip


@dataclass(frozen=True)
class DistrictCalendar:
    musdesus: tuple[int, int]  # first and last day of the month (a day past the month's end means its last day)
    siks_ng: tuple[int, int]
    pbi: tuple[int, int]
    cadence: str = "bulanan"
    reminder_days: int = 3

    def window(self, key: str) -> tuple[int, int]:
        value: tuple[int, int] = getattr(self, key)
        return value

    def as_json(self) -> dict[str, Any]:
        return {"musdesus": list(self.musdesus), "siks_ng": list(self.siks_ng), "pbi": list(self.pbi),
                "cadence": self.cadence, "reminder_days": self.reminder_days}  # fmt: skip


@dataclass(frozen=True)
class Occurrence:
    key: str
    label: str
    start: dt.date
    end: dt.date

    @property
    def text(self) -> str:
        """ "Input SIKS-NG 1–11 Desember 2026"."""
        if self.start.month == self.end.month:
            return f"{self.label} {self.start.day}–{fmt.tanggal(self.end)}"
        return f"{self.label} {fmt.tanggal(self.start)}–{fmt.tanggal(self.end)}"


def _from_json(value: dict[str, Any]) -> DistrictCalendar:
    merged = {**DEFAULT, **value}

    def pair(key: str) -> tuple[int, int]:
        first, last = merged[key]
        return int(first), int(last)

    return DistrictCalendar(pair("musdesus"), pair("siks_ng"), pair("pbi"), str(merged["cadence"]),
                            int(merged["reminder_days"]))  # fmt: skip


def calendar_in(s: Session) -> DistrictCalendar:
    raw = s.execute(select(Setting.value).where(Setting.key == SETTING)).scalar()
    return _from_json(json.loads(raw) if raw else {})


def get_calendar(db: Database) -> DistrictCalendar:
    with db.read() as s:
        return calendar_in(s)


def _check(cal: DistrictCalendar) -> None:
    for key in WINDOWS:
        first, last = cal.window(key)
        if not (1 <= first <= 31 and 1 <= last <= 31):
            raise ValidationError("Tanggal jendela harus 1 sampai 31.", FIELDS[key])
        if first > last:
            raise ValidationError("Tanggal awal tidak boleh sesudah tanggal akhir.", FIELDS[key])
    if cal.cadence not in CADENCES:
        raise ValidationError("Siklus harus bulanan atau triwulanan.", FormField.CADENCE)
    if not 0 <= cal.reminder_days <= 30:
        raise ValidationError("Pengingat 0 sampai 30 hari sebelum jendela ditutup.", FormField.REMINDER_DAYS)


def set_calendar(db: Database, actor: Actor, cal: DistrictCalendar) -> DistrictCalendar:
    """The coordinator sets the district's calendar (audited like every setting)."""
    actor.require(Permission.SETTINGS)
    _check(cal)
    with db.write() as s:
        row = s.get(Setting, SETTING)
        old = json.loads(row.value) if row is not None else None
        text = json.dumps(cal.as_json())
        if row is None:
            s.add(Setting(key=SETTING, value=text))
        else:
            row.value = text
        if old != cal.as_json():
            audit.record(s, actor, AuditAction.SETTING_UPDATE, "setting", SETTING, {"old": old, "new": cal.as_json()})
    return cal


def _in_cycle(cal: DistrictCalendar, year: int, month: int) -> bool:
    return cal.cadence == "bulanan" or month % 3 == 1


def _dates(year: int, month: int, window: tuple[int, int]) -> tuple[dt.date, dt.date]:
    last_day = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(window[0], last_day)), dt.date(year, month, min(window[1], last_day))


def next_occurrences(cal: DistrictCalendar, today: dt.date) -> list[Occurrence]:
    """Each window's current occurrence (open today) or the next one, soonest first (then Musdesus, SIKS-NG, PBI)."""
    out: list[Occurrence] = []
    for key in WINDOWS:
        year, month = today.year, today.month
        for _ in range(13):
            if _in_cycle(cal, year, month):
                start, end = _dates(year, month, cal.window(key))
                if end >= today:
                    out.append(Occurrence(key, LABELS[key], start, end))
                    break
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return sorted(out, key=lambda o: (o.start, WINDOWS.index(o.key)))


@dataclass(frozen=True)
class CalendarLine:
    """What the front office shows: the next dates, and a reminder when a window closes within the setting's days."""

    upcoming: tuple[Occurrence, ...]
    closing: tuple[Occurrence, ...]  # open now and closing within reminder_days
    drafts: int  # proposals still Draf

    @property
    def text(self) -> str:
        return "Jadwal DTSEN: " + "; ".join(o.text for o in self.upcoming)

    @property
    def reminder(self) -> str:
        """ "Input SIKS-NG ditutup 11 Desember 2026 (2 hari lagi): 5 usulan masih Draf."; empty when none."""
        if not self.closing:
            return ""
        today = clock.today()
        parts = []
        for o in self.closing:
            left = (o.end - today).days
            when = "hari ini" if left == 0 else f"{left} hari lagi"
            parts.append(f"{o.label} ditutup {fmt.tanggal(o.end)} ({when})")
        return "; ".join(parts) + f": {self.drafts} usulan masih Draf."


def line_in(s: Session, today: dt.date) -> CalendarLine:
    cal = calendar_in(s)
    upcoming = next_occurrences(cal, today)
    closing = tuple(o for o in upcoming if o.start <= today <= o.end and (o.end - today).days <= cal.reminder_days)
    drafts = 0
    if closing:
        drafts = int(s.execute(select(func.count()).where(Proposal.status == ProposalStatus.DRAF.value)).scalar_one())
    return CalendarLine(tuple(upcoming), closing, drafts)


@privacy.shielded
def calendar_line(db: Database, actor: Actor | None) -> CalendarLine:
    """The next dates and today's reminder, for the front office."""
    with db.read() as s:
        return line_in(s, clock.today())
