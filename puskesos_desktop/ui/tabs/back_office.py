"""Back Office: the work queue of forwarded complaints (filters, counts per field, overdue rows stand out), the
referrals waiting for the coordinator, and the referrals to follow up. Each complaint opens in its workspace.

Every list is read on a worker (ui/widgets/loading.py, through ui/jobs.py) with "Memuat…" over it meanwhile: at a
district's 10,000 complaints a month, reading them on the window's thread froze the tab for over a second."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core import clock
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import ComplaintStatus, Field
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.casework import backoffice
from puskesos_desktop.services.casework.referrals import ReferralRow
from puskesos_desktop.services.casework.work_queue import (
    UNASSIGNED,
    Queue,
    QueueFilter,
    QueueItem,
    QueueSort,
    work_queue,
)
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.form_base import combo_data, select_data
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.tabs.base_tab import BaseTab
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.loading import ListLoader, report_failure
from puskesos_desktop.ui.widgets.next_turn import next_turn
from puskesos_desktop.ui.widgets.referral_lists import ApprovalsPanel, FollowupPanel, read_followups
from puskesos_desktop.ui.widgets.table import RecordTable

if TYPE_CHECKING:
    from puskesos_desktop.ui.dialogs.back.workspace import WorkspaceDialog

OVERDUE = QColor("#f9d6d5")
CHIP_STYLE = "QPushButton { padding: 4px 8px; } QPushButton:checked { background: #12355b; color: #ffffff; }"
FOLLOWUP = QColor("#fff1c7")


def _tr(text: str) -> str:
    """Translates a QT_TRANSLATE_NOOP text at run time (lupdate cannot see through this wrapper: literals go
    straight to QCoreApplication.translate)."""
    return QCoreApplication.translate("BackOfficeTab", text)


def _referrals(i: QueueItem) -> str:
    if not i.referrals_total:
        return ""
    text = QCoreApplication.translate("BackOfficeTab", "{0}/{1} terbuka").format(i.referrals_open, i.referrals_total)
    if i.referrals_waiting_approval:
        waiting = QCoreApplication.translate("BackOfficeTab", ", {0} menunggu persetujuan")
        text += waiting.format(i.referrals_waiting_approval)
    if i.followup:
        text += QCoreApplication.translate("BackOfficeTab", ", perlu tindak lanjut")
    return text


COLUMNS = [
    Column("number", "Nomor resi"),
    Column("resident_name", "Nama"),
    Column("field", "Bidang"),
    Column("service", "Layanan"),
    Column("status", "Status", whole=True),
    Column("due_date", "Tenggat"),
    Column("days_overdue", "Lewat (hari)", lambda i: i.days_overdue if i.overdue else None, align_right=True),
    Column("age_days", "Umur (hari)", align_right=True),
    Column("referrals", "Rujukan", _referrals),
    Column("missing_documents", "Dok. kurang", lambda i: i.missing_documents or None, align_right=True),
    Column("officer", "Petugas"),
    Column("urgency", "Kemendesakan"),
    Column("registered", "Terdaftar", lambda i: i.registered_at.date()),
]

SORT_LABELS = {
    QueueSort.PRIORITY: QT_TRANSLATE_NOOP("BackOfficeTab", "Prioritas (terlambat dulu)"),
    QueueSort.AGE: QT_TRANSLATE_NOOP("BackOfficeTab", "Umur (terlama dulu)"),
    QueueSort.DUE: QT_TRANSLATE_NOOP("BackOfficeTab", "Tenggat"),
    QueueSort.FIELD: QT_TRANSLATE_NOOP("BackOfficeTab", "Bidang"),
    QueueSort.SERVICE: QT_TRANSLATE_NOOP("BackOfficeTab", "Layanan"),
    QueueSort.STATUS: QT_TRANSLATE_NOOP("BackOfficeTab", "Status"),
    QueueSort.OFFICER: QT_TRANSLATE_NOOP("BackOfficeTab", "Petugas"),
    QueueSort.NAME: QT_TRANSLATE_NOOP("BackOfficeTab", "Nama"),
}


def _read_queue(db: Database, actor: Actor, flt: QueueFilter) -> Queue:
    """On a worker: the queue (identity numbers masked by the service for the actor)."""
    return work_queue(db, actor, flt)


Choices = tuple[list[tuple[str, int]], list[tuple[str, int]]]


def _read_choices(db: Database) -> Choices:
    """On a worker: the service and officer filters' choices."""
    services = [(f"{s.field} — {s.name}", s.id) for s in catalogue.list_services(db, active_only=False)]
    officers = [(o.full_name, o.id) for o in backoffice.officers(db)]
    return services, officers


