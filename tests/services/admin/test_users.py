from __future__ import annotations

import datetime as dt
import json

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import AuthError, NotFoundError, PermissionDenied, ValidationError
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import auth, users
from puskesos_desktop.services.context import Actor
from tests.conftest import TEST_PASSWORD


def _entries(db: Database, action: str) -> list[AuditEntry]:
    with db.read() as s:
        return list(s.execute(select(AuditEntry).where(AuditEntry.action == action)).scalars())


def test_create_user_checks_everything(db: Database, coordinator: Actor) -> None:
    for bad in ["", "a", "Nama Spasi", "dewi@kantor", "ñame", "x" * 51, ".titik"]:
        with pytest.raises(ValidationError) as err:
            users.create_user(db, coordinator, bad, "Dewi", Role.FRONT_OFFICE, "Kantor-desa-7")
        assert err.value.field == "Nama pengguna"
    for weak in ["pendek1", "12345678901", "hurufkecilsaja", "password1", "aaaaaaaa1", " Spasi-di-depan1"]:
        with pytest.raises(ValidationError) as err:
            users.create_user(db, coordinator, "dewi2", "Dewi", Role.FRONT_OFFICE, weak)
        assert err.value.field == "Kata sandi"
    with pytest.raises(ValidationError, match="nama pengguna"):
        users.create_user(db, coordinator, "dewi2", "Dewi", Role.FRONT_OFFICE, "Dewi2-rahasia")
    with pytest.raises(ValidationError) as err:
        users.create_user(
            db, coordinator, "dewi2", "Dewi", Role.FRONT_OFFICE, "Kantor-desa-7", password_again="Kantor-desa-8"
        )
    assert err.value.field == "Ulangi kata sandi"
    with pytest.raises(ValidationError, match="sudah dipakai"):
        users.create_user(db, coordinator, "FO", "Dewi", Role.FRONT_OFFICE, "Kantor-desa-7")
    with pytest.raises(ValidationError) as err:
        users.create_user(db, coordinator, "dewi2", "Dewi", "admin", "Kantor-desa-7")
    assert err.value.field == "Peran"
    made = users.create_user(db, coordinator, " Dewi.2 ", "  Dewi Dua ", Role.FRONT_OFFICE, "Kantor-desa-7")
    assert (made.username, made.full_name, made.active, made.must_change_password) == (
        "dewi.2",
        "Dewi Dua",
        True,
        False,
    )


def test_password_strength_meter() -> None:
    assert users.password_strength("pendek") == 0
    assert 1 <= users.password_strength("kantor-desa") <= users.password_strength("Kantor-Desa-Sukamaju-2026") == 4


def test_only_the_coordinator_manages_accounts(db: Database, front: Actor, head: Actor) -> None:
    for actor in (front, head):
        with pytest.raises(PermissionDenied, match="tidak berwenang mengelola akun"):
            users.create_user(db, actor, "baru", "Baru", Role.FRONT_OFFICE, "Kantor-desa-7")
        with pytest.raises(PermissionDenied):
            users.set_active(db, actor, "bo", False)
        with pytest.raises(PermissionDenied):
            users.reset_password(db, actor, "bo", "Kantor-desa-7")
        with pytest.raises(PermissionDenied):
            users.update_user(db, actor, "bo", role=Role.KOORDINATOR)


def test_edit_is_audited_old_to_new(db: Database, coordinator: Actor) -> None:
    info = users.update_user(db, coordinator, "bo", full_name="Budi S.", role=Role.FRONT_OFFICE, phone="0812 3456 7890")
    assert (info.full_name, info.role, info.phone) == ("Budi S.", Role.FRONT_OFFICE, "081234567890")
    entry = _entries(db, "user.update")[-1]
    assert json.loads(entry.details) == {
        "full_name": ["Budi Santoso", "Budi S."],
        "role": ["back_office", "front_office"],
        "phone": ["", "081234567890"],
    }
    assert entry.actor == "koordinator"
    with pytest.raises(NotFoundError):
        users.update_user(db, coordinator, "tidak.ada", full_name="X")


def test_last_coordinator_is_protected(db: Database, coordinator: Actor) -> None:
    with pytest.raises(ValidationError, match="satu-satunya koordinator"):
        users.update_user(db, coordinator, "koordinator", role=Role.FRONT_OFFICE)
    with pytest.raises(ValidationError, match="akun Anda sendiri"):
        users.set_active(db, coordinator, "koordinator", False)
    users.create_user(db, coordinator, "koord2", "Koordinator Dua", Role.KOORDINATOR, "Kantor-desa-7")
    other = users.get_user(db, "koord2").actor()
    users.set_active(db, other, "koordinator", False)
    with pytest.raises(ValidationError, match="satu-satunya koordinator"):
        users.update_user(db, other, "koord2", role=Role.BACK_OFFICE)


