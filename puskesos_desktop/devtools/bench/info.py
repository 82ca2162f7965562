"""What the build leaves for the measuring steps (bench.json in the work folder): light to import, so that the
cold-start child loads nothing the program itself would not."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from puskesos_desktop.core.statuses import Role

INFO_FILE = "bench.json"
# `bench --db URL`: the server's URL reaches the step processes in the environment, never on a command line (the
# process list) nor in bench.json: it may hold a password.
DB_ENV = "PUSKESOS_BENCH_DB"
ACCOUNTS = {"coordinator": ("bench.koordinator", "Koordinator Uji", Role.KOORDINATOR),
            "front": ("bench.fo", "Front Office Uji", Role.FRONT_OFFICE),
            "back": ("bench.bo", "Back Office Uji", Role.BACK_OFFICE)}  # fmt: skip


@dataclass
class BuildSpec:
    residents: int = 200_000
    registry: int = 100_000
    complaints: int = 10_000
    seed: int = 7


@dataclass
class BuildInfo:
    """What the measuring steps need to know, saved as bench.json in the work folder."""

    db_path: str
    extract_path: str
    month: str  # YYYY-MM of the complaints
    password: str  # of the benchmark accounts (a fresh one per run)
    usernames: dict[str, str]
    residents: int
    households: int
    registry_rows: int
    registry_residents: int  # people both in the extract and residents
    complaints: int
    referrals: int
    seconds: dict[str, float] = field(default_factory=dict)
    engine: str = "sqlite"  # or "postgresql" (bench --db URL); db_path is then empty

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def save_info(workdir: Path, info: BuildInfo) -> None:
    path = workdir / INFO_FILE
    path.write_text(json.dumps(info.as_json(), ensure_ascii=False, indent=2), encoding="utf-8")
    path.chmod(0o600)  # it holds the benchmark accounts' password


def office_url(info: BuildInfo, env: Mapping[str, str] | None = None) -> str:
    """The benchmark's office database: the SQLite file the build wrote, or the server named by bench --db."""
    if info.engine == "sqlite":
        from puskesos_desktop.config import sqlite_url

        return sqlite_url(Path(info.db_path))
    url = (os.environ if env is None else env).get(DB_ENV, "")
    if not url:
        raise RuntimeError(f"{DB_ENV} is not set: the step cannot reach the benchmark's {info.engine} database")
    return url


def load_info(workdir: Path) -> BuildInfo:
    info = BuildInfo(**json.loads((workdir / INFO_FILE).read_text(encoding="utf-8")))
    # A kept folder copied elsewhere (`cp -a` then `bench --keep COPY`) must measure the copy, never the folder it
    # was copied from: the build wrote absolute paths, so files are found by name in the folder itself.
    for name in ("db_path", "extract_path"):
        recorded = getattr(info, name)
        if recorded and (workdir / Path(recorded).name).exists():
            setattr(info, name, str(workdir / Path(recorded).name))
    return info
