"""Signing in: argon2 verification, five failed attempts lock the account for five minutes.

The lock screen uses the same check (purpose "unlock"), so that guesses at a locked screen count as failures too.
Every login, logout, failure, screen lock and unlock is an audit entry.
"""

from __future__ import annotations

import datetime as dt
import math

from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import AuthError, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import User
from puskesos_desktop.services import audit, office
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.users import HASHER, MAX_PASSWORD, UserInfo, _get, _info, verify_hash

MAX_FAILURES = 5
LOCK_MINUTES = 5
WRONG = "Nama pengguna atau kata sandi salah."
_dummy_hash: str | None = None


def _dummy() -> str:
    """Verifying against this when the account does not exist keeps the answer time the same either way."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = HASHER.hash("tidak-ada-akun-ini-0")
    return _dummy_hash


def _shown(username: str) -> str:
    """A typed user name as the trail keeps it: bounded and printable (it may be anything at all)."""
    clean = "".join(ch if ch.isprintable() else "?" for ch in username)
    return clean[:50] or "?"


def _anonymous(username: str) -> Actor:
    return Actor(user_id=None, username=_shown(username), full_name="", role=Role.PENANGGUNG_JAWAB)


def authenticate(db: Database, username: str, password: str, *, purpose: str = "login") -> UserInfo:
    """Return the user, or raise AuthError with a message that does not reveal whether the account exists.

    purpose "login" (sign-in, switch user) or "unlock" (the lock screen): only the audit action differs.
    """
    username = (username or "").strip().lower()
    now = clock.now()
    ok_action, failed_action = ("unlock", "unlock.failed") if purpose == "unlock" else ("login", "login.failed")
    # Failed attempts are recorded and committed; the refusal is raised after the transaction ends.
    refusal: str | None = None
    info: UserInfo | None = None
    with db.write() as s:
        user = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None or user.password_hash is None:
            verify_hash(_dummy(), password)
            audit.record(s, _anonymous(username), failed_action, "user", _shown(username), {"reason": "unknown"})
            refusal = WRONG
        elif not user.active:
            audit.record(s, _info(user).actor(), failed_action, "user", username, {"reason": "disabled"})
            refusal = "Akun ini dinonaktifkan. Hubungi koordinator."
        elif user.locked_until is not None and user.locked_until > now:
            audit.record(s, _info(user).actor(), failed_action, "user", username, {"reason": "locked"})
            refusal = locked_message(user.locked_until, now)
        elif not verify_hash(user.password_hash, password):
            user.failed_attempts += 1
            details: dict[str, object] = {"reason": "password", "attempt": user.failed_attempts}
            refusal = WRONG
            left = MAX_FAILURES - user.failed_attempts
            if user.failed_attempts >= MAX_FAILURES:
                user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                user.failed_attempts = 0
                details["locked_until"] = user.locked_until.isoformat()
                refusal = f"Terlalu banyak percobaan. Akun dikunci {LOCK_MINUTES} menit."
            elif left <= 2:
                refusal = f"{WRONG} Sisa {left} kali percobaan sebelum akun dikunci {LOCK_MINUTES} menit."
            audit.record(s, _info(user).actor(), failed_action, "user", username, details)
        else:
            if len(password) <= MAX_PASSWORD and HASHER.check_needs_rehash(user.password_hash):
                user.password_hash = HASHER.hash(password)
            user.failed_attempts = 0
            user.locked_until = None
            if purpose != "unlock":
                user.last_login_at = now
            audit.record(s, _info(user).actor(), ok_action, "user", username)
            info = _info(user)
    if refusal is not None or info is None:
        raise AuthError(refusal or WRONG)
    return info


def locked_message(locked_until: dt.datetime, now: dt.datetime) -> str:
    minutes = max(1, math.ceil((locked_until - now).total_seconds() / 60))
    return f"Akun terkunci karena terlalu banyak percobaan. Coba lagi dalam {minutes} menit."


def unlock(db: Database, actor: Actor, password: str) -> UserInfo:
    """The lock screen: the same user types their password again."""
    return authenticate(db, actor.username, password, purpose="unlock")


def logout(db: Database, actor: Actor, reason: str = "") -> None:
    details = {"reason": reason} if reason else {}
    audit.log(db, actor, "logout", "user", actor.username, **details)


def screen_locked(db: Database, actor: Actor, reason: str) -> None:
    """Recorded when the screen locks ("idle" after the set minutes, or "manual" on Ctrl+L)."""
    audit.log(db, actor, "screen.lock", "user", actor.username, reason=reason)


def clear_lock(db: Database, actor: Actor, username: str) -> UserInfo:
    """The coordinator lifts a five-minute lock early (e.g. the person is at the coordinator's desk)."""
    actor.require(Permission.ACCOUNTS)
    with db.write() as s:
        user = _get(s, username)
        user.failed_attempts = 0
        user.locked_until = None
        audit.record(s, actor, "user.unlock", "user", user.username)
        return _info(user)


MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 120


def idle_minutes(db: Database) -> int:
    """Minutes without keyboard or mouse before the screen locks (setting idle_lock_minutes, default 10)."""
    try:
        value = int(office.get_setting(db, "idle_lock_minutes"))
    except (TypeError, ValueError):
        value = int(office.DEFAULTS["idle_lock_minutes"])
    return min(MAX_IDLE_MINUTES, max(MIN_IDLE_MINUTES, value))


def set_idle_minutes(db: Database, actor: Actor, minutes: int) -> None:
    actor.require(Permission.SETTINGS)
    if not isinstance(minutes, int) or not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
        raise ValidationError(
            f"Kunci layar otomatis: {MIN_IDLE_MINUTES}–{MAX_IDLE_MINUTES} menit.", "Kunci layar setelah"
        )
    office.set_setting(db, actor, "idle_lock_minutes", minutes)
