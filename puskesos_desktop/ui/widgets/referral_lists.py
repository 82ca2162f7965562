"""Two referral lists of the back-office tab: referrals waiting for the coordinator's approval, and referrals
with no answer from their destination after the follow-up days. Both open the complaint's workspace.

Both are read on a worker as slim rows (services.referrals.ReferralRow: only the columns shown); the full referral
is read when one is acted on. Acting is a job too (ui/widgets/busy_action.py): approving writes one audit entry a
referral, and the full referral for the outcome form is read on a worker; the buttons stay disabled meanwhile, a
second press does nothing twice, a refusal is shown as a warning."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import office
from puskesos_desktop.services.casework import referrals
from puskesos_desktop.services.casework.referrals import ReferralInfo, ReferralRow
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext, rights_of
from puskesos_desktop.ui.dialogs.back.outcome_form import OutcomeDialog
from puskesos_desktop.ui.dialogs.common.form_base import set_message
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.busy_action import acting, run_action
from puskesos_desktop.ui.widgets.loading import ListLoader
from puskesos_desktop.ui.widgets.table import RecordTable

APPROVAL_COLUMNS = [
    Column("number", "Nomor rujukan"),
    Column("referred_at", "Tanggal"),
    Column("resident_name", "Nama"),
    Column("field", "Bidang"),
    Column("destination", "Tujuan"),
    Column("service", "Layanan"),
    Column("reason", "Alasan"),
    Column("created_by", "Diajukan oleh"),
]
FOLLOWUP_COLUMNS = [
    Column("number", "Nomor rujukan"),
    Column("sent_at", "Dikirim"),
    Column("days_waiting", "Hari tanpa jawaban", align_right=True),
    Column("resident_name", "Nama"),
    Column("field", "Bidang"),
    Column("destination", "Tujuan"),
    Column("status", "Status", whole=True),
]


class ReferralListPanel(QWidget):
    open_complaint = Signal(int)
    loaded = Signal()  # new rows are on screen (the tab's titles count them)

    def __init__(self, ctx: AppContext, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.table = RecordTable(columns)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # oldest first, as the service orders them
        self.buttons = QHBoxLayout()
        self.button_open = QPushButton()
        self.buttons.addWidget(self.button_open)
        self.buttons.addStretch(1)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self.loader = ListLoader(self, self.table, type(self).__name__)
        self._all: list[ReferralRow] = []
        # The account's rights as read with the rows, on a worker: each actor.can() on the window's thread was a
        # database read (on SQLite a new connection, ~50 ms at the tab's first showing: issue 12 §4).
        self.rights: frozenset[Permission] = frozenset()
        # The back office's filter (field, search, service) applies here too (issue 17 item 8).
        self.row_filter: Callable[[ReferralRow], bool] | None = None
        self.button_open.clicked.connect(self._open)
        self.table.activated.connect(lambda *_: self._open())

    def selected(self) -> ReferralRow | None:
        row = self.table.selected_row()
        return row if isinstance(row, ReferralRow) else None

    def _open(self) -> None:
        r = self.selected()
        if r is not None:
            self.open_complaint.emit(r.complaint_id)

    def _show(self, rows: list[ReferralRow]) -> None:
        self._all = list(rows)
        self.table.set_rows([r for r in self._all if self.row_filter is None or self.row_filter(r)])
        self.loaded.emit()

    def set_filter(self, row_filter: Callable[[ReferralRow], bool] | None) -> None:
        """Show only the rows `row_filter` keeps (None: all); the rows already read, no new read."""
        self.row_filter = row_filter
        self._show(self._all)

    def count(self) -> int:
        """Rows on screen (after the filter)."""
        return self.table.source.rowCount()

    def clear(self) -> None:
        """Nothing of people's data kept (the screen locks)."""
        self._all = []
        self.table.set_rows([])

    def total(self) -> int:
        """Rows read, before the filter."""
        return len(self._all)


