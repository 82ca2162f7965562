"""The resident page's Cek Bansos section (issue 16 §8): the usul/sanggah the office filed for this resident in the
Cek Bansos app, their 14-day deadline and outcome; buttons to record a new one and its outcome."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import cek_bansos
from puskesos_desktop.ui.context import AppContext, rights_of
from puskesos_desktop.ui.dialogs.registry.cek_bansos_form import CekBansosForm, CekBansosOutcomeForm
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.loading import ListLoader, report_failure
from puskesos_desktop.ui.widgets.table import RecordTable

FILINGS = [
    Column("kind", "Jenis"),
    Column("filed_on", "Tanggal"),
    Column("kk", "No. KK keluarga"),
    Column("reference", "Referensi"),
    Column("deadline", "Tenggat"),
    Column("outcome", "Hasil", getter=lambda f: _outcome_text(f)),
    Column("outcome_date", "Tgl hasil"),
    Column("notes", "Catatan"),
]


def _outcome_text(f: cek_bansos.Filing) -> str:
    late = QCoreApplication.translate("CekBansosPanel", " (lewat tenggat {0} hari)").format(f.days_overdue)
    return QCoreApplication.translate("CekBansosForm", f.outcome) + (late if f.overdue else "")


@dataclass(frozen=True)
class PanelRead:
    """The resident's filings and the account's rights, read together on a worker."""

    filings: list[cek_bansos.Filing]
    rights: frozenset[Permission]


def read_panel(db: Database, actor: Actor, resident_id: int) -> PanelRead:
    """The panel's data (plain data; runs on a worker, touches no widget)."""
    return PanelRead(cek_bansos.for_resident(db, actor, resident_id), rights_of(actor))


class CekBansosPanel(QWidget):
    def __init__(self, ctx: AppContext, resident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.resident_id = resident_id
        self.rights: frozenset[Permission] = frozenset()  # until the first read: the buttons stay hidden
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.label = QLabel()
        self.label.setObjectName("subheading")
        self.button_new = QPushButton()
        self.button_outcome = QPushButton()
        for b in (self.button_new, self.button_outcome):
            b.setAutoDefault(False)
        head.addWidget(self.label)
        head.addStretch(1)
        head.addWidget(self.button_new)
        head.addWidget(self.button_outcome)
        box.addLayout(head)
        self.table = RecordTable(FILINGS)
        self.loader = ListLoader(self, self.table, "cek-bansos-panel")  # the latest read wins
        box.addWidget(self.table)
        self.button_new.clicked.connect(self.new_filing)
        self.button_outcome.clicked.connect(self.record_outcome)
        self.table.activated.connect(lambda _i: self.record_outcome())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.retranslate_ui()
        self._enable()

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Usul/sanggah Cek Bansos (dibantu kantor)"))
        self.button_new.setText(self.tr("Catat usul/sanggah"))
        self.button_outcome.setText(self.tr("Catat hasilnya"))

    def _enable(self) -> None:
        allowed = Permission.PROPOSAL_DRAFT in self.rights  # read on the worker with the rows (reload)
        self.button_new.setVisible(allowed)
        self.button_outcome.setVisible(allowed)
        self.button_outcome.setEnabled(self.table.selected_row() is not None and not self.loading())

    def loading(self) -> bool:
        """A read of the filings is on its way."""
        return self.loader.loading

    def reload(self) -> None:
        """Read the filings on a worker (the latest read wins); ``_fill`` shows them on the window's thread."""
        db, actor, rid = self.ctx.db, self.ctx.actor, self.resident_id  # plain data for the worker
        self.loader.load(lambda: read_panel(db, actor, rid), self._fill, self._read_failed)
        self._enable()

    def _fill(self, read: PanelRead) -> None:
        self.rights = read.rights
        self.table.set_rows(read.filings)
        self._enable()

    def _read_failed(self, exc: BaseException) -> None:
        self._enable()
        report_failure(self, exc)

    def new_filing(self) -> None:
        form = CekBansosForm(self.ctx, self.resident_id, self)
        if form.exec() == form.DialogCode.Accepted:
            self.ctx.changed(Topic.PROPOSALS)
            self.reload()

    def record_outcome(self) -> None:
        filing = self.table.selected_row()
        if filing is None or Permission.PROPOSAL_DRAFT not in self.rights:
            return
        if CekBansosOutcomeForm(self.ctx, filing, self).exec():
            self.ctx.changed(Topic.PROPOSALS)
            self.reload()
