"""Names and texts from residents and spreadsheets must never break a document."""

import datetime as dt

import pytest

from puskesos_desktop.printing import card, letters, musdes, receipt, slips
from puskesos_desktop.printing.data import HouseholdMember, MusdesProposal, RegistryStatus

from . import helpers, samples

H = samples.HOSTILE
HUGE = "Lorem ipsum dolor sit amet " * 2000
NO_SPACES = "x" * 5000


def _hostile_person() -> samples.Person:
    return samples.person(name=H, nik="<b>&</b>", kk=H, address=HUGE, rt="\x00<", rw="&amp;", birth_place=H)


def _hostile_office() -> samples.OfficeInfo:
    return samples.office(
        village_name=H, kecamatan=NO_SPACES, kabupaten=H, address=HUGE, phone="<&>", head_name=H,
        head_title=H, coordinator_name=H, logo_png=b"\x89PNG broken",
    )  # fmt: skip


def _documents() -> dict[str, bytes]:
    person = _hostile_person()
    office = _hostile_office()
    items = (H, HUGE, NO_SPACES, "", "\u202e\u202e") * 8
    registry = RegistryStatus(
        registered=True, desil=1, registry_id=H, programmes=items, extract_date=dt.date(2026, 1, 1)
    )
    proposal = MusdesProposal(
        number=H, kind=H, name=H, nik=H, kk=NO_SPACES, address=HUGE, rt=H, rw="", reason=HUGE, decision=H, note=HUGE
    )
    return {
        "receipt": receipt.complaint_receipt(
            samples.receipt(office=office, resident=person, number=H, field=H, service=HUGE, description=HUGE,
                            missing_documents=items, next_steps=HUGE, officer_name=H, channel=H),
            copy=True, footer=HUGE,
        ),
        "thermal": receipt.complaint_receipt(
            samples.receipt(office=office, resident=person, description=NO_SPACES, missing_documents=items),
            layout="thermal",
        ),
        "card": card.referral_card(
            samples.card(field=H, office=office, resident=person, registry=registry, destination=HUGE, service=H,
                         reason=NO_SPACES, documents=items, officer_name=HUGE, coordinator_name=NO_SPACES, number=H),
            copy=True, footer=HUGE,
        ),
        "sheet": card.referral_cards_sheet([samples.card(field=H, office=office, resident=person)] * 5),
        "recommendation": letters.dukcapil_recommendation(
            samples.recommendation(office=office, person=person, note=HUGE, request=H,
                                   members=(HouseholdMember(H, H, H, H, None, H),) * 12)
        ),
        "certificate": letters.registry_certificate(
            samples.certificate(office=office, person=person, registry=registry, purpose=HUGE)
        ),
        "missing": slips.missing_documents_slip(
            samples.missing_slip(office=office, resident=person, documents=items, note=HUGE, field=H, service=H)
        ),
        "requirements": slips.requirements_slip(
            samples.requirements(office=office, name=H, kind=H, provider=HUGE, description=HUGE, criteria=items,
                                 documents=items, note=HUGE)
        ),
        "agenda": musdes.musdes_proposal_list(samples.agenda(office=office, proposals=(proposal,) * 8, place=HUGE)),
        "minutes": musdes.musdes_minutes(
            samples.minutes(office=office, proposals=(proposal,) * 8, place=HUGE, chair=H, notes=HUGE,
                            representative_name=NO_SPACES, representative_title=H, attendees=-3, number=H)
        ),
    }  # fmt: skip


@pytest.fixture(scope="module")
def documents() -> dict[str, bytes]:
    return _documents()


@pytest.mark.parametrize(
    "name",
    ["receipt", "thermal", "card", "sheet", "recommendation", "certificate", "missing", "requirements", "agenda",
     "minutes"],
)  # fmt: skip
def test_hostile_text_renders(documents: dict[str, bytes], name: str) -> None:
    pdf = documents[name]
    assert pdf.startswith(b"%PDF")
    img = helpers.render(pdf, scale=0.5)
    assert img.width > 0
    text = helpers.text(pdf)
    # Markup prints as text, never as formatting; control and direction characters are gone.
    assert "<b>Siti</b>" in text or name in ("thermal", "sheet")
    assert "\x00" not in text and "\u202e" not in text


def test_one_sheet_documents_stay_bounded(documents: dict[str, bytes]) -> None:
    assert len(helpers.pages(documents["receipt"])) == 1
    assert len(helpers.pages(documents["card"])) == 1
