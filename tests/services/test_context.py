"""Issue 14.5: an open session keeps no right the account lost. A signed-in actor (bound to the database, as the
window's AppContext binds it) is checked against the account as it is now, on every action."""

from __future__ import annotations

import sqlite3
import time

import pytest

from puskesos_desktop.core.errors import PermissionDenied
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import auth, users
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import AccountRevoked, Actor
from puskesos_desktop.services.people import resident_page, search
from tests.conftest import TEST_PASSWORD
from tests.services.fo_data import resident


def _signed_in(db: Database, username: str) -> Actor:
    return auth.authenticate(db, username, TEST_PASSWORD).actor().bound(db)


def test_disabled_while_signed_in_is_refused(db: Database, coordinator: Actor) -> None:
    fo = _signed_in(db, "fo")
    rid = resident(db, fo, "Siti Aminah", "6201025205900001", "6201021205900002")
    complaints.register_complaint(db, fo, complaints.ComplaintInput(rid, "Sosial", "Rumah bocor"))
    users.set_active(db, coordinator, "fo", False)
    with pytest.raises(AccountRevoked) as err:
        complaints.register_complaint(db, fo, complaints.ComplaintInput(rid, "Sosial", "Atap bocor lagi"))
    assert "dinonaktifkan" in err.value.message
    assert isinstance(err.value, PermissionDenied)  # every caller that handles a refusal handles this one
    assert not fo.can(Permission.READ)
    with pytest.raises(AccountRevoked):  # reads too: nothing more leaves the database for this session
        resident_page.load(db, fo, rid)
    with pytest.raises(AccountRevoked):
        search.search(db, fo, "Siti")
    assert len(complaints.recent(db, None, 200)) == 1  # nothing was registered
    users.set_active(db, coordinator, "fo", True)
    complaints.register_complaint(db, fo, complaints.ComplaintInput(rid, "Sosial", "Atap bocor lagi"))


def test_demoted_coordinator_cannot_create_a_coordinator(db: Database, coordinator: Actor) -> None:
    users.create_user(db, coordinator, "koord2", "Rina Marlina", Role.KOORDINATOR, TEST_PASSWORD)
    second = _signed_in(db, "koord2")
    assert second.can(Permission.ACCOUNTS)
    users.update_user(db, coordinator, "koord2", role=Role.FRONT_OFFICE)
    with pytest.raises(PermissionDenied) as err:
        users.create_user(db, second, "koord3", "Orang Lain", Role.KOORDINATOR, TEST_PASSWORD)
    assert "Front Office" in err.value.message
    assert not second.can(Permission.ACCOUNTS) and second.can(Permission.COMPLAINT_REGISTER)
    assert [u.username for u in users.list_users(db) if u.username == "koord3"] == []


def test_unbound_and_command_line_actors_keep_their_role(db: Database) -> None:
    from puskesos_desktop.services.context import SYSTEM, cli_actor

    for actor in (cli_actor(), SYSTEM, cli_actor().bound(db)):
        actor.require(Permission.ACCOUNTS)  # no account to re-read: the command line acts as the coordinator


def test_cost_of_the_live_check_per_registration(db: Database) -> None:
    """The re-read is one primary-key query per check; printed so the figure can be quoted (pytest -s)."""
    fo = _signed_in(db, "fo")
    plain = users.get_user(db, "fo").actor()
    rid = resident(db, fo, "Siti Aminah", "6201025205900001", "6201021205900002")

    def run(actor: Actor, n: int = 20) -> float:
        start = time.perf_counter()
        for i in range(n):
            complaints.register_complaint(db, actor, complaints.ComplaintInput(rid, "Sosial", f"Keluhan {i}"))
        return (time.perf_counter() - start) / n

    run(plain, 3)
    bound_s, plain_s = run(fo), run(plain)
    start = time.perf_counter()
    for _ in range(200):
        fo.require(Permission.COMPLAINT_REGISTER)
    check_s = (time.perf_counter() - start) / 200
    print(
        f"register_complaint: bound {bound_s * 1000:.2f} ms, unbound {plain_s * 1000:.2f} ms; "
        f"one check {check_s * 1000:.3f} ms"
    )
    # What it costs, counted rather than timed (a loaded machine makes any time bound flaky): one query a check.
    from sqlalchemy import event

    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731 - (conn, cursor, statement, …)
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        for _ in range(10):
            fo.require(Permission.COMPLAINT_REGISTER)
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    # On a server the thread's bare reader answers instead (one prepared round trip a check, not the pool's four).
    expected = 0 if db.is_postgresql else 10
    assert len([q for q in statements if q.lstrip().upper().startswith("SELECT")]) == expected, statements
    if db.is_postgresql:
        raw = db.nik_reader()
        assert raw is not None and not isinstance(raw, sqlite3.Connection)
        before = raw.execute("SELECT count(*) FROM pg_prepared_statements").fetchone()
        for _ in range(10):
            fo.require(Permission.COMPLAINT_REGISTER)
        assert raw.execute("SELECT count(*) FROM pg_prepared_statements").fetchone() == before  # prepared once
