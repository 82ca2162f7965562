"""Signing in: argon2 verification, five failed attempts lock the account for five minutes."""

from __future__ import annotations

import datetime as dt

from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import AuthError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import User
from puskesos_desktop.services import audit
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.users import HASHER, UserInfo, _info

MAX_FAILURES = 5
LOCK_MINUTES = 5


def _anonymous(username: str) -> Actor:
    from puskesos_desktop.core.statuses import Role

    return Actor(user_id=None, username=username[:50] or "?", full_name="", role=Role.PENANGGUNG_JAWAB)


def authenticate(db: Database, username: str, password: str) -> UserInfo:
    """Return the user, or raise AuthError with a message that does not reveal whether the account exists."""
    username = username.strip().lower()
    now = clock.now()
    # Failed attempts are recorded and committed; the refusal is raised after the transaction ends.
    refusal: str | None = None
    with db.write() as s:
        user = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None or user.password_hash is None:
            audit.record(s, _anonymous(username), "login.failed", "user", username, {"reason": "unknown"})
            refusal = "Nama pengguna atau kata sandi salah."
        elif not user.active:
            audit.record(s, _info(user).actor(), "login.failed", "user", username, {"reason": "disabled"})
            refusal = "Akun ini dinonaktifkan. Hubungi koordinator."
        elif user.locked_until is not None and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            audit.record(s, _info(user).actor(), "login.failed", "user", username, {"reason": "locked"})
            refusal = f"Akun terkunci karena terlalu banyak percobaan. Coba lagi dalam {minutes} menit."
        else:
            try:
                HASHER.verify(user.password_hash, password)
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                user.failed_attempts += 1
                details: dict[str, object] = {"reason": "password", "attempt": user.failed_attempts}
                refusal = "Nama pengguna atau kata sandi salah."
                if user.failed_attempts >= MAX_FAILURES:
                    user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                    user.failed_attempts = 0
                    details["locked_until"] = user.locked_until.isoformat()
                    refusal = f"Terlalu banyak percobaan. Akun dikunci {LOCK_MINUTES} menit."
                audit.record(s, _info(user).actor(), "login.failed", "user", username, details)
            else:
                if HASHER.check_needs_rehash(user.password_hash):
                    user.password_hash = HASHER.hash(password)
                user.failed_attempts = 0
                user.locked_until = None
                user.last_login_at = now
                audit.record(s, _info(user).actor(), "login", "user", username)
                info = _info(user)
    if refusal is not None:
        raise AuthError(refusal)
    return info


def logout(db: Database, actor: Actor) -> None:
    audit.log(db, actor, "logout", "user", actor.username)
