"""What several command modules share."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from tests.helpers.cli import json_out
from tests.helpers.villages import BUILT_NAME, shared_build, shared_build_dir
from tests.services.dx_data import fill_months
from tests.services.fo_data import add_registry, resident


@pytest.fixture
def filled(db: Database, front: Actor, fixed_now: object) -> str:
    """A resident with a complaint (its number is returned), one without a NIK, one in the registry only."""
    rid = resident(db, front, "Muhammad Yusuf", "6201021205900001", "6201021205900002")
    resident(db, front, "Budi Tanpa Nik", sex="L")
    add_registry(db, "6201026303750008", "SITI RAHMAWATI", kk="6201021303750009")
    return complaints.register_complaint(db, front, complaints.ComplaintInput(rid, "Sosial", "Rumah bocor")).number


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo village of 120 clients, made once a run by `puskesos demo` (the xdist workers share the build), copied
    once per test process and only read by the tests that share it."""

    def build(path: Path) -> None:
        assert main(["demo", "--db", str(path), "--residents", "120", "--seed", "7", "--json"]) == 0

    built = shared_build(shared_build_dir(tmp_path_factory), "puskesos-demo-120-7", build)
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copyfile(built / BUILT_NAME, path)
    return path


@pytest.fixture
def november_export(
    db: Database, db_path: Path, tmp_path: Path, front: Actor, back: Actor, coordinator: Actor,
    capsys: pytest.CaptureFixture[str],
) -> tuple[Path, dict[str, object]]:  # fmt: skip
    """Two months of casework (tests/services/dx_data.py), then `puskesos export --month 2026-11 --json` to a stick:
    the stick's folder and what the command printed."""
    fill_months(db, front, back, coordinator)
    stick = tmp_path / "usb"
    stick.mkdir()
    assert main(["export", "--month", "2026-11", "--out", str(stick), "--db", str(db_path), "--json"]) == 0
    return stick, json_out(capsys)
