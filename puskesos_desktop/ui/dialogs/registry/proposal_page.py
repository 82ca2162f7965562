"""One DTKS/DTSEN proposal (usulan): what is proposed and for whom, the household members on it, and the house
photos and scans kept on it (issue 20) — attached here from a file, by dragging, or from the scanner folder. Its
print carries the contact sheet of the house photos with time and GPS position, as the district asks.

Opened from the resident page (the proposals list) and from Pengaturan › Musyawarah Desa (the agenda).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core import fmt
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import AttachmentKind
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import proposal_sheet
from puskesos_desktop.services.people import attachments
from puskesos_desktop.services.people.attachments import Owner
from puskesos_desktop.services.registry import proposals
from puskesos_desktop.services.registry.proposals import ProposalInfo
from puskesos_desktop.ui.context import AppContext, rights_of
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.widgets.attachments_panel import AttachmentsPanel
from puskesos_desktop.ui.widgets.print_job import preview_pdf, safe_name
from puskesos_desktop.ui.widgets.table import RecordTable

MEMBERS = [
    Column("name", "Nama"),
    Column("nik", "NIK", lambda m: m.nik or ""),
    Column("relation", "Hubungan"),
]


def read_proposal_page(db: Database, actor: Actor, proposal_id: int) -> tuple[ProposalInfo, frozenset[Permission]]:
    """On a worker: the proposal (NIKs as this actor may see them) and the account's rights, which decide the
    photos' tab and the print button (read with the data: no look at the account on the window's thread)."""
    return proposals.get_proposal(db, actor, proposal_id), rights_of(actor)


class ProposalPageDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        info: ProposalInfo,
        parent: QWidget | None = None,
        rights: frozenset[Permission] | None = None,
    ) -> None:
        """``rights``: read with ``info`` on a worker (read_proposal_page); else read here, once."""
        super().__init__(parent)
        self.ctx = ctx
        self.info = info
        self.rights = rights if rights is not None else ctx.rights()
        self.resize(1000, 620)
        self.setup_ui()
        self.retranslate_ui()  # fills the page too (the heading is a translated sentence)

    @classmethod
    def open_for(cls, ctx: AppContext, proposal_id: int, parent: QWidget | None = None) -> ProposalPageDialog:
        """Read the proposal (NIKs as this actor may see them) and build its page."""
        info, rights = read_proposal_page(ctx.db, ctx.actor, proposal_id)
        return cls(ctx, info, parent, rights)

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        self.kind, self.status, self.applicant, self.kk, self.proposed_at, self.reason = (QLabel() for _ in range(6))
        self.reason.setWordWrap(True)
        values = (self.kind, self.status, self.applicant, self.kk, self.proposed_at, self.reason)
        for label, value in zip(self.labels, values, strict=True):
            form.addRow(label, value)
        layout.addLayout(form)
        self.tabs = QTabWidget()
        self.members = RecordTable(MEMBERS)
        self.tabs.addTab(self.members, "")
        # The house photos and scans: only for roles that may see attachments (never the penanggung jawab).
        self.attachments: AttachmentsPanel | None = None
        if attachments.may_see_with(self.rights):
            self.attachments = AttachmentsPanel(self.ctx, Owner("proposal", self.info.id))
            # What a proposal mostly gets: the house photos the district asks for.
            self.attachments.kind.setCurrentIndex(self.attachments.kind.findData(AttachmentKind.FOTO_DEPAN.value))
            self.tabs.addTab(self.attachments, "")
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        self.button_print = QPushButton()
        self.button_print.setAutoDefault(False)
        self.button_close = QPushButton()
        row.addWidget(self.button_print)
        row.addStretch(1)
        row.addWidget(self.button_close)
        layout.addLayout(row)
        self.button_print.clicked.connect(self.print_proposal)
        self.button_close.clicked.connect(self.accept)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Usulan DTKS/DTSEN"))
        texts = (self.tr("Jenis usulan"), self.tr("Status"), self.tr("Pemohon"), self.tr("No. KK"),
                 self.tr("Tanggal usulan"), self.tr("Alasan"))  # fmt: skip
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.tabs.setTabText(0, self.tr("Anggota keluarga"))
        if self.attachments is not None:
            self.tabs.setTabText(1, self.tr("Foto rumah && lampiran"))
        self.button_print.setText(self.tr("&Cetak usulan…"))
        self.button_print.setToolTip(
            self.tr("Usulan dengan anggota keluarganya, lalu lembar foto rumah dengan waktu dan lokasi GPS.")
        )
        self.button_close.setText(self.tr("Tu&tup"))
        self.show_info()

    def show_info(self) -> None:
        i = self.info
        self.heading.setText(self.tr("Usulan {0}").format(i.number))
        self.kind.setText(i.kind)  # the closed lists' words: data, as the district reads them
        self.status.setText(i.status)
        self.applicant.setText(i.applicant_name)
        self.kk.setText(i.kk or "-")
        self.proposed_at.setText(fmt.tanggal_jam(i.proposed_at))
        self.reason.setText(i.reason or "-")
        self.members.set_rows(list(i.members))
        self.button_print.setEnabled(Permission.PRINT_DOCUMENTS in self.rights)

    def print_proposal(self) -> None:
        db, actor, number = self.ctx.db, self.ctx.actor, self.info.number
        preview_pdf(
            self,
            lambda: proposal_sheet.proposal_printout(db, actor, number),
            self.tr("Usulan {0}").format(number),
            f"usulan-{safe_name(number)}",
        )
