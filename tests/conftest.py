"""Shared fixtures: offscreen Qt, a fresh temporary office database per test, actors of every role."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import time
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
from tests.helpers.keyrings import no_credential_store  # noqa: E402, F401  (offered to every module)
from tests.helpers.villages import small_demo  # noqa: E402, F401  (offered to every module)

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


# PUSKESOS_TEST_PG=postgresql+psycopg://user:pw@host/db runs the suite against that PostgreSQL server instead: every
# test gets a database of its own, made from a migrated template (CREATE DATABASE … TEMPLATE) and dropped after.
# The role needs CREATEDB; the named database is only used to create and drop the others.
PG_URL = os.environ.get("PUSKESOS_TEST_PG", "").strip()


def pytest_configure(config: pytest.Config) -> None:
    from PySide6.QtWidgets import QMessageBox

    _MESSAGE_BOXES.update(
        {name: QMessageBox.__dict__[name] for name in ("question", "warning", "information", "critical")}
    )
    # Every message a service raises during the run must have its English (issue 17 item 9).
    from tests.helpers.service_messages import ServiceMessageRecorder

    config.pluginmanager.register(ServiceMessageRecorder(), "service-messages")
    # PUSKESOS_CPU_REPORT=FOLDER: each test's CPU seconds, for scripts/cpu_report.py.
    from tests.helpers import cpu_report

    cpu_report.register(config)
    # With --cov: the window's tests run untraced (tests/helpers/coverage_scope.py).
    from tests.helpers import coverage_scope

    coverage_scope.register(config)


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """pytest-qt closes a test's widgets at teardown; a form a failed test left with typed text then asks whether to
    discard it, in a modal box nobody answers, and the whole run hangs. At teardown a message box answers "no"
    at once (the failure is already reported; nothing is discarded or saved)."""
    from PySide6.QtWidgets import QMessageBox

    def no(*_args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        return QMessageBox.StandardButton.No

    for name in _MESSAGE_BOXES:
        setattr(QMessageBox, name, staticmethod(no))
    try:
        yield
    finally:  # the originals, taken before any test ran (a test's own monkeypatch is undone inside the yield)
        for name, method in _MESSAGE_BOXES.items():
            setattr(QMessageBox, name, method)


_MESSAGE_BOXES: dict[str, object] = {}

#: A modal dialog nobody answers for this long during a test is closed and the test fails, naming it: an
#: unexpected message box (a fault shown by a list that failed to load) otherwise hangs the whole run.
MODAL_STUCK_S = 60.0


class _ModalGuard:
    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.stuck: list[str] = []
        self._seen: tuple[int, float] | None = None
        self.timer = QTimer()
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QDialog):
            self._seen = None
            return
        now = time.monotonic()
        if self._seen is None or self._seen[0] != id(modal):
            self._seen = (id(modal), now)
            return
        if now - self._seen[1] >= MODAL_STUCK_S:
            text = modal.text() if isinstance(modal, QMessageBox) else modal.windowTitle()
            self.stuck.append(f"{type(modal).__name__}: {text}")
            self._seen = None
            modal.reject()

    def stop(self) -> list[str]:
        self.timer.stop()
        self.timer.deleteLater()
        return self.stuck


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    from PySide6.QtWidgets import QApplication

    guard = _ModalGuard() if QApplication.instance() is not None else None
    yield
    if guard is not None:
        stuck = guard.stop()
        if stuck:
            item.add_report_section("call", "modal", "\n".join(stuck))
            raise AssertionError(f"a modal dialog waited {MODAL_STUCK_S:.0f} s unanswered: {stuck}")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not PG_URL:
        return
    skip = pytest.mark.skip(reason="SQLite file only (PUSKESOS_TEST_PG is set)")
    for item in items:
        # Asking for db_path means working on the SQLite file itself.
        if item.get_closest_marker("sqlite_only") or "db_path" in getattr(item, "fixturenames", ()):
            item.add_marker(skip)


class _PgServer:
    """Creates and drops this test process's databases on the server named by PUSKESOS_TEST_PG."""

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        worker = os.environ.get("PYTEST_XDIST_WORKER", "m")
        self.prefix = f"pskt_{os.getpid()}_{worker}"
        self.counter = 0
        self._conn: object | None = None

    def _admin(self) -> object:
        import psycopg

        if self._conn is None:
            u = self.url
            self._conn = psycopg.connect(
                host=u.host or "localhost",
                port=u.port or 5432,
                user=u.username,
                password=u.password,
                dbname=u.database or "postgres",
                autocommit=True,
            )
        return self._conn

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, name: str, template: str | None = None) -> str:
        suffix = f' TEMPLATE "{template}"' if template else ""
        self.drop(name)
        # Copying a template fails while anything (autovacuum too) is connected to it: wait, as drop does.
        self._retrying(f'CREATE DATABASE "{name}"{suffix}')
        return self.url_of(name)

    def new_name(self) -> str:
        self.counter += 1
        return f"{self.prefix}_{self.counter}"

    def drop(self, name: str) -> None:
        # An autovacuum worker that has just started on the fresh database cannot be terminated by a role without
        # pg_signal_backend (CI's role); it ends within moments, so wait for it instead of failing the test.
        self._retrying(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _retrying(self, statement: str) -> None:
        import psycopg

        deadline = time.monotonic() + 30
        while True:
            try:
                self._admin().execute(statement)  # type: ignore[attr-defined]
                return
            except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)


_PG: _PgServer | None = _PgServer(PG_URL) if PG_URL else None


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """Migrated, seeded databases built once per test process and copied for each test (a migration per test
    cost about a second)."""
    if _PG is not None:
        names = {"empty": f"{_PG.prefix}_empty", "office": f"{_PG.prefix}_office"}
        database = open_office_db(_PG.create(names["empty"]))
        database.dispose()
        database = open_office_db(_PG.create(names["office"], template=names["empty"]))
        _fill_office(database)
        database.dispose()
        yield {k: Path(v) for k, v in names.items()}
        for name in names.values():
            _PG.drop(name)
        return
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
    yield {"empty": empty, "office": office_db}


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
def empty_db(tmp_path: Path, _templates: dict[str, Path], request: pytest.FixtureRequest) -> Iterator[Database]:
    """Migrated and catalogue-seeded, but no office profile and no users (or, under `db`, with them)."""
    template = _templates["office"] if "db" in request.fixturenames else _templates["empty"]
    if _PG is not None:
        name = _PG.new_name()
        database = open_office_db(_PG.create(name, template=str(template)))
        yield database
        # Windows and background jobs of the test end before their database goes (on SQLite the file simply stays
        # until tmp_path is cleaned; a dropped server database makes a late job fail in a dialog).
        if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
            _sweep_qt()
        database.dispose()
        _PG.drop(name)
        return
    # The same file as the db_path fixture gives.
    database = _from_template(template, tmp_path / "kantor.sqlite3")
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
