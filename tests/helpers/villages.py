"""Demo villages built once per test run and copied for each test that needs one: fill_demo costs about 7 CPU-s
whatever the village's size, and several modules in both xdist workers ask for the same village.

The workers share one build per village: it is made under a file lock in the run's common temporary folder (the
parent of every worker's basetemp), in a folder of its own that gets its final name only when the build is whole.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from puskesos_desktop.core import clock
from puskesos_desktop.db.engine import Database
from puskesos_desktop.devtools import demo
from puskesos_desktop.services.bootstrap import open_office_db

# The date the shared villages end at (fill_demo's `today`): fixed, so every test asking for "a demo village" gets the
# same build whatever day the suite runs.
DEMO_TODAY = dt.date(2026, 11, 23)

_FOLDER = "demo-villages"
_BUILT: dict[tuple[Path, int, int, dt.date, dt.datetime | None], Path] = {}


def shared_build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder every worker of this run sees (without xdist: the run's own basetemp)."""
    return _shared(tmp_path_factory.getbasetemp())


def _shared(build_dir: Path) -> Path:
    """A worker's basetemp (`…/pytest-N/popen-gw0`, what the callers pass) stands for the run's common folder."""
    if build_dir.name == _FOLDER:
        return build_dir
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker and build_dir.name == f"popen-{worker}":
        build_dir = build_dir.parent
    folder = build_dir / _FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    import fcntl  # the suite runs on Linux (CI and this machine)

    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


BUILT_NAME = "desa.sqlite3"


def shared_build(build_dir: Path, name: str, build: Callable[[Path], None]) -> Path:
    """The folder `build_dir/name` holding `BUILT_NAME` made by `build(path)`: the first process of the run to ask
    builds it, the others wait for it (a file lock) and find it whole (the folder gets its name when it is)."""
    folder = build_dir / name
    with _locked(build_dir / f"{name}.lock"):
        if not folder.exists():
            partial = build_dir / f"{name}.partial-{os.getpid()}"
            shutil.rmtree(partial, ignore_errors=True)
            partial.mkdir(parents=True)
            build(partial / BUILT_NAME)
            partial.rename(folder)
    return folder


def demo_village(build_dir: Path, residents: int, seed: int, today: dt.date) -> Path:
    """A built village (`fill_demo(residents, seed, today)`) that the caller copies and never changes."""
    build_dir = _shared(build_dir)
    now = clock.now()
    # fill_demo ends its months at `today` 15:30, or at the clock's moment when that is earlier: part of the key.
    moment = now if today >= now.date() else None
    key = (build_dir, residents, seed, today, moment)
    built = _BUILT.get(key)
    if built is not None and built.exists():
        return built
    name = f"demo-{residents}-{seed}-{today:%Y%m%d}"
    # A village ending at the clock's moment is this process's alone (another's clock differs).
    name += f"-{os.getpid()}-{moment:%H%M%S%f}" if moment is not None else ""

    def fill(path: Path) -> None:
        database = open_office_db(f"sqlite:///{path}")
        try:
            demo.fill_demo(database, residents_count=residents, seed=seed, today=today)
        finally:
            database.dispose()

    folder = shared_build(build_dir, name, fill)
    built = folder / BUILT_NAME
    _BUILT[key] = built
    return built


def demo_copy_to(target: Path, residents: int, seed: int, today: dt.date, build_dir: Path) -> Path:
    """`target` becomes a private copy of that village."""
    shutil.copyfile(demo_village(build_dir, residents, seed, today), target)
    return target


@pytest.fixture
def small_demo(empty_db: Database, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """`fill_demo(empty_db, residents_count=20, seed=3, today=DEMO_TODAY)`: on SQLite a private copy of the run's
    one build of it (beside the test's database), on PostgreSQL filled into the test's server database."""
    path = empty_db.path
    if path is None:
        demo.fill_demo(empty_db, residents_count=20, seed=3, today=DEMO_TODAY)
        yield empty_db
        return
    copy = demo_copy_to(path.with_name("desa-demo.sqlite3"), 20, 3, DEMO_TODAY, shared_build_dir(tmp_path_factory))
    database = open_office_db(f"sqlite:///{copy}")
    yield database
    database.dispose()
