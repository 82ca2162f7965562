"""Starting the window: display check, QApplication, translations and style, database, sign-in, main window."""

from __future__ import annotations

import importlib
import os
import sys
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QWidget

from puskesos_desktop import APP_ID, APP_NAME, __version__
from puskesos_desktop.config import resolve_db_url

if TYPE_CHECKING:
    from puskesos_desktop.db.engine import Database
    from puskesos_desktop.db.first_look import FirstLook
    from puskesos_desktop.services.admin.users import UserInfo

# Nothing above imports SQLAlchemy: on an office file in the usual state, or a server this PC signed in to before,
# the sign-in dialog paints first, and the database, SQLAlchemy, the models and these Qt-free modules of the sign-in
# and the first screen load on a worker while the person types (issue 21; issue 15 §10 for a server). Elsewhere (a
# new or older file, a server's first start here, first start) the database opens first.
SIGN_IN_MODULES = (
    "puskesos_desktop.services.office",
    "puskesos_desktop.services.admin.auth",
    "puskesos_desktop.services.admin.backup",
    "puskesos_desktop.services.admin.setup",
    "puskesos_desktop.services.people.search",
    "puskesos_desktop.services.people.resident_page",
    "puskesos_desktop.services.people.attachments",
    "puskesos_desktop.services.casework.complaints",
)

# The main window's modules, each after those it imports (so that each import is one short step), imported while
# the sign-in dialog waits for the person (`WindowWarmer`): the Qt-free ones by a job once the database is open,
# then the window's own, one per turn of the event loop on the UI thread (a keystroke waits for one at most).
# tests/ui/test_sign_in_first.py checks that they cover the window, in that order, and are done before Enter.
WINDOW_QT_FREE_MODULES = (
    "puskesos_desktop.core.message_templates",
    "puskesos_desktop.services.casework.statusdesk",
    "puskesos_desktop.services.casework.messages",
    "puskesos_desktop.services.casework.visits",
    "puskesos_desktop.services.documents.papers",
    "puskesos_desktop.services.registry.cek_bansos",
    "puskesos_desktop.services.registry.district_calendar",
    "puskesos_desktop.printing.resident_sheet",
    "puskesos_desktop.services.people.access_report",
    "puskesos_desktop.services.documents.proposal_sheet",
)
WINDOW_MODULES = (
    "puskesos_desktop.ui.context",
    "puskesos_desktop.ui.help",
    "puskesos_desktop.ui.widgets.next_turn",
    "puskesos_desktop.ui.tabs.base_tab",
    "puskesos_desktop.ui.dialogs.common.form_base",
    "puskesos_desktop.ui.dialogs.registry.proposal_confirm",
    "puskesos_desktop.ui.registry_text",
    "puskesos_desktop.ui.tooltips",
    "puskesos_desktop.ui.widgets.date_field",
    "puskesos_desktop.ui.dialogs.front.complaint_form",
    "puskesos_desktop.ui.widgets.print_job",
    "puskesos_desktop.ui.widgets.busy_action",
    "puskesos_desktop.ui.dialogs.front.message_dialog",
    "puskesos_desktop.ui.dialogs.front.programme_info",
    "puskesos_desktop.ui.models.base",
    "puskesos_desktop.ui.widgets.table",
    "puskesos_desktop.ui.dialogs.front.duplicate_guard",
    "puskesos_desktop.ui.dialogs.front.resident_form",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",
    "puskesos_desktop.ui.printer",
    "puskesos_desktop.ui.dialogs.common.pdf_preview",
    "puskesos_desktop.ui.dialogs.common.reason_form",
    "puskesos_desktop.ui.widgets.loading",
    "puskesos_desktop.ui.widgets.attachments_panel",
    "puskesos_desktop.ui.dialogs.registry.proposal_page",
    "puskesos_desktop.ui.dialogs.registry.cek_bansos_form",
    "puskesos_desktop.ui.widgets.cek_bansos_panel",
    "puskesos_desktop.ui.widgets.offer_menu",
    "puskesos_desktop.ui.dialogs.front.service_calls",
    "puskesos_desktop.ui.dialogs.front.resident_page",
    "puskesos_desktop.ui.dialogs.front.status_desk",
    "puskesos_desktop.ui.dialogs.front.visit_form",
    "puskesos_desktop.ui.widgets.search_box",
    "puskesos_desktop.ui.tabs.front_office",
    "puskesos_desktop.ui.main_window",
    "puskesos_desktop.ui.dialogs.admin.change_password",
    "puskesos_desktop.ui.dialogs.admin.lock_screen",
    "puskesos_desktop.ui.session",
    "puskesos_desktop.ui.change_watch",
)

