"""Staff accounts. Passwords are hashed with argon2; there is no default password anywhere.

The coordinator creates, edits and disables accounts (never deletes them: the audit trail and every history row
point to them) and resets passwords; a reset password must be changed at the next login. Every change is audited
with old → new values, and never with a password or a hash.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from puskesos_desktop.core import clock, validate
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import (
    FormField,
    Message,
    NotFoundError,
    PermissionDenied,
    ValidationError,
    message_id,
    msg,
)
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import ROLE_LABELS, Role
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import User
from puskesos_desktop.services import audit
from puskesos_desktop.services.context import Actor

HASHER = PasswordHasher()
MIN_PASSWORD = validate.MIN_PASSWORD
MAX_PASSWORD = validate.MAX_PASSWORD
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._]{1,49}$")
# Passwords people reach for first; an office PC with any of these is an open door.
_COMMON = frozenset(
    {
        "password",
        "password1",
        "password123",
        "12345678",
        "123456789",
        "1234567890",
        "qwerty123",
        "puskesos",
        "puskesos1",
        "puskesos123",
        "admin123",
        "rahasia1",
        "rahasia123",
        "bismillah1",
        "indonesia1",
    }
)


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    must_change_password: bool = False
    phone: str = ""
    last_login_at: dt.datetime | None = None
    locked_until: dt.datetime | None = None

    def actor(self, via: str = "gui") -> Actor:
        return Actor(user_id=self.id, username=self.username, full_name=self.full_name, role=self.role, via=via)

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]


def _info(u: User) -> UserInfo:
    return UserInfo(
        id=u.id,
        username=u.username,
        full_name=u.full_name,
        role=Role(u.role),
        active=u.active,
        must_change_password=bool(u.must_change_password),
        phone=u.phone or "",
        last_login_at=u.last_login_at,
        locked_until=u.locked_until,
    )


# --- checks --------------------------------------------------------------------------------------------------


def check_password_strength(password: str, username: str = "") -> None:
    """Refuse a weak password with a reason (field 'Kata sandi')."""
    field = FormField.PASSWORD
    if len(password) < MIN_PASSWORD:
        raise ValidationError("Kata sandi minimal {min_password} karakter.", field, min_password=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        raise ValidationError("Kata sandi maksimal {max_password} karakter.", field, max_password=MAX_PASSWORD)
    if password != password.strip():
        raise ValidationError("Kata sandi tidak boleh diawali atau diakhiri spasi.", field)
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in password):
        raise ValidationError("Kata sandi berisi karakter kontrol yang tidak dapat diketik.", field)
    if password.isdigit() or (password.lower() == password and password.isalpha()):
        raise ValidationError("Kata sandi harus memadukan huruf dan angka atau tanda baca.", field)
    if password.lower() in _COMMON or len(set(password)) < 4:
        raise ValidationError("Kata sandi ini terlalu mudah ditebak. Pilih yang lain.", field)
    if username and len(username) >= 3 and username.lower() in password.lower():
        raise ValidationError("Kata sandi tidak boleh memuat nama pengguna.", field)


def password_strength(password: str) -> int:
    """0 (refused) … 4 (strong): for the meter beside a password field. Anything the check refuses scores 0."""
    try:
        check_password_strength(password)
    except ValidationError:
        return 0
    kinds = sum(
        [
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        ]
    )
    score = 1 + (len(password) >= 10) + (len(password) >= 14) + (kinds >= 3)
    return min(4, score)


def clean_username(username: str) -> str:
    name = (username or "").strip().lower()
    if not _USERNAME.match(name):
        raise ValidationError(
            "Nama pengguna 2–50 karakter: huruf kecil a–z, angka, titik atau garis bawah; diawali huruf/angka.",
            FormField.USERNAME,
        )
    return name


def clean_full_name(full_name: str) -> str:
    return validate.text(full_name, FormField.FULL_NAME, required=True, max_len=100)


def clean_role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise ValidationError("Peran tidak dikenal.", FormField.ROLE) from None


def _check_confirmation(password: str, again: str | None) -> None:
    if again is not None and again != password:
        raise ValidationError("Kedua kata sandi tidak sama. Ketik ulang.", FormField.PASSWORD_AGAIN)


def verify_hash(password_hash: str | None, password: str) -> bool:
    if not password_hash or len(password) > MAX_PASSWORD:
        return False
    try:
        return bool(HASHER.verify(password_hash, password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# --- the lockout: sign-in, the lock screen and the change of one's own password share one count ----------------

MAX_FAILURES = 5
LOCK_MINUTES = 5
# Made with HASHER's parameters; checked against when there is no password to check (unknown or disabled
# account, a lock in force), so that every attempt costs one argon2 verification whatever the account.
_DUMMY_HASH = "$argon2id$v=19$m=65536,t=3,p=4$o3nA3NucW+xJX6q8F1Q/dQ$hwfu8+DlXD9SU3GSo1RHx2V7WEan3YLZfhg97OUI8dU"
_dummy_cache: list[str] = []


def dummy_hash() -> str:
    """A hash no password matches in practice, with the parameters HASHER uses now (re-made if they change)."""
    if not _dummy_cache:
        _dummy_cache.append(
            HASHER.hash("tidak-ada-akun-ini-0") if HASHER.check_needs_rehash(_DUMMY_HASH) else _DUMMY_HASH
        )
    return _dummy_cache[0]


class FailureCount(Protocol):
    failed_attempts: int
    locked_until: dt.datetime | None


def is_locked(row: FailureCount, now: dt.datetime) -> bool:
    return row.locked_until is not None and row.locked_until > now


def locked_message(locked_until: dt.datetime, now: dt.datetime) -> Message:
    minutes = max(1, math.ceil((locked_until - now).total_seconds() / 60))
    return msg("Akun terkunci karena terlalu banyak percobaan. Coba lagi dalam {minutes} menit.", minutes=minutes)


def count_failure(row: FailureCount, now: dt.datetime, wrong: str) -> tuple[Message, dict[str, object]]:
    """One more wrong password: (the refusal to show, the audit details). The fifth locks for LOCK_MINUTES."""
    row.failed_attempts = (row.failed_attempts or 0) + 1
    details: dict[str, object] = {"attempt": row.failed_attempts}
    left = MAX_FAILURES - row.failed_attempts
    if row.failed_attempts >= MAX_FAILURES:
        row.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
        row.failed_attempts = 0
        details["locked_until"] = row.locked_until.isoformat()
        return msg("Terlalu banyak percobaan. Akun dikunci {minutes} menit.", minutes=LOCK_MINUTES), details
    if left <= 2:
        warning = msg("{wrong} Sisa {left} kali percobaan sebelum akun dikunci {minutes} menit.", wrong=Message(wrong),
                      left=left, minutes=LOCK_MINUTES)  # fmt: skip
        return warning, details
    return Message(wrong), details


# --- reading -------------------------------------------------------------------------------------------------


def _get(s: Session, username: str) -> User:
    u = s.execute(select(User).where(User.username == (username or "").strip().lower())).scalar_one_or_none()
    if u is None:
        raise NotFoundError("Pengguna '{username}' tidak ditemukan.", username=username)
    return u


def get_user(db: Database, username: str) -> UserInfo:
    with db.read() as s:
        return _info(_get(s, username))


def list_users(db: Database, include_inactive: bool = True) -> list[UserInfo]:
    with db.read() as s:
        q = select(User).order_by(User.full_name, User.username)
        if not include_inactive:
            q = q.where(User.active.is_(True))
        return [_info(u) for u in s.execute(q).scalars()]


def count_users(db: Database) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count(User.id))).scalar_one())


def _active_coordinators(s: Session) -> int:
    q = select(func.count(User.id)).where(User.active.is_(True), User.role == Role.KOORDINATOR.value)
    return int(s.execute(q).scalar_one())


# --- changes -------------------------------------------------------------------------------------------------


def create_user(
    db: Database,
    actor: Actor,
    username: str,
    full_name: str,
    role: Role | str,
    password: str,
    *,
    password_again: str | None = None,
    phone: str = "",
    must_change_password: bool = False,
) -> UserInfo:
    """The coordinator creates accounts (the setup wizard creates the first coordinator through setup.py)."""
    actor.require(Permission.ACCOUNTS)
    with db.write() as s:
        return create_user_in(
            s,
            actor,
            username,
            full_name,
            role,
            password,
            password_again=password_again,
            phone=phone,
            must_change_password=must_change_password,
        )


def create_user_in(
    s: Session,
    actor: Actor,
    username: str,
    full_name: str,
    role: Role | str,
    password: str,
    *,
    password_again: str | None = None,
    phone: str = "",
    must_change_password: bool = False,
) -> UserInfo:
    """Inside an open transaction (the first start creates the office and its coordinator together)."""
    name = clean_username(username)
    full = clean_full_name(full_name)
    role = clean_role(role)
    tel = validate.phone(phone, FormField.PHONE)
    check_password_strength(password, name)
    _check_confirmation(password, password_again)
    if s.execute(select(User.id).where(User.username == name)).first():
        raise ValidationError("Nama pengguna '{name}' sudah dipakai.", FormField.USERNAME, name=name)
    user = User(
        username=name,
        full_name=full,
        role=role.value,
        phone=tel,
        password_hash=HASHER.hash(password),
        must_change_password=must_change_password,
    )
    s.add(user)
    s.flush()
    audit.record(
        s,
        actor,
        AuditAction.USER_CREATE,
        "user",
        name,
        {"full_name": full, "role": role.value, "phone": tel, "must_change_password": must_change_password},
    )
    return _info(user)


def update_user(
    db: Database,
    actor: Actor,
    username: str,
    *,
    full_name: str | None = None,
    role: Role | str | None = None,
    phone: str | None = None,
) -> UserInfo:
    """Edit name, role or phone. The last active coordinator keeps the role (someone must manage accounts)."""
    actor.require(Permission.ACCOUNTS)
    new: dict[str, object] = {}
    if full_name is not None:
        new["full_name"] = clean_full_name(full_name)
    if role is not None:
        new["role"] = clean_role(role).value
    if phone is not None:
        new["phone"] = validate.phone(phone, FormField.PHONE)
    with db.write() as s:
        user = _get(s, username)
        changes = {k: [getattr(user, k), v] for k, v in new.items() if getattr(user, k) != v}
        if "role" in changes and user.role == Role.KOORDINATOR.value and user.active and _active_coordinators(s) <= 1:
            raise ValidationError(
                "Ini satu-satunya koordinator aktif: perannya tidak dapat diubah. Buat koordinator lain dahulu.",
                FormField.ROLE,
            )
        for key, (_old, value) in changes.items():
            setattr(user, key, value)
        if changes:
            audit.record(s, actor, AuditAction.USER_UPDATE, "user", user.username, changes)
        return _info(user)


def set_active(db: Database, actor: Actor, username: str, active: bool) -> UserInfo:
    """Disable (never delete) or enable an account."""
    actor.require(Permission.ACCOUNTS)
    with db.write() as s:
        user = _get(s, username)
        if user.active == active:
            return _info(user)
        if not active:
            if actor.user_id is not None and actor.user_id == user.id:
                raise ValidationError("Anda tidak dapat menonaktifkan akun Anda sendiri.", "Akun")
            if user.role == Role.KOORDINATOR.value and _active_coordinators(s) <= 1:
                raise ValidationError(
                    "Ini satu-satunya koordinator aktif dan tidak dapat dinonaktifkan. Buat koordinator lain dahulu.",
                    "Akun",
                )
        user.active = active
        if active:
            user.failed_attempts = 0
            user.locked_until = None
        audit.record(
            s,
            actor,
            AuditAction.USER_ENABLE if active else AuditAction.USER_DISABLE,
            "user",
            user.username,
            {"active": [not active, active]},
        )
        return _info(user)


def reset_password(
    db: Database, actor: Actor, username: str, new_password: str, password_again: str | None = None
) -> UserInfo:
    """The coordinator sets a temporary password; the user must change it at the next login. Clears a lock."""
    actor.require(Permission.ACCOUNTS)
    with db.write() as s:
        user = _get(s, username)
        check_password_strength(new_password, user.username)
        _check_confirmation(new_password, password_again)
        user.password_hash = HASHER.hash(new_password)
        user.must_change_password = True
        user.failed_attempts = 0
        user.locked_until = None
        audit.record(s, actor, AuditAction.USER_RESET_PASSWORD, "user", user.username, {"must_change_password": True})
        return _info(user)


class LockedOut(ValidationError):
    """The account is locked (just now by this wrong old password, or already): the window locks the screen."""


def change_own_password(
    db: Database, actor: Actor, old_password: str, new_password: str, password_again: str | None = None
) -> UserInfo:
    """A signed-in user changes their own password (the old one proves it is them at the keyboard).

    A wrong old password counts toward the same lockout as a wrong password at sign-in: someone at an open session
    gets five guesses, then the account is locked (sign-in, lock screen and this form) for LOCK_MINUTES.
    """
    if actor.user_id is None:
        raise PermissionDenied("Baris perintah tidak memiliki kata sandi; gunakan 'puskesos user reset-password'.")
    refusal: Message | None = None
    locked_after = False
    with db.write() as s:
        user = s.get(User, actor.user_id)
        if user is None or not user.active:
            raise PermissionDenied("Akun ini tidak aktif.")
        now = clock.now()
        if is_locked(user, now):
            assert user.locked_until is not None
            verify_hash(dummy_hash(), old_password)  # the same cost as any other answer
            audit.record(s, actor, AuditAction.USER_CHANGE_PASSWORD_FAILED, "user", user.username, {"reason": "locked"})
            refusal = locked_message(user.locked_until, now)
            locked_after = True
        elif not verify_hash(user.password_hash, old_password):
            # Recorded and counted, so that guessing through this form shows in the trail and ends in the lock;
            # the refusal follows the commit.
            refusal, details = count_failure(user, now, message_id("Kata sandi lama salah."))
            audit.record(
                s,
                actor,
                AuditAction.USER_CHANGE_PASSWORD_FAILED,
                "user",
                user.username,
                {"reason": "old password", **details},
            )
            locked_after = is_locked(user, now)
        else:
            check_password_strength(new_password, user.username)
            _check_confirmation(new_password, password_again)
            if verify_hash(user.password_hash, new_password):
                raise ValidationError("Kata sandi baru harus berbeda dari yang lama.", FormField.PASSWORD)
            user.password_hash = HASHER.hash(new_password)
            was_forced = bool(user.must_change_password)
            user.must_change_password = False
            user.failed_attempts = 0
            audit.record(s, actor, AuditAction.USER_CHANGE_PASSWORD, "user", user.username, {"after_reset": was_forced})
            info = _info(user)
    if refusal is not None:
        if locked_after:
            raise LockedOut(refusal, FormField.OLD_PASSWORD)
        raise ValidationError(refusal, FormField.OLD_PASSWORD)
    return info


def names_in(s: Session, ids: set[int | None]) -> dict[int, str]:
    """Full names of the given user ids (None ignored), in one query inside the caller's session."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {uid: name for uid, name in s.execute(select(User.id, User.full_name).where(User.id.in_(wanted)))}
