"""Signing in: argon2 verification, five failed attempts lock the name for five minutes.

The answer does not tell who has an account (issue 14 §4). An unknown name, a wrong password, a disabled account
and an account without a password all get the same words ("Nama pengguna atau kata sandi salah."), after the same
work: exactly one argon2 verification (against a dummy hash when there is no usable one), one write transaction and
one audit entry. The lockout counts failures per typed name whether or not an account has it — on the account's
row, or in sign_in_failures for a name without one — so "Sisa N kali" and the lock appear for every name alike and
the lock still stops guessing at a real account. A lock in force is answered the same way for every name (and
still costs one verification). The coordinator sees the true reason in the audit trail.

The lock screen uses the same check (purpose "unlock"), so that guesses at a locked screen count as failures too;
so do wrong old passwords when changing one's own (users.change_own_password). Every login, logout, failure, screen
lock and unlock is an audit entry.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from puskesos_desktop.core import clock
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import AuthError, Message, ValidationError, message_id
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import SignInFailure, User
from puskesos_desktop.services import audit, office
from puskesos_desktop.services.admin.users import (
    HASHER,
    LOCK_MINUTES,
    MAX_FAILURES,
    MAX_PASSWORD,
    FailureCount,
    UserInfo,
    _get,
    _info,
    count_failure,
    dummy_hash,
    is_locked,
    locked_message,
    verify_hash,
)
from puskesos_desktop.services.context import Actor

__all__ = ["LOCK_MINUTES", "MAX_FAILURES", "WRONG", "authenticate", "locked_message"]

WRONG = message_id("Nama pengguna atau kata sandi salah.")


def _shown(username: str) -> str:
    """A typed user name as the trail keeps it: bounded and printable (it may be anything at all)."""
    clean = "".join(ch if ch.isprintable() else "?" for ch in username)
    return clean[:50] or "?"


def _anonymous(username: str) -> Actor:
    return Actor(user_id=None, username=_shown(username), full_name="", role=Role.PENANGGUNG_JAWAB)


def _name_counter(s: Session, username: str) -> SignInFailure:
    """The failure count of a name without an account (made on its first failure)."""
    key = username[:50]
    row = s.get(SignInFailure, key)
    if row is None:
        row = SignInFailure(name=key, failed_attempts=0, locked_until=None)
        s.add(row)
    return row


def _forget_spent_names(s: Session, now: dt.datetime) -> None:
    """Rows with nothing left to count: the same as a fresh name (an account's count is 0 after its lock, too)."""
    s.execute(
        delete(SignInFailure).where(
            SignInFailure.failed_attempts == 0,
            or_(SignInFailure.locked_until.is_(None), SignInFailure.locked_until <= now),
        )
    )


def _no_note(*_args: object) -> None:
    """A read-only database: the audit trail cannot grow (docs/SECURITY.md)."""


def authenticate(db: Database, username: str, password: str, *, purpose: str = "login") -> UserInfo:
    """Return the user, or raise AuthError with a message that does not reveal whether the account exists.

    purpose "login" (sign-in, switch user) or "unlock" (the lock screen): only the audit action differs.
    """
    # A NUL can be typed or pasted but PostgreSQL cannot take it in a query: it becomes "?", which no account
    # name contains, so the attempt is an ordinary unknown name on every engine.
    username = (username or "").replace("\x00", "?").strip().lower()
    now = clock.now()
    ok_action, failed_action = (
        (AuditAction.UNLOCK, AuditAction.UNLOCK_FAILED)
        if purpose == "unlock"
        else (AuditAction.LOGIN, AuditAction.LOGIN_FAILED)
    )
    # Failed attempts are recorded and committed; the refusal is raised after the transaction ends.
    refusal: Message | None = None
    info: UserInfo | None = None
    # On read-only media (a copy on a CD, a write-protected stick) nothing can be recorded: the same checks run in a
    # read transaction that ends without a commit, so people can still sign in to read, print and back up.
    read_only = db.read_only
    note = _no_note if read_only else audit.record
    with db.read() if read_only else db.write() as s:
        user = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
        usable = user is not None and user.active and user.password_hash is not None
        counter: FailureCount = user if user is not None else _name_counter(s, username)
        who = _info(user).actor() if user is not None else _anonymous(username)
        entity_id = username if user is not None else _shown(username)
        if is_locked(counter, now):
            assert counter.locked_until is not None
            verify_hash(dummy_hash(), password)  # the same cost as every other answer
            note(s, who, failed_action, "user", entity_id, {"reason": "locked"})
            refusal = locked_message(counter.locked_until, now)
        # One verification whatever the account: its own hash when it may sign in, the dummy otherwise.
        elif not verify_hash(user.password_hash if usable and user else dummy_hash(), password) or not usable:
            if user is None:
                reason = "unknown"
            elif not user.active:
                reason = "disabled"
            else:
                reason = "password" if usable else "no password"
            refusal, details = count_failure(counter, now, WRONG)
            note(s, who, failed_action, "user", entity_id, {"reason": reason, **details})
            if user is None and not read_only:
                s.flush()
                _forget_spent_names(s, now)
        else:
            assert user is not None and user.password_hash is not None
            if len(password) <= MAX_PASSWORD and HASHER.check_needs_rehash(user.password_hash):
                user.password_hash = HASHER.hash(password)
            user.failed_attempts = 0
            user.locked_until = None
            if purpose != "unlock":
                user.last_login_at = now
            note(s, who, ok_action, "user", username)
            info = _info(user)
    if refusal is not None or info is None:
        raise AuthError(refusal or WRONG)
    return info


def unlock(db: Database, actor: Actor, password: str) -> UserInfo:
    """The lock screen: the same user types their password again."""
    return authenticate(db, actor.username, password, purpose="unlock")


def logout(db: Database, actor: Actor, reason: str = "") -> None:
    details = {"reason": reason} if reason else {}
    audit.log(db, actor, AuditAction.LOGOUT, "user", actor.username, **details)


def screen_locked(db: Database, actor: Actor, reason: str) -> None:
    """Recorded when the screen locks ("idle" after the set minutes, or "manual" on Ctrl+L)."""
    audit.log(db, actor, AuditAction.SCREEN_LOCK, "user", actor.username, reason=reason)


def clear_lock(db: Database, actor: Actor, username: str) -> UserInfo:
    """The coordinator lifts a five-minute lock early (e.g. the person is at the coordinator's desk)."""
    actor.require(Permission.ACCOUNTS)
    with db.write() as s:
        user = _get(s, username)
        user.failed_attempts = 0
        user.locked_until = None
        audit.record(s, actor, AuditAction.USER_UNLOCK, "user", user.username)
        return _info(user)


MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 120


def idle_minutes(db: Database) -> int:
    """Minutes without keyboard or mouse before the screen locks (setting idle_lock_minutes, default 10)."""
    value = office.load_settings(db).idle_lock_minutes
    return min(MAX_IDLE_MINUTES, max(MIN_IDLE_MINUTES, value))


def set_idle_minutes(db: Database, actor: Actor, minutes: int) -> None:
    actor.require(Permission.SETTINGS)
    if not isinstance(minutes, int) or not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
        raise ValidationError(
            "Kunci layar otomatis: {min_idle_minutes}–{max_idle_minutes} menit.",
            "Kunci layar setelah",
            min_idle_minutes=MIN_IDLE_MINUTES,
            max_idle_minutes=MAX_IDLE_MINUTES,
        )
    office.update_settings(db, actor, lambda st: replace(st, idle_lock_minutes=minutes))
