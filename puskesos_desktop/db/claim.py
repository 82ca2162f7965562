"""Who has the office database open: every running program holds a shared claim, a restore an exclusive one.

The claim is an operating-system lock on a small file beside the database (``<database>.kunci``): ``flock`` on
Linux/macOS, ``LockFileEx`` on Windows (both honoured across a network share). The OS drops a lock when its program
ends, however it ends, so a killed program never leaves a stale claim. Beside it, a folder ``<database>.pemakai``
holds one small record per running program (which program, which PC, which account, since when), each locked
exclusively by its program: a record that can be locked belongs to a program that is gone and is removed. That is
how a refused restore can say what to close.

Locks are per open file (not per process): two claims on one database in one process share one lock, counted.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import secrets
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from puskesos_desktop.core.errors import PuskesosError

LOCK_SUFFIX = ".kunci"
HOLDERS_SUFFIX = ".pemakai"
WAIT_FOR_RESTORE_S = 60.0  # a program starting while a restore runs waits this long for it to finish

# What this program is, for the records ("the window", "the command `puskesos list`"); cli/main.py sets it.
program_label = "program Puskesos Desktop"


class DatabaseInUse(PuskesosError):
    """An exclusive claim was refused: other programs have the database open."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def holders_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + HOLDERS_SUFFIX)


# --- the operating system's locks -------------------------------------------------------------------------------

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _Overlapped(ctypes.Structure):
        _fields_ = [
            ("Internal", ctypes.c_void_p),
            ("InternalHigh", ctypes.c_void_p),
            ("Offset", wintypes.DWORD),
            ("OffsetHigh", wintypes.DWORD),
            ("hEvent", wintypes.HANDLE),
        ]

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _LOCKFILE_FAIL_IMMEDIATELY, _LOCKFILE_EXCLUSIVE_LOCK = 0x1, 0x2
    # One byte far past any content: a locked range cannot be read on Windows, and the records must stay readable.
    _LOCK_OFFSET = 0x7FFFFFF0

    def _os_lock(fh: IO[bytes], exclusive: bool) -> bool:
        handle = msvcrt.get_osfhandle(fh.fileno())
        ov = _Overlapped(0, 0, _LOCK_OFFSET, 0, None)
        flags = _LOCKFILE_FAIL_IMMEDIATELY | (_LOCKFILE_EXCLUSIVE_LOCK if exclusive else 0)
        return bool(_kernel32.LockFileEx(wintypes.HANDLE(handle), flags, 0, 1, 0, ctypes.byref(ov)))

    def _os_unlock(fh: IO[bytes]) -> None:
        handle = msvcrt.get_osfhandle(fh.fileno())
        ov = _Overlapped(0, 0, _LOCK_OFFSET, 0, None)
        _kernel32.UnlockFileEx(wintypes.HANDLE(handle), 0, 1, 0, ctypes.byref(ov))

