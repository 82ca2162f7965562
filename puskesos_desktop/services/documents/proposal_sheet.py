"""A DTKS/DTSEN proposal printed for the district (issue 20, item 4): the proposal, its members and history, then
the contact sheet of its house photos with time and GPS position.

The NIKs are as the reader may see them (masked for the penanggung jawab, through proposals.get_proposal), and
the photos are printed only for those who may see attachments; each photo printed is audited (it left the
database), at build time because the preview already shows it on screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import ProposalEvent
from puskesos_desktop.printing.data import HousePhoto, OfficeInfo, ProposalEventLine, ProposalMemberLine, ProposalSheet
from puskesos_desktop.services import printouts, privacy
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import attachments
from puskesos_desktop.services.printouts import VIA_FILE, Printout
from puskesos_desktop.services.registry import proposals


@dataclass(frozen=True)
class _Read:
    office: OfficeInfo
    events: tuple[ProposalEventLine, ...]
    photos: tuple[HousePhoto, ...]


def _event_text(e: ProposalEvent) -> str:
    moved = e.kind
    if e.to_status:
        moved = f"{e.from_status} → {e.to_status}" if e.from_status else e.to_status
    return f"{moved}: {e.note}" if e.note else moved


def proposal_printout(db: Database, actor: Actor, number: str) -> Printout:
    """The proposal's sheet, built (the window shows it and prints or saves it)."""
    actor.require(Permission.PRINT_DOCUMENTS)
    info = proposals.get_proposal(db, actor, number.strip())
    with_photos = attachments.may_see(actor)
    masked = not privacy.sees_full_nik(actor)
    printed: list[int] = []  # the photos read, audited once the sheet is built

    def read(s: Session) -> _Read:
        events = s.scalars(select(ProposalEvent).where(ProposalEvent.proposal_id == info.id).order_by(ProposalEvent.id))
        lines = tuple(
            ProposalEventLine(e.at, privacy.mask_text(_event_text(e)) if masked else _event_text(e), e.actor)
            for e in events
        )
        photos = tuple(attachments.house_photos_in(s, [info.id])) if with_photos else ()
        printed.extend(p.attachment_id for p in photos)
        return _Read(printouts.office_info_in(s), lines, photos)

    def render(r: _Read) -> bytes:
        data = ProposalSheet(
            office=r.office,
            number=info.number,
            kind=info.kind,
            status=info.status,
            proposed_at=info.proposed_at,
            kk=info.kk or "",
            applicant=info.applicant_name,
            reason=info.reason,
            members=tuple(ProposalMemberLine(m.name, m.nik or "", m.relation) for m in info.members),
            events=r.events,
            photos=r.photos,
            photos_shown=with_photos,
        )
        # The layout (reportlab) when a sheet is printed: the resident page imports this module (issue 21).
        from puskesos_desktop.printing import proposal_sheet as sheet_pdf

        return sheet_pdf.proposal_sheet(data, footer=printouts.footer(actor))

    printout = printouts.build(db, read, render, kind="proposal", number=info.number)
    attachments.log_printed(db, actor, printed, info.number)
    return printout


def print_proposal(db: Database, actor: Actor, number: str) -> bytes:
    """`puskesos print proposal USL/…`: the sheet, handed out at once."""
    return proposal_printout(db, actor, number).recorded(VIA_FILE)
