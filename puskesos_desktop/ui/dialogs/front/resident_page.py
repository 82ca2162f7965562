"""The resident's page: personal data, household (same KK), registry status, every complaint and referral with
its status, letters and proposals, and the history of the record. Actions: edit, register a complaint, letters,
proposal, reprints.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core import fmt
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import SEX_LABELS
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import letters
from puskesos_desktop.services.documents import papers as documents
from puskesos_desktop.services.people import access_report, attachments, resident_page
from puskesos_desktop.services.people.attachments import Owner
from puskesos_desktop.services.registry import desil, proposals
from puskesos_desktop.ui.context import AppContext, rights_of
from puskesos_desktop.ui.dialogs.front.service_calls import ServiceCalls
from puskesos_desktop.ui.dialogs.registry.proposal_confirm import confirm_new_proposal
from puskesos_desktop.ui.dialogs.registry.proposal_page import ProposalPageDialog, read_proposal_page
from puskesos_desktop.ui.errors import show_fault
from puskesos_desktop.ui.jobs import jobs
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.registry_text import desil_text, registry_label
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.attachments_panel import AttachmentsPanel
from puskesos_desktop.ui.widgets.cek_bansos_panel import CekBansosPanel
from puskesos_desktop.ui.widgets.offer_menu import fill_menu, propose_update
from puskesos_desktop.ui.widgets.print_job import preview_pdf, safe_name
from puskesos_desktop.ui.widgets.table import RecordTable

MEMBERS = [
    Column("name", "Nama"),
    Column("nik", "NIK"),
    Column("relation", "Hubungan"),
    Column("sex", "JK"),
    Column("birth_date", "Tgl lahir"),
    # Said either way (a blank cell read as "not known"; issue 17 item 14).
    Column(
        "in_registry",
        "DTKS/DTSEN",
        lambda m: (
            QCoreApplication.translate("ResidentPageDialog", "Terdaftar")
            if m.in_registry
            else QCoreApplication.translate("ResidentPageDialog", "Tidak terdaftar")
        ),
    ),
]
COMPLAINTS = [
    Column("number", "No. resi"),
    Column("registered_at", "Tanggal"),
    Column("field", "Bidang"),
    Column("service", "Layanan"),
    Column("status", "Status"),
    Column("due_date", "Target"),
    Column("facilitator", "Fasilitator"),
    Column("informed_at", "Diberi tahu"),
]
REFERRALS = [
    Column("number", "No. rujukan"),
    Column("complaint_number", "No. resi"),
    Column("destination", "Tujuan"),
    Column("status", "Status"),
    Column("outcome_date", "Tgl hasil"),
    Column("outcome_note", "Keterangan"),
    Column("informed_at", "Diberi tahu"),
]
LETTERS = [
    Column("number", "Nomor"),
    Column("label", "Jenis"),
    Column("issued_at", "Tanggal"),
    Column("signatory", "Penanda tangan"),
    Column("print_count", "Dicetak", align_right=True),
]
PROPOSALS = [
    Column("number", "No. usulan"),
    Column("kind", "Jenis"),
    Column("status", "Status"),
    Column("proposed_at", "Tanggal"),
    Column("members", "Anggota", getter=lambda p: ", ".join(m.name for m in p.members)),
    Column("waiting_for_nik", "Menunggu NIK"),
]
HISTORY = [Column("at", "Waktu"), Column("who", "Oleh"), Column("what", "Perubahan")]


# core/statuses.py's SEX_LABELS, for lupdate; translated where shown.
_SEX_LABELS_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("ResidentPageDialog", "Laki-laki"),
    QT_TRANSLATE_NOOP("ResidentPageDialog", "Perempuan"),
)


@dataclass(frozen=True)
class PageRead:
    """What the page shows, read together on a worker: the page, what the desk may offer, the account's rights."""

    page: resident_page.ResidentPage
    offers: list[desil.Offer]
    rights: frozenset[Permission]


def read_page(db: Database, actor: Actor, resident_id: int) -> PageRead:
    """The page's data (plain data; runs on a worker, touches no widget)."""
    page = resident_page.load(db, actor, resident_id)
    return PageRead(page, desil.offers(db, actor, page.desil.missing), rights_of(actor))


