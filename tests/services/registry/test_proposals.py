"""services/registry/proposals.py: DTKS/DTSEN proposals for listed and unlisted families, and who may manage them."""

from __future__ import annotations

import datetime as dt

import pytest

from puskesos_desktop.core.errors import PermissionDenied, ValidationError
from puskesos_desktop.core.statuses import ProposalKind
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents
from puskesos_desktop.services.registry import proposals
from tests.services.fo_data import add_registry, resident

KK = "6201021205900002"
NO_PAPERS = residents.NO_PAPERS_REASON


def test_proposals_for_listed_and_unlisted(db: Database, front: Actor, back: Actor) -> None:
    listed = resident(db, front, "Siti Aminah", "6201024506800003", KK)
    add_registry(db, "6201024506800003", "SITI AMINAH", kk=KK)
    unlisted = resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    with pytest.raises(ValidationError):
        proposals.propose_addition(db, front, listed)
    with pytest.raises(ValidationError):
        proposals.propose_change(db, front, unlisted, ProposalKind.HAPUS.value, "Sudah pindah ke kota lain")
    with pytest.raises(ValidationError) as err:
        proposals.propose_change(db, front, listed, ProposalKind.HAPUS.value, "pindah")
    assert err.value.field == "Alasan"
    with pytest.raises(PermissionDenied):
        proposals.propose_addition(db, back, unlisted)
    add = proposals.propose_addition(db, front, unlisted, "Keluarga tidak mampu")
    assert add.created and add.kind == ProposalKind.TAMBAH and add.kk == "6201020101700007"
    change = proposals.propose_change(db, front, listed, ProposalKind.PERBARUI.value, "Alamat pindah ke RT 005")
    assert change.kind == ProposalKind.PERBARUI and change.applicant_name == "Siti Aminah"
    assert [p.number for p in proposals.for_resident(db, None, listed)] == [change.number]
    assert len(proposals.list_open(db, None)) == 2


def test_facilitator_may_open_a_draft_but_not_manage_proposals(
    db: Database, front: Actor, facilitator: Actor, head: Actor
) -> None:
    """Issue 14.7: the facilitator's registration of someone the registry misses opens a Draf proposal by right
    (PROPOSAL_DRAFT); Perbarui/Hapus and adding members by hand stay with PROPOSAL; a role with neither is refused
    inside ensure_addition_in itself, whatever path reaches it."""
    from puskesos_desktop.core.permissions import Permission
    from puskesos_desktop.services.casework import complaints

    assert facilitator.can(Permission.PROPOSAL_DRAFT) and not facilitator.can(Permission.PROPOSAL)
    assert not head.can(Permission.PROPOSAL_DRAFT)
    unlisted = resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    done = complaints.register_complaint(db, facilitator, complaints.ComplaintInput(unlisted, "Sosial", "Rumah bocor"))
    assert done.proposal_created and done.proposal_number
    draft = proposals.get_proposal(db, None, done.proposal_number)
    assert draft.status == "Draf" and draft.kind == ProposalKind.TAMBAH
    other = resident(db, front, "Sari", "6201020101700008", "6201020101700009")
    assert proposals.propose_addition(db, facilitator, other).created
    listed = resident(db, front, "Siti Aminah", "6201024506800003", KK)
    add_registry(db, "6201024506800003", "SITI AMINAH", kk=KK)
    with pytest.raises(PermissionDenied):
        proposals.propose_change(db, facilitator, listed, ProposalKind.HAPUS.value, "Sudah pindah ke kota lain")
    with pytest.raises(PermissionDenied):
        proposals.add_member(db, facilitator, draft.id, other)
    with db.write() as s:
        from puskesos_desktop.db.models import Resident

        r = s.get(Resident, other)
        assert r is not None
        with pytest.raises(PermissionDenied):
            proposals.ensure_addition_in(s, head, r)


def test_members_join_an_open_proposal_of_their_own_family_only(
    db: Database, front: Actor, coordinator: Actor, fixed_now: dt.datetime
) -> None:
    """add_member: a household member joins the open draft (once), a member of another KK or a decided proposal is
    refused, and nothing is added for an unknown resident."""
    from puskesos_desktop.core.errors import NotFoundError
    from puskesos_desktop.services.registry import musdes

    family = "6201020101700007"
    father = resident(db, front, "Budi", "6201020101700006", family)
    draft = proposals.propose_addition(db, front, father, "Keluarga tidak mampu")
    assert [m.resident_id for m in draft.members] == [father]
    # Registered after the draft was made (a child's papers came later): added by hand.
    child = resident(db, front, "Rina", "6201024503100004", family, family_relation="Anak")
    stranger = resident(db, front, "Sari", "6201020202750001", "6201020202750009")

    joined = proposals.add_member(db, front, draft.id, child)
    assert (joined.id, joined.status) == (draft.id, "Draf")
    assert {(m.resident_id, m.name, m.nik) for m in joined.members} == {
        (father, "Budi", "6201020101700006"),
        (child, "Rina", "6201024503100004"),
    }
    again = proposals.add_member(db, front, draft.id, child)  # already on it: still once
    assert len(again.members) == 2
    with pytest.raises(ValidationError, match="KK lain"):
        proposals.add_member(db, front, draft.id, stranger)
    with pytest.raises(NotFoundError):
        proposals.add_member(db, front, draft.id, 999_999)
    with pytest.raises(NotFoundError):
        proposals.add_member(db, front, 999_999, child)
    assert len(proposals.get_proposal(db, None, draft.number).members) == 2

    musdes.record_session(
        db, coordinator,
        musdes.SessionInput(fixed_now.date(), "Balai Desa", 30, "H. Abdul Rahman",
                            (musdes.Decision(draft.id, True),)),
    )  # fmt: skip
    decided = proposals.get_proposal(db, None, draft.id)
    assert decided.status != "Draf"
    late = resident(db, front, "Dodi", "6201020505120003", family, family_relation="Anak")
    with pytest.raises(ValidationError, match=decided.status):
        proposals.add_member(db, front, draft.id, late)
    assert len(proposals.get_proposal(db, None, draft.id).members) == 2
