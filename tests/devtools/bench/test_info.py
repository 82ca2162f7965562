"""bench.json: a kept folder copied elsewhere measures the copy, never the folder it was copied from."""

from __future__ import annotations

import shutil
from pathlib import Path

from puskesos_desktop.devtools.bench.info import BuildInfo, load_info, save_info


def _info(folder: Path) -> BuildInfo:
    return BuildInfo(db_path=str(folder / "bench.sqlite3"), extract_path=str(folder / "DTKS_bench.xlsx"),
                     month="2026-11", password="x", usernames={}, residents=1, households=1, registry_rows=1,
                     registry_residents=1, complaints=1, referrals=0)  # fmt: skip


def test_a_copied_folder_points_at_its_own_files(tmp_path: Path) -> None:
    original = tmp_path / "keep"
    original.mkdir()
    (original / "bench.sqlite3").write_bytes(b"db")
    (original / "DTKS_bench.xlsx").write_bytes(b"x")
    save_info(original, _info(original))
    copy = tmp_path / "copy"
    shutil.copytree(original, copy)

    info = load_info(copy)

    assert info.db_path == str(copy / "bench.sqlite3")
    assert info.extract_path == str(copy / "DTKS_bench.xlsx")
    assert load_info(original).db_path == str(original / "bench.sqlite3")


def test_a_server_bench_keeps_its_empty_path(tmp_path: Path) -> None:
    info = _info(tmp_path)
    info.db_path, info.engine = "", "postgresql"
    save_info(tmp_path, info)
    assert load_info(tmp_path).db_path == ""
