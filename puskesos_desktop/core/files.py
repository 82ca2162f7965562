"""Files the program writes (PDF, Excel, backups) appear whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from puskesos_desktop.core.errors import Message, PuskesosError, msg


class FileWriteError(PuskesosError):
    pass


@contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside target; on success it is fsynced and renamed over target.

    On any error the temporary file is removed and nothing exists under the final name that was not there before.
    A full disk or a pulled-out USB stick becomes a FileWriteError with an Indonesian message.
    """
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise FileWriteError(_explain(exc, target)) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FileWriteError(_explain(exc, target)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_bytes(target: Path | str, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; best effort: a folder that cannot be opened is left as it is)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _explain(exc: OSError, target: Path) -> Message:
    import errno

    if exc.errno == errno.ENOSPC:
        return msg(
            "Ruang penyimpanan penuh: {folder} tidak muat untuk {name}. Kosongkan ruang lalu ulangi.",
            folder=target.parent,
            name=target.name,
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return msg("Folder {folder} tidak dapat ditulisi (hanya-baca atau tanpa izin).", folder=target.parent)
    if exc.errno in (errno.ENOENT, errno.EIO, errno.ENODEV, errno.ENXIO):
        return msg(
            "Folder {folder} tidak dapat diakses. Apakah flashdisk tercabut? Pasang kembali lalu ulangi.",
            folder=target.parent,
        )
    return msg("Gagal menulis {target}: {reason}.", target=target, reason=exc.strerror or exc)
