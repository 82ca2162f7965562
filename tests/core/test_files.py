"""core/files.py: a file appears whole under its name or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from puskesos_desktop.core.files import FileWriteError, atomic_path, atomic_write_bytes


def test_written_whole_in_a_new_folder(tmp_path: Path) -> None:
    target = tmp_path / "baru" / "resi.pdf"
    atomic_write_bytes(target, b"%PDF-1.4")
    assert target.read_bytes() == b"%PDF-1.4"
    assert [p.name for p in target.parent.iterdir()] == ["resi.pdf"]  # no temporary file left


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "laporan.xlsx"
    target.write_bytes(b"lama")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_bytes(b"setengah")
        raise RuntimeError("printer jammed")
    assert target.read_bytes() == b"lama" and [p.name for p in tmp_path.iterdir()] == ["laporan.xlsx"]


def test_an_unwritable_place_is_a_file_write_error(tmp_path: Path) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_bytes(b"")
    with pytest.raises(FileWriteError):
        atomic_write_bytes(blocker / "di-dalam-berkas.pdf", b"x")  # its "folder" is a file
