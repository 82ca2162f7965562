"""What the resident's data sheet holds (issue 14's access print), apart from its layout: plain data, no reportlab,
so that the services can build it without importing the PDF library (issue 21)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from puskesos_desktop.printing.data import OfficeInfo


@dataclass(frozen=True)
class Fields:
    """'Label : value' lines under an optional sub-heading."""

    rows: tuple[tuple[str, str], ...]
    heading: str = ""


@dataclass(frozen=True)
class Grid:
    """A ruled table; `widths` are fractions of the text width (they add up to 1)."""

    head: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    heading: str = ""


@dataclass(frozen=True)
class Section:
    title: str
    parts: tuple[Fields | Grid, ...] = ()
    note: str = ""  # a sentence under the title (what the section holds, where it comes from)
    empty: str = "Tidak ada catatan."


@dataclass(frozen=True)
class ResidentDataSheet:
    office: OfficeInfo
    resident_name: str
    reference: str  # the office's record number of the resident ("Warga #123")
    printed_at: dt.datetime
    officer_name: str
    sections: tuple[Section, ...]
