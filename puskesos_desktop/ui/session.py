"""The signed-in session: idle lock, Ctrl+L, switch user, and the automatic backups of a running program.

* After `idle_lock_minutes` without keyboard or mouse (and on Ctrl+L) searches and lists of people are cleared, views
  of a person close, the main window's contents are hidden, every open form is covered, and the lock screen takes
  the whole screen. Only the same user's password opens it;
  "Ganti pengguna" signs someone else in without closing the program (the previous user's open dialogs close).
* A daily backup runs in the background (at start and then every hour, once a day) and one when the program quits,
  on the PCs set to make them (services/admin/backup.auto_backups_here: every PC on SQLite, chosen ones on a server).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.services.admin import auth, backup
from puskesos_desktop.services.admin.backup import BackupResult
from puskesos_desktop.services.admin.users import UserInfo
from puskesos_desktop.services.context import SYSTEM
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.admin.lock_screen import LockScreen
from puskesos_desktop.ui.errors import message_text, revocations
from puskesos_desktop.ui.topics import Topic

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
IDLE_CHECK_MS = 15_000
BACKUP_CHECK_MS = 60 * 60 * 1000


class Cover(QWidget):
    """An opaque sheet over an open dialog while the screen is locked (its contents stay hidden)."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.target = target
        self.setAutoFillBackground(True)
        self.setStyleSheet("background: #12355b; color: #ffffff;")
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Layar terkunci"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        target.installEventFilter(self)
        self.setGeometry(target.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.target.rect())
        return False

    def remove(self) -> None:
        self.target.removeEventFilter(self)
        self.hide()
        self.deleteLater()


