"""The complaint workspace: resident summary, the complaint, referrals, documents checklist, timeline, notes —
and the actions on the complaint. Every action is one service call; the workspace reloads after each.

The workspace is read on a worker (ui/jobs.py, ``ListLoader``): the dialog shows at once with "Memuat…" over its
tabs and its action buttons disabled, and fills in when the read comes back; a reload after an action does the same
(the latest read wins).

Every action is a job too (ui/widgets/busy_action.py): a write with its audit entry, the missing-documents slip's
PDF, the officer list. While one runs the action buttons are disabled and the cursor busy; pressed again, nothing
happens twice; a refusal is shown as a warning and nothing changed; the reload follows the answer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core import clock, fmt
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import COMPLAINT_CLOSED
from puskesos_desktop.services.casework import backoffice
from puskesos_desktop.services.casework.backoffice import Officer, Workspace
from puskesos_desktop.services.documents import papers as documents
from puskesos_desktop.services.people import attachments
from puskesos_desktop.services.people.attachments import Owner
from puskesos_desktop.services.printouts import Printout
from puskesos_desktop.ui.context import AppContext, rights_of
from puskesos_desktop.ui.dialogs.back import handle_form, referral_form
from puskesos_desktop.ui.dialogs.back.handle_form import HandleDialog
from puskesos_desktop.ui.dialogs.back.referral_form import ReferralDialog
from puskesos_desktop.ui.dialogs.back.workspace_referrals import ReferralsPanel, pdf_filename
from puskesos_desktop.ui.dialogs.common.form_base import PlainText
from puskesos_desktop.ui.dialogs.common.pdf_preview import show_pdf
from puskesos_desktop.ui.dialogs.common.reason_form import ReasonDialog
from puskesos_desktop.ui.errors import message_text, show_fault
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.registry_text import registry_label
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.attachments_panel import AttachmentsPanel
from puskesos_desktop.ui.widgets.busy_action import acting, run_action
from puskesos_desktop.ui.widgets.loading import ListLoader
from puskesos_desktop.ui.widgets.table import RecordTable

TIMELINE = [
    Column("at", "Waktu"),
    Column("source", "Untuk"),
    Column("kind", "Jenis"),
    Column("actor", "Petugas"),
    Column("text", "Keterangan"),  # last: it stretches to the edge
]
HANDLINGS = [
    Column("at", "Waktu"),
    Column("through", "Melalui"),
    Column("amount", "Nilai", lambda h: fmt.rupiah(h.amount_rupiah, empty=""), align_right=True),
    Column("officer", "Petugas"),
    Column("given", "Yang diberikan"),
]


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class WorkspaceDialog(QDialog):
    #: a view of people's data with nothing typed in it: closed when the screen locks (ui/session.py)
    shows_personal_data = True

    def __init__(self, ctx: AppContext, complaint_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.complaint_id = complaint_id
        self.ws: Workspace | None = None
        self._select_after: str | None = None  # a referral to choose once the next read is shown
        # The account's rights, read on the worker with the workspace: none until then (everything greyed).
        self.rights: frozenset[Permission] = frozenset()
        self.setup_ui()
        self.loader = ListLoader(self, self.tabs, "workspace")
        self.retranslate_ui()
        self.apply_permissions()
        self.reload()

    # --- building ----------------------------------------------------------------------------------------

    def setup_ui(self) -> None:
        self.resize(1300, 700)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.badge = QLabel()
        self.badge.setObjectName("error")
        head.addWidget(self.heading, 1)
        head.addWidget(self.badge)
        layout.addLayout(head)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._summary())
        self.tabs = QTabWidget()
        self.referrals = ReferralsPanel(self.ctx)
        self.referrals.changed.connect(self.reload)
        self.referrals.refer_requested.connect(self.refer)
        self.tabs.addTab(self.referrals, "")
        self.tabs.addTab(self._documents_page(), "")
        self.timeline = RecordTable(TIMELINE)
        self.timeline.setWordWrap(True)
        self.timeline.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as it happened
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(self._notes_page(), "")
        self.handlings = RecordTable(HANDLINGS)
        self.handlings.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.tabs.addTab(self.handlings, "")
        # Scans and photos on this complaint (issue 20): the tab is added once the rights read with the workspace
        # allow it (_place_attachments), so building the dialog reads nothing on the window's thread.
        self.attachments: AttachmentsPanel | None = None
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([400, 900])
        layout.addWidget(splitter, 1)
        self.blockers = QLabel()
        self.blockers.setObjectName("hint")
        self.blockers.setWordWrap(True)
        layout.addWidget(self.blockers)
        actions = QHBoxLayout()
        self.button_answer = QPushButton()
        self.button_handle = QPushButton()
        self.button_refer = QPushButton()
        self.button_assign = QPushButton()
        self.button_close_case = QPushButton()
        self.button_close_case.setObjectName("primary")
        self.button_cancel = QPushButton()
        self.button_reopen = QPushButton()
        self.button_dismiss = QPushButton()
        for b in (
            self.button_answer,
            self.button_handle,
            self.button_refer,
            self.button_assign,
            self.button_close_case,
            self.button_cancel,
            self.button_reopen,
        ):
            b.setAutoDefault(False)
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.button_dismiss)
        layout.addLayout(actions)
        self.button_answer.clicked.connect(self.answer)
        self.button_handle.clicked.connect(self.handle)
        self.button_refer.clicked.connect(self.refer)
        self.button_assign.clicked.connect(self.assign)
        self.button_close_case.clicked.connect(self.close_case)
        self.button_cancel.clicked.connect(self.cancel_case)
        self.button_reopen.clicked.connect(self.reopen)
        self.button_dismiss.clicked.connect(self.accept)

    def _summary(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        self.group_resident = QGroupBox()
        self.group_complaint = QGroupBox()
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for group, keys in (
            (self.group_resident, ("name", "nik", "kk", "birth", "address", "phone", "registry", "programmes", "vuln")),
            (
                self.group_complaint,
                ("field", "service", "registered", "channel", "urgency", "due", "officer", "description", "answer"),
            ),
        ):
            form = QFormLayout(group)
            for key in keys:
                caption = QLabel()
                value = _value_label()
                self.captions[key] = caption
                self.values[key] = value
                form.addRow(caption, value)
            column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(box)
        scroll.setMinimumWidth(360)
        return scroll

    def _documents_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.documents_hint = QLabel()
        self.documents_hint.setObjectName("hint")
        self.documents = QListWidget()
        self.documents.setSpacing(4)
        row = QHBoxLayout()
        self.button_docs_save = QPushButton()
        self.button_docs_slip = QPushButton()
        for b in (self.button_docs_save, self.button_docs_slip):
            b.setAutoDefault(False)
        row.addWidget(self.button_docs_save)
        row.addWidget(self.button_docs_slip)
        row.addStretch(1)
        layout.addWidget(self.documents_hint)
        layout.addWidget(self.documents, 1)
        layout.addLayout(row)
        self.button_docs_save.clicked.connect(self.save_documents)
        self.button_docs_slip.clicked.connect(self.print_missing)
        return page

    def _notes_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        self.notes.setSpacing(4)
        self.note_text = PlainText(lines=3)
        self.button_note = QPushButton()
        self.button_note.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.note_text, 1)
        row.addWidget(self.button_note)
        layout.addWidget(self.notes, 1)
        layout.addLayout(row)
        self.button_note.clicked.connect(self.add_note)
        return page

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Ruang kerja keluhan"))
        self.group_resident.setTitle(self.tr("Warga"))
        self.group_complaint.setTitle(self.tr("Keluhan"))
        for key, text in (
            ("name", self.tr("Nama")),
            ("nik", self.tr("NIK")),
            ("kk", self.tr("No. KK")),
            ("birth", self.tr("Lahir")),
            ("address", self.tr("Alamat")),
            ("phone", self.tr("Telepon")),
            ("registry", self.tr("DTKS/DTSEN")),
            ("programmes", self.tr("Program")),
            ("vuln", self.tr("Kerentanan")),
            ("field", self.tr("Bidang")),
            ("service", self.tr("Layanan")),
            ("registered", self.tr("Terdaftar")),
            ("channel", self.tr("Saluran")),
            ("urgency", self.tr("Kemendesakan")),
            ("due", self.tr("Tenggat")),
            ("officer", self.tr("Petugas")),
            ("description", self.tr("Uraian")),
            ("answer", self.tr("Kepastian")),
        ):
            self.captions[key].setText(text)
        for i, text in enumerate(
            (
                self.tr("Rujukan"),
                self.tr("Dokumen"),
                self.tr("Riwayat"),
                self.tr("Catatan"),
                self.tr("Penanganan desa"),
                self.tr("Lampiran"),
            )[: self.tabs.count()]
        ):
            self.tabs.setTabText(i, text)
        self.documents_hint.setText(self.tr("Centang dokumen yang sudah diterima, lalu simpan."))
        self.button_docs_save.setText(self.tr("Si&mpan centang"))
        self.button_docs_slip.setText(self.tr("Cetak daftar &belum lengkap"))
        self.note_text.setPlaceholderText(self.tr("Catatan untuk petugas lain (tidak dicetak)"))
        self.button_note.setText(self.tr("Tambah c&atatan"))
        self.button_answer.setText(self.tr("Beri &kepastian…"))
        self.button_handle.setText(self.tr("Tangani di &desa…"))
        self.button_refer.setText(self.tr("&Rujuk…"))
        self.button_assign.setText(self.tr("Tu&gaskan…"))
        self.button_close_case.setText(self.tr("Se&lesai"))
        self.button_cancel.setText(self.tr("Ba&talkan keluhan…"))
        self.button_reopen.setText(self.tr("Buka k&embali…"))
        self.button_dismiss.setText(self.tr("Tutu&p"))

    # --- showing ---------------------------------------------------------------------------------------------

    def loading(self) -> bool:
        """The workspace is being read (the bench's driver and tests wait on it)."""
        return self.loader.loading

    def reload(self) -> None:
        db, actor, complaint_id = self.ctx.db, self.ctx.actor, self.complaint_id
        if self.ws is None:
            self.heading.setText(self.tr("Memuat ruang kerja…"))
        self.loader.load(
            lambda: (backoffice.get_workspace(db, actor, complaint_id), rights_of(actor)), self._read, self._failed
        )

    def _read(self, read: tuple[Workspace, frozenset[Permission]]) -> None:
        ws, self.rights = read
        self._place_attachments()
        self.show_workspace(ws)

    def _place_attachments(self) -> None:
        """The scans and photos tab, once the rights read on the worker say this account may see attachments
        (never the penanggung jawab). Attaching a KTP or KK ticks the checklist, so the workspace reloads."""
        if self.attachments is not None or not attachments.may_see_with(self.rights):
            return
        self.attachments = AttachmentsPanel(self.ctx, Owner("complaint", self.complaint_id))
        self.attachments.changed.connect(self.reload)
        self.tabs.addTab(self.attachments, self.tr("Lampiran"))

    def _failed(self, exc: BaseException) -> None:
        if self.ws is None:
            self.heading.setText("")
        show_fault(self, exc)  # a refusal as a refusal; anything else in plain words

    def show_workspace(self, ws: Workspace) -> None:
        self.ws = ws
        r = ws.resident
        self.heading.setText(self.tr("{0} — {1} — {2}").format(ws.number, r.name, ws.status))
        if ws.overdue and ws.due_date:
            late = (clock.today() - ws.due_date).days
            self.badge.setText(self.tr("Lewat tenggat {0} hari").format(late))
        else:
            self.badge.setText("")
        reg = ws.registry
        values = {
            "name": r.name,
            "nik": r.nik or self.tr("belum punya NIK"),
            "kk": r.kk or self.tr("belum punya KK"),
            "birth": ", ".join(x for x in (r.birth_place, fmt.tanggal(r.birth_date, empty="")) if x) or "-",
            "address": ", ".join(x for x in (r.address, f"RT {r.rt}/RW {r.rw}" if r.rt or r.rw else "") if x) or "-",
            "phone": r.phone or "-",
            "registry": registry_label(reg) + (f" ({reg.registry_id})" if reg.registry_id else ""),
            "programmes": ", ".join(reg.programmes) or "-",
            "vuln": ", ".join(ws.vulnerabilities) or "-",
            "field": ws.field,
            "service": ws.service or "-",
            "registered": fmt.tanggal_jam(ws.registered_at),
            "channel": ws.channel,
            "urgency": ws.urgency,
            "due": fmt.tanggal(ws.due_date),
            "officer": ws.officer or self.tr("belum ditugaskan"),
            "description": ws.description,
            "answer": ws.answer or "-",
        }
        for key, text in values.items():
            self.values[key].setText(text)
        self.referrals.set_referrals(ws.referrals, ws.is_closed, self.rights)
        self.tabs.setTabText(0, self.tr("Rujukan ({0})").format(len(ws.referrals)))
        self.documents.clear()
        for d in ws.documents:
            when = self.tr("  — diterima {0}").format(f"{d.received_at:%d-%m-%Y}") if d.received_at else ""
            item = QListWidgetItem(d.name + when)
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if d.received else Qt.CheckState.Unchecked)
            self.documents.addItem(item)
        missing = len(ws.missing_documents)
        self.tabs.setTabText(1, self.tr("Dokumen ({0} kurang)").format(missing) if missing else self.tr("Dokumen"))
        self.timeline.set_rows(ws.timeline)
        self.notes.clear()
        for n in ws.notes:
            self.notes.addItem(f"{n.at:%d-%m-%Y %H:%M} — {n.actor}: {n.text}")
        self.handlings.set_rows(ws.handlings)
        self.blockers.setText(
            self.tr("Belum dapat ditutup: {0}").format(" ".join(message_text(m) for m in ws.close_blockers))
            if ws.close_blockers and not ws.is_closed
            else ""
        )
        self.apply_permissions()
        if self._select_after is not None:
            self.referrals.select(self._select_after)
            self._select_after = None

    def apply_permissions(self) -> None:
        ws = self.ws
        # Nothing to act on until the workspace has been read, nor while an action is waiting for its answer.
        busy = acting(self)
        rights = self.rights  # read on the worker with the workspace (reload), not on the window's thread
        can = ws is not None and not busy and Permission.BACK_OFFICE in rights
        closed = ws is not None and ws.status in COMPLAINT_CLOSED
        for b in (
            self.button_answer,
            self.button_handle,
            self.button_refer,
            self.button_close_case,
            self.button_cancel,
        ):
            b.setEnabled(can and not closed)
        self.button_assign.setEnabled(can)
        self.button_reopen.setEnabled(can and closed)
        self.button_docs_save.setEnabled(can)
        self.button_note.setEnabled(can)
        self.button_docs_slip.setEnabled(
            not busy and Permission.PRINT_DOCUMENTS in rights and ws is not None and bool(ws.missing_documents)
        )

    # --- actions -----------------------------------------------------------------------------------------

    def _act(self, work: Callable[[], object], on_done: Callable[[object], None] | None = None) -> bool:
        """``work`` (a service call on plain data, touching no widget) as a job; then ``on_done`` or the reload.
        False when another action is still waiting for its answer (pressed twice)."""
        return run_action(self, work, on_done or self._after, state=self.apply_permissions)

    def _after(self, result: object) -> None:
        if result is not None:
            self.ctx.changed(Topic.COMPLAINTS)
            self.reload()

    def _prompt(
        self, title: str, intro: str, label: str, field: str, save: Callable[[str, object], object], initial: str = ""
    ) -> None:
        """``save`` runs as the form's job: it takes plain data, no widget."""
        dialog = ReasonDialog(title, intro, save, text_label=label, text_field=field, initial_text=initial, parent=self)
        if dialog.exec():
            self._after(True)

    def answer(self) -> None:
        assert self.ws is not None
        db, actor, complaint_id = self.ctx.db, self.ctx.actor, self.complaint_id
        self._prompt(
            self.tr("Beri kepastian"),
            self.tr("Apa yang akan terjadi dan kapan: jawaban yang diberikan kepada warga."),
            self.tr("&Kepastian"),
            "Kepastian",
            lambda text, _c: backoffice.answer_resident(db, actor, complaint_id, text),
            self.ws.answer,
        )

    def handle(self) -> None:
        """The form's programmes and partners are read on a worker; the form opens with them."""
        assert self.ws is not None
        db = self.ctx.db
        self._act(lambda: handle_form.read_choices(db), self._open_handle)

    def _open_handle(self, choices: object) -> None:
        if self.ws is None or not isinstance(choices, handle_form.HandleChoices):
            return
        if HandleDialog(self.ctx.db, self.ctx.actor, self.ws, self, choices=choices).exec():
            self._after(True)

    def refer(self) -> None:
        """The form's services, partners and the approval setting are read on a worker; the form opens with them."""
        assert self.ws is not None
        db = self.ctx.db
        self._act(lambda: referral_form.read_choices(db), self._open_referral)

    def _open_referral(self, choices: object) -> None:
        if self.ws is None or not isinstance(choices, referral_form.ReferralChoices):
            return
        dialog = ReferralDialog(self.ctx.db, self.ctx.actor, self.ws, self, choices=choices)
        if dialog.exec():
            self.ctx.changed(Topic.REFERRALS)
            if dialog.created:
                self._select_after = dialog.created[0].number
            self._after(True)

    def assign(self) -> None:
        """The officers are read on a worker; the form opens with them."""
        if self.ws is None:
            return
        db = self.ctx.db
        self._act(lambda: backoffice.officers(db), self._choose_officer)

    def _choose_officer(self, found: object) -> None:
        if self.ws is None or not isinstance(found, list):
            return
        officers: list[Officer] = found
        db, actor, complaint_id = self.ctx.db, self.ctx.actor, self.complaint_id
        people = [(self.tr("(tanpa petugas)"), None)] + [(o.full_name, o.id) for o in officers]
        dialog = ReasonDialog(
            self.tr("Tugaskan petugas"),
            self.tr("Siapa yang menangani {0}?").format(self.ws.number),
            lambda _t, choice: backoffice.assign_officer(
                db, actor, complaint_id, choice if isinstance(choice, int) else None
            ),
            choice_label=self.tr("&Petugas"),
            choice_field="Petugas",
            choices=people,
            parent=self,
        )
        if self.ws.officer_id is not None and dialog.choice is not None:
            dialog.choice.setCurrentIndex(max(0, dialog.choice.findData(self.ws.officer_id)))
        if dialog.exec():
            self._after(True)

    def close_case(self) -> None:
        if acting(self) or not self._confirm_close():
            return
        db, actor, complaint_id = self.ctx.db, self.ctx.actor, self.complaint_id

        def close() -> bool:
            backoffice.close_complaint(db, actor, complaint_id)
            return True

        self._act(close)

    def _confirm_close(self) -> bool:
        """`Selesai` is final: with documents still missing or the resident not yet told, say so and ask."""
        ws = self.ws
        if ws is None:
            return False
        points: list[str] = []
        if ws.missing_documents:
            points.append(self.tr("Dokumen belum lengkap: {0}.").format(", ".join(ws.missing_documents)))
        told = ws.informed_at is not None or any(r.informed_at for r in ws.referrals)
        if not told:
            points.append(self.tr("Warga belum tercatat diberi tahu hasilnya."))
        if not points:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Tutup keluhan?"),
            self.tr("Keluhan {0} akan berstatus Selesai.").format(ws.number)
            + "\n\n"
            + "\n".join(f"• {p}" for p in points)
            + "\n\n"
            + self.tr("Tetap tutup keluhan ini?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def cancel_case(self) -> None:
        db, actor, complaint_id = self.ctx.db, self.ctx.actor, self.complaint_id
        self._prompt(
            self.tr("Batalkan keluhan"),
            self.tr("Keluhan akan berstatus Dibatalkan; rujukan yang masih terbuka ikut dibatalkan."),
            self.tr("&Alasan pembatalan"),
            "Alasan pembatalan",
            lambda text, _c: backoffice.cancel_complaint(db, actor, complaint_id, text),
        )

    def reopen(self) -> None:
        db, actor, complaint_id = self.ctx.db, self.ctx.actor, self.complaint_id
        self._prompt(
            self.tr("Buka kembali keluhan"),
            self.tr("Keluhan kembali berstatus Diteruskan ke Back Office."),
            self.tr("&Alasan dibuka kembali"),
            "Alasan dibuka kembali",
            lambda text, _c: backoffice.reopen_complaint(db, actor, complaint_id, text),
        )

    def save_documents(self) -> None:
        ticks: dict[int, bool] = {}
        for i in range(self.documents.count()):
            item = self.documents.item(i)
            ticks[int(item.data(Qt.ItemDataRole.UserRole))] = item.checkState() == Qt.CheckState.Checked
        db, actor, complaint_id = self.ctx.db, self.ctx.actor, self.complaint_id
        self._act(lambda: backoffice.set_documents_received(db, actor, complaint_id, ticks))

    def print_missing(self) -> None:
        """The slip is read and drawn on a worker; the preview opens with it (recorded only once handed out)."""
        if self.ws is None:
            return
        db, actor, number = self.ctx.db, self.ctx.actor, self.ws.number

        def show(slip: object) -> None:
            if not isinstance(slip, Printout):
                return
            # Recorded in the history only once printed, saved or opened (services/printouts.py).
            show_pdf(
                self, slip, self.tr("Dokumen yang masih kurang — {0}").format(number), pdf_filename(number, "kurang")
            )
            self._after(True)

        self._act(lambda: documents.missing_documents_printout(db, actor, number), show)

    def add_note(self) -> None:
        text = self.note_text.toPlainText()
        db, actor, complaint_id = self.ctx.db, self.ctx.actor, self.complaint_id

        def save() -> bool:
            backoffice.add_note(db, actor, complaint_id, text)
            return True

        def saved(result: object) -> None:
            if self.note_text.toPlainText() == text:  # what was saved; anything typed meanwhile stays
                self.note_text.clear()
            self._after(result)

        self._act(save, saved)