class ApprovalsPanel(ReferralListPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, APPROVAL_COLUMNS, parent)
        self.button_approve = QPushButton()
        self.button_approve.setObjectName("primary")
        self.button_approve.setEnabled(False)  # until the rights are read with the rows
        self.buttons.insertWidget(0, self.button_approve)
        # Ctrl/Shift+click chooses several: the coordinator approves the morning's list in one go.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.message = QLabel()
        self.message.setObjectName("ok")
        self.message.setWordWrap(True)
        self.layout().insertWidget(2, self.message)  # type: ignore[union-attr]
        self.button_approve.clicked.connect(self.approve_selected)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.button_approve.setText(self.tr("Setujui dan &kirim"))
        self.button_open.setText(self.tr("Buka k&eluhan"))

    def approve_selected(self) -> None:
        numbers = [r.number for r in self.table.selected_rows() if isinstance(r, ReferralRow)]
        if not numbers:
            return
        db, actor = self.ctx.db, self.ctx.actor
        run_action(self, lambda: referrals.approve_referrals(db, actor, numbers), self._approved, state=self._state)

    def _state(self) -> None:
        self.button_approve.setEnabled(not acting(self) and Permission.APPROVE_REFERRAL in self.rights)

    def _approved(self, done: list[ReferralInfo]) -> None:
        set_message(
            self.message,
            self.tr("%n rujukan disetujui dan dikirim: {0}. Kartunya sekarang dapat dicetak.", "", len(done)).format(
                ", ".join(r.number for r in done)
            ),
            ok=True,
        )
        self.ctx.changed(Topic.REFERRALS)

    def refresh(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.loader.load(lambda: (rights_of(actor), referrals.approval_rows(db)), self._show_approvals)

    def _show_approvals(self, result: tuple[frozenset[Permission], list[ReferralRow]]) -> None:
        self.rights, rows = result
        can = Permission.APPROVE_REFERRAL in self.rights
        self.button_approve.setEnabled(can and not acting(self))
        self.hint.setText(
            self.tr("Rujukan ke luar desa menunggu persetujuan koordinator; setelah disetujui kartunya dapat dicetak.")
            if can
            else self.tr("Hanya koordinator yang dapat menyetujui rujukan ke luar desa.")
        )
        self._show(rows)


class FollowupPanel(ReferralListPanel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, FOLLOWUP_COLUMNS, parent)
        self.button_outcome = QPushButton()
        self.button_outcome.setEnabled(False)  # until the rights are read with the rows
        self.buttons.insertWidget(0, self.button_outcome)
        self.button_outcome.clicked.connect(self._record)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.button_outcome.setText(self.tr("Catat &hasil…"))
        self.button_open.setText(self.tr("Buka k&eluhan"))

    def _record(self) -> None:
        row = self.selected()
        if row is None:
            return
        db, number = self.ctx.db, row.number
        # The full referral, read on a worker (on PostgreSQL a network wait); the form opens with it.
        run_action(self, lambda: referrals.get_referral(db, number), self._open_outcome, state=self._state)

    def _state(self) -> None:
        self.button_outcome.setEnabled(not acting(self) and Permission.OUTCOME in self.rights)

    def _open_outcome(self, full: ReferralInfo) -> None:
        if OutcomeDialog(self.ctx.db, self.ctx.actor, full, self).exec():
            self.ctx.changed(Topic.REFERRALS)

    def refresh(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.loader.load(lambda: read_followups(db, actor), self.show_followups)

    def show_followups(self, result: tuple[frozenset[Permission], int, list[ReferralRow]]) -> None:
        self.rights, days, rows = result
        self.button_outcome.setEnabled(Permission.OUTCOME in self.rights and not acting(self))
        self.hint.setText(
            self.tr(
                "Rujukan yang belum ada jawaban dari tujuan setelah {0} hari: hubungi tujuan, lalu catat hasilnya."
            ).format(days)
        )
        self._show(rows)


def read_followups(db: Database, actor: Actor) -> tuple[frozenset[Permission], int, list[ReferralRow]]:
    """On a worker: the account's rights, the follow-up days and the referrals past them."""
    return rights_of(actor), max(1, office.load_settings(db).followup_days), referrals.followup_rows(db)
