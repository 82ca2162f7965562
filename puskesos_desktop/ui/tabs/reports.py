"""Laporan: the month's activity report (Laporan Kegiatan Puskesos) and the planning dashboard.

Figures, lists and the PDF are computed off the UI thread (a district-sized database takes a few hundred ms);
each job's result is applied on the UI thread, and a newer request of the same kind makes an older result moot.
The tab reloads whenever data changes anywhere in the program (AppContext.data_changed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core import fmt, permissions
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import AccountRevoked, Actor
from puskesos_desktop.services.reporting import dashboard, reports
from puskesos_desktop.services.reporting.report_queries import FigureRef, RecordList
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common import pdf_preview
from puskesos_desktop.ui.dialogs.common.figure_list import FigureListDialog
from puskesos_desktop.ui.errors import show_fault
from puskesos_desktop.ui.tabs.base_tab import BaseTab
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.next_turn import next_turn
from puskesos_desktop.ui.widgets.report_pages import DashboardPage, MonthlyPage


class MonthRead(NamedTuple):
    months: list[str]  # to choose from, newest first
    report: reports.MonthlyReport | None  # None: the account may not read reports (any more)


def _read_month(db: Database, actor: Actor, wanted: object) -> MonthRead:
    """On a worker: the months to choose from and the report of the one chosen (the newest when none was)."""
    try:
        allowed = permissions.allowed(actor.current_role(), Permission.REPORT)
    except AccountRevoked:
        allowed = False
    if not allowed:
        return MonthRead([], None)
    months = reports.available_months(db, actor)
    month = str(wanted) if wanted and str(wanted) in months else (months[0] if months else reports.current_month())
    return MonthRead(months, reports.monthly_report(db, actor, month))


# --- the tab ------------------------------------------------------------------------------------------------------


class ReportsTab(BaseTab):
    #: every kind of change can move a figure
    watches: frozenset[Topic] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, staged: bool = False) -> None:
        """``staged`` (shown as it is built): the month's page comes on a later turn either way (see setup_ui)."""
        super().__init__(ctx, parent)
        del staged
        self.list_dialog: FigureListDialog | None = None
        self.preview: pdf_preview.PdfPreviewDialog | None = None
        self._allowed = False
        self.setup_ui()
        self.retranslate_ui()
        self.apply_permissions()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        # The month, reload and print sit beside the page tabs (a row of their own would cost 45 px of 768).
        corner = QWidget()
        bar = QHBoxLayout(corner)
        bar.setContentsMargins(0, 0, 0, 4)
        self.month_label = QLabel()
        self.month = QComboBox()
        self.month.setMinimumWidth(200)
        self.month_label.setBuddy(self.month)
        self.button_reload = QPushButton()
        self.button_print = QPushButton()
        self.button_print.setObjectName("primary")
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setMinimumWidth(110)
        for w in (self.status, self.month_label, self.month, self.button_reload, self.button_print):
            bar.addWidget(w)
        self.denied = QLabel()
        self.denied.setObjectName("error")
        self.denied.setWordWrap(True)
        layout.addWidget(self.denied)
        self.pages = QTabWidget()
        # The month's page (tiles, six charts, a table) is built a turn of the event loop after the tab, while its
        # report is read ("Menghitung…" beside the month meanwhile); the dashboard when its page is first shown: built
        # with the tab, they made its first showing one long stall (issue 12 §4).
        self._monthly: MonthlyPage | None = None
        self._dashboard: DashboardPage | None = None
        self.pages.addTab(self._scrolled(None), "")
        self.pages.addTab(self._scrolled(None), "")
        next_turn(self, self._build_monthly)
        self.pages.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        layout.addWidget(self.pages, 1)
        self.month.currentIndexChanged.connect(lambda _i: self.load_month())
        self.pages.currentChanged.connect(self._page_changed)
        self.button_reload.clicked.connect(self.refresh)
        self.button_print.clicked.connect(self.print_report)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_report)

    @staticmethod
    def _scrolled(page: QWidget | None) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        if page is not None:
            area.setWidget(page)
        return area

    @property
    def monthly(self) -> MonthlyPage:
        """The month's page, built the first time it is needed."""
        if self._monthly is None:
            self._monthly = MonthlyPage()
            self._monthly.open_list.connect(self.open_list)
            area = self.pages.widget(0)
            assert isinstance(area, QScrollArea)
            area.setWidget(self._monthly)
        return self._monthly

    def _build_monthly(self) -> None:
        self.monthly  # noqa: B018 - built now

    @property
    def dashboard_page(self) -> DashboardPage:
        """The planning dashboard's page, built the first time it is needed."""
        if self._dashboard is None:
            self._dashboard = DashboardPage()
            self._dashboard.retranslate_ui()
            self._dashboard.open_list.connect(self.open_list)
            area = self.pages.widget(1)
            assert isinstance(area, QScrollArea)
            area.setWidget(self._dashboard)
        return self._dashboard

    def _page_changed(self, index: int) -> None:
        self._show_month_bar()
        if index == 1 and self._dashboard is None:
            self.dashboard_page  # noqa: B018 - built now, and its figures read
            self.load_dashboard()

    def retranslate_ui(self) -> None:
        self.month_label.setText(self.tr("Bul&an:"))
        self.button_reload.setText(self.tr("Muat &ulang"))
        self.button_reload.setToolTip(self.tr("Hitung ulang semua angka (F5)"))
        self.button_print.setText(self.tr("&Cetak laporan…"))
        self.button_print.setToolTip(self.tr("Pratinjau dan cetak Laporan Kegiatan Puskesos bulan ini (Ctrl+P)"))
        self.pages.setTabText(0, self.tr("&Laporan bulanan"))
        self.pages.setTabText(1, self.tr("&Dasbor perencanaan"))
        self.denied.setText(
            self.tr(
                "Peran Anda tidak berwenang melihat laporan. Laporan dibaca oleh koordinator, penanggung jawab, "
                "front office dan back office."
            )
        )
        if self._monthly is not None:
            self._monthly.retranslate_ui()
        if self._dashboard is not None:
            self._dashboard.retranslate_ui()

    def title(self) -> str:
        return self.tr("Laporan")

    @property
    def allowed(self) -> bool:
        """Whether the account may read reports, as last known: the role it signed in with, then as read with the
        month's figures on a worker (actor.can() on the window's thread was a database read, issue 12 §4; the
        services check the right again anyway)."""
        return self._allowed

    def apply_permissions(self) -> None:
        self._allowed = permissions.allowed(self.ctx.actor.role, Permission.REPORT)
        self._show_allowed()

    def _show_allowed(self) -> None:
        allowed = self.allowed
        self.denied.setVisible(not allowed)
        self.pages.setVisible(allowed)
        self._show_month_bar(allowed)

    def _show_month_bar(self, allowed: bool | None = None) -> None:
        """The month and the print button belong to the monthly report; the dashboard is as of now."""
        monthly = (self.allowed if allowed is None else allowed) and self.pages.currentIndex() == 0
        for w in (self.month, self.month_label, self.button_print):
            w.setVisible(monthly)

    KINDS = ("month", "dashboard", "list", "pdf")

    def _key(self, kind: str) -> str:
        """One key per kind and per tab: a newer request of the same kind makes the older result moot."""
        return f"reports.{id(self)}.{kind}"

    def _run(
        self,
        kind: str,
        fn: Callable[[], object],
        on_done: Callable[[object], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        jobs.run(fn, on_done, on_error, key=self._key(kind), parent=self)

    @property
    def busy(self) -> bool:
        runner = jobs.jobs()
        return any(runner.is_running(self._key(kind)) for kind in self.KINDS)

    def loading(self) -> bool:
        """The month's figures (or the dashboard's) are still being read: the benchmark's session waits for them."""
        return self.busy or self._monthly is None

    def selected_month(self) -> str:
        data = self.month.currentData()
        return str(data) if data else reports.current_month()

    # loading
    def refresh(self) -> None:
        if not self.allowed:
            return
        self._load_month()
        if self._dashboard is not None:  # else read when its page is first shown
            self._load_dashboard()

    def _fill_months(self, months: list[str], chosen: str) -> None:
        if [self.month.itemData(i) for i in range(self.month.count())] != months:
            self.month.blockSignals(True)
            self.month.clear()
            for m in months:
                year, mon = int(m[:4]), int(m[5:])
                self.month.addItem(fmt.bulan_tahun((year, mon)), m)
            self.month.blockSignals(False)
        self.month.blockSignals(True)
        self.month.setCurrentIndex(max(0, self.month.findData(chosen)))
        self.month.blockSignals(False)

    def _set_status(self) -> None:
        self.status.setText(self.tr("Menghitung…") if self.busy else "")

    def load_month(self) -> None:
        if self.allowed:
            self._load_month()

    def _load_month(self) -> None:
        """The months to choose from and the chosen month's report, read together on a worker."""
        db, actor, wanted = self.ctx.db, self.ctx.actor, self.month.currentData()
        self._run("month", lambda: _read_month(db, actor, wanted), self._month_loaded, self._failed)
        self._set_status()

    def load_dashboard(self) -> None:
        if self.allowed:
            self._load_dashboard()

    def _load_dashboard(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self._run("dashboard", lambda: dashboard.dashboard(db, actor), self._dashboard_loaded, self._failed)
        self._set_status()

    def _month_loaded(self, result: object) -> None:
        if isinstance(result, MonthRead):
            if (result.report is not None) != self._allowed:  # the role changed since the account signed in
                self._allowed = result.report is not None
                self._show_allowed()
            if result.report is not None:
                self._fill_months(result.months, result.report.period.month)
                self.monthly.show_report(result.report)
        self._set_status()

    def _dashboard_loaded(self, dash: object) -> None:
        if isinstance(dash, dashboard.Dashboard):
            self.dashboard_page.show_dashboard(dash)
        self._set_status()

    def _failed(self, exc: BaseException) -> None:
        self._set_status()
        show_fault(self, exc)

    # the list behind a figure
    def open_list(self, ref: object) -> None:
        if not isinstance(ref, FigureRef):
            return
        db, actor = self.ctx.db, self.ctx.actor
        self._run("list", lambda: reports.records(db, actor, ref), self._show_list, self._failed)
        self._set_status()

    def _show_list(self, records: object) -> None:
        self._set_status()
        if not isinstance(records, RecordList):
            return
        if self.list_dialog is not None:
            self.list_dialog.close()
        self.list_dialog = FigureListDialog(records, self)
        self.list_dialog.open()

    # printing
    def print_report(self) -> None:
        if not self.allowed:
            return
        db, actor, month = self.ctx.db, self.ctx.actor, self.selected_month()
        self.button_print.setEnabled(False)
        self._run("pdf", lambda: (month, reports.monthly_pdf(db, actor, month)), self._show_pdf, self._pdf_failed)
        self._set_status()

    def _pdf_failed(self, exc: BaseException) -> None:
        self.button_print.setEnabled(True)
        self._failed(exc)

    def _show_pdf(self, result: object) -> None:
        self.button_print.setEnabled(True)
        self._set_status()
        if not isinstance(result, tuple):
            return
        month, pdf = str(result[0]), bytes(result[1])
        label = fmt.bulan_tahun((int(month[:4]), int(month[5:])))
        self.preview = pdf_preview.show_pdf(
            self,
            pdf,
            self.tr("Laporan Kegiatan Puskesos {0}").format(label),
            f"laporan-kegiatan-puskesos-{month}.pdf",
        )
