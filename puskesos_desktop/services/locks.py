"""Exclusive locks between running programs (windows, command lines, this PC or another on a shared folder).

The operating system releases them when the process dies, so a kill never leaves a lock behind.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from puskesos_desktop.core.errors import Message, PuskesosError


class Busy(PuskesosError):
    """Another run holds the lock."""


@contextmanager
def exclusive(path: Path, busy_message: str | Message) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (created 0600) or raise Busy(busy_message) at once."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise Busy(busy_message) from None
        yield
    finally:
        os.close(fd)  # closing releases the lock
