"""Printouts: built without being recorded, recorded only when handed out, rendered outside any transaction."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import event, select

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry, ComplaintEvent, Letter, ReferralEvent
from puskesos_desktop.printing import card as card_docs
from puskesos_desktop.printing import receipt as receipt_docs
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import letters
from puskesos_desktop.services.documents import papers as documents
from tests.services.fo_data import pdf_text, resident


@pytest.fixture
def number(db: Database, front: Actor, fixed_now: object) -> str:
    rid = resident(db, front, "Budi Tanpa Nik", sex="L", birth_date=dt.date(1990, 1, 1), address="Dusun II")
    return complaints.register_complaint(db, front, complaints.ComplaintInput(rid, "Sosial", "Atap bocor")).number


def _audit(db: Database, action: str) -> list[dict[str, Any]]:
    with db.read() as s:
        rows = s.execute(select(AuditEntry.details).where(AuditEntry.action == action)).scalars()
        return [json.loads(d) for d in rows]


def _print_events(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.execute(select(ComplaintEvent.note).where(ComplaintEvent.kind == "cetak")).scalars())


def test_a_receipt_not_handed_out_stays_an_original(db: Database, front: Actor, number: str) -> None:
    first = documents.receipt_printout(db, front, number)
    assert not first.copy and "SALINAN" not in pdf_text(first.pdf)
    assert _audit(db, "document.print") == [] and _print_events(db) == []  # built, not recorded
    # The print was cancelled (never recorded): the next print is still the original.
    again = documents.receipt_printout(db, front, number)
    assert not again.copy and "SALINAN" not in pdf_text(again.pdf)
    again.record("printer")
    assert _audit(db, "document.print") == [{"copy": False, "via": "printer"}]
    assert _print_events(db) == ["Resi dicetak"]
    # Handed out once: from now on a SALINAN.
    third = documents.receipt_printout(db, front, number)
    assert third.copy and "SALINAN" in pdf_text(third.pdf)
    third.record("file")
    assert _audit(db, "document.reprint") == [{"copy": True, "via": "file"}]


def test_the_cli_form_records_at_once(db: Database, front: Actor, number: str) -> None:
    pdf = documents.reprint_receipt(db, front, number)
    assert "SALINAN" in pdf_text(pdf)
    assert _audit(db, "document.reprint") == [{"copy": True, "via": "file"}]


def test_a_letter_is_an_original_until_a_print_is_recorded(db: Database, front: Actor) -> None:
    rid = resident(db, front, "Siti Tanpa Nik", sex="P", birth_date=dt.date(1992, 3, 4))
    letter = letters.issue_recommendation(db, front, rid)
    built = documents.letter_printout(db, front, letter.number)
    assert not built.copy
    with db.read() as s:
        assert s.execute(select(Letter.print_count)).scalar() == 0
    built.record("printer")
    with db.read() as s:
        assert s.execute(select(Letter.print_count)).scalar() == 1
    assert documents.letter_printout(db, front, letter.number).copy


def test_pdfs_are_rendered_with_no_connection_held(
    db: Database, front: Actor, back: Actor, number: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """reportlab's time must not hold SQLite's write lock (a referral card was drawn inside db.write())."""
    from tests.services.casework.test_statusdesk import _refer

    held: list[int] = []
    open_now = [0]
    event.listen(db.engine, "checkout", lambda *a: open_now.__setitem__(0, open_now[0] + 1))
    event.listen(db.engine, "checkin", lambda *a: open_now.__setitem__(0, open_now[0] - 1))

    def watch(fn: Any) -> Any:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            held.append(open_now[0])  # connections open (a transaction) while reportlab draws
            return fn(*args, **kwargs)

        return wrapped

    monkeypatch.setattr(card_docs, "referral_card", watch(card_docs.referral_card))
    monkeypatch.setattr(receipt_docs, "complaint_receipt", watch(receipt_docs.complaint_receipt))
    ref_number = _refer(db, number, "Dikirim")
    from puskesos_desktop.services.documents import cards

    card = cards.card_printout(db, back, ref_number)
    with db.read() as s:
        assert s.execute(select(ReferralEvent).where(ReferralEvent.kind == "print")).first() is None
    card.record("printer")
    with db.read() as s:
        assert s.execute(select(ReferralEvent).where(ReferralEvent.kind == "print")).first() is not None
    documents.receipt_printout(db, front, number)
    assert held == [0, 0]
