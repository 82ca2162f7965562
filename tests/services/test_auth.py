from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import AuthError, PermissionDenied
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry
from puskesos_desktop.services import auth, users
from puskesos_desktop.services.context import Actor
from tests.conftest import TEST_PASSWORD


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
    with pytest.raises(AuthError, match="dinonaktifkan"):
        auth.authenticate(db, "bo", TEST_PASSWORD)
    reasons = [(d["reason"], actor) for a, actor, d in _trail(db) if a == "login.failed"]
    assert reasons == [("unknown", "tidak.ada"), ("disabled", "bo")]


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
