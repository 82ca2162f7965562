"""The program's temporary files: private, in the data folder, and cleared at the next start after a kill.

* A working copy of the database (a backup being encrypted, a backup being checked for restore) is a private file
  (0600) named ``.<database>.sementara-<kind>-<random>`` in the database's own folder, never on a USB stick.
* A temporary file the program must make elsewhere (the not-yet-renamed backup on the stick) is noted in the
  data folder first (``.<database>.catatan-<random>``) and the note removed when it is gone; a killed program
  leaves the note, and the next start removes the file it names.
* ``sweep`` runs when the first program opens the database (no other program can be using a temporary file then).
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

TEMP_MARK = ".sementara-"
NOTE_MARK = ".catatan-"
_SIDECARS = ("", "-wal", "-shm", "-journal")
# A temporary name core/files.atomic_path makes beside a target: ".<name>.<random>.tmp" (and what the old
# encrypted backup left: ".<name>.<random>.tmp.plain").
_ATOMIC_TMP = re.compile(r"^\..+\.[A-Za-z0-9_]{6,}\.tmp(\.plain)?(-wal|-shm|-journal)?$")


def private_temp(db_path: Path, kind: str, suffix: str = "") -> Path:
    """A new empty private file in the database's folder for a working copy of (part of) the database."""
    fd, name = tempfile.mkstemp(prefix=f".{db_path.name}{TEMP_MARK}{kind}-", suffix=suffix, dir=db_path.parent)
    os.close(fd)
    return Path(name)


def remove(path: Path) -> None:
    """A temporary SQLite file and whatever SQLite kept beside it."""
    for side in _SIDECARS:
        try:
            Path(str(path) + side).unlink(missing_ok=True)
        except OSError:
            pass


def note_external(db_path: Path, tmp: Path) -> Path | None:
    """Remember a temporary file outside the data folder until forget(); None when there is no room to note it."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{db_path.name}{NOTE_MARK}", dir=db_path.parent)
    except OSError:
        return None
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(str(tmp.resolve()))
    return Path(name)


def forget(note: Path | None) -> None:
    if note is not None:
        try:
            note.unlink(missing_ok=True)
        except OSError:
            pass


def sweep(db_path: Path, folders: tuple[Path, ...] = (), before: float | None = None) -> list[Path]:
    """Remove what killed programs left: working copies beside the database (also the old names of killed
    restores, ``.<stem>.pulih-*``), temporary files in the backup folders, and the noted files elsewhere.
    ``before`` (a time stamp): only files last written before it — this program's own working files, made
    before it first opened the database, are not leftovers."""
    removed: list[Path] = []

    def stale(p: Path) -> bool:
        if not p.is_file():
            return False
        if before is None:
            return True
        try:
            return p.stat().st_mtime < before
        except OSError:
            return False

    folder = db_path.parent
    stem = db_path.stem
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for p in entries:
        name = p.name
        if name.startswith(f".{db_path.name}{NOTE_MARK}"):
            try:
                target = Path(p.read_text(encoding="utf-8").strip())
                if target.name.startswith(".") and _ATOMIC_TMP.match(target.name) and stale(target):
                    target.unlink()
                    removed.append(target)
            except OSError:
                pass
            forget(p)
        elif (
            name.startswith(f".{db_path.name}{TEMP_MARK}")
            or (name.startswith(f".{stem}.pulih-") and ".sqlite3" in name)
            or (name.startswith(f".{db_path.name}.") and _ATOMIC_TMP.match(name))
            or (name.startswith(f"{stem}.sebelum-") and name.endswith(".tmp"))  # engine.sqlite_backup's
        ):
            if stale(p):
                try:
                    p.unlink()
                    removed.append(p)
                except OSError:
                    pass
    for other in folders:
        try:
            for p in other.iterdir():
                if _ATOMIC_TMP.match(p.name) and stale(p):
                    p.unlink()
                    removed.append(p)
        except OSError:
            continue
    return removed