class ResidentPageDialog(QDialog):
    """Signals ask the caller (the front office tab) to open the other dialogs, so that they stay in one place."""

    #: a view of people's data with nothing typed in it: closed when the screen locks (ui/session.py)
    shows_personal_data = True

    complaint_requested = Signal(int)  # resident id
    edit_requested = Signal(int)
    status_requested = Signal(str)  # receipt number
    service_requested = Signal(int, int)  # resident id, service id: a complaint for that service (issue 16 offer)

    def __init__(self, ctx: AppContext, resident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.resident_id = resident_id
        self.page: resident_page.ResidentPage | None = None
        self.rights: frozenset[Permission] = frozenset()  # read with the page: every button greyed until it came
        self.calls = ServiceCalls(self)  # letters, certificates, proposals: service calls as jobs, one at a time
        self.setup_ui()
        self.retranslate_ui()
        self.apply_permissions()
        self.reload()

    def setup_ui(self) -> None:
        self.resize(1240, 690)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.registry_line = QLabel()
        self.registry_line.setObjectName("subheading")
        self.registry_line.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.registry_line)
        self.desil_line = self._desil_block(layout)  # issue 16
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        self._build_data_tab()
        self._build_record_tabs()
        self._build_actions(layout)
        self._connect_signals()

    def _build_data_tab(self) -> None:
        """The personal data, and beside it what the registry says (the question a desk answers most)."""
        self.data_page = QWidget()
        data_row = QHBoxLayout(self.data_page)
        self.data_form = QFormLayout()
        self.data_labels: dict[str, QLabel] = {}
        for key in ("nik", "kk", "sex", "born", "relation", "address", "phone", "flags", "facilitator", "notes"):
            value = QLabel()
            value.setWordWrap(True)
            self.data_labels[key] = value
            self.data_form.addRow(QLabel(), value)
        data_row.addLayout(self.data_form, 3)
        # What the registry says, beside the personal data: the question a desk answers most.
        self.registry_box = QGroupBox()
        self.registry_form = QFormLayout(self.registry_box)
        self.registry_labels: dict[str, QLabel] = {}
        for key in ("status", "desil", "id", "programmes", "extract", "proposal"):
            value = QLabel()
            value.setWordWrap(True)
            self.registry_labels[key] = value
            self.registry_form.addRow(QLabel(), value)
        data_row.addWidget(self.registry_box, 2, Qt.AlignmentFlag.AlignTop)

    def _build_record_tabs(self) -> None:
        """Household, complaints and referrals, letters and proposals, history, scans: one tab each."""
        self.members = RecordTable(MEMBERS)
        self.complaints = RecordTable(COMPLAINTS)
        self.referrals = RecordTable(REFERRALS)
        self.letters = RecordTable(LETTERS)
        self.proposals = RecordTable(PROPOSALS)
        self.history = RecordTable(HISTORY)
        # Newest first wherever there is a date.
        for table, column in ((self.complaints, 1), (self.letters, 2), (self.proposals, 3), (self.history, 0)):
            table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        cases = QWidget()
        cases_box = QVBoxLayout(cases)
        self.label_complaints, self.label_referrals = QLabel(), QLabel()
        for w in (self.label_complaints, self.complaints, self.label_referrals, self.referrals):
            cases_box.addWidget(w)
        papers = QWidget()
        papers_box = QVBoxLayout(papers)
        self.label_letters, self.label_proposals = QLabel(), QLabel()
        for w in (self.label_letters, self.letters, self.label_proposals, self.proposals):
            papers_box.addWidget(w)
        self.cek_bansos = CekBansosPanel(self.ctx, self.resident_id)  # issue 16 §8
        papers_box.addWidget(self.cek_bansos)
        for label in (self.label_complaints, self.label_referrals, self.label_letters, self.label_proposals):
            label.setObjectName("subheading")
        self.tabs.addTab(self.data_page, "")
        self.tabs.addTab(self.members, "")
        self.tabs.addTab(cases, "")
        self.tabs.addTab(papers, "")
        self.tabs.addTab(self.history, "")
        # Scans and photos (issue 20): only for roles that may see them; the penanggung jawab never gets the tab.
        # Added once the rights read with the page on a worker allow it (_place_attachments).
        self.attachments: AttachmentsPanel | None = None

    def _build_actions(self, layout: QVBoxLayout) -> None:
        """The row of actions on the resident."""
        row = QHBoxLayout()
        self.button_edit = QPushButton()
        self.button_complaint = QPushButton()
        self.button_complaint.setObjectName("primary")
        self.button_status = QPushButton()
        self.button_reprint = QPushButton()
        self.button_letter = QPushButton()
        self.button_certificate = QPushButton()
        self.button_propose = QPushButton()
        self.button_data = QPushButton()  # UU 27/2022: the resident's copy of everything the office holds
        self.button_offer = QPushButton()  # issue 16 §2: what the desk offers for a missed programme
        self.offer_menu = QMenu(self.button_offer)
        self.button_offer.setMenu(self.offer_menu)
        self.button_close = QPushButton()
        for b in (
            self.button_complaint,
            self.button_edit,
            self.button_status,
            self.button_reprint,
            self.button_letter,
            self.button_certificate,
            self.button_propose,
            self.button_offer,
            self.button_data,
        ):
            row.addWidget(b)
            b.setAutoDefault(False)
        row.addStretch(1)
        row.addWidget(self.button_close)
        layout.addLayout(row)

    def _connect_signals(self) -> None:
        self.button_edit.clicked.connect(lambda: self.edit_requested.emit(self.resident_id))
        self.button_complaint.clicked.connect(lambda: self.complaint_requested.emit(self.resident_id))
        self.button_status.clicked.connect(self.open_status)
        self.button_reprint.clicked.connect(self.reprint_selected)
        self.button_letter.clicked.connect(self.issue_letter)
        self.button_certificate.clicked.connect(self.issue_certificate)
        self.button_propose.clicked.connect(self.propose)
        self.button_data.clicked.connect(self.print_resident_data)
        self.button_close.clicked.connect(self.accept)
        self.complaints.activated.connect(lambda _i: self.open_status())
        self.letters.activated.connect(lambda _i: self.reprint_selected())
        self.proposals.activated.connect(lambda _i: self.open_proposal())
        QShortcut(QKeySequence("Ctrl+K"), self, lambda: self.complaint_requested.emit(self.resident_id))
        QShortcut(QKeySequence("Ctrl+E"), self, lambda: self.edit_requested.emit(self.resident_id))
        for i in range(self.tabs.count() + 1):  # and Alt+6 for the scans' tab, once it is there
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, lambda i=i: self.tabs.setCurrentIndex(i))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Halaman warga"))
        for i, text in enumerate(
            [
                self.tr("Data diri (Alt+1)"),
                self.tr("Keluarga (Alt+2)"),
                self.tr("Keluhan && rujukan (Alt+3)"),
                self.tr("Surat && usulan (Alt+4)"),
                self.tr("Riwayat (Alt+5)"),
                self.tr("Lampiran (Alt+6)"),
            ][: self.tabs.count()]
        ):
            self.tabs.setTabText(i, text)
        labels = [
            self.tr("NIK"),
            self.tr("No. KK"),
            self.tr("Jenis kelamin"),
            self.tr("Tempat, tgl lahir"),
            self.tr("Hubungan keluarga"),
            self.tr("Alamat"),
            self.tr("Telepon"),
            self.tr("Kondisi"),
            self.tr("Didaftarkan fasilitator"),
            self.tr("Catatan"),
        ]
        for form, texts in (
            (self.data_form, labels),
            (
                self.registry_form,
                [
                    self.tr("Status"),
                    self.tr("Desil"),
                    self.tr("ID DTKS/DTSEN"),
                    self.tr("Program diterima"),
                    self.tr("Data per"),
                    self.tr("Usulan"),
                ],
            ),
        ):
            for i, text in enumerate(texts):
                item = form.itemAt(i, QFormLayout.ItemRole.LabelRole)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QLabel):
                    widget.setText(text)
        self.registry_box.setTitle(self.tr("DTKS/DTSEN"))
        self.label_complaints.setText(self.tr("Keluhan"))
        self.label_referrals.setText(self.tr("Rujukan"))
        self.label_letters.setText(self.tr("Surat"))
        self.label_proposals.setText(self.tr("Usulan DTSEN"))
        self.proposals.setToolTip(self.tr("Klik dua kali untuk membuka usulan: anggota, foto rumah, cetak."))
        self.button_complaint.setText(self.tr("Daftarkan &keluhan"))
        self.button_edit.setText(self.tr("&Ubah data"))
        self.button_status.setText(self.tr("&Meja status"))
        self.button_reprint.setText(self.tr("Cetak ula&ng"))
        self.button_letter.setText(self.tr("Surat &rekomendasi"))
        self.button_certificate.setText(self.tr("Surat keterangan &DTKS/DTSEN"))
        self.button_propose.setText(self.tr("Usu&lkan ke DTSEN"))
        self.button_data.setText(self.tr("Cetak data &warga"))
        self.button_offer.setText(self.tr("Tawarkan la&yanan"))
        self.button_offer.setToolTip(
            self.tr(
                "Program yang memenuhi batas desil keluarga tetapi belum diterima: daftarkan layanannya atau usulkan."
            )
        )
        self.button_data.setToolTip(
            self.tr(
                "Semua data tentang warga ini yang disimpan kantor (data diri, keluarga, keluhan, rujukan, usulan, "
                "surat, pemberitahuan, riwayat perubahan dan siapa yang melihat atau mengubahnya), dicetak untuk "
                "warga sesuai hak aksesnya (UU 27/2022). Tercatat di jejak audit."
            )
        )
        self.button_close.setText(self.tr("&Tutup"))

    def apply_permissions(self) -> None:
        rights = self.rights  # read on the worker with the page (reload), not on the window's thread
        page = self.page
        self.button_edit.setEnabled(Permission.RESIDENT_WRITE in rights)
        self.button_complaint.setEnabled(Permission.COMPLAINT_REGISTER in rights)
        self.button_reprint.setEnabled(Permission.PRINT_DOCUMENTS in rights)
        self.button_data.setVisible(Permission.PRINT_DOCUMENTS in rights and Permission.SEE_FULL_NIK in rights)
        self.button_letter.setVisible(Permission.LETTER_ISSUE in rights and page is not None and page.needs_letter)
        self.button_certificate.setVisible(
            Permission.LETTER_ISSUE in rights and page is not None and page.registry.in_registry
        )
        self.button_propose.setVisible(
            Permission.PROPOSAL_DRAFT in rights and page is not None and not page.registry.in_registry
        )

    # --- issue 16: the family's desil and what it qualifies for (one block; other issues leave it alone) ---

    def _desil_block(self, layout: QVBoxLayout) -> QLabel:
        line = QLabel()
        line.setObjectName("hint")
        line.setWordWrap(True)
        line.hide()
        layout.addWidget(line)
        return line

    def _show_desil(self, page: resident_page.ResidentPage, found: list[desil.Offer]) -> None:
        text = desil_text(page.desil)
        self.desil_line.setText(text)
        self.desil_line.setVisible(bool(text))
        rid = self.resident_id
        fill_menu(self.offer_menu, self.ctx, found, lambda sid: self.service_requested.emit(rid, sid),
                  lambda _codes: self._propose_missing())  # fmt: skip
        self.button_offer.setVisible(bool(found))

    def _propose_missing(self) -> None:
        if self.page is not None and propose_update(self, self.ctx, self.resident_id, self.page.desil) is not None:
            self.reload()

    def _registry_fresh_enough(self, age: desil.RegistryAge) -> bool:
        """Registry data older than the setting (bawaan 90 hari): say so before a certificate states it."""
        if not age.stale:
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("Data DTKS/DTSEN sudah lama"),
            self.tr(
                "Surat keterangan akan menyebut data DTKS/DTSEN per {0}, yang sudah {1} hari (batas {2} hari). "
                "Keadaan warga mungkin sudah berubah. Tetap cetak?"
            ).format(fmt.tanggal(age.data_date), age.age_days, age.max_days),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- end of issue 16's block ---

    def loading(self) -> bool:
        """The page's read is on its way (the first one: everything still greyed)."""
        return jobs().is_running(self._read_key())

    def _read_key(self) -> str:
        return f"resident-page.{id(self)}"

    def reload(self) -> None:
        """Read the page on a worker (the latest read wins); ``_fill`` paints it on the window's thread."""
        if self.page is None:
            self.heading.setText(self.tr("Memuat data warga…"))
        db, actor, rid = self.ctx.db, self.ctx.actor, self.resident_id  # plain data for the worker
        jobs().run(lambda: read_page(db, actor, rid), self._fill, self._read_failed, key=self._read_key(), parent=self)

    def _read_failed(self, exc: BaseException) -> None:
        if self.page is None:
            self.heading.setText(self.tr("Data warga tidak dapat dibaca."))
        show_fault(self, exc)  # a refusal as a refusal; anything else in plain words

    def _place_attachments(self) -> None:
        """The scans and photos tab, once the rights read with the page say this account may see attachments."""
        if self.attachments is not None or not attachments.may_see_with(self.rights):
            return
        self.attachments = AttachmentsPanel(self.ctx, Owner("resident", self.resident_id))
        self.tabs.addTab(self.attachments, self.tr("Lampiran (Alt+6)"))

    def _fill(self, read: PageRead) -> None:
        page = read.page
        self.page = page
        self.rights = read.rights
        self._place_attachments()
        self.heading.setText(page.name)
        reg = page.registry
        text = registry_label(reg)
        if reg.in_registry:
            if reg.programmes:
                text += " — " + self.tr("program: {0}").format(", ".join(p.code for p in reg.programmes))
            text += " — " + self.tr("ID {0}, data per {1}").format(
                reg.registry_id or "-", fmt.tanggal(reg.extract_date)
            )
        elif any(p.status == "Draf" for p in page.proposals):
            text += " — " + self.tr("sudah diusulkan (menunggu Musyawarah Desa)")
        self.registry_line.setText(text)
        self._show_desil(page, read.offers)  # issue 16
        born = ", ".join(x for x in (page.birth_place, fmt.tanggal(page.birth_date, empty="")) if x) or "-"
        values = {
            "nik": page.nik or self.tr("belum ada ({0})").format(page.no_nik_reason or "-"),
            "kk": page.kk or self.tr("belum ada"),
            "sex": self.tr(SEX_LABELS[page.sex]) if page.sex in SEX_LABELS else page.sex,
            "born": born,
            "relation": page.relation or "-",
            "address": ", ".join(
                x for x in (page.address, f"RT {page.rt}" if page.rt else "", f"RW {page.rw}" if page.rw else "") if x
            )
            or "-",
            "phone": page.phone or "-",
            "flags": ", ".join(page.flags) or "-",
            "facilitator": page.facilitator or "-",
            "notes": page.notes or "-",
        }
        for key, value in values.items():
            self.data_labels[key].setText(value)
        # The family's proposals newest first, whatever their status: a refused or accepted one is what the desk
        # is asked about as much as a draft (the box was empty while the tab listed one; issue 17 item 14).
        latest = sorted(page.proposals, key=lambda p: p.proposed_at, reverse=True)
        registry_values = {
            "status": registry_label(reg),
            "desil": str(reg.desil) if reg.desil is not None else "-",
            "id": reg.registry_id or "-",
            "programmes": "\n".join(f"{p.name} ({p.code})" for p in reg.programmes) or "-",
            "extract": fmt.tanggal(reg.extract_date),
            "proposal": "\n".join(f"{p.number} ({p.kind}, {p.status})" for p in latest[:3]) or "-",
        }
        for key, value in registry_values.items():
            self.registry_labels[key].setText(value)
        self.members.set_rows(list(page.members))
        self.complaints.set_rows(list(page.complaints))
        self.referrals.set_rows(list(page.referrals))
        self.letters.set_rows(list(page.letters))
        self.proposals.set_rows(list(page.proposals))
        self.history.set_rows(list(page.history))
        self.cek_bansos.reload()
        self.apply_permissions()

    # --- actions --------------------------------------------------------------------------------------------

    def _selected_complaint(self) -> str | None:
        row = self.complaints.selected_row()
        if row is None and self.page is not None and self.page.complaints:
            return self.page.complaints[0].number
        return row.number if row is not None else None

    def open_status(self) -> None:
        number = self._selected_complaint()
        if number:
            self.status_requested.emit(number)

    def reprint_selected(self) -> None:
        """A copy of the selected letter (on the letters tab) or receipt (anywhere else)."""
        db, actor = self.ctx.db, self.ctx.actor  # plain data for the worker: it touches no widget
        if self.tabs.currentIndex() == 3 and self.letters.selected_row() is not None:
            letter: Any = self.letters.selected_row()
            number = letter.number
            make = (
                (lambda: documents.letter_printout(db, actor, number))
                if letter.kind == "rekomendasi"
                else (lambda: documents.certificate_printout(db, actor, number))
            )
        else:
            receipt = self._selected_complaint()
            if receipt is None:
                return
            number = receipt
            make = lambda: documents.receipt_printout(db, actor, number)  # noqa: E731
        # A SALINAN only once a print was recorded (services decide): a cancelled first print is no copy.
        preview_pdf(self, make, number, safe_name(number), then=self.reload)

    def issue_letter(self) -> None:
        if self.calls.busy("letter"):
            return  # the letter pressed again while the last one is being issued
        note, ok = QInputDialog.getText(
            self,
            self.tr("Surat rekomendasi Dukcapil"),
            self.tr("Keterangan keadaan warga (boleh kosong), misalnya 'lahir di rumah, belum punya akta':"),
        )
        if not ok:
            return
        db, actor, rid = self.ctx.db, self.ctx.actor, self.resident_id  # plain data for the worker
        self.calls.run("letter", lambda: letters.issue_recommendation(db, actor, rid, note), self._issued)

    def issue_certificate(self) -> None:
        """How old the registry data is (read on a worker), the purpose asked, then the certificate issued (a
        job) and previewed."""
        db, actor, rid = self.ctx.db, self.ctx.actor, self.resident_id  # plain data for the worker
        self.calls.run("certificate", lambda: desil.certificate_age(db, actor, rid), self._ask_purpose)

    def _ask_purpose(self, age: desil.RegistryAge) -> None:
        if not self._registry_fresh_enough(age):  # issue 16
            return
        purpose, ok = QInputDialog.getText(
            self,
            self.tr("Surat keterangan terdaftar DTKS/DTSEN"),
            self.tr("Keperluan surat (boleh kosong), misalnya 'pendaftaran KIP Kuliah':"),
        )
        if not ok:
            return
        db, actor, rid = self.ctx.db, self.ctx.actor, self.resident_id
        self.calls.run(
            "certificate",
            lambda: letters.issue_certificate(db, actor, resident_id=rid, purpose=purpose),
            self._issued,
        )

    def _issued(self, letter: letters.LetterInfo) -> None:
        self.ctx.changed(Topic.LETTERS)
        self._print_new(letter)

    def _print_new(self, letter: letters.LetterInfo) -> None:
        number, db, actor = letter.number, self.ctx.db, self.ctx.actor  # plain data for the worker
        make = (
            (lambda: documents.letter_printout(db, actor, number))
            if letter.kind == "rekomendasi"
            else (lambda: documents.certificate_printout(db, actor, number))
        )
        preview_pdf(self, make, f"{letter.label} {number}", safe_name(number), then=self.reload)

    def open_proposal(self) -> None:
        """The chosen proposal's page: its members, its house photos and its print (issue 20)."""
        chosen = self.proposals.selected_row()
        if not isinstance(chosen, proposals.ProposalInfo):
            return
        db, actor, pid = self.ctx.db, self.ctx.actor, chosen.id  # the proposal read on a worker, its page built here

        def show(read: tuple[proposals.ProposalInfo, frozenset[Permission]]) -> None:
            info, rights = read
            dialog = ProposalPageDialog(self.ctx, info, self, rights=rights)
            self.proposal_page = dialog  # kept: it must outlive this call (tests look at it too)
            dialog.open()

        self.calls.run("proposal-page", lambda: read_proposal_page(db, actor, pid), show)

    def propose(self) -> None:
        # What the family was proposed before, and whether to go on (issue 17 item 7).
        if not confirm_new_proposal(self, self.ctx, self.resident_id, self.page.name if self.page else ""):
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Usulan DTSEN"),
            self.tr("Alasan usulan (boleh kosong):"),
        )
        if not ok:
            return
        db, actor, rid = self.ctx.db, self.ctx.actor, self.resident_id  # plain data for the worker
        self.calls.run("propose", lambda: proposals.propose_addition(db, actor, rid, reason), self._proposed)

    def _proposed(self, info: proposals.ProposalInfo) -> None:
        self.ctx.changed(Topic.PROPOSALS)
        QMessageBox.information(
            self,
            self.tr("Usulan DTSEN"),
            self.tr("Keluarga {0} dalam usulan {1} ({2}, {3}); menunggu Musyawarah Desa.").format(
                self.page.name if self.page else "", info.number, info.kind, info.status
            ),
        )
        self.reload()

    def print_resident_data(self) -> None:
        """The resident's own copy of their data (built off the UI thread, then previewed to print or save)."""
        db, actor, rid = self.ctx.db, self.ctx.actor, self.resident_id
        title = self.tr("Data warga {0}").format(self.page.name if self.page else "")

        def show(pdf: bytes) -> None:
            from puskesos_desktop.ui.dialogs.common.pdf_preview import (
                show_pdf,  # QtPdf with the first preview (issue 21)
            )

            show_pdf(self, pdf, title, f"data-warga-{rid}.pdf")

        jobs().run(lambda: access_report.resident_data_pdf(db, actor, rid), show, parent=self)
