"""Fixtures of the administrator's services."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from puskesos_desktop.config import sqlite_url
from tests import conftest


@pytest.fixture
def new_url(tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """New empty databases: new_url("sqlite") a file, new_url("postgresql") a server database (skipped without
    PUSKESOS_TEST_PG)."""
    made: list[str] = []
    n = 0

    def make(engine: str) -> str:
        nonlocal n
        n += 1
        if engine == "sqlite":
            return sqlite_url(tmp_path / f"lain-{n}.sqlite3")
        if conftest._PG is None:
            pytest.skip("PostgreSQL: PUSKESOS_TEST_PG is not set")
        name = conftest._PG.new_name()
        made.append(name)
        return conftest._PG.create(name)

    yield make
    if conftest._PG is not None:
        for name in made:
            conftest._PG.drop(name)