class BackOfficeTab(BaseTab):
    watches = frozenset({Topic.COMPLAINTS, Topic.REFERRALS, Topic.RESIDENTS, Topic.CATALOGUE, Topic.USERS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, staged: bool = False) -> None:
        """``staged``: the window shows the tab as it is built (its first showing): the chips and a loading note
        now, the filters and the lists on the next turns of the event loop, each a short stall (issue 12 §4: built
        in one turn, with the global style sheet polishing every widget, it was 60–90 ms of the window's thread)."""
        super().__init__(ctx, parent)
        self.queue: Queue | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh_queue)
        self.setup_ui(staged)

    # --- building ----------------------------------------------------------------------------------------

    def setup_ui(self, staged: bool = False) -> None:
        layout = QVBoxLayout(self)
        self._build_field_chips(layout)
        self.building_note = QLabel(self.tr("Memuat Back Office…"))
        self.building_note.setObjectName("hint")
        self.building_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.building_note, 1)
        stages: tuple[Callable[[], None], ...] = (
            lambda: self._build_filters(layout),
            lambda: self._build_rest(layout),
        )
        if staged:
            self.stage_build(stages)
        else:
            for stage in stages:
                stage()

    def _build_rest(self, layout: QVBoxLayout) -> None:
        """The lists (the queue now, the referral lists on later turns: see _panel) and what ties them together."""
        self._build_lists(layout)
        layout.removeWidget(self.building_note)
        self.building_note.deleteLater()
        self._connect_signals()
        self.retranslate_ui()

    def _build_field_chips(self, layout: QVBoxLayout) -> None:
        """One chip per field (and all), and the count of what is overdue."""
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("hint")
        top.addWidget(self.heading)
        self.field_group = QButtonGroup(self)
        self.field_group.setExclusive(True)
        self.field_buttons: dict[str, QPushButton] = {}
        for key in ("", *[f.value for f in Field]):
            b = QPushButton()
            b.setCheckable(True)
            b.setStyleSheet(CHIP_STYLE)
            b.setProperty("field", key)
            self.field_group.addButton(b)
            self.field_buttons[key] = b
            top.addWidget(b)
        self.field_buttons[""].setChecked(True)
        top.addStretch(1)
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("error")
        top.addWidget(self.overdue_label)
        layout.addLayout(top)
        self._update_chips()

    def _build_filters(self, layout: QVBoxLayout) -> None:
        """Two rows of filters over the queue, and Open."""
        row1 = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.service = QComboBox()
        self.service.setMinimumWidth(260)
        self.status = QComboBox()
        self.officer = QComboBox()
        self.labels: dict[str, QLabel] = {}
        row1_widgets: tuple[tuple[str, QWidget], ...] = (
            ("search", self.search),
            ("service", self.service),
            ("status", self.status),
            ("officer", self.officer),
        )
        for key, widget in row1_widgets:
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            row1.addWidget(label)
            row1.addWidget(widget, 2 if key in ("search", "service") else 1)
        layout.addLayout(row1)

        row2 = QHBoxLayout()
        self.due = QComboBox()
        self.min_age = QSpinBox()
        self.min_age.setRange(0, 3650)
        self.sort = QComboBox()
        row2_widgets: tuple[tuple[str, QWidget], ...] = (("due", self.due), ("age", self.min_age), ("sort", self.sort))
        for key, widget in row2_widgets:
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            row2.addWidget(label)
            row2.addWidget(widget)
        self.include_closed = QCheckBox()
        row2.addWidget(self.include_closed)
        row2.addStretch(1)
        self.button_open = QPushButton()
        self.button_open.setObjectName("primary")
        row2.addWidget(self.button_open)
        layout.addLayout(row2)
        self._translate_filters()

    def _build_lists(self, layout: QVBoxLayout) -> None:
        """The queue, approvals waiting and follow-ups, as tabs, and the line that counts them."""
        self.inner = QTabWidget()
        self.table = RecordTable(COLUMNS)
        self.table.source.highlight = self._row_colour
        # The two referral lists are built a turn of the event loop after the queue (or when first asked for):
        # built with it, the tab's first showing was one stall of both (issue 12 §4).
        self._panels: tuple[ApprovalsPanel, FollowupPanel] | None = None
        self._panel_built: list[ApprovalsPanel | FollowupPanel | None] = [None, None]
        self._panels_due = False  # their build is queued, with a load
        self._holders = (QWidget(), QWidget())
        for holder in self._holders:
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        self.inner.addTab(self.table, "")
        self.inner.addTab(self._holders[0], "")
        self.inner.addTab(self._holders[1], "")
        layout.addWidget(self.inner, 1)
        self.queue_loader = ListLoader(self, self.table, "back_office.queue")
        self.choices_loader = ListLoader(self, None, "back_office.choices")
        # The follow-ups' first read, before their list is built (then the list's own loader reads them).
        self.followups_loader = ListLoader(self, self._holders[1], "back_office.followups")
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        layout.addWidget(self.summary)

    def _connect_signals(self) -> None:
        self.field_group.buttonClicked.connect(lambda *_: self.refresh_queue())
        self.search.textChanged.connect(lambda *_: self._timer.start())
        for combo in (self.service, self.status, self.officer, self.due, self.sort):
            combo.currentIndexChanged.connect(lambda *_: self.refresh_queue())
        self.min_age.valueChanged.connect(lambda *_: self._timer.start())
        self.include_closed.toggled.connect(lambda *_: self.refresh_queue())
        self.button_open.clicked.connect(self.open_selected)
        self.table.activated.connect(lambda *_: self.open_selected())
        self.inner.currentChanged.connect(lambda _i: self._update_counts())
        QShortcut(QKeySequence("F5"), self, self.refresh)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        self.setTabOrder(self.search, self.service)

    def retranslate_ui(self) -> None:
        if self.building():  # the last stage translates everything it built
            return
        self._translate_filters()
        self._update_counts()

    def _translate_filters(self) -> None:
        """The filters' words and fixed choices, with the filters themselves: a drop-down takes its width from its
        items when first shown, and a staged build shows the filters a turn before the lists."""
        self.labels["search"].setText(self.tr("&Cari"))
        self.search.setPlaceholderText(self.tr("nama, NIK, nomor resi… (Ctrl+F)"))
        self.labels["service"].setText(self.tr("&Layanan"))
        self.labels["status"].setText(self.tr("&Status"))
        self.labels["officer"].setText(self.tr("&Petugas"))
        self.labels["due"].setText(self.tr("&Tenggat"))
        self.labels["age"].setText(self.tr("&Umur minimal"))
        self.min_age.setSuffix(self.tr(" hari"))
        self.labels["sort"].setText(self.tr("U&rutkan"))
        self.include_closed.setText(self.tr("Termasuk yang sudah &ditutup"))
        self.button_open.setText(self.tr("Buka ruang ker&ja"))
        self._fill_static_combos()

    def _fill_static_combos(self) -> None:
        def fill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
            current = combo_data(combo)
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            select_data(combo, current)
            combo.blockSignals(False)

        fill(self.status, [(self.tr("Semua yang terbuka"), "")] + [(s.value, s.value) for s in ComplaintStatus])
        fill(
            self.due,
            [
                (self.tr("Semua"), "all"),
                (self.tr("Lewat tenggat"), "overdue"),
                (self.tr("Tenggat sampai hari ini"), "today"),
                (self.tr("Tenggat sampai 7 hari lagi"), "week"),
            ],
        )
        fill(self.sort, [(_tr(str(label)), key.value) for key, label in SORT_LABELS.items()])

    def _fill_catalogue_combos(self, choices: Choices) -> None:
        services, officers = choices
        current_service, current_officer = combo_data(self.service), combo_data(self.officer)
        self.service.blockSignals(True)
        self.service.clear()
        self.service.addItem(self.tr("Semua layanan"), None)
        for text, service_id in services:
            self.service.addItem(text, service_id)
        select_data(self.service, current_service)
        self.service.blockSignals(False)
        self.officer.blockSignals(True)
        self.officer.clear()
        self.officer.addItem(self.tr("Semua petugas"), None)
        self.officer.addItem(self.tr("Belum ditugaskan"), UNASSIGNED)
        for name, officer_id in officers:
            self.officer.addItem(name, officer_id)
        select_data(self.officer, current_officer)
        self.officer.blockSignals(False)

    def title(self) -> str:
        return self.tr("Back Office")

    # --- the referral lists, built after the queue -----------------------------------------------------

    def _referral_panels(self) -> tuple[ApprovalsPanel, FollowupPanel]:
        if self._panels is None:
            approvals, followups = self._panel(0), self._panel(1)
            assert isinstance(approvals, ApprovalsPanel) and isinstance(followups, FollowupPanel)
            self._panels = (approvals, followups)
        return self._panels

    def _panel(self, which: int) -> ApprovalsPanel | FollowupPanel:
        """One referral list, built now if it was not yet (each is a table, its buttons and their style: ~20 ms
        of the window's thread, so the two are built on two turns of the event loop)."""
        panel = self._panel_built[which]
        if panel is None:
            panel = ApprovalsPanel(self.ctx) if which == 0 else FollowupPanel(self.ctx)
            layout = self._holders[which].layout()
            assert layout is not None
            layout.addWidget(panel)
            panel.open_complaint.connect(self.open_workspace)
            panel.loaded.connect(self._update_tab_titles)
            panel.set_filter(self.referral_filter())
            self._panel_built[which] = panel
        return panel

    def _built_panels(self) -> list[ApprovalsPanel | FollowupPanel]:
        return [panel for panel in self._panel_built if panel is not None]

    @property
    def approvals(self) -> ApprovalsPanel:
        return self._referral_panels()[0]

    @property
    def followups(self) -> FollowupPanel:
        return self._referral_panels()[1]

    def _load_panels_later(self) -> None:
        if not self._panels_due:
            self._panels_due = True
            next_turn(self, self._load_first_panel)  # a turn of its own, after the queue's

    def _load_first_panel(self) -> None:
        """The approvals' list built and read on this turn; the follow-ups read meanwhile and their list built when
        they arrive, on a turn of its own ("Memuat daftar…" over its tab until then)."""
        if self._panels is not None:
            self._load_panels()
            return
        self._panels_due = True
        self._panel(0).refresh()
        db, actor = self.ctx.db, self.ctx.actor
        self.followups_loader.load(lambda: read_followups(db, actor), self._followups_read, self._followups_failed)

    def _followups_read(self, result: tuple[frozenset[Permission], int, list[ReferralRow]]) -> None:
        panel = self._panel(1)
        assert isinstance(panel, FollowupPanel)
        panel.show_followups(result)
        self._panels_due = False
        self._update_tab_titles()

    def _followups_failed(self, exc: BaseException) -> None:
        self._panels_due = False  # not loading any more: F5 reads again
        report_failure(self, exc)

    def _load_panels(self) -> None:
        self._panels_due = False
        for panel in self._referral_panels():
            panel.refresh()
        self._update_tab_titles()

    # --- data ----------------------------------------------------------------------------------------------

    def current_filter(self) -> QueueFilter:
        checked = self.field_group.checkedButton()
        field = str(checked.property("field")) if checked is not None else ""
        due = combo_data(self.due) or "all"
        today = clock.today()
        due_before = {"today": today, "week": today + dt.timedelta(days=7)}.get(str(due))
        service = combo_data(self.service)
        officer = combo_data(self.officer)
        return QueueFilter(
            field=field or None,
            service_id=service if isinstance(service, int) else None,
            status=str(combo_data(self.status) or "") or None,
            officer_id=officer if isinstance(officer, int) else None,
            min_age_days=self.min_age.value(),
            due_before=due_before,
            overdue_only=due == "overdue",
            text=self.search.text(),
            include_closed=self.include_closed.isChecked(),
            sort=QueueSort(str(combo_data(self.sort) or QueueSort.PRIORITY.value)),
        )

    def clear_personal_data(self) -> None:
        self.finish_build()
        self._timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for table in self.findChildren(RecordTable):
            table.set_rows([])
        for panel in self._built_panels():
            panel.clear()
        super().clear_personal_data()

    def refresh(self) -> None:
        db = self.ctx.db
        self.choices_loader.load(lambda: _read_choices(db), self._fill_catalogue_combos)
        self.refresh_queue()
        if self._panels is not None:
            self._load_panels()
        elif self._panel_built[0] is not None:
            self._load_first_panel()  # read again, the latest read wins
        else:
            self._load_panels_later()
        self._update_tab_titles()

    def loading(self) -> bool:
        """A part of the tab is still being built or a list read."""
        if self.building() or self._panels_due:
            return True
        panels = tuple(panel.loader for panel in self._built_panels())
        loaders = (self.queue_loader, self.choices_loader, self.followups_loader, *panels)
        return any(loader.loading for loader in loaders)

    def refresh_queue(self) -> None:
        self._timer.stop()
        db, actor, flt = self.ctx.db, self.ctx.actor, self.current_filter()
        self.queue_loader.load(lambda: _read_queue(db, actor, flt), self._show_queue)
        keep = self.referral_filter()
        for panel in self._built_panels():
            panel.set_filter(keep)
        self._update_counts()

    def referral_filter(self) -> Callable[[ReferralRow], bool] | None:
        """The part of the filter a referral list can follow: field, the searched text, the service."""
        checked = self.field_group.checkedButton()
        field = str(checked.property("field")) if checked is not None else ""
        text = self.search.text().strip().casefold()
        service_id = combo_data(self.service)
        # The service combo reads "Bidang — Nama"; a referral row carries the service's name.
        service = self.service.currentText().split(" — ", 1)[-1] if isinstance(service_id, int) else ""
        if not (field or text or service):
            return None

        def keep(r: ReferralRow) -> bool:
            if field and r.field != field:
                return False
            if service and r.service != service:
                return False
            words = (r.number, r.resident_name, r.destination, r.service, r.reason)
            return not text or any(text in w.casefold() for w in words)

        return keep

    def _show_queue(self, queue: Queue) -> None:
        self.queue = queue
        chosen = self.table.selected_row()
        # Keep the service's order until the user clicks a column header.
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.set_rows(queue.items)  # masked by the service for roles that may not see NIK
        if chosen is not None:
            for row in range(self.table.proxy.rowCount()):
                if self.table.row_at_proxy(row).id == chosen.id:
                    self.table.selectRow(row)
                    break
        self._update_counts()
        self._update_tab_titles()

    def _row_colour(self, item: QueueItem) -> QColor | None:
        if item.overdue:
            return OVERDUE
        if item.followup:
            return FOLLOWUP
        return None

    def _update_chips(self) -> None:
        q = self.queue
        counts = q.counts_by_field if q else {}
        total = sum(counts.values())
        self.heading.setText(self.tr("Bidang:"))
        self.field_buttons[""].setText(self.tr("Semua ({0})").format(total))
        for f in Field:
            self.field_buttons[f.value].setText(f"{f.value} ({counts.get(f.value, 0)})")
        overdue = q.overdue if q else 0
        self.overdue_label.setText(self.tr("{0} lewat tenggat").format(overdue) if overdue else "")

    def _update_counts(self) -> None:
        self._update_chips()
        q = self.queue
        # The status line counts what the tab on screen shows (issue 17 item 8).
        index = self.inner.currentIndex()
        if index == 1:
            text = self.tr("{0} dari {1} rujukan menunggu persetujuan ditampilkan (saringan bidang, cari, layanan).")
            self.summary.setText(text.format(self.approvals.count(), self.approvals.total()))
        elif index == 2:
            text = self.tr("{0} dari {1} rujukan tanpa jawaban ditampilkan (saringan bidang, cari, layanan).")
            self.summary.setText(text.format(self.followups.count(), self.followups.total()))
        else:
            shown = q.total if q else 0
            self.summary.setText(
                self.tr(
                    "{0} keluhan ditampilkan. Baris merah: lewat tenggat layanan; kuning: rujukan perlu tindak lanjut."
                ).format(shown)
            )

    def _update_tab_titles(self) -> None:
        self._update_counts()
        shown = self.queue.total if self.queue else 0
        self.inner.setTabText(0, self.tr("&1 Antrean keluhan ({0})").format(shown))
        waiting, unanswered = (p.count() if p is not None else 0 for p in self._panel_built)
        self.inner.setTabText(1, self.tr("&2 Menunggu persetujuan ({0})").format(waiting))
        self.inner.setTabText(2, self.tr("&3 Tindak lanjut rujukan ({0})").format(unanswered))

    # --- opening ---------------------------------------------------------------------------------------

    def open_selected(self) -> None:
        item = self.table.selected_row()
        if isinstance(item, QueueItem):
            self.open_workspace(item.id)

    def open_workspace(self, complaint_id: int) -> WorkspaceDialog:
        # Imported when first opened: the workspace and its forms are not needed to show the lists.
        from puskesos_desktop.ui.dialogs.back.workspace import WorkspaceDialog

        dialog = WorkspaceDialog(self.ctx, complaint_id, self)
        dialog.exec()
        self.refresh()
        return dialog