NO_DISPLAY = """Puskesos Desktop membutuhkan layar, tetapi tidak ada layar yang ditemukan (DISPLAY kosong).
Program needs a display, and none was found.

Untuk menjalankan pada layar virtual / to run it on a virtual screen:
    sudo apt-get install xvfb libxcb-icccm4 libxcb-keysyms1
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python main.py {args}
Untuk memeriksa tanpa layar / to check it without a screen:
    QT_QPA_PLATFORM=offscreen .venv/bin/python main.py --self-test
"""


GIL_SWITCH_S = 0.0005


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def make_application(argv: list[str] | None = None) -> QApplication:
    # Every Qt event passes the Python event filters (ui/session.py), each call taking the GIL back: with a job
    # running Python on a worker, each waited up to the switch interval (5 ms) — a form's build stalled 5-8× its
    # own CPU time on a server (issue 12/15). 0.5 ms bounds each wait.
    sys.setswitchinterval(GIL_SWITCH_S)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("Puskesos")
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setApplicationDisplayName(APP_NAME)
    from puskesos_desktop.ui import i18n, style

    style.apply(app)
    i18n.install(app)  # Indonesian unless PUSKESOS_LANG says otherwise; start() then follows the office's setting
    return app


def run_gui(db_arg: str | None) -> int:
    if not has_display():
        print(NO_DISPLAY.format(args=f"--db {db_arg}" if db_arg else ""), file=sys.stderr)
        return 2
    app = make_application()
    from puskesos_desktop.core.errors import PuskesosError
    from puskesos_desktop.ui import crashlog
    from puskesos_desktop.ui.errors import install_fault_reporter
    from puskesos_desktop.ui.jobs import jobs
    from puskesos_desktop.ui.watchdog import install_if_asked

    jobs()  # the job runner, and Python's garbage collection on the UI thread only, before any other thread starts
    from puskesos_desktop.ui import viewer_files

    viewer_files.clear()  # PDFs a killed program left for the viewer
    app.aboutToQuit.connect(lambda: viewer_files.clear())  # and this run's, when it ends
    url = resolve_db_url(db_arg)  # --db, PUSKESOS_DB, this PC's office server, the office file (config.choose_db)
    # Crash reports beside the database (logs/crash.log): faulthandler, and unhandled exceptions shown in the UI
    # language instead of ending the program.
    crashed = crashlog.install(url)
    install_fault_reporter(app)
    install_if_asked(app)  # PUSKESOS_SLOW_MS=100: log every freeze of the window over 100 ms (debug mode)
    window: QMainWindow | None = None
    look = _first_look(url)
    if look is not None:
        signed = _sign_in_while_opening(url, look)
        if signed is None:
            crashlog.clean_exit()
            return 0
        if isinstance(signed, tuple):
            try:
                window = main_window(*signed)
            except PuskesosError:
                crashlog.clean_exit()
                raise
        # else the database did not open: the usual way below says why (or asks about the server)
    if window is None:
        db = _open_or_ask(url, signed if look is not None and isinstance(signed, Exception) else None)
        if isinstance(db, str):
            crashlog.clean_exit()  # a refusal (damaged, newer, foreign, being restored, no server) is no crash
            print(f"Galat: {db}", file=sys.stderr)
            return 1
        try:
            window = start(db)
        except PuskesosError:
            crashlog.clean_exit()
            raise
        if window is None:
            crashlog.clean_exit()
            return 0
    show_main(window)
    if crashed:
        help_menu = getattr(window, "help", None)
        if help_menu is not None:
            QTimer.singleShot(0, help_menu.offer_crash_report)
    code = app.exec()
    crashlog.clean_exit()  # a normal end: the next start is quiet
    return code


def show_main(window: QMainWindow) -> None:
    """Show the main window with the keyboard: it replaces the sign-in dialog, and where nothing hands a new
    window the focus (no window manager; a system that keeps it on the closed dialog's place) the desk's first
    keys (Ctrl+F, F8, typing a NIK) went nowhere until someone clicked."""
    window.show()
    window.raise_()
    window.activateWindow()


def _first_look(url: str) -> FirstLook | None:
    """The office file's name and language read with sqlite3 alone, or a server's as this PC saw them last, when
    the dialog may show before the database opens."""
    from puskesos_desktop.config import sqlite_path

    if os.environ.get("PUSKESOS_BENCH_USER"):
        return None
    path = sqlite_path(url)
    if path is None:
        from puskesos_desktop.config import data_dir
        from puskesos_desktop.db.first_look import server_look

        return server_look(url, data_dir())
    from puskesos_desktop.db.first_look import first_look

    return first_look(path)


