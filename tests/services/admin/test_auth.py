from __future__ import annotations

import contextlib
import datetime as dt
import json
import statistics
import time

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import AuthError, PermissionDenied, ValidationError
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry, User
from puskesos_desktop.services.admin import auth, users
from puskesos_desktop.services.context import Actor
from tests.conftest import TEST_PASSWORD

# In the PostgreSQL subset (make test-postgres).
pytestmark = pytest.mark.pg


def _trail(db: Database) -> list[tuple[str, str, dict[str, object]]]:
    with db.read() as s:
        return [
            (e.action, e.actor, json.loads(e.details))
            for e in s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()
        ]


def test_login_records_and_returns_user(db: Database, fixed_now: dt.datetime) -> None:
    user = auth.authenticate(db, "  FO ", TEST_PASSWORD)
    assert user.username == "fo" and user.last_login_at == fixed_now
    assert _trail(db)[-1][:2] == ("login", "fo")


def test_five_failures_lock_for_five_minutes(db: Database) -> None:
    now = [dt.datetime(2026, 11, 23, 9, 0)]
    clock.set_clock(lambda: now[0])
    messages = []
    for _ in range(5):
        with pytest.raises(AuthError) as err:
            auth.authenticate(db, "fo", "salah-sekali-1")
        messages.append(err.value.message)
    assert messages[0] == auth.WRONG
    assert "Sisa 2 kali" in messages[2] and "Sisa 1 kali" in messages[3]
    assert "dikunci 5 menit" in messages[4]
    # Even the right password is refused while the lock lasts.
    with pytest.raises(AuthError, match="Coba lagi dalam 5 menit"):
        auth.authenticate(db, "fo", TEST_PASSWORD)
    now[0] += dt.timedelta(minutes=4, seconds=30)
    with pytest.raises(AuthError, match="1 menit"):
        auth.authenticate(db, "fo", TEST_PASSWORD)
    now[0] += dt.timedelta(seconds=31)
    assert auth.authenticate(db, "fo", TEST_PASSWORD).username == "fo"
    failed = [d for a, _, d in _trail(db) if a == "login.failed"]
    assert [d["reason"] for d in failed] == ["password"] * 5 + ["locked", "locked"]
    assert "locked_until" in failed[4]


def test_unknown_and_disabled_accounts(db: Database, coordinator: Actor) -> None:
    with pytest.raises(AuthError) as err:
        auth.authenticate(db, "tidak.ada", "apa-saja-1")
    assert err.value.message == auth.WRONG  # the same words as a wrong password: no account fishing
    users.set_active(db, coordinator, "bo", False)
    with pytest.raises(AuthError) as err:
        auth.authenticate(db, "bo", TEST_PASSWORD)  # even the right password: a disabled account says nothing more
    assert err.value.message == auth.WRONG
    reasons = [(d["reason"], actor) for a, actor, d in _trail(db) if a == "login.failed"]
    assert reasons == [("unknown", "tidak.ada"), ("disabled", "bo")]  # the coordinator sees the truth


def _attempts(db: Database, name: str, n: int = 6) -> list[str]:
    out = []
    for _ in range(n):
        with pytest.raises(AuthError) as err:
            auth.authenticate(db, name, "salah-sekali-1")
        out.append(err.value.message)
    return out


