"""Alembic environment: runs against the engine the program hands over (or the configured URL)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, Engine, create_engine

from puskesos_desktop.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    given: Connection | None = config.attributes.get("connection")
    if given is not None:
        # The caller holds the migration lock in this connection's transaction and commits it.
        context.configure(
            connection=given,
            target_metadata=target_metadata,
            render_as_batch=given.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    engine: Engine | None = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
