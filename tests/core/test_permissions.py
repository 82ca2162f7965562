"""core/permissions.py: what each role may do; a refusal names the role and says whom to ask."""

from __future__ import annotations

import pytest

from puskesos_desktop.core.errors import PermissionDenied
from puskesos_desktop.core.permissions import ROLE_PERMISSIONS, Permission, allowed, require
from puskesos_desktop.core.statuses import Role


def test_the_coordinator_may_do_everything_and_every_role_is_listed() -> None:
    assert set(ROLE_PERMISSIONS) == set(Role)
    assert all(allowed(Role.KOORDINATOR, p) for p in Permission)


def test_the_penanggung_jawab_reads_but_does_not_change() -> None:
    assert allowed("penanggung_jawab", Permission.REPORT)
    assert not allowed(Role.PENANGGUNG_JAWAB, Permission.SETTINGS)
    with pytest.raises(PermissionDenied, match="Minta koordinator"):
        require(Role.PENANGGUNG_JAWAB, Permission.SETTINGS)
