"""The workspace's referral panel: the complaint's referrals and what can be done to each — approve, record the
outcome, inform the resident, cancel, print the card (one A6, or all of them four to a sheet). Under the list, the
scans and photos kept on the chosen referral (issue 20); its card can be printed with them.

Every action runs off the window's thread (issue 12): approving is a job (ui/widgets/busy_action.py) with the
buttons disabled until it answers; a card is read and drawn on a worker and the preview opens with it (recorded as
printed only once handed out); the reason forms save as jobs (FormDialog.save_as_job)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import REFERRAL_OUTCOMES, Channel, ReferralStatus
from puskesos_desktop.services.casework import referrals
from puskesos_desktop.services.casework.referrals import ReferralInfo
from puskesos_desktop.services.documents import cards
from puskesos_desktop.services.people import attachments
from puskesos_desktop.services.people.attachments import Owner
from puskesos_desktop.services.printouts import Printout
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.back.outcome_form import OutcomeDialog
from puskesos_desktop.ui.dialogs.common.pdf_preview import show_pdf
from puskesos_desktop.ui.dialogs.common.reason_form import ReasonDialog
from puskesos_desktop.ui.errors import show_fault
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.attachments_panel import AttachmentsPanel
from puskesos_desktop.ui.widgets.busy_action import acting, run_action
from puskesos_desktop.ui.widgets.table import RecordTable

# Pale versions of the card colours, so the list echoes the cards the resident carries.
FIELD_TINTS: dict[str, QColor] = {
    "Kesehatan": QColor("#dbe8fb"),
    "Sosial": QColor("#fbe0ee"),
    "Pendidikan": QColor("#fdf3c4"),
}


def _outcome(r: ReferralInfo) -> str:
    if r.status in REFERRAL_OUTCOMES and r.outcome_date:
        return f"{r.outcome_date:%d-%m-%Y} ({r.outcome_source})"
    return ""


def _followup(r: ReferralInfo) -> str:
    return QCoreApplication.translate("ReferralsPanel", "{0} hari").format(r.days_waiting) if r.needs_followup else ""


COLUMNS = [
    Column("number", "Nomor rujukan"),
    Column("field", "Bidang"),
    Column("destination", "Tujuan"),
    Column("service", "Layanan"),
    Column("status", "Status", whole=True),
    Column("outcome", "Hasil", _outcome),
    Column("informed_at", "Warga diberi tahu"),
    Column("followup", "Tanpa jawaban", _followup),
]


def pdf_filename(number: str, kind: str = "kartu-rujukan") -> str:
    return f"{kind}-{number.replace('/', '-')}.pdf"


class ReferralsPanel(QWidget):
    changed = Signal()
    refer_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[ReferralInfo] = []
        self.closed = False
        # The account's rights as the workspace read them with its data (on a worker); none until then.
        self.rights: frozenset[Permission] = frozenset()
        self._cards_key = f"referral-cards.{id(self)}"
        self._card_key = f"referral-card-attached.{id(self)}"
        self.setup_ui()
        self.retranslate_ui()
        self.update_buttons()  # greyed until the first read brings the rights (reads nothing itself)

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.table = RecordTable(COLUMNS)
        self.table.source.highlight = lambda r: FIELD_TINTS.get(r.field)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the order they were made
        # The chosen referral's scans (issue 20), under the list for those who may see attachments (never the
        # penanggung jawab): placed once the rights read with the workspace on a worker allow it (set_referrals).
        self.attachments: AttachmentsPanel | None = None
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        layout.addWidget(self.splitter, 1)
        row = QHBoxLayout()
        self.button_refer = QPushButton()
        self.button_approve = QPushButton()
        self.button_outcome = QPushButton()
        self.button_inform = QPushButton()
        self.button_cancel = QPushButton()
        self.button_card = QPushButton()
        self.button_cards = QPushButton()
        self.buttons = (
            self.button_refer,
            self.button_approve,
            self.button_outcome,
            self.button_inform,
            self.button_cancel,
            self.button_card,
            self.button_cards,
        )
        for b in self.buttons:
            b.setAutoDefault(False)  # Enter must not press a button the user did not choose
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.button_refer.clicked.connect(self.refer_requested)
        self.button_approve.clicked.connect(self.approve)
        self.button_outcome.clicked.connect(self.record_outcome)
        self.button_inform.clicked.connect(self.inform)
        self.button_cancel.clicked.connect(self.cancel)
        self.button_card.clicked.connect(self.print_card)
        self.button_cards.clicked.connect(self.print_all)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.table.doubleClicked.connect(lambda *_: self.record_outcome())

    def retranslate_ui(self) -> None:
        self.button_refer.setText(self.tr("Rujukan baru…"))
        self.button_approve.setText(self.tr("Setuj&ui"))
        self.button_outcome.setText(self.tr("&Hasil…"))
        self.button_inform.setText(self.tr("Beri tahu &warga…"))
        self.button_cancel.setText(self.tr("Batalka&n…"))
        self.button_card.setText(self.tr("&Cetak kartu"))
        self.button_cards.setText(self.tr("Cetak &semua"))
        self.button_approve.setToolTip(self.tr("Persetujuan koordinator untuk rujukan ke luar desa"))
        self.button_outcome.setToolTip(self.tr("Catat hasil rujukan dari tujuan"))
        self.button_inform.setToolTip(self.tr("Catat bahwa warga sudah diberi tahu hasilnya"))
        self.button_cancel.setToolTip(self.tr("Batalkan rujukan yang dipilih, dengan alasan"))
        self.button_cards.setToolTip(self.tr("Cetak semua kartu yang sudah dikirim, empat per lembar A4/F4"))
        if self.attachments is not None:
            self.attachments_box.setTitle(self.tr("Pindaian dan foto pada rujukan terpilih (seret berkas ke sini)"))

    def _place_attachments(self) -> None:
        """The chosen referral's scans under the list, once the rights allow it (read nothing here)."""
        if self.attachments is not None or not attachments.may_see_with(self.rights):
            return
        self.attachments = AttachmentsPanel(self.ctx, None, compact=True)
        self.attachments.changed.connect(self.changed)  # a KTP on the referral ticks the complaint's checklist
        self.attachments_box = QGroupBox()  # no Alt-letter in its title: the referral buttons own them
        box = QVBoxLayout(self.attachments_box)
        box.addWidget(self.attachments)
        self.splitter.addWidget(self.attachments_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.retranslate_ui()

    def set_referrals(self, items: list[ReferralInfo], closed: bool, rights: frozenset[Permission]) -> None:
        """``rights``: the account's rights read with the items on a worker (the buttons are greyed by them, and
        they decide whether the scans are shown under the list)."""
        chosen = self.selected()
        self.rights = rights
        self._place_attachments()
        self.items = items
        self.closed = closed
        self.table.set_rows(items)
        if chosen is not None:
            self.select(chosen.number)
        elif items:
            self.table.selectRow(0)
        self.update_buttons()

    def select(self, number: str) -> None:
        for row in range(self.table.proxy.rowCount()):
            if self.table.row_at_proxy(row).number == number:
                self.table.selectRow(row)
                return

    def selected(self) -> ReferralInfo | None:
        row = self.table.selected_row()
        return row if isinstance(row, ReferralInfo) else None

    def _chosen(self) -> None:
        self.update_buttons()
        if self.attachments is not None:
            r = self.selected()
            self.attachments.set_owner(Owner("referral", r.id) if r is not None else None)

    def update_buttons(self) -> None:
        rights = self.rights  # read with the workspace on a worker, not here on the window's thread
        r = self.selected()
        status = r.status if r else ""
        self.button_refer.setEnabled(not self.closed and Permission.BACK_OFFICE in rights)
        self.button_approve.setVisible(Permission.APPROVE_REFERRAL in rights)
        # An approval waiting for its answer: not pressed a second time.
        self.button_approve.setEnabled(status == ReferralStatus.MENUNGGU.value and not acting(self))
        self.button_outcome.setEnabled(
            Permission.OUTCOME in rights and status in (ReferralStatus.DIKIRIM.value, ReferralStatus.DITELAAH.value)
        )
        self.button_inform.setEnabled(
            Permission.STATUS_DESK in rights and status in REFERRAL_OUTCOMES and r is not None and not r.informed_at
        )
        self.button_cancel.setEnabled(Permission.BACK_OFFICE in rights and r is not None and r.is_open)
        can_print = Permission.PRINT_DOCUMENTS in rights
        # Enabled for a card awaiting approval too: pressing it says why it cannot be printed yet.
        self.button_card.setEnabled(
            can_print
            and r is not None
            and status != ReferralStatus.DIBATALKAN.value
            and not jobs.jobs().is_running(self._card_key)
        )
        printing = jobs.jobs().is_running(self._cards_key)
        self.button_cards.setEnabled(can_print and not printing and sum(1 for x in self.items if x.printable) > 1)

    # --- actions -----------------------------------------------------------------------------------------

    def _done(self, result: object) -> None:
        if result is not None:
            self.ctx.changed(Topic.REFERRALS)
            self.changed.emit()

    def approve(self) -> None:
        r = self.selected()
        if r is None:
            return
        db, actor, number = self.ctx.db, self.ctx.actor, r.number
        run_action(self, lambda: referrals.approve_referral(db, actor, number), self._done, state=self.update_buttons)

    def record_outcome(self) -> None:
        r = self.selected()
        if r is None or not self.button_outcome.isEnabled():
            return
        dialog = OutcomeDialog(self.ctx.db, self.ctx.actor, r, self)
        if dialog.exec():
            self._done(dialog.saved)

    def inform(self) -> None:
        r = self.selected()
        if r is None:
            return
        db, actor, number = self.ctx.db, self.ctx.actor, r.number  # the form's save runs on a worker
        dialog = ReasonDialog(
            self.tr("Beri tahu warga"),
            self.tr("{0}: hasil {1} dari {2}. Bagaimana warga diberi tahu?").format(r.number, r.status, r.destination),
            lambda text, choice: referrals.mark_informed(db, actor, number, str(choice), text),
            choice_label=self.tr("&Cara"),
            choice_field="Cara pemberitahuan",
            choices=[(c.value, c.value) for c in Channel],
            text_label=self.tr("Ca&tatan"),
            text_field="Catatan",
            parent=self,
        )
        if dialog.exec():
            self._done(True)

    def cancel(self) -> None:
        r = self.selected()
        if r is None:
            return
        db, actor, number = self.ctx.db, self.ctx.actor, r.number  # the form's save runs on a worker
        dialog = ReasonDialog(
            self.tr("Batalkan rujukan"),
            self.tr("Rujukan {0} ke {1} akan berstatus Dibatalkan. Nomornya tidak dipakai lagi.").format(
                r.number, r.destination
            ),
            lambda text, _c: referrals.cancel_referral(db, actor, number, text),
            text_label=self.tr("&Alasan pembatalan"),
            text_field="Alasan pembatalan",
            parent=self,
        )
        if dialog.exec():
            self._done(True)

    def print_card(self) -> None:
        r = self.selected()
        if r is None or jobs.jobs().is_running(self._card_key):
            return
        kept = len(self.attachments.rows) if self.attachments is not None and r.printable else 0
        if kept:
            answer = QMessageBox.question(
                self,
                self.tr("Cetak kartu rujukan"),
                self.tr("Rujukan {0} punya {1} lampiran (pindaian/foto). Cetak lampirannya sesudah kartu?").format(
                    r.number, kept
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Yes:
                self.print_card_with_attachments(r)
                return
        self.print_card_with_attachments(r, with_attachments=False)

    def print_card_with_attachments(self, r: ReferralInfo, *, with_attachments: bool = True) -> None:
        """The card (~40 ms to read and draw), then the referral's scans (placed page by page): on a worker. The
        button stays disabled until the preview opens; a second press meanwhile does nothing."""
        if jobs.jobs().is_running(self._card_key):
            return
        db, actor, number = self.ctx.db, self.ctx.actor, r.number
        self.button_card.setEnabled(False)
        title = (
            self.tr("Kartu rujukan {0} dan lampirannya") if with_attachments else self.tr("Kartu rujukan {0}")
        ).format(number)

        def done(card: object) -> None:
            self.update_buttons()
            if isinstance(card, Printout):
                # Recorded in the card's history only once printed, saved or opened (services/printouts.py).
                show_pdf(self, card, title, pdf_filename(number))
                self._done(True)

        def failed(exc: BaseException) -> None:
            self.update_buttons()
            show_fault(self, exc)  # a refusal as a refusal; anything else in plain words

        jobs.run(
            lambda: cards.card_printout(db, actor, number, with_attachments=with_attachments),
            done,
            failed,
            key=self._card_key,
            parent=self,
        )

    def print_all(self) -> None:
        """Several cards take longer than a UI frame should (about 30 ms a card): drawn off the UI thread. The button
        stays disabled meanwhile; the window keeps answering."""
        numbers = [x.number for x in self.items if x.printable]
        if not numbers or jobs.jobs().is_running(self._cards_key):
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.button_cards.setEnabled(False)

        def done(sheet: object) -> None:
            self.update_buttons()
            if isinstance(sheet, Printout):
                title = self.tr("{0} kartu rujukan").format(len(numbers))
                show_pdf(self, sheet, title, pdf_filename(numbers[0], f"kartu-rujukan-{len(numbers)}"))
                self._done(True)

        def failed(exc: BaseException) -> None:
            self.update_buttons()
            show_fault(self, exc)

        jobs.run(lambda: cards.cards_printout(db, actor, numbers), done, failed, key=self._cards_key, parent=self)
