"""db/tempfiles.py: what killed programs left beside the database (working copies, old restore copies, backups
half-written) is cleared by the first program to open it, alone, and nothing else is."""

from __future__ import annotations

from pathlib import Path

import pytest

from puskesos_desktop.db import tempfiles
from puskesos_desktop.db.engine import Database


@pytest.mark.sqlite_only  # the files beside an SQLite database (it came from test_data_safety, all SQLite-only)
def test_the_first_start_clears_what_killed_programs_left_and_nothing_else(db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    folder, name, stem = db.path.parent, db.path.name, db.path.stem
    backups = folder / "backups"
    backups.mkdir(exist_ok=True)
    left = [
        folder / f".{stem}.pulih-k2j3h4g5.sqlite3",  # a killed restore of the old code: a whole hidden copy
        folder / f".{name}.sementara-pulih-a1b2c3d4.sqlite3",
        folder / f".{name}.sementara-cadangan-a1b2c3d4.sqlite3-journal",
        backups / f".{stem}-20261202-101010.sqlite3.q1w2e3r4.tmp",
        folder / f"{stem}.sebelum-0001-20261202-101010.sqlite3.tmp",  # a killed copy before a migration
    ]
    kept = [
        folder / "catatan-kantor.txt",
        folder / f"{stem}.sebelum-pulih-20261202-101010.sqlite3",
        backups / f"{stem}-20261202-101010.sqlite3",
    ]
    for p in left + kept:
        p.write_bytes(b"x")
    busy = Database(db.url)  # opened while the database is open: nothing is touched (temporaries may be in use)
    busy.dispose()
    assert all(p.exists() for p in left)
    db.dispose()
    first = Database(db.url)  # the first program to open it, alone
    first.dispose()
    assert [p for p in left if p.exists()] == [] and all(p.exists() for p in kept)


def test_a_noted_file_elsewhere_is_removed_and_a_fresh_one_kept(tmp_path: Path) -> None:
    data, stick = tmp_path / "data", tmp_path / "usb"
    data.mkdir()
    stick.mkdir()
    db_path = data / "kantor.sqlite3"
    work = tempfiles.private_temp(db_path, "cadangan", ".sqlite3")
    assert work.parent == data and work.name.startswith(".kantor.sqlite3.sementara-cadangan-")
    assert work.stat().st_mode & 0o077 == 0  # private: no one else on the PC reads a copy of the office

    on_stick = stick / ".kantor-20261202.sqlite3.ab12cd34.tmp"
    on_stick.write_bytes(b"x")
    note = tempfiles.note_external(db_path, on_stick)
    assert note is not None and note.read_text(encoding="utf-8") == str(on_stick.resolve())
    not_ours = stick / "foto-kantor.jpg"  # a note never removes a file that is not one of our temporary names
    not_ours.write_bytes(b"x")
    other_note = tempfiles.note_external(db_path, not_ours)

    # Files written after `before` are this program's own, still in use: kept. A note is read once and dropped.
    assert tempfiles.sweep(db_path, before=0.0) == []
    assert work.exists() and on_stick.exists() and not_ours.exists()
    assert other_note is not None and not note.exists() and not other_note.exists()

    note = tempfiles.note_external(db_path, on_stick)
    removed = tempfiles.sweep(db_path, (stick,))
    assert set(removed) == {work, on_stick}
    assert not_ours.exists() and list(data.iterdir()) == []

    tempfiles.forget(None)
    sidecars = [Path(f"{work}{side}") for side in ("", "-wal", "-shm", "-journal")]
    for p in sidecars:
        p.write_bytes(b"x")
    tempfiles.remove(work)
    assert not any(p.exists() for p in sidecars)
