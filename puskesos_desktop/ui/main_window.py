"""The main window only wires: tabs, menus, status bar. Each tab lives in its own file."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from puskesos_desktop import APP_NAME
from puskesos_desktop.core import regions
from puskesos_desktop.core.statuses import ROLE_LABELS
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.help import HelpMenu
from puskesos_desktop.ui.tabs.base_tab import BaseTab
from puskesos_desktop.ui.tabs.front_office import FrontOfficeTab


class LaterTab(QWidget):
    """Stands in the tab bar for a tab that is built (its module imported) when it is first shown: the window
    paints sooner, and the Back Office, Laporan and Pengaturan pull in printing, spreadsheets and reports."""

    def __init__(self, module: str, class_name: str) -> None:
        super().__init__()
        self.module = module
        self.class_name = class_name

    def title(self) -> str:
        # The tabs' own titles, in their own translation context.
        if self.class_name == "BackOfficeTab":
            return QCoreApplication.translate("BackOfficeTab", "Back Office")
        if self.class_name == "ReportsTab":
            return QCoreApplication.translate("ReportsTab", "Laporan")
        return QCoreApplication.translate("SettingsTab", "Pengaturan")

    def build(self, ctx: AppContext, staged: bool = False) -> BaseTab:
        """``staged``: shown as it is built (the user chose it), the rest of it on later turns (BaseTab.stage_build)."""
        tab: BaseTab = getattr(importlib.import_module(self.module), self.class_name)(ctx, staged=staged)
        return tab


LATER_TABS = (
    ("puskesos_desktop.ui.tabs.back_office", "BackOfficeTab"),
    ("puskesos_desktop.ui.tabs.reports", "ReportsTab"),
    ("puskesos_desktop.ui.tabs.settings", "SettingsTab"),
)
# The Qt-free modules those tabs and the Pengaturan pages import, imported on a worker once the window is up:
# importing them on first showing took 60–70 ms (Back Office) and 35–55 ms (Laporan) of the window's thread, and
# choosing Pertukaran data 160–250 ms of CPU (xlsxwriter, calamine, the readers), Cadangan ~400 ms (Alembic).
# tests/ui/test_main_window.py checks that the list covers what the tabs and the pages import.
WARM_MODULES = (
    "puskesos_desktop.services.casework.backoffice",
    "puskesos_desktop.services.casework.referrals",
    "puskesos_desktop.services.casework.work_queue",
    "puskesos_desktop.printing.card",
    "puskesos_desktop.services.documents.cards",
    "puskesos_desktop.services.reporting.report_queries",
    "puskesos_desktop.services.reporting.reports",
    "puskesos_desktop.services.reporting.dashboard",
    "puskesos_desktop.services.registry.registry_import",
    "puskesos_desktop.services.registry.population",
    "puskesos_desktop.services.exchange.batch",
    "puskesos_desktop.services.registry.musdes",
    "puskesos_desktop.services.registry.reconcile",
    "puskesos_desktop.services.people.retention",
    "puskesos_desktop.services.admin.setup",
    "puskesos_desktop.services.admin.auth",
    "puskesos_desktop.services.admin.server_link",
    "puskesos_desktop.services.admin.restore",
)
WARM_AFTER_MS = 2000  # after the name index has started: the window's own start first


def import_all(modules: tuple[str, ...]) -> None:
    """On a worker: the modules are in sys.modules when the UI thread imports them (a dict look-up)."""
    for module in modules:
        importlib.import_module(module)


def warm_tables() -> None:
    """On a worker, with printing's warm-up: the tables that, once loaded, live as long as the program — the PDF
    fonts (the first receipt parsed them: ~17,000 lists) and the kecamatan of the NIK check (the first NIK checked:
    ~7,300 objects) — loaded before the start's objects are frozen. Loaded inside those jobs, they were walked by
    each collection of the generation they had reached, on the window's thread (issue 12)."""
    from puskesos_desktop.printing import fonts

    fonts.register()
    regions.is_kecamatan("")


