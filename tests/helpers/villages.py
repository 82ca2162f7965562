"""Demo villages built once per test process and copied for each test that needs one: fill_demo costs about 7 CPU-s
whatever the village's size, and several modules ask for the same village."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from puskesos_desktop.core import clock
from puskesos_desktop.devtools import demo
from puskesos_desktop.services.bootstrap import open_office_db

_BUILT: dict[tuple[int, int, dt.date, dt.datetime | None], Path] = {}


def demo_village(build_dir: Path, residents: int, seed: int, today: dt.date) -> Path:
    """A built village (`fill_demo(residents, seed, today)`) that the caller copies and never changes."""
    now = clock.now()
    # fill_demo ends its months at `today` 15:30, or at the clock's moment when that is earlier: part of the key.
    key = (residents, seed, today, now if today >= now.date() else None)
    built = _BUILT.get(key)
    if built is None or not built.exists():
        built = build_dir / f"demo-{residents}-{seed}-{today:%Y%m%d}-{len(_BUILT)}.sqlite3"
        database = open_office_db(f"sqlite:///{built}")
        try:
            demo.fill_demo(database, residents_count=residents, seed=seed, today=today)
        finally:
            database.dispose()
        _BUILT[key] = built
    return built


def demo_copy_to(target: Path, residents: int, seed: int, today: dt.date, build_dir: Path) -> Path:
    """`target` becomes a private copy of that village."""
    shutil.copyfile(demo_village(build_dir, residents, seed, today), target)
    return target
