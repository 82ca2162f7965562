from __future__ import annotations

import pytest
from sqlalchemy import select

from puskesos_desktop.core.errors import PuskesosError, ValidationError
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry
from puskesos_desktop.services import audit, office
from puskesos_desktop.services.admin import auth, setup, users

PROFILE = office.OfficeData(
    village_name="Sukamaju",
    village_code="62.01.02.2001",
    kecamatan_name="",
    kabupaten_name="",
    province_name="",
    head_name="H. Abdul Rahman",
    coordinator_name="Sri Wahyuni",
    paper_size="F4",
)
ACCOUNT = setup.FirstAccount("sri", "Sri Wahyuni", "Sukamaju-2026!", "Sukamaju-2026!")


def test_empty_database_needs_setup_and_has_no_account(empty_db: Database) -> None:
    assert setup.needs_setup(empty_db)
    assert users.count_users(empty_db) == 0  # no default account, so no default password


def test_first_start_creates_profile_and_coordinator(empty_db: Database) -> None:
    user = setup.first_start(empty_db, PROFILE, ACCOUNT)
    assert user.role == Role.KOORDINATOR and not setup.needs_setup(empty_db)
    profile = office.get_profile(empty_db)
    assert profile is not None
    assert (profile.village_code, profile.kecamatan_name, profile.paper_size) == ("6201022001", "Arut Selatan", "F4")
    assert auth.authenticate(empty_db, "sri", "Sukamaju-2026!").username == "sri"
    with empty_db.read() as s:
        trail = [(e.actor, e.action) for e in s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()]
    assert trail[:3] == [("penyiapan-awal", "user.create"), ("sri", "office.create"), ("sri", "setup.complete")]
    assert audit.verify(empty_db).ok
    with pytest.raises(PuskesosError, match="sudah memiliki akun"):
        setup.first_start(empty_db, PROFILE, setup.FirstAccount("lain", "Lain", "Sukamaju-2026!", "Sukamaju-2026!"))


@pytest.mark.parametrize(
    ("profile", "account", "field"),
    [
        (PROFILE, setup.FirstAccount("sri", "Sri", "lemah", "lemah"), "Kata sandi"),
        (PROFILE, setup.FirstAccount("sri", "Sri", "Sukamaju-2026!", "Sukamaju-2027!"), "Ulangi kata sandi"),
        (PROFILE.__class__(**{**PROFILE.__dict__, "village_code": "99.99.99.2001"}), ACCOUNT, "Kode desa"),
        (PROFILE.__class__(**{**PROFILE.__dict__, "village_name": " "}), ACCOUNT, "Nama desa"),
        (PROFILE.__class__(**{**PROFILE.__dict__, "logo_png": b"GIF89a"}), ACCOUNT, "Logo"),
    ],
)
def test_a_refusal_leaves_nothing_behind(
    empty_db: Database, profile: office.OfficeData, account: setup.FirstAccount, field: str
) -> None:
    with pytest.raises(ValidationError) as err:
        setup.first_start(empty_db, profile, account)
    assert err.value.field == field
    assert office.get_profile(empty_db) is None and users.count_users(empty_db) == 0
