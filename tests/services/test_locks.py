"""services/locks.py: one holder at a time, refused at once with the caller's sentence, free again after the block
(even one that failed); the lock file is private."""

from __future__ import annotations

from pathlib import Path

import pytest

from puskesos_desktop.core.errors import msg
from puskesos_desktop.services import locks


def test_one_holder_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "impor.kunci"
    # One of the program's own sentences (every raised template needs its English; tests/helpers/service_messages.py).
    busy = msg(
        "Ekspor bulan {label} lain sedang berjalan atau baru saja berjalan (di jendela ini, jendela lain atau "
        "baris perintah). Tunggu sampai selesai, lalu periksa daftar batch sebelum mengekspor lagi.",
        label="November 2026",
    )
    with locks.exclusive(path, busy):
        assert path.stat().st_mode & 0o077 == 0
        # A second open of the file is a second holder, as another program would be.
        with pytest.raises(locks.Busy) as caught, locks.exclusive(path, busy):
            pass
        assert caught.value.message.startswith("Ekspor bulan November 2026 lain sedang berjalan")
    with locks.exclusive(path, "tidak dipakai"):  # released: free again
        pass


def test_released_after_a_failure_inside(tmp_path: Path) -> None:
    path = tmp_path / "cadangan.kunci"
    with pytest.raises(RuntimeError), locks.exclusive(path, "sibuk"):
        raise RuntimeError("gagal di tengah")
    with locks.exclusive(path, "sibuk"):
        pass
