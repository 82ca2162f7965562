"""The main window only wires: tabs, menus, status bar. Each tab lives in its own file."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from puskesos_desktop import APP_NAME
from puskesos_desktop.core import regions
from puskesos_desktop.core.statuses import ROLE_LABELS
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.help import HelpMenu
from puskesos_desktop.ui.tabs.back_office import BackOfficeTab
from puskesos_desktop.ui.tabs.base_tab import BaseTab
from puskesos_desktop.ui.tabs.front_office import FrontOfficeTab
from puskesos_desktop.ui.tabs.reports import ReportsTab
from puskesos_desktop.ui.tabs.settings import SettingsTab


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
        self.tab_pages: list[BaseTab] = [
            FrontOfficeTab(ctx),
            BackOfficeTab(ctx),
            ReportsTab(ctx),
            SettingsTab(ctx),
        ]
        for page in self.tab_pages:
            self.tabs.addTab(page, page.title())
        self._build_menus()
        self.status_office = QLabel()
        self.status_user = QLabel()
        self.status_db = QLabel()
        for label in (self.status_office, self.status_user, self.status_db):
            self.statusBar().addPermanentWidget(label)
        ctx.actor_changed.connect(self.update_status)
        ctx.data_changed.connect(lambda what: self.update_status() if what == "office" else None)
        self.retranslate_ui()
        self.update_status()
        self._restore_geometry()

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
        for i, page in enumerate(self.tab_pages):
            self.tabs.setTabText(i, page.title())

    def update_status(self) -> None:
        profile = self.ctx.office()
        if profile is not None:
            self.setWindowTitle(f"{APP_NAME} — " + self.tr("Puskesos {0}").format(profile.village_name))
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
