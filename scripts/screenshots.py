"""`make screenshots`: pictures of the real program for README.md and docs/PANDUAN.md.

Builds a demo village in a temporary database with the clock standing still (Monday 23 November 2026, 09:30),
starts the program's own windows on Qt's offscreen platform at 1366×768, signs in as the coordinator through
the real sign-in dialog, visits every tab, every settings page and the main dialogs, and saves one PNG each.
The same code and the same seed give the same pictures, but for one: Pengaturan › Jejak audit shows the audit
chain's last hash, which covers the demo's exported workbook, whose checksum changes with its creation time.

    .venv/bin/python scripts/screenshots.py                       # Indonesian, into docs/images/
    .venv/bin/python scripts/screenshots.py --lang en --out /tmp/en   # the English interface, to look at

Dialogs are reached the way staff reach them (a tab's button), with QDialog.exec replaced by "show, draw, close",
so nothing waits for a click. A scene whose widgets are not there yet is skipped with a note (--strict fails).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MOMENT = dt.datetime(2026, 11, 23, 9, 30)
SCREEN = (1366, 768)
RESIDENTS = 600
SEED = 1
USERNAME = "koordinator"

# Tab classes -> file names that stay the same in every interface language.
TAB_SLUGS = {
    "FrontOfficeTab": "front-office",
    "BackOfficeTab": "back-office",
    "ReportsTab": "laporan",
    "DashboardTab": "dasbor",
    "SettingsTab": "pengaturan",
}


def slug(name: str) -> str:
    name = re.sub(r"(Page|Tab|Dialog|Window)$", "", name)
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


@dataclass
class Shots:
    out: Path
    saved: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def save(self, widget: Any, name: str) -> None:
        settle(widget)
        target = self.out / f"{name}.png"
        if not widget.grab().save(str(target), "PNG"):
            raise RuntimeError(f"could not write {target}")
        self.saved.append(target.name)
        print(f"  {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")


def settle(widget: Any) -> None:
    """Let background work finish (tabs load off the UI thread) and layouts and style polish catch up."""
    from PySide6.QtWidgets import QApplication

    from puskesos_desktop.ui.jobs import jobs

    for _ in range(3):
        QApplication.processEvents()
        jobs().wait(15.0)
        QApplication.processEvents()


@contextmanager
def dialogs_drawn(shots: Shots, name: str, then: Callable[[Any], None] | None = None) -> Iterator[list[Any]]:
    """Within the block, a dialog's exec() shows it at a readable size, saves it as `name`, and closes it.

    Message boxes answer "OK" at once. `then(dialog)` runs while the dialog is up (to reach a dialog inside it).
    """
    from PySide6.QtWidgets import QDialog, QMessageBox

    seen: list[Any] = []
    original_exec = QDialog.exec
    statics = {n: getattr(QMessageBox, n) for n in ("information", "warning", "critical", "question")}

    def fake_exec(dialog: Any) -> int:
        if isinstance(dialog, QMessageBox):
            return int(QMessageBox.StandardButton.Ok.value)
        first = not seen
        seen.append(dialog)
        dialog.show()
        if first:
            shots.save(dialog, name)
            if then is not None:
                then(dialog)
        dialog.close()
        return int(QDialog.DialogCode.Rejected.value)

    QDialog.exec = fake_exec  # type: ignore[method-assign]
    for n in statics:
        answer = QMessageBox.StandardButton.Yes if n == "question" else QMessageBox.StandardButton.Ok
        setattr(QMessageBox, n, staticmethod(lambda *a, _answer=answer, **k: _answer))
    try:
        yield seen
    finally:
        QDialog.exec = original_exec  # type: ignore[method-assign]
        for n, fn in statics.items():
            setattr(QMessageBox, n, fn)


def build_database(folder: Path) -> Any:
    from puskesos_desktop.core import clock
    from puskesos_desktop.devtools import demo
    from puskesos_desktop.services.bootstrap import open_office_db

    db = open_office_db(f"sqlite:///{folder / 'puskesos.sqlite3'}")
    demo.fill_demo(db, residents_count=RESIDENTS, seed=SEED, today=MOMENT.date())
    clock.set_clock(lambda: MOMENT)  # fill_demo hands the clock back; the pictures need it still
    return db


def sign_in(shots: Shots, db: Any) -> Any:
    from puskesos_desktop.devtools import demo
    from puskesos_desktop.services import office
    from puskesos_desktop.ui.dialogs.admin.login import LoginDialog

    profile = office.get_profile(db)
    login = LoginDialog(db, profile.village_name if profile else "")
    login.show()
    login.username.setText(USERNAME)
    login.password.setText(demo.DEMO_PASSWORD)
    shots.save(login, "masuk")
    login.accept()
    if login.user is None:
        raise RuntimeError(f"sign-in as {USERNAME} failed")
    return login.user


def demo_query(db: Any) -> str:
    """A name the front desk would type: the resident of the newest complaint (a client, so it is found)."""
    from puskesos_desktop.services.reporting import lists

    return str(lists.list_records(db, "complaints")[0]["name"])


def prepare_front_office(tab: Any, db: Any) -> None:
    """Type a resident's name into the desk's search, as staff do first thing."""
    query = demo_query(db)
    tab.search_box.blockSignals(True)  # no second, debounced search behind this one
    tab.search_box.setText(query)
    tab.search_box.blockSignals(False)
    tab.start_search(query)


PREPARE: dict[str, Callable[[Any, Any], None]] = {"FrontOfficeTab": prepare_front_office}


def tab_scenes(shots: Shots, window: Any, db: Any) -> None:
    from PySide6.QtWidgets import QTableView

    for i, page in enumerate(window.tab_pages):
        window.tabs.setCurrentIndex(i)
        name = TAB_SLUGS.get(type(page).__name__, slug(type(page).__name__))
        if i == 0:
            shots.save(window, "main-window")  # the first screen after signing in, as it opens
        prepare = PREPARE.get(type(page).__name__)
        if prepare is not None:
            try:
                prepare(page, db)
                settle(window)
            except Exception as exc:  # noqa: BLE001 - the plain tab is still worth a picture
                shots.skipped.append(f"{name} preparation: {type(exc).__name__}: {exc}")
        # Select the first row of the tab's main list, as staff would before opening it.
        table = getattr(page, "table", None)
        if isinstance(table, QTableView) and table.model() is not None and table.model().rowCount() > 0:
            table.selectRow(0)
        shots.save(window, f"tab-{name}")
        index = getattr(page, "index", None)
        pages = getattr(page, "pages", None)
        if index is not None and pages:
            for row, sub in enumerate(pages):
                index.setCurrentRow(row)
                shots.save(window, f"{name}-{slug(type(sub).__name__)}")
            index.setCurrentRow(0)
    window.tabs.setCurrentIndex(0)


def dialog_scenes(shots: Shots, window: Any, db: Any) -> None:
    """The main dialogs, each opened from where staff open it. Add a scene here when a dialog lands."""

    def back_office_workspace() -> None:
        tab = find_tab(window, "BackOfficeTab")
        window.tabs.setCurrentWidget(tab)
        tab.table.selectRow(0)

        def inside(workspace: Any) -> None:
            # From the workspace: the referral form (the coloured card), if this complaint may be referred.
            if getattr(workspace, "button_refer", None) is not None and workspace.button_refer.isEnabled():
                with dialogs_drawn(shots, "dialog-rujukan"):
                    workspace.refer()

        with dialogs_drawn(shots, "dialog-ruang-kerja-keluhan", then=inside) as seen:
            tab.open_selected()
        if not seen:
            raise LookupError("the back-office queue is empty")

    def front_office(method: str, picture: str, *args: Any) -> Callable[[], None]:
        def scene() -> None:
            tab = find_tab(window, "FrontOfficeTab")
            window.tabs.setCurrentWidget(tab)
            with dialogs_drawn(shots, picture) as seen:
                getattr(tab, method)(*args)
            if not seen:
                raise LookupError(f"FrontOfficeTab.{method} opened no dialog")

        return scene

    def first_complaint() -> str:
        from puskesos_desktop.services.reporting import lists

        return str(lists.list_records(db, "complaints")[0]["number"])

    def setup_wizard() -> None:
        from puskesos_desktop.services.bootstrap import open_office_db
        from puskesos_desktop.ui.dialogs.admin.setup_wizard import SetupWizard

        empty = open_office_db(f"sqlite:///{Path(tempfile.gettempdir()) / 'puskesos-screenshots' / 'baru.sqlite3'}")
        try:
            wizard = SetupWizard(empty)
            wizard.resize(900, 640)
            wizard.show()
            shots.save(wizard, "wizard-penyiapan-awal")
            wizard.close()
        finally:
            empty.dispose()

    def pdf_preview() -> None:
        from puskesos_desktop.cli.commands.print import reprinter
        from puskesos_desktop.services.reporting import lists
        from puskesos_desktop.ui.dialogs.common.pdf_preview import PdfPreviewDialog

        number = lists.list_records(db, "complaints")[0]["number"]
        pdf = reprinter("receipt")(db, window.ctx.actor, number)
        dialog = PdfPreviewDialog(pdf, number, "resi.pdf", window)
        dialog.resize(1000, 700)
        dialog.show()
        shots.save(dialog, "dialog-pratinjau-cetak")
        dialog.close()

    def guide() -> None:
        g = window.help.show_guide()
        g.resize(1200, 700)
        g.contents.setCurrentRow(0)
        shots.save(g, "bantuan-panduan")
        g.close()

    def about() -> None:
        with dialogs_drawn(shots, "bantuan-tentang"):
            window.help.show_about()

    scenes: list[tuple[str, Callable[[], None]]] = [
        ("resident page", front_office("open_selected", "dialog-halaman-warga")),
        ("complaint form", front_office("register_for_selected", "dialog-keluhan-baru")),
        ("new resident", front_office("new_resident", "dialog-warga-baru")),
        ("status desk", lambda: front_office("open_status_desk", "dialog-meja-status", first_complaint())()),
        ("programme info", front_office("open_programme_info", "dialog-info-program")),
        ("setup wizard", setup_wizard),
        ("workspace", back_office_workspace),
        ("pdf preview", pdf_preview),
        ("guide", guide),
        ("about", about),
    ]
    for label, scene in scenes:
        try:
            scene()
        except Exception as exc:  # noqa: BLE001 - one missing dialog must not cost the other pictures
            shots.skipped.append(f"{label}: {type(exc).__name__}: {exc}")
            if os.environ.get("SCREENSHOTS_DEBUG"):
                traceback.print_exc()


def find_tab(window: Any, class_name: str) -> Any:
    for page in window.tab_pages:
        if type(page).__name__ == class_name:
            return page
    raise LookupError(f"no {class_name} in the main window")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of the real program for the docs.")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images", help="folder for the PNGs")
    parser.add_argument("--lang", default="id", choices=["id", "en"], help="interface language")
    parser.add_argument("--scale", default="1", help="QT_SCALE_FACTOR, e.g. 1.5 to check high-DPI")
    parser.add_argument("--strict", action="store_true", help="fail when a scene could not be drawn")
    args = parser.parse_args(argv)

    # A fixed folder: its path shows in the status bar and the About box, and must not change between runs.
    work = Path(tempfile.gettempdir()) / "puskesos-screenshots"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    # Before Qt starts: offscreen, the same scale and language every time, settings kept out of the user's home.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["QT_SCALE_FACTOR"] = args.scale
    os.environ["PUSKESOS_LANG"] = args.lang
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    os.environ["XDG_DATA_HOME"] = str(work / "data")
    os.environ.pop("PUSKESOS_DB", None)

    from PySide6.QtCore import Qt

    from puskesos_desktop.ui import i18n
    from puskesos_desktop.ui.app import make_application
    from puskesos_desktop.ui.context import AppContext
    from puskesos_desktop.ui.main_window import MainWindow

    args.out.mkdir(parents=True, exist_ok=True)
    shots = Shots(args.out)
    app = make_application([sys.argv[0]])
    app.setCursorFlashTime(0)  # a blinking cursor would differ from run to run
    print(f"Gambar layar ({args.lang}, skala {args.scale}) ke {args.out}:")
    db = build_database(work)
    i18n.follow_office(db)
    user = sign_in(shots, db)
    window = MainWindow(AppContext(db, user.actor()))
    window.setWindowState(Qt.WindowState.WindowNoState)  # not maximised offscreen: the office screen's size
    window.resize(*SCREEN)
    window.show()
    tab_scenes(shots, window, db)
    dialog_scenes(shots, window, db)
    window.close()
    db.dispose()
    app.processEvents()
    print(f"{len(shots.saved)} gambar disimpan.")
    for note in shots.skipped:
        print(f"  dilewati: {note}")
    return 1 if (args.strict and shots.skipped) else 0


if __name__ == "__main__":
    raise SystemExit(main())
