"""Pengaturan › Musyawarah Desa: the draft proposals waiting for the deliberation (print the list by RT/RW),
record a session and its decisions, print its minutes (berita acara), write its Musdesus package (one PDF and the
BNBA workbook for SIKS-NG, issue 16)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core.errors import Message, PuskesosError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import office
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.office import OfficeData
from puskesos_desktop.services.people import attachments
from puskesos_desktop.services.registry import musdes
from puskesos_desktop.services.registry.musdes import AgendaItem, PackageFiles, SessionInfo
from puskesos_desktop.services.registry.proposals import ProposalInfo
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.context import AppContext, rights_of
from puskesos_desktop.ui.dialogs.common.form_base import set_invalid
from puskesos_desktop.ui.dialogs.registry.musdes_session import MusdesSessionDialog
from puskesos_desktop.ui.dialogs.registry.proposal_page import ProposalPageDialog, read_proposal_page
from puskesos_desktop.ui.errors import message_text, show_error, show_fault
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.settings_pages.page_base import SettingsPage
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.date_field import DateField
from puskesos_desktop.ui.widgets.loading import ListLoader
from puskesos_desktop.ui.widgets.print_job import preview_pdf, safe_name
from puskesos_desktop.ui.widgets.table import RecordTable

AGENDA_COLUMNS = [
    Column("number", "No Usulan"),
    Column("proposed_at", "Tanggal"),
    Column("kind", "Jenis"),
    Column("kk", "No KK"),
    Column("nik", "NIK"),
    Column("name", "Nama"),
    Column("rt_rw", "RT/RW", getter=lambda i: f"{i.rt or '-'}/{i.rw or '-'}"),
    Column("members", "Anggota", align_right=True),
    Column("reason", "Alasan"),
]
SESSION_COLUMNS = [
    Column("number", "Nomor berita acara"),
    Column("held_on", "Tanggal"),
    Column("place", "Tempat"),
    Column("attendees", "Hadir", align_right=True),
    Column("chair", "Pimpinan"),
    Column("agreed", "Disahkan", align_right=True),
    Column("rejected", "Ditolak", align_right=True),
]


@dataclass(frozen=True)
class _PageRead:
    office: OfficeData | None
    rights: frozenset[Permission]
    every: list[AgendaItem] = field(default_factory=list)  # the whole agenda, ready or waiting for a NIK
    sessions: list[SessionInfo] = field(default_factory=list)
    refused: Message | None = None  # why the agenda could not be read (shown in its summary line)


def _read_page(db: Database, actor: Actor) -> _PageRead:
    """On a worker: everything the page shows."""
    rights, profile = rights_of(actor), office.get_profile(db)
    try:
        every = musdes.agenda(db, actor, ready_only=False)
        sessions = musdes.list_sessions(db)
    except PuskesosError as exc:
        return _PageRead(profile, rights, refused=exc.said)
    return _PageRead(profile, rights, every, sessions)


class MusdesPage(SettingsPage):
    right = Permission.MUSDES  # recording a deliberation; printing the lists is for whoever sees the page
    has_save = False
    stretch_end = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.items: list[AgendaItem] = []
        self._opening = f"musdes.proposal.{id(self)}"  # the job reading the proposal a double-click opens
        super().__init__(ctx, parent)
        ctx.data_changed.connect(self._changed)

    def build_body(self, layout: QVBoxLayout) -> None:
        self.explain.setObjectName("hint")
        self._build_agenda_box(layout)
        self._build_sessions_box(layout)
        self.print_agenda.clicked.connect(self.print_list)
        self.print_photos.clicked.connect(self.print_selected_photos)
        self.record.clicked.connect(self.record_session)
        self.print_minutes.clicked.connect(self.print_selected_minutes)
        self.package.clicked.connect(self.write_package)
        self.sessions.doubleClicked.connect(lambda _i: self.print_selected_minutes())
        self.agenda.activated.connect(lambda _i: self.open_selected_proposal())

    def _build_agenda_box(self, layout: QVBoxLayout) -> None:
        self.agenda_box = QGroupBox()
        box = QVBoxLayout(self.agenda_box)
        self.agenda_summary = QLabel()
        box.addWidget(self.agenda_summary)
        self.agenda = RecordTable(AGENDA_COLUMNS)
        self.agenda.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # oldest proposal first
        box.addWidget(self.agenda, 1)
        self.loader = ListLoader(self, self.agenda, "musdes")  # the page is read on a worker
        row = QHBoxLayout()
        self.planned = DateField("Tanggal musyawarah")
        self.place = QLineEdit()
        self.paper = QComboBox()
        self.paper.addItems(["A4", "F4"])
        self.label_planned, self.label_place, self.label_paper = QLabel(), QLabel(), QLabel()
        for label, widget in ((self.label_planned, self.planned), (self.label_place, self.place),
                              (self.label_paper, self.paper)):  # fmt: skip
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, 1 if widget is self.place else 0)
        self.print_agenda = QPushButton()
        self.print_photos = QPushButton()  # issue 20: the selected proposal's house photos, for the district
        self.record = QPushButton()
        self.record.setObjectName("primary")
        row.addWidget(self.print_agenda)
        row.addWidget(self.print_photos)
        row.addWidget(self.record)
        box.addLayout(row)
        layout.addWidget(self.agenda_box, 3)

    def _build_sessions_box(self, layout: QVBoxLayout) -> None:
        self.sessions_box = QGroupBox()
        box = QVBoxLayout(self.sessions_box)
        self.sessions = RecordTable(SESSION_COLUMNS)
        self.sessions.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        box.addWidget(self.sessions, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.print_minutes = QPushButton()
        self.package = QPushButton()  # issue 16: agenda, attendance list and minutes in one PDF, and the BNBA
        row.addWidget(self.print_minutes)
        row.addWidget(self.package)
        box.addLayout(row)
        layout.addWidget(self.sessions_box, 2)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.agenda_box.setTitle(self.tr("Usulan menunggu musyawarah"))
        self.sessions_box.setTitle(self.tr("Musyawarah yang sudah dicatat"))
        self.label_planned.setText(self.tr("&Tanggal"))
        self.label_place.setText(self.tr("Tem&pat"))
        self.label_paper.setText(self.tr("&Kertas"))
        self.print_agenda.setText(self.tr("&Cetak daftar…"))
        self.print_photos.setText(self.tr("F&oto rumah usulan…"))
        self.print_photos.setToolTip(self.tr("Lembar foto rumah usulan terpilih, dengan waktu dan lokasi GPS."))
        self.agenda.setToolTip(self.tr("Klik dua kali untuk membuka usulan: anggota, foto rumah, cetak."))
        self.record.setText(self.tr("Catat &musyawarah…"))
        self.print_minutes.setText(self.tr("Cetak be&rita acara…"))
        self.package.setText(self.tr("Paket M&usdesus…"))
        self.package.setToolTip(
            self.tr(
                "Satu PDF (agenda per RW/RT, daftar hadir, berita acara) dan daftar BNBA Excel untuk input SIKS-NG, "
                "disimpan ke folder pilihan."
            )
        )

    def title(self) -> str:
        return self.tr("Musyawarah Desa")

    def intro_text(self) -> str:
        return self.tr(
            "Pemutakhiran DTKS/DTSEN melalui Musyawarah Desa, sedikitnya dua kali setahun. Cetak daftar usulan "
            "Draf (per RT/RW), catat hasil musyawarah, lalu cetak berita acaranya untuk ditandatangani."
        )

    def editors(self) -> Sequence[QWidget]:
        return (self.record,)

    def load_page(self) -> None:
        # Read on a worker: the office's paper and village, the agenda, the sessions, and the account's rights
        # (whether it may see the house photos); each was a read on the window's thread (issue 12 §4).
        db, actor = self.ctx.db, self.ctx.actor
        self.loader.load(lambda: _read_page(db, actor), self._show_page)

    def reading(self) -> bool:
        return self.loader.loading

    def _show_page(self, read: _PageRead) -> None:
        self.print_photos.setVisible(attachments.may_see_with(read.rights))
        profile = read.office
        if profile is not None:
            self.paper.setCurrentText(profile.paper_size)
            if not self.place.text():
                self.place.setText(self.tr("Balai Desa {0}").format(profile.village_name))
        if read.refused is not None:
            self.agenda_summary.setText(message_text(read.refused))
            return
        every = read.every
        self.items = [i for i in every if i.ready]
        self.agenda.set_rows(self.items)
        self.sessions.set_rows(read.sessions)
        waiting = len(every) - len(self.items)
        text = self.tr("{0} usulan Draf siap dibahas.").format(len(self.items))
        if waiting:
            text += " " + self.tr("{0} usulan lain menunggu NIK dari Dukcapil.").format(waiting)
        self.agenda_summary.setText(text)

    def _changed(self, what: str) -> None:
        if what in (Topic.PROPOSALS, Topic.COMPLAINTS, Topic.RESIDENTS) and self.isVisible():
            self.refresh()

    def print_list(self) -> None:
        set_invalid(self.planned, False)
        try:
            day = self.planned.value()
        except PuskesosError as exc:
            set_invalid(self.planned, True)
            show_error(self, exc)
            return
        db, actor, place, paper = self.ctx.db, self.ctx.actor, self.place.text(), self.paper.currentText()
        preview_pdf(
            self,
            lambda: musdes.agenda_pdf(db, actor, held_on=day, place=place, paper=paper),
            self.tr("Daftar usulan Musyawarah Desa"),
            "daftar-usulan-musdes.pdf",
        )

    def print_selected_photos(self) -> None:
        item = self.agenda.selected_row()
        if item is None:
            QMessageBox.information(self, self.tr("Foto rumah"), self.tr("Pilih usulan di daftar."))
            return
        db, actor, number = self.ctx.db, self.ctx.actor, item.number
        preview_pdf(
            self,
            lambda: attachments.proposal_photos_pdf(db, actor, number),
            self.tr("Foto rumah usulan {0}").format(number),
            f"foto-rumah-{safe_name(number)}.pdf",
        )

    def open_selected_proposal(self) -> None:
        """The proposal's page: its members and its house photos, to attach or check before the deliberation."""
        item = self.agenda.selected_row()
        if item is None or jobs.jobs().is_running(self._opening):
            return  # pressed again while the first is being read: one page opens
        db, actor, proposal_id = self.ctx.db, self.ctx.actor, item.proposal_id
        self.setCursor(Qt.CursorShape.BusyCursor)
        # On a worker: the proposal (NIKs as the actor may see them) and the account's rights.
        jobs.run(
            lambda: read_proposal_page(db, actor, proposal_id),
            self._open_proposal,
            self._proposal_refused,
            key=self._opening,
            parent=self,
        )

    def _open_proposal(self, read: tuple[ProposalInfo, frozenset[Permission]]) -> None:
        self.unsetCursor()
        info, rights = read
        dialog = ProposalPageDialog(self.ctx, info, self, rights=rights)
        self.proposal_page = dialog  # kept: it must outlive this call (tests look at it too)
        dialog.open()

    def _proposal_refused(self, exc: BaseException) -> None:
        self.unsetCursor()
        show_fault(self, exc)

    def record_session(self) -> None:
        if not self.items:
            QMessageBox.information(self, self.tr("Musyawarah Desa"), self.tr("Belum ada usulan Draf yang siap."))
            return
        try:
            planned = self.planned.value()  # the date typed on this page is the session's (issue 17)
        except PuskesosError:
            planned = None
        dialog = MusdesSessionDialog(self.ctx, self.items, self, held_on=planned, place=self.place.text())
        if not dialog.exec() or dialog.saved is None:
            return
        saved = dialog.saved
        self.refresh()
        answer = QMessageBox.question(
            self,
            self.tr("Musyawarah tercatat"),
            self.tr("Berita acara {0}: {1} usulan disahkan, {2} ditolak. Cetak berita acara sekarang?").format(
                saved.number, saved.agreed, saved.rejected
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.print_minutes_of(saved)

    def print_selected_minutes(self) -> None:
        session = self.sessions.selected_row()
        if session is None:
            QMessageBox.information(self, self.tr("Berita acara"), self.tr("Pilih musyawarah di daftar."))
            return
        self.print_minutes_of(session)

    def print_minutes_of(self, session: SessionInfo) -> None:
        db, actor, paper = self.ctx.db, self.ctx.actor, self.paper.currentText()
        preview_pdf(
            self,
            lambda: musdes.minutes_pdf(db, actor, session.id, paper=paper),
            self.tr("Berita acara {0}").format(session.number),
            safe_name(session.number or f"berita-acara-{session.id}"),
        )

    def write_package(self) -> None:
        session = self.sessions.selected_row()
        if session is None:
            QMessageBox.information(self, self.tr("Paket Musdesus"), self.tr("Pilih musyawarah di daftar."))
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Simpan paket Musdesus ke folder"))
        if not folder:
            return
        db, actor, paper = self.ctx.db, self.ctx.actor, self.paper.currentText()
        self.package.setEnabled(False)
        jobs.run(
            lambda: musdes.package(db, actor, session.id, folder, paper=paper),
            self._package_done,
            self._package_failed,
            parent=self,
        )

    def _package_done(self, files: PackageFiles) -> None:
        self.package.setEnabled(True)
        QMessageBox.information(
            self,
            self.tr("Paket Musdesus"),
            self.tr("Tersimpan:\n{0}\n{1} (BNBA, {2} usulan: {3} disahkan, {4} ditolak)").format(
                files.pdf, files.xlsx, files.proposals, files.agreed, files.rejected
            ),
        )

    def _package_failed(self, exc: BaseException) -> None:
        self.package.setEnabled(True)
        show_fault(self, exc)  # a refusal as a refusal; anything else in plain words
