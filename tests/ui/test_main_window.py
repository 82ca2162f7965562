from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from puskesos_desktop import APP_NAME
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.main_window import MainWindow

# In the PostgreSQL subset (make test-postgres).
pytestmark = pytest.mark.pg


def test_main_window_shows_office_user_and_tabs(qtbot: QtBot, db: Database, front: Actor) -> None:
    r = residents.create_resident(
        db, front, residents.ResidentInput(name="Siti Aminah", nik="6201025205900001", kk="6201021205900002")
    )
    complaints.register_complaint(db, front, complaints.ComplaintInput(r.id, "Sosial", "Rumah bocor"))
    window = MainWindow(AppContext(db, front))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:4] == ["Front Office", "Back Office", "Laporan", "Pengaturan"]
    assert "Sukamaju" in window.status_office.text()
    assert "Dewi Lestari" in window.status_user.text()
    assert (db.path.name if db.path is not None else str(db.engine.url.database)) in window.status_db.text()
    # The title as the window manager shows it: Qt appends the display name unless the title ends with it.
    title = window.windowTitle()
    shown = title if title.endswith(APP_NAME) else f"{title} — {APP_NAME}"
    assert "Sukamaju" in title and shown.count("Puskesos Desktop") == 1
    assert window.minimumSizeHint().width() <= 1366 and window.minimumSizeHint().height() <= 768


def test_every_tab_has_its_own_ctrl_number(qtbot: QtBot, db: Database, front: Actor) -> None:
    """Keyboard-first: Ctrl+1…4 show the tabs from anywhere (Ctrl+Tab needs focus inside the tabs); a tab built
    on first showing keeps its place and its shortcut."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = MainWindow(AppContext(db, front))
    qtbot.addWidget(window)
    window.show()
    # A window shortcut needs the active window; offscreen, a window is activated only when asked.
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tabs.setFocus()
    shortcuts = [a.shortcut().toString() for a in window.tab_actions]
    assert shortcuts == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"]
    assert window.tabs.tabToolTip(1) == "Back Office (Ctrl+2)"
    for index in (1, 3, 2, 0):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_1 + index, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == index
        assert window.tabs.tabText(index) == window.tab_actions[index].text()


def test_the_later_tabs_qt_free_modules_are_imported_off_the_window_thread() -> None:
    """Issue 12: what the Back Office, Laporan and each Pengaturan page import below ui/ is in WARM_MODULES
    (imported by a job once the window is up), so showing them first does not import it on the window's thread.
    In a fresh interpreter: the test process has imported everything already."""
    import json
    import os
    import subprocess
    import sys

    from puskesos_desktop.ui.main_window import LATER_TABS, WARM_MODULES

    script = (
        "import sys, json, importlib\n"
        "import puskesos_desktop.ui.main_window as mw\n"
        "mw.import_all(mw.WARM_MODULES)\n"
        "out = {}\n"
        "def look(module):\n"
        "    before = set(sys.modules)\n"
        "    importlib.import_module(module)\n"
        "    out[module] = sorted(m for m in set(sys.modules) - before if m.startswith('puskesos_desktop.')\n"
        "                         and not m.startswith('puskesos_desktop.ui'))\n"
        "for module, _cls in mw.LATER_TABS:\n"
        "    look(module)\n"
        "from puskesos_desktop.ui.tabs import settings\n"
        "for entry in settings.page_entries():\n"
        "    look(settings._PAGES + entry.module)\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    left = json.loads(done.stdout.strip().splitlines()[-1])
    assert {m for m, _c in LATER_TABS} < set(left)
    assert any(m.endswith(".data_exchange") for m in left)  # Pengaturan's pages, each built when first chosen
    assert left == {m: [] for m in left}, "add these to main_window.WARM_MODULES"
    assert len(set(WARM_MODULES)) == len(WARM_MODULES)


def test_the_warm_up_imports_on_a_worker(
    qtbot: QtBot, db: Database, front: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from puskesos_desktop.ui import main_window
    from tests.helpers.jobs import wait_until

    threads: list[bool] = []
    monkeypatch.setattr(main_window, "WARM_AFTER_MS", 0)
    monkeypatch.setattr(
        main_window, "import_all", lambda _m: threads.append(threading.current_thread() is threading.main_thread())
    )
    window = MainWindow(AppContext(db, front))
    qtbot.addWidget(window)
    window.show()
    wait_until(qtbot, lambda: bool(threads))
    assert threads == [False]


def test_the_tables_that_live_for_good_are_loaded_before_the_warm_ups_freeze(
    qtbot: QtBot, db: Database, front: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The PDF fonts (~17,000 lists) and the kecamatan of the NIK check (~7,300 objects) were loaded inside the first
    receipt's and the first NIK check's jobs, and then walked by the garbage collector on the window's thread: they
    are loaded with printing's warm-up, on a worker, before what exists is frozen (issue 12)."""
    import threading

    from puskesos_desktop.core import regions
    from puskesos_desktop.printing import fonts
    from puskesos_desktop.ui import main_window
    from puskesos_desktop.ui.jobs import GarbageCollector
    from tests.helpers.jobs import wait_until

    order: list[str] = []
    monkeypatch.setattr(main_window, "WARM_AFTER_MS", 0)
    monkeypatch.setattr(main_window, "import_all", lambda _m: None)
    real = main_window.warm_tables
    monkeypatch.setattr(
        main_window,
        "warm_tables",
        lambda: (real(), order.append("ui" if threading.current_thread() is threading.main_thread() else "worker")),
    )
    monkeypatch.setattr(GarbageCollector, "freeze", staticmethod(lambda full=False: order.append("freeze")))
    regions._districts.cache_clear()
    window = MainWindow(AppContext(db, front))
    qtbot.addWidget(window)
    window.show()
    wait_until(qtbot, lambda: "freeze" in order)
    assert order == ["worker", "freeze"]
    assert regions._districts.cache_info().currsize == 1 and fonts.register.cache_info().currsize == 1
