"""Staff accounts. Passwords are hashed with argon2; there is no default password anywhere."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from sqlalchemy import func, select

from puskesos_desktop.core.errors import NotFoundError, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import User
from puskesos_desktop.services import audit
from puskesos_desktop.services.context import Actor

HASHER = PasswordHasher()
MIN_PASSWORD = 8


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool

    def actor(self, via: str = "gui") -> Actor:
        return Actor(user_id=self.id, username=self.username, full_name=self.full_name, role=self.role, via=via)


def _info(u: User) -> UserInfo:
    return UserInfo(id=u.id, username=u.username, full_name=u.full_name, role=Role(u.role), active=u.active)


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(f"Kata sandi minimal {MIN_PASSWORD} karakter.", "Kata sandi")
    if password.isdigit() or password.lower() == password and password.isalpha():
        raise ValidationError("Kata sandi harus memadukan huruf dan angka atau tanda baca.", "Kata sandi")


def create_user(db: Database, actor: Actor, username: str, full_name: str, role: Role | str, password: str) -> UserInfo:
    """The coordinator creates accounts (the setup wizard creates the first coordinator as the system)."""
    actor.require(Permission.ACCOUNTS)
    username = username.strip().lower()
    if not username or not username.replace(".", "").replace("_", "").isalnum() or len(username) > 50:
        raise ValidationError("Nama pengguna hanya huruf, angka, titik atau garis bawah (maks. 50).", "Nama pengguna")
    if not full_name.strip():
        raise ValidationError("Nama lengkap wajib diisi.", "Nama lengkap")
    try:
        role = Role(role)
    except ValueError:
        raise ValidationError("Peran tidak dikenal.", "Peran") from None
    check_password_strength(password)
    with db.write() as s:
        if s.execute(select(User.id).where(User.username == username)).first():
            raise ValidationError(f"Nama pengguna '{username}' sudah dipakai.", "Nama pengguna")
        user = User(
            username=username, full_name=full_name.strip(), role=role.value, password_hash=HASHER.hash(password)
        )
        s.add(user)
        s.flush()
        audit.record(s, actor, "user.create", "user", username, {"full_name": user.full_name, "role": role.value})
        return _info(user)


def get_user(db: Database, username: str) -> UserInfo:
    with db.read() as s:
        u = s.execute(select(User).where(User.username == username.strip().lower())).scalar_one_or_none()
        if u is None:
            raise NotFoundError(f"Pengguna '{username}' tidak ditemukan.")
        return _info(u)


def list_users(db: Database) -> list[UserInfo]:
    with db.read() as s:
        return [_info(u) for u in s.execute(select(User).order_by(User.full_name)).scalars()]


def count_users(db: Database) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count(User.id))).scalar_one())
