from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from puskesos_desktop.core import clock

# Named constraints so that Alembic can alter them on SQLite (batch mode) and PostgreSQL alike.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def in_list(column: str, values: object) -> str:
    """SQL CHECK text keeping a column inside a closed list of words."""
    words = ", ".join("'" + str(v).replace("'", "''") + "'" for v in values)  # type: ignore[attr-defined]
    return f"{column} IN ({words})"


class Timestamps:
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=clock.now, onupdate=clock.now, nullable=False)


# A NIK or KK: 16 digits. On PostgreSQL the column compares bytewise (collation "C") whatever the database's own
# collation is, so the indexed prefix range of a partial number (search: digits .. digits + ":") finds the same rows
# as on SQLite; under ICU id-ID, ":" sorts before the digits and the range came back empty.
NUMBER_16 = String(16).with_variant(String(16, collation="C"), "postgresql")
