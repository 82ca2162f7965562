"""Issue 15 item 4: a start on an office server that is away or refuses the password — one Indonesian question,
mended in the connection dialog."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from puskesos_desktop import connection
from puskesos_desktop.config import data_dir
from puskesos_desktop.db.engine import Database
from puskesos_desktop.ui import app as ui_app
from puskesos_desktop.ui import crashlog
from puskesos_desktop.ui.dialogs.admin.server_connection import ServerConnectionDialog
from tests.helpers.servers import SERVER_PASSWORD as PASSWORD
from tests.helpers.servers import closed_port

pytestmark = pytest.mark.usefixtures("no_credential_store")


class Answers:
    """Answers the modal windows of a start as they come, in order: each handler gets the window. Keep it in a
    variable for as long as the start runs (its timer dies with it)."""

    def __init__(self, handlers: list[Callable[[QWidget], None]]) -> None:
        self.handlers = handlers
        self.seen: list[QWidget] = []
        self.boxes: list[tuple[str, list[str]]] = []
        QTimer.singleShot(20, self._look)

    def _look(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and (not self.seen or modal is not self.seen[-1]) and self.handlers:
            self.seen.append(modal)
            if isinstance(modal, QMessageBox):
                self.boxes.append((modal.text(), [b.text() for b in modal.buttons()]))
            self.handlers.pop(0)(modal)
        if self.handlers:
            QTimer.singleShot(20, self._look)


def click(text: str) -> Callable[[QWidget], None]:
    def handler(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        button = next(b for b in box.buttons() if b.text() == text)
        QTimer.singleShot(0, button.click)

    return handler


@pytest.fixture
def quiet_start(monkeypatch: pytest.MonkeyPatch) -> list[Database]:
    """run_gui without the crash log's hooks; the window's start only records the database it was given."""
    opened: list[Database] = []
    monkeypatch.setattr(crashlog, "install", lambda *_a, **_k: False)
    monkeypatch.setattr(crashlog, "clean_exit", lambda: None)
    monkeypatch.setattr("puskesos_desktop.ui.errors.install_fault_reporter", lambda _app: None)

    def start(db: Database) -> None:
        opened.append(db)
        return None

    monkeypatch.setattr(ui_app, "start", start)
    return opened


def test_a_server_that_is_away_asks_once_and_quits_cleanly(
    qtbot: QtBot, quiet_start: list[Database], capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"postgresql+psycopg://puskesos:{PASSWORD}@127.0.0.1:{closed_port()}/puskesos"
    answers = Answers([click("&Coba lagi"), click("&Keluar")])
    assert ui_app.run_gui(url) == 1
    assert len(answers.boxes) == 2  # asked again after "Coba lagi"
    text, buttons = answers.boxes[0]
    assert "tidak dapat dihubungi" in text and "127.0.0.1" in text and PASSWORD not in text
    assert sorted(buttons) == ["&Coba lagi", "&Keluar", "&Ubah sambungan"]
    err = capsys.readouterr().err
    assert err.count("Galat:") == 1 and "Traceback" not in err and PASSWORD not in err
    assert quiet_start == []


def test_change_the_connection_from_the_question(
    qtbot: QtBot, quiet_start: list[Database], db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a closed port: Ubah sambungan, untick "memakai server" (this PC's own file), and the start goes on."""

    def own_file(dialog: QWidget) -> None:
        assert isinstance(dialog, ServerConnectionDialog)
        dialog.form.use_server.setChecked(False)
        QTimer.singleShot(0, dialog.accept)

    url = f"postgresql+psycopg://puskesos:{PASSWORD}@127.0.0.1:{closed_port()}/puskesos"
    answers = Answers([click("&Ubah sambungan"), own_file])
    assert ui_app.run_gui(url) == 0
    assert len(quiet_start) == 1 and quiet_start[0].is_sqlite  # the office file in the data folder
    assert not answers.handlers
    quiet_start[0].dispose()


@pytest.mark.skipif(not os.environ.get("PUSKESOS_TEST_PG"), reason="needs a PostgreSQL server (PUSKESOS_TEST_PG)")
def test_a_wrong_password_is_asked_about_and_mended_in_the_dialog(
    qtbot: QtBot, quiet_start: list[Database], db: Database
) -> None:
    real = make_url(db.url)
    wrong = real.set(password="salah-" + PASSWORD).render_as_string(hide_password=False)

    def mend(dialog: QWidget) -> None:
        assert isinstance(dialog, ServerConnectionDialog)
        form = dialog.form
        form.use_server.setChecked(True)
        form.host.setText(real.host or "localhost")
        form.port.setValue(real.port or 5432)
        form.database.setText(real.database or "")
        form.user.setText(real.username or "")
        form.password.setText(real.password or "")
        QTimer.singleShot(0, dialog.accept)

    answers = Answers([click("&Ubah sambungan"), mend])
    assert ui_app.run_gui(wrong) == 0
    assert "menolak nama pengguna atau kata sandi" in answers.boxes[0][0]
    assert "salah-" not in answers.boxes[0][0]
    assert len(quiet_start) == 1
    opened = make_url(quiet_start[0].url)
    assert (opened.host, opened.database, opened.username) == (real.host, real.database, real.username)
    quiet_start[0].dispose()
    assert connection.load_password(data_dir(), connection.load(data_dir())) == real.password  # type: ignore[arg-type]
