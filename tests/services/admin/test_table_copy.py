"""The table copy under backups and moves streams in bounded chunks, reporting progress in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import table_copy
from puskesos_desktop.services.context import Actor
from tests.services.admin import engines


def test_copy_streams_in_bounded_chunks(
    db: Database, front: Actor, coordinator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engines.office(db, front, coordinator)
    monkeypatch.setattr(table_copy, "CHUNK_BYTES", 1000)  # every attachment a chunk of its own
    seen: list[tuple[int, int]] = []
    result = table_copy.write_sqlite_copy(db, tmp_path / "salinan.sqlite3", lambda d, t: seen.append((d, t)))
    total = sum(result.counts.values())
    assert seen[-1] == (total, total) and len(seen) > len([n for n in result.counts.values() if n])
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
