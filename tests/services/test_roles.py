"""Roles are enforced in the service layer: each role may do exactly what ROLE_PERMISSIONS says, and a refusal
says why (role and permission, in Indonesian). The docs' permission table is the same table."""

from __future__ import annotations

import dataclasses
import runpy
from collections.abc import Callable
from pathlib import Path

import pytest

from puskesos_desktop.core.errors import PermissionDenied
from puskesos_desktop.core.permissions import ROLE_PERMISSIONS, Permission
from puskesos_desktop.core.statuses import ROLE_LABELS, Role
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import audit, office
from puskesos_desktop.services.admin import backup, users
from puskesos_desktop.services.casework import complaints, referrals
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents

ROOT = Path(__file__).resolve().parents[2]


def _calls(db: Database, tmp_path: Path, helper: Actor) -> dict[Permission, Callable[[Actor], object]]:
    rid = residents.create_resident(
        db, helper, residents.ResidentInput(name="Warga Uji", sex="L", no_nik_reason="belum punya")
    ).id
    partner = next(p for p in referrals_partners(db))

    def refer(actor: Actor) -> object:
        c = complaints.register_complaint(db, helper, complaints.ComplaintInput(rid, "Kesehatan", "Uji"))
        return referrals.create_referral(db, actor, c.id, referrals.ReferralInput("Kesehatan", partner, "Uji"))

    return {
        Permission.RESIDENT_WRITE: lambda a: residents.create_resident(
            db, a, residents.ResidentInput(name="Warga Lain", sex="P", no_nik_reason="belum punya")
        ),
        Permission.COMPLAINT_REGISTER: lambda a: complaints.register_complaint(
            db, a, complaints.ComplaintInput(rid, "Sosial", "Keluhan uji")
        ),
        Permission.BACK_OFFICE: refer,
        Permission.ACCOUNTS: lambda a: users.create_user(
            db, a, f"uji.{a.role.value}", "Akun Uji", Role.FASILITATOR, "Kantor-desa-7"
        ),
        Permission.SETTINGS: lambda a: office.update_settings(
            db, a, lambda st: dataclasses.replace(st, followup_days=14)
        ),
        # On PostgreSQL the program cannot back up yet (issue 15, item 6): only the right is checked there.
        Permission.BACKUP: (
            (lambda a: backup.create_backup(db, a, tmp_path / f"{a.role.value}.sqlite3"))
            if db.is_sqlite
            else (lambda a: a.require(Permission.BACKUP))
        ),
        Permission.AUDIT: lambda a: audit.query(db, a),
    }


def referrals_partners(db: Database) -> list[int]:
    from puskesos_desktop.services.admin import catalogue

    return [p.id for p in catalogue.list_partners(db)] if hasattr(catalogue, "list_partners") else []


@pytest.mark.parametrize("role", list(Role))
def test_each_role_may_do_exactly_its_permissions(db: Database, coordinator: Actor, tmp_path: Path, role: Role) -> None:
    if not referrals_partners(db):
        pytest.skip("catalogue has no partner list function")
    actor = Actor(user_id=None, username=f"uji-{role.value}", full_name="Uji", role=role)
    for permission, call in _calls(db, tmp_path, coordinator).items():
        if permission in ROLE_PERMISSIONS[role]:
            call(actor)
        else:
            with pytest.raises(PermissionDenied) as err:
                call(actor)
            assert ROLE_LABELS[role] in err.value.message and permission.value in err.value.message
    assert audit.verify(db).ok


def test_docs_permission_table_matches_the_code() -> None:
    render = runpy.run_path(str(ROOT / "scripts" / "permissions_doc.py"))["render"]
    assert (ROOT / "docs" / "PERMISSIONS.md").read_text(encoding="utf-8") == render(), (
        "docs/PERMISSIONS.md is stale: run .venv/bin/python scripts/permissions_doc.py"
    )