def _open_for_sign_in(url: str) -> Database:
    """On a worker while the sign-in dialog shows: the database, and the modules the sign-in and the window need."""
    from puskesos_desktop.services.bootstrap import open_office_db

    db = open_office_db(url)
    try:
        for module in SIGN_IN_MODULES:
            importlib.import_module(module)
        if not db.is_sqlite:
            from puskesos_desktop.services.admin import setup

            if setup.needs_setup(db):
                raise _UsualWay  # no account on the server (any more): the setup wizard, the usual way
            _remember_server(db)
    except BaseException:
        db.dispose()
        raise
    return db


class _UsualWay(Exception):
    """The early sign-in cannot serve this database: the window opens it the usual way."""


def _remember_server(db: Database) -> None:
    """What the next start's sign-in dialog shows before it reaches this server (db/first_look.server_look)."""
    from puskesos_desktop.config import data_dir
    from puskesos_desktop.db.first_look import FirstLook, remember_server_look
    from puskesos_desktop.services import office

    profile = office.get_profile(db)
    if profile is not None:
        remember_server_look(db.url, data_dir(), FirstLook(profile.village_name, office.load_settings(db).language))


def import_all(modules: tuple[str, ...]) -> None:
    for module in modules:
        importlib.import_module(module)


class WindowWarmer(QObject):
    """While the sign-in dialog waits for the person to type: once the database is open, the main window's modules
    (a job for the Qt-free ones, then the UI thread one module per turn of its event loop), and at the end the
    start's objects frozen out of the garbage collector's sight, so that the window has only itself to build after
    the password. Whatever is not done when the person signs in, the window does itself (`main_window`)."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._todo: list[str] = []
        self.stopped = False
        self.frozen = False

    def start(self) -> None:
        from puskesos_desktop.ui.jobs import jobs

        if not self.stopped:
            jobs().run(
                lambda: import_all(WINDOW_QT_FREE_MODULES), self._window_modules, self._failed, parent=self._dialog
            )

    def stop(self) -> None:
        # Nothing is lost: the window imports the rest itself (and reports a module that cannot be imported).
        self.stopped = True
        self._todo.clear()

    def _failed(self, _exc: BaseException) -> None:
        self.stop()

    def _window_modules(self, _result: None) -> None:
        if not self.stopped:
            self._todo = list(WINDOW_MODULES)
            QTimer.singleShot(0, self, self._next)

    def _next(self) -> None:
        if not self._todo:
            return
        try:
            importlib.import_module(self._todo.pop(0))
        except Exception:  # noqa: BLE001 - the window's own import says what is wrong
            self.stop()
            return
        if self._todo:
            QTimer.singleShot(0, self, self._next)
        else:
            from puskesos_desktop.ui.jobs import jobs

            jobs().gc.freeze(full=True)  # the modules and classes: what a later full collection need not walk
            self.frozen = True


def _sign_in_while_opening(url: str, look: FirstLook) -> tuple[Database, UserInfo] | BaseException | None:
    """The sign-in dialog at once, the database opening meanwhile. The database and the account; None when the
    person cancelled; the fault when the database did not open (nothing of it is left open then)."""
    from puskesos_desktop.ui.dialogs.admin.login import LoginDialog
    from puskesos_desktop.ui.i18n import follow_language

    follow_language(look.language)
    login = LoginDialog(None, look.village_name, open_db=partial(_open_for_sign_in, url))
    warmer = WindowWarmer(login)
    assert login.opening is not None
    login.opening.then(warmer.start)  # after the database: the password check waits for that, not for these
    accepted = login.exec() == QDialog.DialogCode.Accepted
    warmer.stop()
    if login.open_error is not None:
        return login.open_error
    db = login.db
    if not accepted or login.user is None or db is None:
        return None
    from puskesos_desktop.ui.i18n import follow_office

    follow_office(db)  # as stored now, through the services (the first look read it before the file was open)
    return db, login.user


def _open_or_ask(url: str, failed: Exception | None = None) -> Database | str:
    """The office database, or the message of why not once the person gave up. An office server that is away or
    refuses the password is one question — try again, change the connection, or quit — never a traceback.
    `failed`: the fault of the attempt behind the sign-in dialog; a server's is asked about at once (no second
    wait for a server that is away)."""
    from puskesos_desktop.config import data_dir, default_db_url, shown_url
    from puskesos_desktop.connection import server_url
    from puskesos_desktop.core.errors import PuskesosError
    from puskesos_desktop.db.server_faults import classify
    from puskesos_desktop.ui.errors import message_text, refusal_text

    fault = classify(failed, shown_url(url)) if failed is not None else None
    while True:
        if fault is None:  # else the sign-in's attempt failed on the server: asked about first
            try:
                return _open_waiting(url)
            except Exception as exc:
                fault = classify(exc, shown_url(url))
                if fault is None:
                    message = _cannot_open(exc, url)
                    if message is None:
                        raise  # a bug: the crash log and the fault reporter have it
                    # The box in the UI language; the returned line (stderr) stays the Indonesian.
                    show_cannot_open(refusal_text(exc) if isinstance(exc, PuskesosError) else message)
                    return message
        from puskesos_desktop.ui.dialogs.admin.server_connection import Choice, ask_about_server, change_connection

        choice = ask_about_server(message_text(fault.said))
        if choice is Choice.QUIT:
            return fault.message
        fault = None
        if choice is Choice.CHANGE and change_connection():
            # What was just saved for this PC now holds, over --db and PUSKESOS_DB too: it was chosen here.
            url = server_url(data_dir()) or default_db_url()


def _open_waiting(url: str) -> Database:
    """Connecting to a server takes a moment (up to its timeout when the server is away): the pointer says so."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from puskesos_desktop.services.bootstrap import open_office_db

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return open_office_db(url)
    finally:
        QGuiApplication.restoreOverrideCursor()


