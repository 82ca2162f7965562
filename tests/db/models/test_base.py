"""db/models/base.py: closed word lists as CHECK text (quotes doubled), constraints named so Alembic can alter them on
both engines, NIK/KK columns compared bytewise on PostgreSQL."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlalchemy.dialects import postgresql, sqlite

from puskesos_desktop.core.statuses import ComplaintStatus
from puskesos_desktop.db.models import Base
from puskesos_desktop.db.models.base import NUMBER_16, in_list


def test_in_list_quotes_every_word() -> None:
    assert in_list("status", ["Baru", "Jum'at", ""]) == "status IN ('Baru', 'Jum''at', '')"
    text = in_list("status", ComplaintStatus)
    assert text.startswith("status IN ('") and all(f"'{s.value}'" in text for s in ComplaintStatus)


def test_every_constraint_has_a_conventional_name() -> None:
    checks = uniques = 0
    for table in Base.metadata.tables.values():
        assert table.primary_key.name == f"pk_{table.name}"
        for constraint in table.constraints:
            if isinstance(constraint, CheckConstraint):
                checks += 1
                assert str(constraint.name).startswith(f"ck_{table.name}_"), constraint.name
            elif isinstance(constraint, UniqueConstraint):
                uniques += 1
                assert str(constraint.name).startswith(f"uq_{table.name}_"), constraint.name
        for fk in table.foreign_keys:
            assert str(fk.constraint.name).startswith(f"fk_{table.name}_"), fk.constraint.name
    assert checks and uniques


def test_numbers_compare_bytewise_on_postgresql_only() -> None:
    assert NUMBER_16.compile(dialect=postgresql.dialect()) == 'VARCHAR(16) COLLATE "C"'
    assert NUMBER_16.compile(dialect=sqlite.dialect()) == "VARCHAR(16)"
