"""Pengaturan: a list of pages on the left, the chosen page on the right. Each page lives in ui/settings_pages/, on
the one base there (page_base.SettingsPage).

A page is imported and built the first time it is chosen: building all fourteen with their modules stalled the
window's first showing of this tab for ~240 ms at district scale (issue 12, item 4). The page chosen before the tab
was ever shown is built a turn of the event loop after the tab's first showing ("Memuat…" meanwhile), so that the
tab and its first page are two short stalls rather than one long one.
"""

from __future__ import annotations

import importlib
from collections.abc import Set as AbstractSet
from functools import partial
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QStackedWidget, QWidget

from puskesos_desktop.core import permissions
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.services.context import AccountRevoked, Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.settings_pages.page_base import SettingsPage
from puskesos_desktop.ui.tabs.base_tab import BaseTab
from puskesos_desktop.ui.widgets.loading import ListLoader, report_failure
from puskesos_desktop.ui.widgets.next_turn import next_turn

_PAGES = "puskesos_desktop.ui.settings_pages."


class PageEntry(NamedTuple):
    title: str  # as the page's own title() says it (same translation context)
    module: str
    cls: str
    # Shown to a role with any of these (empty: to everyone). A page that would only say "Hanya koordinator…"
    # is left out of the list for the others (issue 17 item 14).
    needs: AbstractSet[Permission] = frozenset()

    def usable_by(self, role: Role | None) -> bool:
        """``role``: the account's role now (None: the account was disabled, so only the pages for everyone)."""
        return not self.needs or (role is not None and any(permissions.allowed(role, p) for p in self.needs))


def page_entries() -> list[PageEntry]:
    """Pages in the order staff see them. Add a page here (one line) when its issue lands."""
    # Each page's title() in its own context (lupdate finds them there; an alias named tr( misled it).
    _t = QCoreApplication.translate
    P = Permission  # noqa: N806 - short, so that each page stays one line
    return [
        PageEntry(_t("OfficeProfilePage", "Profil kantor"), "office_profile", "OfficeProfilePage"),
        PageEntry(_t("PartnersPage", "Mitra rujukan"), "partners", "PartnersPage"),
        PageEntry(_t("ServicesPage", "Katalog layanan"), "services_catalogue", "ServicesPage"),
        PageEntry(_t("ProgrammesPage", "Program"), "programmes", "ProgrammesPage"),
        PageEntry(_t("DesilLimitsPage", "Batas desil"), "desil_limits", "DesilLimitsPage"),  # issue 16
        PageEntry(_t("DataExchangePage", "Pertukaran data"), "data_exchange", "DataExchangePage", {P.IMPORT, P.EXPORT}),
        PageEntry(_t("MusdesPage", "Musyawarah Desa"), "musdes", "MusdesPage", {P.MUSDES, P.PROPOSAL}),
        PageEntry(
            _t("DistrictCalendarPage", "Kalender DTSEN"), "district_calendar", "DistrictCalendarPage", {P.SETTINGS}
        ),
        PageEntry(_t("ReconcilePage", "Rekonsiliasi"), "reconcile_page", "ReconcilePage", {P.PROPOSAL}),  # issue 16
        PageEntry(_t("AccountsPage", "Akun pengguna"), "accounts", "AccountsPage", {P.ACCOUNTS}),
        # Everyone: one's own password is changed there.
        PageEntry(_t("SecuritySettingsPage", "Keamanan"), "security_settings", "SecuritySettingsPage"),
        PageEntry(_t("BackupPage", "Cadangan"), "backup_page", "BackupPage", {P.BACKUP}),
        PageEntry(
            _t("ServerConnectionPage", "Server kantor"), "server_connection", "ServerConnectionPage", {P.SETTINGS}
        ),  # issue 15
        PageEntry(_t("RetentionPage", "Retensi data"), "retention_page", "RetentionPage", {P.SETTINGS}),
        PageEntry(_t("AuditViewerPage", "Jejak audit"), "audit_viewer", "AuditViewerPage", {P.AUDIT}),
        PageEntry(_t("LanguagePage", "Bahasa"), "language", "LanguagePage", {P.SETTINGS}),
        PageEntry(
            _t("MessageTemplatesPage", "Pesan untuk warga"), "message_templates", "MessageTemplatesPage", {P.SETTINGS}
        ),
    ]


def build_page(ctx: AppContext, entry: PageEntry) -> SettingsPage:
    page: SettingsPage = getattr(importlib.import_module(_PAGES + entry.module), entry.cls)(ctx)
    return page


def _read_role(actor: Actor) -> Role | None:
    """On a worker: the account's role now (None: it was disabled)."""
    try:
        return actor.current_role()
    except AccountRevoked:
        return None


