"""AppContext.rights(): every permission of the account as it is now, in one read (issue 12: the referral buttons
read the account five times on every row chosen)."""

from __future__ import annotations

import pytest

from puskesos_desktop.core.permissions import ROLE_PERMISSIONS, Permission
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import REVOKED, AccountRevoked, Actor
from puskesos_desktop.ui.context import AppContext


def test_rights_are_read_once_and_follow_the_account(
    qapp: object, db: Database, front: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = AppContext(db, front)
    reads: list[str] = []
    real = Actor.current_role

    def counted(self: Actor) -> object:
        reads.append(self.username)
        return real(self)

    monkeypatch.setattr(Actor, "current_role", counted)
    rights = ctx.rights()
    assert rights == ROLE_PERMISSIONS[front.role] and reads == [front.username]
    assert Permission.COMPLAINT_REGISTER in rights

    def revoked(self: Actor) -> object:
        raise AccountRevoked(REVOKED)

    monkeypatch.setattr(Actor, "current_role", revoked)
    assert ctx.rights() == frozenset()  # a disabled account may do nothing