else:
    import fcntl

    def _os_lock(fh: IO[bytes], exclusive: bool) -> bool:
        try:
            fcntl.flock(fh.fileno(), (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _os_unlock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _open_lock_file(path: Path) -> IO[bytes] | None:
    """The lock file, created private when missing; None when it can be neither made nor opened (read-only media
    without one: nobody can restore there either)."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    except OSError:
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except OSError:
            return None
    return os.fdopen(fd, "r+b" if os.access(path, os.W_OK) else "rb", buffering=0)


# --- this process's claims --------------------------------------------------------------------------------------


@dataclass
class _Held:
    lock: IO[bytes]
    count: int = 0
    record: IO[bytes] | None = None
    record_path: Path | None = None
    exclusive: bool = False
    extra: list[str] = field(default_factory=list)


_held: dict[str, _Held] = {}
# Reentrant: a Database collected by the garbage collector releases its claim from whatever code was running.
_guard = threading.RLock()


def _key(db_path: Path) -> str:
    return os.path.normcase(str(db_path.resolve()))


def _write_record(db_path: Path) -> tuple[IO[bytes], Path] | None:
    folder = holders_dir(db_path)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        host = socket.gethostname() or "?"
        path = folder / f"{host}-{os.getpid()}-{secrets.token_hex(3)}.json"
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except OSError:
        return None
    fh = os.fdopen(fd, "r+b", buffering=0)
    try:
        try:
            user = getpass.getuser()
        except Exception:  # noqa: BLE001 - no account name on some systems
            user = "?"
        record = {
            "program": program_label,
            "host": host,
            "pid": os.getpid(),
            "account": user,
            "since": dt.datetime.now().isoformat(timespec="seconds"),
        }
        fh.write(json.dumps(record, ensure_ascii=False).encode("utf-8"))
        if not _os_lock(fh, exclusive=True):
            raise OSError("record not lockable")
    except OSError:
        fh.close()
        path.unlink(missing_ok=True)
        return None
    return fh, path


def _clear_records(db_path: Path) -> None:
    try:
        for path in holders_dir(db_path).iterdir():
            path.unlink(missing_ok=True)
    except OSError:
        pass


def _drop_record(held: _Held) -> None:
    if held.record is not None:
        held.record.close()
        held.record = None
    if held.record_path is not None:
        try:
            held.record_path.unlink(missing_ok=True)
        except OSError:
            pass
        held.record_path = None


def acquire_shared(db_path: Path, first: Callable[[], object] | None = None) -> bool:
    with _guard:
        return _acquire_shared(db_path, first)


def _acquire_shared(db_path: Path, first: Callable[[], object] | None = None) -> bool:
    """Hold a shared claim on db_path (counted within this process). Waits for a running restore to finish.

    ``first`` (a callable) runs once, under an exclusive claim, when this is the first program to open the
    database: the moment to clear what killed programs left behind. Returns False when no claim can be held
    (read-only media without a lock file).
    """
    key = _key(db_path)
    held = _held.get(key)
    if held is not None:
        held.count += 1
        return True
    fh = _open_lock_file(lock_path(db_path))
    if fh is None:
        return False
    if _os_lock(fh, exclusive=True):
        try:
            _clear_records(db_path)  # alone: every record left is of a program that is gone
            if first is not None:
                first()
        finally:
            _os_unlock(fh)
    deadline = time.monotonic() + WAIT_FOR_RESTORE_S
    while not _os_lock(fh, exclusive=False):
        if time.monotonic() > deadline:
            fh.close()
            raise DatabaseInUse(
                "Database {db_path} sedang dipulihkan dari cadangan oleh program lain. Tunggu pemulihan selesai, "
                "lalu buka lagi.",
                db_path=db_path,
            )
        time.sleep(0.2)
    held = _Held(fh, 1)
    record = _write_record(db_path)
    if record is not None:
        held.record, held.record_path = record
    _held[key] = held
    return True


def release_shared(db_path: Path) -> None:
    with _guard:
        _release_shared(db_path)


def _release_shared(db_path: Path) -> None:
    key = _key(db_path)
    held = _held.get(key)
    if held is None:
        return
    held.count -= 1
    if held.count > 0:
        return
    del _held[key]
    _drop_record(held)
    try:
        _os_unlock(held.lock)
    except OSError:
        pass
    held.lock.close()


def forget_files(db_path: Path) -> None:
    """Remove the lock file and the empty records folder of a database this program refused to open."""
    if _key(db_path) in _held:
        return
    try:
        lock_path(db_path).unlink(missing_ok=True)
        holders_dir(db_path).rmdir()
    except OSError:
        pass


def holders(db_path: Path) -> list[str]:
    """What else has the database open, in words ("the window … on PC X (account Y) since 08:15"); records
    of programs that are gone are removed on the way."""
    folder = holders_dir(db_path)
    own = _held.get(_key(db_path))
    own_path = own.record_path if own else None
    out: list[str] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return out
    for path in entries:
        if own_path is not None and path == own_path:
            continue
        try:
            with open(path, "rb") as fh:
                if _os_lock(fh, exclusive=True):  # nobody holds it: its program is gone
                    _os_unlock(fh)
                    fh.close()
                    path.unlink(missing_ok=True)
                    continue
                data = json.loads(fh.read().decode("utf-8") or "{}")
        except (OSError, ValueError):
            continue
        since = str(data.get("since", ""))[11:16]
        out.append(
            f"{data.get('program', 'program Puskesos')} di PC {data.get('host', '?')} "
            f"(akun {data.get('account', '?')}, proses {data.get('pid', '?')}, sejak {since})"
        )
    return out


@contextmanager
def exclusive(db_path: Path) -> Iterator[None]:
    """Hold the database alone (a restore). Refused, naming what to close, while any other program has it open.

    A claim this process holds itself is set aside for the duration and taken again afterwards.
    """
    key = _key(db_path)
    own = _held.get(key)
    if own is not None:
        _os_unlock(own.lock)  # our own shared claim would stand in the way
        fh: IO[bytes] | None = own.lock
    else:
        fh = _open_lock_file(lock_path(db_path))
    if fh is None:
        raise DatabaseInUse(
            "Database {db_path} tidak dapat dikunci (folder hanya-baca?); pemulihan dibatalkan.", db_path=db_path
        )
    try:
        if not _os_lock(fh, exclusive=True):
            others = holders(db_path)
            named = (
                "; ".join(others) if others else "program Puskesos lain (jendela atau perintah) di PC ini atau PC lain"
            )
            raise DatabaseInUse(
                "Database {db_path} sedang dibuka oleh: {named}. Tutup program itu dahulu, lalu ulangi pemulihan.",
                db_path=db_path,
                named=named,
            )
        try:
            yield
        finally:
            _os_unlock(fh)
    finally:
        if own is not None:
            if not _os_lock(own.lock, exclusive=False):  # pragma: no cover - someone slipped in: wait for them
                while not _os_lock(own.lock, exclusive=False):
                    time.sleep(0.05)
        elif fh is not None:
            fh.close()
