"""Pengaturan: a list of pages on the left, the chosen page on the right. Each page lives in ui/settings_pages/."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.settings_pages.accounts import AccountsPage
from puskesos_desktop.ui.settings_pages.audit_viewer import AuditViewerPage
from puskesos_desktop.ui.settings_pages.backup_page import BackupPage
from puskesos_desktop.ui.settings_pages.data_exchange import DataExchangePage
from puskesos_desktop.ui.settings_pages.desil_limits import DesilLimitsPage
from puskesos_desktop.ui.settings_pages.language import LanguagePage
from puskesos_desktop.ui.settings_pages.message_templates import MessageTemplatesPage
from puskesos_desktop.ui.settings_pages.musdes import MusdesPage
from puskesos_desktop.ui.settings_pages.office_profile import OfficeProfilePage
from puskesos_desktop.ui.settings_pages.partners import PartnersPage
from puskesos_desktop.ui.settings_pages.programmes import ProgrammesPage
from puskesos_desktop.ui.settings_pages.retention_page import RetentionPage
from puskesos_desktop.ui.settings_pages.security_settings import SecuritySettingsPage
from puskesos_desktop.ui.settings_pages.services_catalogue import ServicesPage
from puskesos_desktop.ui.tabs.base_tab import BaseTab


def build_pages(ctx: AppContext) -> list[QWidget]:
    """Pages in the order staff see them. Add a page here (one line) when its issue lands."""
    return [
        OfficeProfilePage(ctx),
        PartnersPage(ctx),
        ServicesPage(ctx),
        ProgrammesPage(ctx),
        DesilLimitsPage(ctx),  # issue 16
        DataExchangePage(ctx),
        MusdesPage(ctx),
        AccountsPage(ctx),
        SecuritySettingsPage(ctx),
        BackupPage(ctx),
        RetentionPage(ctx),
        AuditViewerPage(ctx),
        LanguagePage(ctx),
        MessageTemplatesPage(ctx),
    ]


class SettingsTab(BaseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QHBoxLayout(self)
        self.index = QListWidget()
        self.index.setMaximumWidth(240)
        self.stack = QStackedWidget()
        layout.addWidget(self.index)
        layout.addWidget(self.stack, 1)
        self.pages = build_pages(ctx)
        for page in self.pages:
            self.index.addItem(page.title())  # type: ignore[attr-defined]
            self.stack.addWidget(page)
        self.index.currentRowChanged.connect(self._show_page)
        self.index.setCurrentRow(0)

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)
            self.pages[row].refresh()  # type: ignore[attr-defined]

    def title(self) -> str:
        return self.tr("Pengaturan")

    def refresh(self) -> None:
        row = self.index.currentRow()
        if 0 <= row < len(self.pages):
            self.pages[row].refresh()  # type: ignore[attr-defined]