class MainWindow(QMainWindow):
    lock_requested = Signal()
    switch_user_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumSize(1024, 640)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._pages: list[BaseTab | LaterTab] = [FrontOfficeTab(ctx), *(LaterTab(m, c) for m, c in LATER_TABS)]
        self._swapping = False
        for page in self._pages:
            self.tabs.addTab(page, page.title())
        self.tabs.currentChanged.connect(self._on_current_changed)
        self._build_menus()
        self.status_office = QLabel()
        self.status_user = QLabel()
        self.status_db = QLabel()
        for label in (self.status_office, self.status_user, self.status_db):
            self.statusBar().addPermanentWidget(label)
        ctx.actor_changed.connect(self.update_status)
        self.retranslate_ui()
        self.update_status()
        self._restore_geometry()
        self._warmed = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._warmed:
            self._warmed = True
            QTimer.singleShot(WARM_AFTER_MS, self, self._warm_later_tabs)  # tied to the window: never after it

    def _warm_later_tabs(self) -> None:
        # A failure is no loss: the tab imports the module itself when it is first shown.
        jobs.run(lambda: import_all(WARM_MODULES), self._warm_printing, lambda _e: None, parent=self)

    def _warm_printing(self, _result: None) -> None:
        # The first Print pressed paid for the print plugin (UI thread) and pdfium's import (its job, GIL held).
        from puskesos_desktop.ui import printer

        printer.warm_up()

        def warm() -> None:
            printer.warm_up_worker()
            warm_tables()

        jobs.run(warm, lambda _r: jobs.jobs().gc.freeze(), lambda _e: None, parent=self)

    @property
    def tab_pages(self) -> list[BaseTab]:
        """Every tab; those not shown yet are built now."""
        tabs = [self._built(i) for i in range(len(self._pages))]
        for tab in tabs:
            tab.finish_build()
        return tabs

    @property
    def built_pages(self) -> list[BaseTab]:
        """The tabs built so far (locking clears only what was ever on screen)."""
        return [p for p in self._pages if isinstance(p, BaseTab)]

    def page(self, class_name: str) -> BaseTab:
        """The tab of that class, built if it was not yet."""
        for i, p in enumerate(self._pages):
            if (p.class_name if isinstance(p, LaterTab) else type(p).__name__) == class_name:
                tab = self._built(i)
                tab.finish_build()  # the caller uses its widgets now
                return tab
        raise KeyError(class_name)

    def _on_current_changed(self, index: int) -> None:
        if not self._swapping and 0 <= index < len(self._pages):
            self._built(index, staged=True)

    def _built(self, index: int, staged: bool = False) -> BaseTab:
        page = self._pages[index]
        if isinstance(page, BaseTab):
            return page
        tab = page.build(self.ctx, staged)
        self._pages[index] = tab
        current = self.tabs.currentIndex()
        self._swapping = True
        try:
            self.tabs.insertTab(index, tab, tab.title())
            self.tabs.removeTab(index + 1)
            self._label_tab(index)
            self.tabs.setCurrentIndex(current)
        finally:
            self._swapping = False
        page.deleteLater()
        return tab

    def _build_menus(self) -> None:
        self.menu_file = self.menuBar().addMenu("")
        self.action_lock = QAction(self)
        self.action_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.action_lock.triggered.connect(self.lock_requested)
        self.action_switch = QAction(self)
        self.action_switch.triggered.connect(self.switch_user_requested)
        self.action_quit = QAction(self)
        self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.action_quit.triggered.connect(self.close)
        for action in (self.action_lock, self.action_switch, self.action_quit):
            self.menu_file.addAction(action)
        # Keyboard-first: every tab one chord away (Ctrl+Tab only works once focus is inside the tabs). On the
        # window, not in a menu: every Alt+letter is taken by some screen, so a menu could not have its own.
        self.tab_actions: list[QAction] = []
        for i in range(len(self._pages)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _checked=False, index=i: self.tabs.setCurrentIndex(index))
            self.addAction(action)
            self.tab_actions.append(action)
        self.menu_help = self.menuBar().addMenu("")
        # Panduan pengguna (F1) and Tentang live in ui/help.py.
        # The file, or the server and database (never the user or password in the URL).
        where = str(self.ctx.db.path) if self.ctx.db.path else self.ctx.db.url.split("@")[-1]
        self.help = HelpMenu(self, self.menu_help, where)
        self.action_about = self.help.action_about

    def retranslate_ui(self) -> None:
        self.menu_file.setTitle(self.tr("&Berkas"))
        self.action_lock.setText(self.tr("&Kunci layar"))
        self.action_switch.setText(self.tr("&Ganti pengguna"))
        self.action_quit.setText(self.tr("&Keluar"))
        self.menu_help.setTitle(self.tr("Ba&ntuan"))
        for i in range(len(self._pages)):
            self._label_tab(i)

    def _label_tab(self, index: int) -> None:
        title = self._pages[index].title()
        self.tabs.setTabText(index, title)
        self.tabs.setTabToolTip(index, self.tr("{0} (Ctrl+{1})").format(title, index + 1))
        self.tab_actions[index].setText(title)

    def update_status(self) -> None:
        profile = self.ctx.office()
        if profile is not None:
            # Qt adds the application's display name (APP_NAME, ui/app.py) to the title itself: once, not twice.
            self.setWindowTitle(self.tr("Puskesos {0}").format(profile.village_name))
            self.status_office.setText(
                self.tr("Kantor: Puskesos {0} ({1})").format(profile.village_name, regions.dotted(profile.village_code))
            )
        else:
            self.setWindowTitle(APP_NAME)
        actor = self.ctx.actor
        self.status_user.setText(self.tr("Pengguna: {0} — {1}").format(actor.full_name, ROLE_LABELS[actor.role]))
        path = self.ctx.db.path
        self.status_db.setText(self.tr("Database: {0}").format(str(path) if path else self.ctx.db.url.split("@")[-1]))

    def show_about(self) -> None:
        self.help.show_about()

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            # First start: use the whole screen (office PCs are often 1366×768).
            self.resize(1280, 720)
            self.setWindowState(Qt.WindowState.WindowMaximized)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