@pytest.fixture
def cheap_hasher(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2 at a test's cost: accounts made after this hash cheaply; the dummy hash is re-made to match."""
    monkeypatch.setattr(users, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    monkeypatch.setattr(users, "_dummy_cache", [])


def test_every_name_gets_the_same_answers_and_the_same_lock(
    db: Database, coordinator: Actor, fixed_now: dt.datetime, cheap_hasher: None
) -> None:
    """Issue 14 §4: "Sisa N kali" and the lock do not tell a real account from an unknown one."""
    users.create_user(db, coordinator, "nyata", "Akun Nyata", Role.FRONT_OFFICE, TEST_PASSWORD)
    users.create_user(db, coordinator, "mati", "Akun Mati", Role.FRONT_OFFICE, TEST_PASSWORD)
    users.set_active(db, coordinator, "mati", False)
    real, disabled, unknown = _attempts(db, "nyata"), _attempts(db, "mati"), _attempts(db, "tidak.pernah.ada")
    assert real == disabled == unknown
    assert real[:2] == [auth.WRONG] * 2 and "Sisa 2 kali" in real[2] and "dikunci 5 menit" in real[4]
    assert real[5] == "Akun terkunci karena terlalu banyak percobaan. Coba lagi dalam 5 menit."
    # The lock is still a lock: the right password waits too.
    with pytest.raises(AuthError, match="Coba lagi"):
        auth.authenticate(db, "nyata", TEST_PASSWORD)


def test_every_answer_costs_one_argon2_verification(
    db: Database, coordinator: Actor, fixed_now: dt.datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same work for every name: one verification (the real cost), whatever the account's state."""
    calls: list[str] = []
    real = users.HASHER

    class Counted:
        def verify(self, hash_: str, password: str) -> bool:
            calls.append(hash_)
            return bool(real.verify(hash_, password))

        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

    monkeypatch.setattr(users, "HASHER", Counted())
    users.set_active(db, coordinator, "bo", False)
    with db.write() as s:  # a lock in force on one account
        fo = s.execute(select(User).where(User.username == "fo")).scalar_one()
        fo.locked_until = fixed_now + dt.timedelta(minutes=3)
    for name, password in [("fasil", "salah-sekali-1"), ("tidak.ada", "salah-sekali-1"), ("bo", TEST_PASSWORD),
                           ("fo", TEST_PASSWORD), ("kades", TEST_PASSWORD)]:  # fmt: skip
        before = len(calls)
        with contextlib.suppress(AuthError):
            auth.authenticate(db, name, password)
        assert len(calls) - before == 1, name
    # Without a usable hash of its own, the check runs against the dummy (same parameters as a real one).
    assert calls[1] == calls[2] == calls[3] == users.dummy_hash()
    assert calls[1].split("$")[3] == calls[0].split("$")[3]


# With the tests' cheap argon2, server round trips (an unknown name writes two rows more) outweigh the hash on
# PostgreSQL; in production the ~100 ms hash dominates on both engines.
@pytest.mark.sqlite_only
@pytest.mark.slow
def test_answer_times_do_not_tell_accounts_apart(
    db: Database, coordinator: Actor, fixed_now: dt.datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Measured with the real hasher: the median time of each kind of answer within 1.5× of the others. CPU time
    of this process (the hash's threads included): the same work for every answer, whatever else the PC runs.
    The tests' cheap argon2 (tests/conftest.py) would leave only the database's few milliseconds to compare, where
    an unknown name's two rows more show (and more so since a SQLite session no longer opens a connection)."""
    monkeypatch.setattr(users, "HASHER", PasswordHasher())
    monkeypatch.setattr(users, "_dummy_cache", [])  # made anew at this cost (an earlier test may have made it)
    with db.write() as s:  # the account's own hash at the production cost, as the dummy has
        s.execute(select(User).where(User.username == "fasil")).scalar_one().password_hash = users.HASHER.hash(
            TEST_PASSWORD
        )
    users.set_active(db, coordinator, "bo", False)
    times: dict[str, list[float]] = {"password": [], "unknown": [], "disabled": []}
    names = {"password": "fasil", "unknown": "tidak.ada", "disabled": "bo"}
    for _ in range(3):  # three rounds stay under the lock (five failures)
        for kind, name in names.items():
            started = time.process_time()
            with pytest.raises(AuthError):
                auth.authenticate(db, name, "salah-sekali-1")
            times[kind].append(time.process_time() - started)
    medians = {k: statistics.median(v) for k, v in times.items()}
    assert max(medians.values()) < 1.5 * min(medians.values()), medians


def test_hostile_user_names_are_bounded_in_the_trail(db: Database) -> None:
    with pytest.raises(AuthError):
        auth.authenticate(db, "x\u202e\x00" + "y" * 5000, "z")
    action, actor, _ = _trail(db)[-1]
    assert action == "login.failed" and len(actor) <= 50 and "\x00" not in actor


def test_unlock_logout_and_screen_lock_are_recorded(db: Database, front: Actor) -> None:
    auth.screen_locked(db, front, "idle")
    with pytest.raises(AuthError):
        auth.unlock(db, front, "salah-sekali-1")
    assert auth.unlock(db, front, TEST_PASSWORD).username == "fo"
    auth.logout(db, front, "switch")
    actions = [(a, d) for a, _, d in _trail(db)][-4:]
    assert actions == [
        ("screen.lock", {"reason": "idle"}),
        ("unlock.failed", {"reason": "password", "attempt": 1}),
        ("unlock", {}),
        ("logout", {"reason": "switch"}),
    ]


def test_coordinator_lifts_a_lock(db: Database, coordinator: Actor, front: Actor) -> None:
    for _ in range(5):
        with pytest.raises(AuthError):
            auth.authenticate(db, "bo", "salah-sekali-1")
    with pytest.raises(PermissionDenied):
        auth.clear_lock(db, front, "bo")
    auth.clear_lock(db, coordinator, "bo")
    assert auth.authenticate(db, "bo", TEST_PASSWORD).username == "bo"


def test_idle_minutes_set_within_bounds(db: Database, coordinator: Actor, front: Actor) -> None:
    assert auth.idle_minutes(db) == 10
    auth.set_idle_minutes(db, coordinator, 25)
    assert auth.idle_minutes(db) == 25
    for bad in (0, auth.MAX_IDLE_MINUTES + 1, "5"):
        with pytest.raises(ValidationError) as err:
            auth.set_idle_minutes(db, coordinator, bad)  # type: ignore[arg-type]
        assert err.value.field == "Kunci layar setelah"
    with pytest.raises(PermissionDenied):
        auth.set_idle_minutes(db, front, 5)
    assert auth.idle_minutes(db) == 25