class SettingsTab(BaseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, staged: bool = False) -> None:
        """``staged`` (shown as it is built): the chosen page is built on a later turn either way (_show_page)."""
        super().__init__(ctx, parent)
        del staged
        layout = QHBoxLayout(self)
        self.index = QListWidget()
        self.index.setMaximumWidth(240)
        self.stack = QStackedWidget()
        self.waiting = QLabel(self.tr("Memuat halaman…"))  # the chosen page is being built
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setObjectName("hint")
        self.stack.addWidget(self.waiting)
        layout.addWidget(self.index)
        layout.addWidget(self.stack, 1)
        self.entries: list[PageEntry] = []
        self._built: dict[int, SettingsPage] = {}
        self._pending: int | None = None  # the row whose page is built on the next turn of the event loop
        self._refresh_due: SettingsPage | None = None  # built on this turn, read on the next
        self._role_loader = ListLoader(self, None, "settings.role")
        self.index.currentRowChanged.connect(self._show_page)
        self._list_pages(self.ctx.actor.role)

    def _list_pages(self, role: Role | None) -> None:
        """The pages ``role`` can use, still built lazily when first chosen. Listed at once for the role the account
        signed in with; refresh() reads the role as it is now on a worker (a database read each) and lists again
        if it moved (only what to show: every page's service checks the right when it acts)."""
        entries = [e for e in page_entries() if e.usable_by(role)]
        if [e.module for e in entries] == [e.module for e in self.entries]:
            return
        for page in self._built.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._built = {}
        self._pending = None
        self.entries = entries
        self.index.blockSignals(True)
        self.index.clear()
        for entry in entries:
            self.index.addItem(entry.title)
        self.index.setCurrentRow(0)
        self.index.blockSignals(False)
        # Shown here, not through currentRowChanged: the list may have made row 0 current itself while filling,
        # and then no signal comes (the role read on a worker landed between a page's build and its showing, and
        # the tab stayed on "Memuat halaman…").
        self._refresh_due = None
        self._show_page(0)

    def apply_permissions(self) -> None:
        self._list_pages(self.ctx.actor.role)  # another user signed in: another role, other pages

    def page_at(self, row: int) -> SettingsPage:
        """The page of that row, built now if it never was."""
        page = self._built.get(row)
        if page is None:
            page = self._built[row] = build_page(self.ctx, self.entries[row])
            self.stack.addWidget(page)
            if row == self._pending:  # asked for before its turn came: it is the one on screen
                self._pending = None
                self.stack.setCurrentWidget(page)
        return page

    def loading(self) -> bool:
        """The chosen page is still to be built or read (gui_driver.lists_loaded waits on it)."""
        if self._pending is not None or self._refresh_due is not None or self._role_loader.loading:
            return True
        page = self._built.get(self.index.currentRow())
        return page is not None and page.reading()

    def built_pages(self) -> list[SettingsPage]:
        return [self._built[row] for row in sorted(self._built)]

    def _show_page(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        if row not in self._built and not self.isVisible():
            # Chosen while the tab is hidden (built, or another user signed in): built after the tab shows.
            self._pending = row
            self.stack.setCurrentWidget(self.waiting)
            return
        self._pending = None
        built = row in self._built
        page = self.page_at(row)
        if not self.isVisible():  # the tab's own refresh (showEvent) fills it: read once, not twice
            self.stack.setCurrentWidget(page)
            return
        if built:
            self.stack.setCurrentWidget(page)
            page.refresh()
        else:  # built on this turn, shown on the next, filled on the one after: three short stalls, not one long
            self.stack.setCurrentWidget(self.waiting)
            self._refresh_due = page
            next_turn(self, partial(self._present_new_page, page))

    # Each turn names its page: a page built again meanwhile (the role read on a worker listed the pages anew)
    # is not shown or read by the turns queued for the one it replaced.
    def _present_new_page(self, page: SettingsPage) -> None:
        if page is not self._refresh_due:
            return
        if page is self._built.get(self.index.currentRow()):
            self.stack.setCurrentWidget(page)
            next_turn(self, partial(self._refresh_new_page, page))
        else:
            self._refresh_due = None

    def _refresh_new_page(self, page: SettingsPage) -> None:
        if page is not self._refresh_due:
            return
        if self._role_loader.loading:
            # Read once the role is known (_role_read): a page the account may no longer use (its role changed
            # since signing in) is listed away instead of refusing its read in a message box.
            return
        self._refresh_due = None
        if page is self._built.get(self.index.currentRow()):
            page.refresh()

    def _build_pending(self) -> None:
        row = self._pending
        if row is not None and row == self.index.currentRow():
            self._show_page(row)

    def _role_read(self, role: Role | None) -> None:
        self._list_pages(role)
        self._read_waiting_page()
        if self._pending is not None and self.isVisible():
            next_turn(self, self._build_pending)

    def _role_failed(self, exc: BaseException) -> None:
        report_failure(self, exc)
        self._read_waiting_page()

    def _read_waiting_page(self) -> None:
        page = self._refresh_due
        if page is not None and self.stack.currentWidget() is page:  # shown, its read waiting for the role
            self._refresh_new_page(page)

    def title(self) -> str:
        return self.tr("Pengaturan")

    def refresh(self) -> None:
        actor = self.ctx.actor
        self._role_loader.load(lambda: _read_role(actor), self._role_read, self._role_failed)
        row = self.index.currentRow()
        if row in self._built:
            if self._refresh_due is None:  # else its first read is already queued
                self._refresh_due = self._built[row]  # read when the role is known (_read_waiting_page)
        elif self._pending is not None:
            next_turn(self, self._build_pending)
