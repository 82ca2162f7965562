"""A DTKS/DTSEN proposal on paper: what is proposed, for whom, the members (a member without NIK says so), its
history, and the house photos only for a reader who may see them."""

from __future__ import annotations

import datetime as dt

from puskesos_desktop.printing.data import ProposalEventLine, ProposalMemberLine, ProposalSheet
from puskesos_desktop.printing.proposal_sheet import NOT_SHOWN, proposal_sheet
from tests.printing import samples
from tests.printing.helpers import MM, sizes, text


def sheet(**kw: object) -> ProposalSheet:
    base = ProposalSheet(
        office=samples.office(),
        number="USL/6201022001/2026/11/0004",
        kind="Tambah",
        status="Draf",
        proposed_at=dt.datetime(2026, 11, 20, 10, 5),
        kk="6201020101090017",
        applicant="Siti Aminah",
        reason="Kepala keluarga meninggal; penghasilan tidak tetap.",
        members=(
            ProposalMemberLine("Siti Aminah", "6201024507850003", "Kepala Keluarga"),
            ProposalMemberLine("Rudi", "", "Anak"),
        ),
        events=(ProposalEventLine(dt.datetime(2026, 11, 21, 9, 0), "Draf → Disahkan Musdes", "Rina Marlina"),),
        photos=(),
    )
    return base.__class__(**{**base.__dict__, **kw})


def test_the_sheet_holds_the_proposal_its_members_and_history() -> None:
    words = text(proposal_sheet(sheet(), footer="Dicetak oleh Rina Marlina"))
    for expected in (
        "USULAN DTKS/DTSEN",
        "USL/6201022001/2026/11/0004",
        "Tambah",
        "Siti Aminah",
        "6201020101090017",
        "Kepala keluarga meninggal",
        "6201024507850003",
        "Kepala Keluarga",
        "Rudi",
        "belum ada",  # a member without NIK
        "Riwayat usulan",
        "Draf → Disahkan Musdes",
        "Belum ada foto rumah yang dilampirkan.",
        "Dicetak oleh Rina Marlina",
    ):
        assert expected in words, expected
    assert NOT_SHOWN not in words


def test_photos_are_not_printed_for_a_reader_who_may_not_see_them() -> None:
    words = text(proposal_sheet(sheet(photos_shown=False, events=())))
    assert NOT_SHOWN in words
    assert "Riwayat usulan" not in words  # no history yet: no empty table


def test_the_office_paper_and_hostile_text() -> None:
    pdf = proposal_sheet(sheet(office=samples.office(paper="F4"), applicant=samples.HOSTILE, reason=samples.HOSTILE))
    assert sizes(pdf)[0] == (round(215 * MM, 1), round(330 * MM, 1))
    assert "<b>Siti</b>" in text(pdf)  # markup typed by a person is printed as text, not obeyed
