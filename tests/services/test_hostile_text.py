"""Hostile text everywhere: very long strings, control characters, right-to-left marks, emoji, SQL- and
formula-looking text. Every service either refuses it with a reason (ValidationError naming the field) or stores
it exactly (re-read equals what was stored); never a crash, never a corruption (integrity and audit chain hold)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from puskesos_desktop.core.errors import AuthError, ValidationError
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import audit, office
from puskesos_desktop.services.admin import auth, users
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents

# In the PostgreSQL subset (make test-postgres).
pytestmark = pytest.mark.pg

NASTY = [
    "=1+1",
    '=HYPERLINK("http://x","klik")',
    "+62 812",
    "-2+3",
    "@SUM(A1:A9)",
    "'; DROP TABLE residents; --",
    "Robert'); DELETE FROM users WHERE ('1'='1",
    '" OR 1=1 --',
    "%_%",
    "NULL",
    "\u202eevil\u202c",
    "\u200f\u200e\u2067مرحبا\u2069",
    "😀👨‍👩‍👧‍👦🇮🇩",
    "\x00",
    "a\x07b",
    "\x1b[31mmerah",
    "baris\nbaru",
    "\r\n",
    "\t",
    "\ufeffBOM",
    "\ud7ff\ue000\uffff",
    "Z̸̢̧a̵l̶g̷o̴",
    "x" * 10_000,
    " " * 300,
    "<script>alert(1)</script>",
    "../../etc/passwd",
]

hostile = st.one_of(
    st.sampled_from(NASTY),
    st.text(st.characters(codec="utf-8"), max_size=400),
    st.builds(lambda a, b: a + b, st.sampled_from(NASTY), st.text(st.characters(codec="utf-8"), max_size=50)),
    st.text(st.sampled_from("=+-@'\";%\\\x00\u202e😀 "), min_size=1, max_size=30),
)

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


def _refused_or_kept(action: Callable[[], Any], check: Callable[[Any], None]) -> None:
    try:
        result = action()
    except ValidationError as exc:
        assert exc.message.strip()  # a reason, in words
        return
    check(result)


def _healthy(db: Database) -> None:
    if db.path is not None:  # SQLite's own check of its file; a PostgreSQL server checks its pages itself
        conn = sqlite3.connect(str(db.path))
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    assert audit.verify(db).ok


@SETTINGS
@given(name=hostile, notes=hostile, address=hostile, place=hostile)
def test_residents(db: Database, front: Actor, name: str, notes: str, address: str, place: str) -> None:
    data = residents.ResidentInput(
        name=name, sex="P", no_nik_reason="belum punya NIK/KK", notes=notes, address=address, birth_place=place
    )

    def check(r: Any) -> None:
        again = residents.get_resident(db, None, r.id)
        assert (again.name, again.notes, again.address, again.birth_place) == (
            name.strip(),
            notes.strip(),
            address.strip(),
            place.strip(),
        )

    _refused_or_kept(lambda: residents.create_resident(db, front, data), check)
    _healthy(db)


@pytest.fixture
def resident_id(db: Database, front: Actor) -> int:
    return residents.create_resident(
        db, front, residents.ResidentInput(name="Siti Aminah", sex="P", no_nik_reason="belum punya NIK/KK")
    ).id


@SETTINGS
@given(description=hostile, answer=hostile)
def test_complaints(db: Database, front: Actor, resident_id: int, description: str, answer: str) -> None:
    data = complaints.ComplaintInput(resident_id, "Sosial", description, answer_now=answer)

    def check(reg: Any) -> None:
        c = complaints.get_complaint(db, None, reg.number)
        assert c.description == description.strip() and c.answer == answer.strip()

    _refused_or_kept(lambda: complaints.register_complaint(db, front, data), check)
    _healthy(db)


@SETTINGS
@given(username=hostile, full_name=hostile, password=hostile)
def test_user_accounts(db: Database, coordinator: Actor, username: str, full_name: str, password: str) -> None:
    def check(u: users.UserInfo) -> None:
        again = users.get_user(db, u.username)
        assert again.full_name == full_name.strip() and again.username == username.strip().lower()

    _refused_or_kept(
        lambda: users.create_user(db, coordinator, username, full_name, Role.FRONT_OFFICE, password + "Aa1!xyzw"),
        check,
    )
    _refused_or_kept(
        lambda: users.update_user(db, coordinator, "bo", full_name=full_name),
        lambda u: users.get_user(db, "bo").full_name == full_name.strip(),
    )
    _healthy(db)


@SETTINGS
@given(village=hostile, head=hostile, address=hostile, phone=hostile)
def test_office_profile(db: Database, coordinator: Actor, village: str, head: str, address: str, phone: str) -> None:
    data = office.OfficeData(
        village_name=village,
        village_code="6201022001",
        kecamatan_name="",
        kabupaten_name="",
        province_name="",
        head_name=head,
        address=address,
        phone=phone,
    )

    def check(_: Any) -> None:
        p = office.get_profile(db)
        assert p is not None
        assert (p.village_name, p.head_name, p.address, p.phone) == (
            village.strip(),
            head.strip(),
            address.strip(),
            phone.strip(),
        )

    _refused_or_kept(lambda: office.save_profile(db, coordinator, data), check)
    _healthy(db)


@SETTINGS
@given(text=hostile)
def test_reading_with_hostile_filters(db: Database, coordinator: Actor, text: str) -> None:
    from puskesos_desktop.services.people import search

    assert isinstance(search.search(db, None, text), list)
    assert isinstance(audit.query(db, coordinator, audit.AuditFilter(text=text, actor=text, action=text)), list)
    _healthy(db)


@pytest.mark.parametrize("text", [NASTY[5], NASTY[10], NASTY[12], NASTY[13], NASTY[22]])
def test_sign_in_with_hostile_names(db: Database, text: str) -> None:
    # argon2 makes each attempt slow on purpose: a handful of the nastiest, not hundreds
    with pytest.raises(AuthError):
        auth.authenticate(db, text, text)
    _healthy(db)
