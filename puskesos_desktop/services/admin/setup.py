"""The first start: the office profile and the first coordinator account, in one transaction.

Only the window's setup wizard calls this, and only on an empty database (no profile or no account); the command
line never needs it. There is no default password: the coordinator types one, twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import OfficeProfile, User
from puskesos_desktop.services import audit, office
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.admin.users import UserInfo
from puskesos_desktop.services.context import Actor

# Who acts before any account exists: recorded as such in the trail, then the new coordinator takes over.
SETUP = Actor(user_id=None, username="penyiapan-awal", full_name="Penyiapan awal", role=Role.KOORDINATOR, via="gui")


@dataclass(frozen=True)
class FirstAccount:
    username: str
    full_name: str
    password: str
    password_again: str
    phone: str = ""


def needs_setup(db: Database) -> bool:
    """True when the window must show the setup wizard: no office profile, or no account at all."""
    with db.read() as s:
        has_profile = s.get(OfficeProfile, 1) is not None
        has_users = bool(s.execute(select(func.count(User.id))).scalar_one())
    return not (has_profile and has_users)


def first_start(db: Database, profile: office.OfficeData, account: FirstAccount) -> UserInfo:
    """Save the office profile and create the first coordinator together: both or neither."""
    cleaned = office.clean_profile(profile)
    with db.write() as s:
        # Checked inside the write lock: two windows finishing the wizard at once cannot both succeed.
        if s.execute(select(func.count(User.id))).scalar_one():
            raise PuskesosError(
                "Kantor ini sudah memiliki akun. Masuk dengan akun yang ada; koordinator membuat akun baru."
            )
        user = users.create_user_in(
            s,
            SETUP,
            account.username,
            account.full_name,
            Role.KOORDINATOR,
            account.password,
            password_again=account.password_again,
            phone=account.phone,
        )
        coordinator = user.actor()
        office.save_profile_in(s, coordinator, cleaned)
        audit.record(s, coordinator, AuditAction.SETUP_COMPLETE, "office_profile", 1, {"coordinator": user.username})
        return user