def _cannot_open(exc: BaseException, url: str) -> str | None:
    """The one Indonesian sentence for a database the window cannot open, or None for a bug."""
    from puskesos_desktop.config import sqlite_path
    from puskesos_desktop.core.errors import PuskesosError
    from puskesos_desktop.db.engine import explain_fault

    if isinstance(exc, PuskesosError):
        return exc.message
    return explain_fault(exc, sqlite_path(url))


def show_cannot_open(message: str) -> None:
    """A message box: started from the Start menu on Windows there is no console, so stderr alone says nothing."""
    QMessageBox.critical(None, QCoreApplication.translate("App", "Basis data tidak dapat dibuka"), message)


def _bench_sign_in(db: Database) -> UserInfo | None:
    """`puskesos bench` only: PUSKESOS_BENCH_USER / PUSKESOS_BENCH_PASSWORD sign in without the dialog.

    The same password check, lockout and audit entry as the dialog; both variables leave the environment at once.
    """
    username = os.environ.pop("PUSKESOS_BENCH_USER", "")
    password = os.environ.pop("PUSKESOS_BENCH_PASSWORD", "")
    if not username:
        return None
    from puskesos_desktop.services.admin import auth
    from puskesos_desktop.ui.dialogs.admin.login import finish_sign_in

    return finish_sign_in(db, auth.authenticate(db, username, password), None)


def start(db: Database, *, start_timers: bool = True) -> QMainWindow | None:
    """Setup wizard on an empty office, then sign-in, then the main window (returned, not yet shown) with its
    session: idle lock, Ctrl+L, switch user, daily and closing backups (ui/session.py)."""
    from puskesos_desktop.services import office
    from puskesos_desktop.services.admin import setup
    from puskesos_desktop.ui.dialogs.admin.login import LoginDialog
    from puskesos_desktop.ui.i18n import follow_office

    follow_office(db)
    username = ""
    if setup.needs_setup(db):
        from puskesos_desktop.ui.dialogs.admin.setup_wizard import SetupWizard

        wizard = SetupWizard(db)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.user is None:
            return None
        username = wizard.user.username
    user = _bench_sign_in(db)
    if user is None:
        profile = office.get_profile(db)
        login = LoginDialog(db, profile.village_name if profile else "", username=username)
        warmer = WindowWarmer(login)
        QTimer.singleShot(0, warmer, warmer.start)  # once the dialog is up: the window's modules while the person types
        accepted = login.exec() == QDialog.DialogCode.Accepted
        warmer.stop()
        if not accepted or login.user is None:
            return None
        user = login.user
    if not db.is_sqlite:
        _remember_server(db)  # the next start's dialog paints before it reaches the server
    return main_window(db, user, start_timers=start_timers)


def main_window(db: Database, user: UserInfo, *, start_timers: bool = True) -> QMainWindow:
    """The main window for a signed-in account (not yet shown) with its session and change listener."""
    # The window's modules after the sign-in dialog has shown: it paints sooner (issue 21).
    from puskesos_desktop.ui.context import AppContext
    from puskesos_desktop.ui.main_window import MainWindow
    from puskesos_desktop.ui.session import SessionController

    ctx = AppContext(db, user.actor())
    window = MainWindow(ctx)
    # Parented to the window, and held by it: the session lives exactly as long as the window.
    window.session = SessionController(ctx, window, start_timers=start_timers)  # type: ignore[attr-defined]
    # Changes made on another PC (or in another window, or by the command line) refresh the views (issue 15 §5).
    from puskesos_desktop.ui.change_watch import ChangeWatch

    window.change_watch = ChangeWatch(ctx, window)  # type: ignore[attr-defined]
    from puskesos_desktop.ui.jobs import jobs

    # Before the window shows: later full collections skip what the start made. Walks only what is not frozen yet:
    # after the sign-in dialog's WindowWarmer, little more than the window.
    jobs().gc.freeze(full=True)
    return window
