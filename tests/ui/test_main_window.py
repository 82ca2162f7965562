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