class SessionController(QObject):
    locked_changed = Signal(bool)
    backup_finished = Signal(object)  # BackupResult, or None when today's backup already existed

    def __init__(
        self,
        ctx: AppContext,
        window: QMainWindow,
        *,
        clock: Callable[[], float] = time.monotonic,
        start_timers: bool = True,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.clock = clock
        self.last_activity = clock()
        self.lock_screen: LockScreen | None = None
        self.covers: list[Cover] = []
        self._hidden_central: QWidget | None = None
        self._backup_running = False
        self._shut_down = False
        self.minutes = auth.idle_minutes(ctx.db)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        # Activity is watched on the top-level windows, where every key and click arrives from the system before Qt
        # hands it to a widget — not on the whole application: a filter there runs Python for every event of every
        # widget (layout, paint, child events: ~18,000 in one resize of a busy form) and doubled such UI turns.
        app.focusWindowChanged.connect(self._watch_window)
        self._watching = True
        self._watch_window(window.windowHandle())
        window.installEventFilter(self)  # its own events only (few): its system window exists once it is shown
        app.aboutToQuit.connect(self.shutdown)
        lock_signal = getattr(window, "lock_requested", None)
        switch_signal = getattr(window, "switch_user_requested", None)
        if lock_signal is not None:
            lock_signal.connect(lambda: self.lock("manual"))
        if switch_signal is not None:
            switch_signal.connect(lambda: self.lock("switch", switch=True))
        ctx.data_changed.connect(self._on_data_changed)
        # A refused action because the account was disabled meanwhile: sign out (the sign-in screen takes over).
        revocations().revoked.connect(self.sign_out_revoked)
        self._add_menu_action()
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(IDLE_CHECK_MS)
        self.idle_timer.timeout.connect(self.check_idle)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.backup_daily)
        if start_timers:
            self.idle_timer.start()
            self.backup_timer.start()
            QTimer.singleShot(5_000, self.backup_daily)

    # --- menu ----------------------------------------------------------------------------------------------

    def _add_menu_action(self) -> None:
        self.action_password = QAction(self.tr("Ganti &kata sandi…"), self.window)
        self.action_password.triggered.connect(self.change_password)
        menu = getattr(self.window, "menu_file", None)
        before = getattr(self.window, "action_lock", None)
        if menu is not None and before is not None:
            menu.insertAction(before, self.action_password)
        elif menu is not None:
            menu.addAction(self.action_password)

    def change_password(self) -> None:
        from puskesos_desktop.ui.dialogs.admin.change_password import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.ctx.db, self.ctx.actor, parent=self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.window.statusBar().showMessage(self.tr("Kata sandi diganti."), 8000)
        elif dialog.locked_out:
            # Too many wrong old passwords locked the account mid-session: the screen locks, saying why.
            screen = self.lock("password.locked")
            if screen is not None:
                screen.error.setText(dialog.locked_out)

    # --- idle ----------------------------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self.lock_screen is not None

    def _watch_window(self, handle: QWindow | None) -> None:
        if handle is not None and not self._shut_down:
            handle.installEventFilter(self)  # once per window, however often it gets the focus again

    def stop_watching(self) -> None:
        """No more windows to watch (the ones watched stop being watched when this controller goes)."""
        app = QApplication.instance()
        if self._watching and isinstance(app, QApplication):
            app.focusWindowChanged.disconnect(self._watch_window)
        self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show:
            self._watch_window(self.window.windowHandle())
        elif event.type() in ACTIVITY and self.lock_screen is None:
            self.last_activity = self.clock()
        return False

    def _on_data_changed(self, what: str) -> None:
        if what == Topic.SETTINGS:
            self.minutes = auth.idle_minutes(self.ctx.db)

    def check_idle(self) -> bool:
        """Lock when the keyboard and mouse were idle long enough. Returns True when it locked."""
        if self.lock_screen is not None:
            return False
        if self.clock() - self.last_activity >= self.minutes * 60:
            self.lock("idle")
            return True
        return False

    # --- lock / unlock -------------------------------------------------------------------------------------

    def sign_out_revoked(self) -> None:
        """The account was disabled while signed in: nobody works on under it; someone signs in anew."""
        self.lock("revoked", switch=True)

    def lock(self, reason: str, switch: bool = False) -> LockScreen | None:
        if self.lock_screen is not None:
            return self.lock_screen
        try:
            auth.screen_locked(self.ctx.db, self.ctx.actor, reason)
        except PuskesosError:
            pass  # a lock must never fail for want of an audit entry (a busy database, say)
        self.clear_personal_data()
        central = self.window.centralWidget()
        if central is not None:
            central.hide()
            self._hidden_central = central
        self.window.menuBar().setEnabled(False)
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible() and not isinstance(widget, LockScreen):
                self.covers.append(Cover(widget))
        profile = self.ctx.office()
        # A window of its own, owned by the main window: deleted with it, never outliving the application.
        screen = LockScreen(self.ctx.db, self.ctx.actor, profile.village_name if profile else "", switch, self.window)
        screen.unlocked.connect(self._unlocked)
        self.lock_screen = screen
        target = self.window.screen() or QGuiApplication.primaryScreen()
        if target is not None:
            screen.setGeometry(target.geometry())
        screen.showFullScreen()
        screen.raise_()
        screen.activateWindow()
        (screen.username if switch else screen.password).setFocus()
        self.locked_changed.emit(True)
        return screen

    def clear_personal_data(self) -> None:
        """Locking (idle, Ctrl+L, switch user, a revoked account) leaves no search, result list or view of a
        person behind: the tabs forget them (and reload for whoever unlocks), and every open view of people's data
        closes. Forms with typed input stay, covered, for the same user; switching user closes them too."""
        window: Any = self.window
        # Only the tabs built so far: a tab never shown holds nobody's data (and is not built just to clear it).
        pages = window.built_pages if hasattr(window, "built_pages") else getattr(window, "tab_pages", [])
        for page in pages:
            clear = getattr(page, "clear_personal_data", None)
            if clear is not None:
                clear()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and getattr(widget, "shows_personal_data", False):
                widget.reject()

    def _unlocked(self, user: UserInfo, switched: bool) -> None:
        previous = self.ctx.actor
        for cover in self.covers:
            cover.remove()
        self.covers = []
        if switched:
            # The previous user's open forms belong to them: close them before the next person works.
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible():
                    widget.reject()
        if self._hidden_central is not None:
            self._hidden_central.show()
            self._hidden_central = None
        self.window.menuBar().setEnabled(True)
        screen = self.lock_screen
        self.lock_screen = None
        if screen is not None:
            screen.release()
            screen.deleteLater()
        if switched:
            try:
                auth.logout(self.ctx.db, previous, "switch")
            except PuskesosError:
                pass
            self.ctx.set_actor(user.actor())
        self.last_activity = self.clock()
        self.window.activateWindow()
        self.locked_changed.emit(False)

    # --- backups -------------------------------------------------------------------------------------------

    def backup_daily(self) -> None:
        """Once a day, in the background: nothing happens when today's backup exists."""
        if self._backup_running or not backup.auto_backups_here(self.ctx.db):
            return
        self._backup_running = True
        db = self.ctx.db
        jobs.run(
            lambda: backup.auto_backup(db, SYSTEM, "daily"), self._backup_done, self._backup_failed, parent=self.window
        )

    def _backup_done(self, result: BackupResult | None) -> None:
        self._backup_running = False
        if result is not None:
            text = self.tr("Cadangan harian tersimpan: {0}").format(result.path.name)
            if result.second_error:
                text += " — " + result.second_error
            self.window.statusBar().showMessage(text, 15_000)
        self.backup_finished.emit(result)

    def _backup_failed(self, exc: BaseException) -> None:
        self._backup_running = False
        message = message_text(exc.said) if isinstance(exc, PuskesosError) else str(exc)
        self.window.statusBar().showMessage(self.tr("Cadangan harian GAGAL: {0}").format(message), 60_000)
        self.backup_finished.emit(None)

    def shutdown(self) -> BackupResult | None:
        """When the program quits: a backup (whatever the day) and the logout entry. Runs once."""
        if self._shut_down:
            return None
        self._shut_down = True
        self.idle_timer.stop()
        self.backup_timer.stop()
        result: BackupResult | None = None
        if backup.auto_backups_here(self.ctx.db):  # a per-PC setting: on a server, one PC backs the office up
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                result = backup.auto_backup(self.ctx.db, SYSTEM, "close")
            except (PuskesosError, OSError) as exc:
                QApplication.restoreOverrideCursor()
                QMessageBox.warning(
                    None,
                    self.tr("Cadangan gagal"),
                    self.tr("Cadangan saat menutup program gagal: {0}").format(getattr(exc, "message", exc)),
                )
            else:
                QApplication.restoreOverrideCursor()
        try:
            auth.logout(self.ctx.db, self.ctx.actor, "close")
        except PuskesosError:
            pass
        self.stop_watching()
        return result
