"""Shared fixtures: offscreen Qt, a fresh temporary office database per test, actors of every role."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

# Before any QApplication exists (pytest-qt creates it lazily).
# The offscreen screen is 1366×768, the office screens the program is laid out for (Qt's default is 800×800,
# smaller than the main window's minimum, so windows were squeezed and cut text went unseen).
_SCREEN = Path(__file__).with_name("helpers") / "offscreen_1366x768.json"
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.setdefault("LANG", "id_ID.UTF-8")
os.environ.pop("PUSKESOS_DB", None)

import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402

from puskesos_desktop.core import clock  # noqa: E402
from puskesos_desktop.core.statuses import Role  # noqa: E402
from puskesos_desktop.db.engine import Database  # noqa: E402
from puskesos_desktop.services import office  # noqa: E402
from puskesos_desktop.services.admin import users  # noqa: E402
from puskesos_desktop.services.bootstrap import open_office_db  # noqa: E402
from puskesos_desktop.services.context import SYSTEM, Actor  # noqa: E402

VILLAGE_CODE = "6201022001"  # Kab. Kotawaringin Barat, Kec. Arut Selatan, a desa
TEST_PASSWORD = "Rahasia-123"


# Tests only: a cheap argon2 (the production cost is ~100 ms a hash, paid by every sign-in a test makes).
# Hashes made with it verify with the production hasher too (argon2 stores its parameters in the hash).
users.HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def _snapshot(src: Path, dst: Path) -> None:
    """A consistent copy of an SQLite database (WAL folded in), made with SQLite's own backup."""
    with sqlite3.connect(src) as source, sqlite3.connect(dst) as target:
        source.backup(target)
    target.close()
    source.close()


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Migrated, seeded databases built once per test process and copied for each test (a migration per test
    cost about a second)."""
    folder = tmp_path_factory.mktemp("templates")
    empty = folder / "empty.sqlite3"
    database = open_office_db(f"sqlite:///{empty}")
    database.dispose()
    empty_copy = folder / "empty-copy.sqlite3"
    _snapshot(empty, empty_copy)
    database = open_office_db(f"sqlite:///{empty_copy}")
    _fill_office(database)
    database.dispose()
    office_db = folder / "office.sqlite3"
    _snapshot(empty_copy, office_db)
    return {"empty": empty, "office": office_db}


def _from_template(template: Path, target: Path) -> Database:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, target)
    return open_office_db(f"sqlite:///{target}")


@pytest.fixture(autouse=True)
def _isolate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # Nothing a test does may touch the real data folder.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    yield
    clock.set_clock(None)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kantor.sqlite3"


@pytest.fixture
def empty_db(db_path: Path, _templates: dict[str, Path], request: pytest.FixtureRequest) -> Iterator[Database]:
    """Migrated and catalogue-seeded, but no office profile and no users (or, under `db`, with them)."""
    template = _templates["office"] if "db" in request.fixturenames else _templates["empty"]
    database = _from_template(template, db_path)
    yield database
    database.dispose()


@pytest.fixture
def db(empty_db: Database) -> Database:
    """An office database with a profile (Desa Sukamaju) and one user of every role (copied from a template)."""
    return empty_db


def _fill_office(empty_db: Database) -> None:
    office.save_profile(
        empty_db,
        SYSTEM,
        office.OfficeData(
            village_name="Sukamaju",
            village_code=VILLAGE_CODE,
            kecamatan_name="Arut Selatan",
            kabupaten_name="Kotawaringin Barat",
            province_name="Kalimantan Tengah",
            address="Jl. Pangeran Antasari No. 1",
            phone="0532-21000",
            head_name="H. Abdul Rahman",
            coordinator_name="Sri Wahyuni",
        ),
    )
    for username, name, role in [
        ("koordinator", "Sri Wahyuni", Role.KOORDINATOR),
        ("fo", "Dewi Lestari", Role.FRONT_OFFICE),
        ("bo", "Budi Santoso", Role.BACK_OFFICE),
        ("fasil", "Agus Salim", Role.FASILITATOR),
        ("kades", "H. Abdul Rahman", Role.PENANGGUNG_JAWAB),
    ]:
        users.create_user(empty_db, SYSTEM, username, name, role, TEST_PASSWORD)


def _actor(database: Database, username: str) -> Actor:
    return users.get_user(database, username).actor()


@pytest.fixture
def coordinator(db: Database) -> Actor:
    return _actor(db, "koordinator")


@pytest.fixture
def front(db: Database) -> Actor:
    return _actor(db, "fo")


@pytest.fixture
def back(db: Database) -> Actor:
    return _actor(db, "bo")


@pytest.fixture
def facilitator(db: Database) -> Actor:
    return _actor(db, "fasil")


@pytest.fixture
def head(db: Database) -> Actor:
    return _actor(db, "kades")


@pytest.fixture
def fixed_now() -> Iterator[dt.datetime]:
    """The clock stands still at Monday 23 November 2026, 09:30."""
    moment = dt.datetime(2026, 11, 23, 9, 30)
    clock.set_clock(lambda: moment)
    yield moment
    clock.set_clock(None)


def _sweep_qt() -> None:
    """Finish background jobs and delete every top-level widget while the QApplication still exists.

    Widgets or jobs left for the interpreter's shutdown are destroyed after Qt's own teardown, in no order,
    which crashes the process at exit ("shared QObject was deleted directly").
    """
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from puskesos_desktop.ui.jobs import jobs

    app = QApplication.instance()
    if app is None:
        return
    jobs().wait(10.0)
    for _ in range(3):
        QCoreApplication.processEvents()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture(autouse=True)
def _qt_cleanup(request: pytest.FixtureRequest) -> Iterator[None]:
    import gc

    uses_qt = "qtbot" in request.fixturenames or "qapp" in request.fixturenames
    # ui/jobs.py switches Python's automatic garbage collection off (it collects on the UI thread's timer); a test
    # without an event loop would then never collect. No job runs between Qt tests (_sweep_qt waits for them).
    automatic = gc.isenabled()
    if not uses_qt:
        gc.enable()
    yield
    if uses_qt:
        _sweep_qt()
    elif not automatic:
        gc.disable()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    import gc

    _sweep_qt()
    gc.collect()
    _sweep_qt()
