"""Pengaturan: a list of pages on the left, the chosen page on the right. Each page lives in ui/settings_pages/.

A page is imported and built the first time it is chosen: building all fourteen with their modules stalled the
window's first showing of this tab for ~240 ms at district scale (issue 12, item 4).
"""

from __future__ import annotations

import importlib
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.tabs.base_tab import BaseTab

_PAGES = "puskesos_desktop.ui.settings_pages."


class PageEntry(NamedTuple):
    title: str  # as the page's own title() says it (same translation context)
    module: str
    cls: str


def page_entries() -> list[PageEntry]:
    """Pages in the order staff see them. Add a page here (one line) when its issue lands."""
    tr = QCoreApplication.translate
    return [
        PageEntry(tr("OfficeProfilePage", "Profil kantor"), "office_profile", "OfficeProfilePage"),
        PageEntry(tr("PartnersPage", "Mitra rujukan"), "partners", "PartnersPage"),
        PageEntry(tr("ServicesPage", "Katalog layanan"), "services_catalogue", "ServicesPage"),
        PageEntry(tr("ProgrammesPage", "Program"), "programmes", "ProgrammesPage"),
        PageEntry(tr("DesilLimitsPage", "Batas desil"), "desil_limits", "DesilLimitsPage"),  # issue 16
        PageEntry(tr("DataExchangePage", "Pertukaran data"), "data_exchange", "DataExchangePage"),
        PageEntry(tr("MusdesPage", "Musyawarah Desa"), "musdes", "MusdesPage"),
        PageEntry(tr("DistrictCalendarPage", "Kalender DTSEN"), "district_calendar", "DistrictCalendarPage"),
        PageEntry(tr("ReconcilePage", "Rekonsiliasi"), "reconcile_page", "ReconcilePage"),  # issue 16
        PageEntry(tr("AccountsPage", "Akun pengguna"), "accounts", "AccountsPage"),
        PageEntry(tr("SecuritySettingsPage", "Keamanan"), "security_settings", "SecuritySettingsPage"),
        PageEntry(tr("BackupPage", "Cadangan"), "backup_page", "BackupPage"),
        PageEntry(tr("RetentionPage", "Retensi data"), "retention_page", "RetentionPage"),
        PageEntry(tr("AuditViewerPage", "Jejak audit"), "audit_viewer", "AuditViewerPage"),
        PageEntry(tr("LanguagePage", "Bahasa"), "language", "LanguagePage"),
        PageEntry(tr("MessageTemplatesPage", "Pesan untuk warga"), "message_templates", "MessageTemplatesPage"),
    ]


def build_page(ctx: AppContext, entry: PageEntry) -> QWidget:
    page: QWidget = getattr(importlib.import_module(_PAGES + entry.module), entry.cls)(ctx)
    return page


class SettingsTab(BaseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QHBoxLayout(self)
        self.index = QListWidget()
        self.index.setMaximumWidth(240)
        self.stack = QStackedWidget()
        layout.addWidget(self.index)
        layout.addWidget(self.stack, 1)
        self.entries = page_entries()
        self._built: dict[int, QWidget] = {}
        for entry in self.entries:
            self.index.addItem(entry.title)
        self.index.currentRowChanged.connect(self._show_page)
        self.index.setCurrentRow(0)

    def page_at(self, row: int) -> QWidget:
        """The page of that row, built now if it never was."""
        page = self._built.get(row)
        if page is None:
            page = self._built[row] = build_page(self.ctx, self.entries[row])
            self.stack.addWidget(page)
        return page

    def built_pages(self) -> list[QWidget]:
        return [self._built[row] for row in sorted(self._built)]

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            page = self.page_at(row)
            self.stack.setCurrentWidget(page)
            page.refresh()  # type: ignore[attr-defined]

    def title(self) -> str:
        return self.tr("Pengaturan")

    def refresh(self) -> None:
        row = self.index.currentRow()
        if row in self._built:
            self._built[row].refresh()  # type: ignore[attr-defined]