def test_disable_never_deletes_and_blocks_login(db: Database, coordinator: Actor) -> None:
    before = len(users.list_users(db))
    users.set_active(db, coordinator, "fo", False)
    assert len(users.list_users(db)) == before
    assert not users.get_user(db, "fo").active
    assert [u.username for u in users.list_users(db, include_inactive=False)].count("fo") == 0
    with pytest.raises(Exception) as refused:  # the same words as a wrong password (issue 14 §4)
        auth.authenticate(db, "fo", TEST_PASSWORD)
    assert str(refused.value) == auth.WRONG
    users.set_active(db, coordinator, "fo", True)
    assert auth.authenticate(db, "fo", TEST_PASSWORD).username == "fo"
    assert [json.loads(e.details) for e in _entries(db, "user.disable")] == [{"active": [True, False]}]
    assert len(_entries(db, "user.enable")) == 1


def test_reset_and_change_password(db: Database, coordinator: Actor) -> None:
    users.reset_password(db, coordinator, "fo", "Sementara-2026", "Sementara-2026")
    user = auth.authenticate(db, "fo", "Sementara-2026")
    assert user.must_change_password
    fo = user.actor()
    with pytest.raises(ValidationError) as err:
        users.change_own_password(db, fo, "salah-lama-1", "Baru-sekali-9", "Baru-sekali-9")
    assert err.value.field == "Kata sandi lama"
    assert _entries(db, "user.change_password.failed")
    with pytest.raises(ValidationError, match="berbeda"):
        users.change_own_password(db, fo, "Sementara-2026", "Sementara-2026", "Sementara-2026")
    with pytest.raises(ValidationError, match="tidak sama"):
        users.change_own_password(db, fo, "Sementara-2026", "Baru-sekali-9", "Baru-sekali-8")
    after = users.change_own_password(db, fo, "Sementara-2026", "Baru-sekali-9", "Baru-sekali-9")
    assert not after.must_change_password
    assert auth.authenticate(db, "fo", "Baru-sekali-9").username == "fo"
    # No password and no hash ever reaches the trail.
    with db.read() as s:
        texts = [e.details for e in s.execute(select(AuditEntry)).scalars()]
    for text in texts:
        assert "Sementara-2026" not in text and "Baru-sekali-9" not in text and "argon2" not in text
    assert audit.verify(db).ok


def test_command_line_cannot_change_own_password(db: Database) -> None:
    from puskesos_desktop.services.context import cli_actor

    with pytest.raises(PermissionDenied, match="reset-password"):
        users.change_own_password(db, cli_actor(), "a", "Baru-sekali-9")


@pytest.fixture
def cheap_fo(db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch) -> Actor:
    """'fo' with a password hashed at a test's cost (argon2 parameters travel in the hash)."""
    monkeypatch.setattr(users, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    monkeypatch.setattr(users, "_dummy_cache", [])
    users.reset_password(db, coordinator, "fo", TEST_PASSWORD, TEST_PASSWORD)
    return users.get_user(db, "fo").actor()


def test_wrong_old_passwords_count_toward_the_lockout(db: Database, cheap_fo: Actor) -> None:
    """Issue 14 §6: an open session does not give unlimited guesses at the old password."""
    front = cheap_fo
    now = [dt.datetime(2026, 11, 23, 9, 0)]
    clock.set_clock(lambda: now[0])
    messages = []
    for _ in range(5):
        with pytest.raises(ValidationError) as err:
            users.change_own_password(db, front, "tebakan-salah-1", "Baru-sekali-9", "Baru-sekali-9")
        assert err.value.field == "Kata sandi lama"
        messages.append(err.value.message)
    assert messages[:2] == ["Kata sandi lama salah."] * 2
    assert "Sisa 2 kali" in messages[2] and "Sisa 1 kali" in messages[3] and "dikunci 5 menit" in messages[4]
    # Locked: the right old password is refused here, and so is signing in or unlocking the screen.
    with pytest.raises(ValidationError, match="Coba lagi dalam 5 menit"):
        users.change_own_password(db, front, TEST_PASSWORD, "Baru-sekali-9", "Baru-sekali-9")
    with pytest.raises(AuthError, match="Coba lagi dalam 5 menit"):
        auth.authenticate(db, "fo", TEST_PASSWORD)
    now[0] += dt.timedelta(minutes=5, seconds=1)
    users.change_own_password(db, front, TEST_PASSWORD, "Baru-sekali-9", "Baru-sekali-9")
    failed = [json.loads(e.details) for e in _entries(db, "user.change_password.failed")]
    assert [d["reason"] for d in failed] == ["old password"] * 5 + ["locked"]
    assert [d.get("attempt") for d in failed[:4]] == [1, 2, 3, 4] and "locked_until" in failed[4]


def test_sign_in_and_password_change_share_one_count(db: Database, cheap_fo: Actor) -> None:
    front = cheap_fo
    for _ in range(3):
        with pytest.raises(AuthError):
            auth.authenticate(db, "fo", "salah-sekali-1")
    with pytest.raises(ValidationError, match="Sisa 1 kali"):
        users.change_own_password(db, front, "tebakan-salah-1", "Baru-sekali-9", "Baru-sekali-9")
    with pytest.raises(AuthError, match="dikunci 5 menit"):
        auth.authenticate(db, "fo", "salah-sekali-1")


def test_role_labels_as_the_office_says_them(db: Database) -> None:
    assert [users.get_user(db, name).role_label for name in ("koordinator", "fo", "bo", "fasil", "kades")] == [
        "Koordinator",
        "Front Office",
        "Back Office",
        "Fasilitator",
        "Penanggung Jawab",
    ]
