"""A printed document in two steps: build it (read, then render outside any transaction), and record it as
printed only once it was really handed out.

Why two steps: the window prints in the background and the person may cancel the print dialog, or the printer may
fail. A receipt recorded as printed at build time would make its next print a SALINAN although no original ever
left the office. So the window builds a ``Printout`` (PDF bytes plus a way to record it) and calls
``Printout.record(via)`` only after the print job finished, or after the PDF was saved to a file or handed to
the system's PDF viewer (from there it can be printed or sent: it left the program, so it counts as handed out).

Why render outside the transaction: reportlab takes tens to hundreds of milliseconds; inside ``db.write()`` that
would hold SQLite's write lock for every other desk meanwhile.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy.orm import Session

from puskesos_desktop.core import clock, fmt
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Resident
from puskesos_desktop.printing.data import Person
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.office import office_info_in as office_info_in  # the versioned letterhead

D = TypeVar("D")

#: How a document left the program (stored in the audit entry's details as "via").
VIA_PRINTER = "printer"
VIA_FILE = "file"
VIA_VIEWER = "viewer"


def _nothing(via: str) -> None:
    """Documents whose printing is not recorded (a report, a Musdes agenda)."""


@dataclass(frozen=True)
class Printout:
    """A document built and not yet recorded as printed. Plain data: safe to hand to a worker thread."""

    pdf: bytes
    kind: str = ""
    number: str = ""
    copy: bool = False  # the PDF says SALINAN
    record: Callable[[str], None] = field(default=_nothing, repr=False, compare=False)

    def recorded(self, via: str) -> bytes:
        """Record it as handed out (``via``), then the bytes: for callers that hand it out at once (the CLI)."""
        self.record(via)
        return self.pdf


def build(
    db: Database,
    read: Callable[[Session], D],
    render: Callable[[D], bytes],
    record: Callable[[Session, D, str], None] | None = None,
    *,
    kind: str = "",
    number: str = "",
    copy: bool | Callable[[D], bool] = False,
) -> Printout:
    """Read in a short read transaction, render outside it, and return the document with its recorder:
    ``record(session, data, via)`` runs in one write transaction when the document was handed out. ``copy`` may
    be decided from what was read (a receipt already handed out is printed as SALINAN)."""
    with db.read(autocommit=True) as s:  # a few short queries: on a server, no ROLLBACK to wait for
        data = read(s)
    pdf = render(data)  # no transaction open: reportlab's time holds no lock

    def record_it(via: str) -> None:
        if record is None or db.read_only:
            return  # read-only media: printed, not recorded (the next print is an original again)
        with db.write() as s:
            record(s, data, via)

    marked = copy(data) if callable(copy) else copy
    return Printout(pdf=pdf, kind=kind, number=number, copy=marked, record=record_it)


# --- what every printed document shares ------------------------------------------------------------------------


def person_of(r: Resident, kk: str | None = None) -> Person:
    """A resident as printed; ``kk`` when the caller read it already, else from the loaded household."""
    if kk is None and r.household is not None:
        kk = r.household.kk
    return Person(
        name=r.name,
        nik=r.nik,
        kk=kk,
        sex=r.sex,
        birth_place=r.birth_place,
        birth_date=r.birth_date,
        address=r.address,
        rt=r.rt,
        rw=r.rw,
        phone=r.phone,
    )


def footer(actor: Actor, *, copy: bool = False, at: dt.datetime | None = None) -> str:
    """'Dicetak 2 Desember 2026 10.15 oleh Siti' at the foot of every page (a SALINAN says so)."""
    what = "Salinan dicetak" if copy else "Dicetak"
    return f"{what} {fmt.tanggal_jam(at or clock.now())} oleh {actor.full_name or actor.username}"
