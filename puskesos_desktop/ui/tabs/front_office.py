"""Front Office: one search box (NIK/KK, name, scanned receipt), the resident's page, new residents with the
duplicate guard, complaints with their receipt, letter and DTKS proposal, the status desk, programme information,
and the facilitators' visits and worklist. The dialogs live in ui/dialogs/; this tab wires them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core import identity
from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.core.text import name_case
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import office
from puskesos_desktop.services.casework import complaints, visits
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import papers as documents
from puskesos_desktop.services.people import residents, search
from puskesos_desktop.services.registry import cek_bansos, district_calendar, proposals
from puskesos_desktop.services.registry import desil as registry_desil
from puskesos_desktop.ui import jobs, style
from puskesos_desktop.ui.context import AppContext, rights_of
from puskesos_desktop.ui.dialogs.front.complaint_form import (
    ComplaintFormDialog,
    ComplaintStart,
    FormChoices,
    read_choices,
    read_start,
)
from puskesos_desktop.ui.dialogs.front.message_dialog import MessageDialog
from puskesos_desktop.ui.dialogs.front.programme_info import ProgrammeInfoDialog
from puskesos_desktop.ui.dialogs.front.resident_form import ResidentFormDialog
from puskesos_desktop.ui.dialogs.front.resident_page import ResidentPageDialog
from puskesos_desktop.ui.dialogs.front.service_calls import ServiceCalls
from puskesos_desktop.ui.dialogs.front.status_desk import StatusDeskDialog
from puskesos_desktop.ui.dialogs.front.visit_form import VisitFormDialog
from puskesos_desktop.ui.dialogs.registry.proposal_confirm import confirm_new_proposal
from puskesos_desktop.ui.errors import show_fault
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.registry_text import calendar_reminder, calendar_text, desil_text, registry_age_text
from puskesos_desktop.ui.tabs.base_tab import BaseTab
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.loading import ListLoader
from puskesos_desktop.ui.widgets.offer_menu import fill_menu, preselect_service, propose_update
from puskesos_desktop.ui.widgets.print_job import preview_pdf, safe_name
from puskesos_desktop.ui.widgets.search_box import SearchBox
from puskesos_desktop.ui.widgets.table import RecordTable

RESULTS = [
    Column("name", "Nama"),
    Column("nik", "NIK"),
    Column("kk", "No. KK"),
    Column("address", "Alamat"),
    Column("rt_rw", "RT/RW", getter=lambda h: h.rt_rw),
    Column("registry", "DTKS/DTSEN", getter=lambda h: h.registry_label),
    Column("client", "Klien", getter=lambda h: "ya" if h.is_client else "belum"),
    Column("facilitator", "Fasilitator"),
    Column("complaint", "Resi", getter=lambda h: h.complaint_number or ""),
    Column("desil", "Desil dan program", getter=lambda h: desil_text(h)),  # issue 16
]
RECENT = [
    Column("number", "No. resi"),
    Column("registered_at", "Tanggal"),
    Column("name", "Nama"),
    Column("field", "Bidang"),
    Column("service", "Layanan"),
    Column("status", "Status"),
    Column("channel", "Saluran"),
    Column("facilitator", "Fasilitator"),
    Column("due_date", "Target"),
]
TO_INFORM = [
    Column("number", "No. resi"),
    Column("resident_name", "Nama"),
    Column("phone", "Telepon"),
    Column("address", "Alamat"),
    Column("what", "Kabar yang belum disampaikan"),
    Column("since", "Sejak"),
    Column("facilitator", "Fasilitator"),
    Column("tell", "Yang disampaikan"),
]
VISITS = [
    Column("visit_date", "Tanggal"),
    Column("place", "Tempat"),
    Column("facilitator", "Fasilitator"),
    Column("households", "Keluarga", getter=lambda v: len(v.households), align_right=True),
    Column("resident_count", "Warga didaftarkan", align_right=True),
    Column("complaint_count", "Keluhan", align_right=True),
]

CEK_BANSOS = [  # issue 16 §8: filings still waiting after their 14-day deadline
    Column("resident_name", "Nama"),
    Column("kind", "Jenis"),
    Column("filed_on", "Tanggal"),
    Column("reference", "Referensi"),
    Column("deadline", "Tenggat"),
    Column("days_overdue", "Lewat (hari)", align_right=True),
]


WARM_UP_DELAY_MS = 300


@dataclass(frozen=True)
class _Lists:
    first_steps: office.FirstSteps
    recent: list[complaints.RecentComplaint]
    to_inform: list[Any] | None  # None: this role does not inform residents
    visits: list[Any]
    registry_age: registry_desil.RegistryAge
    calendar: district_calendar.CalendarLine  # issue 16 §7
    cek_bansos_overdue: list[Any]  # issue 16 §8
    form_choices: FormChoices  # the complaint form's catalogue and facilitators, ready before it opens
    rights: frozenset[Permission]  # what the account may do now: the desk's buttons ask without a read


def _read_lists(db: Database, actor: Actor, own: int | None, desk: bool) -> _Lists:
    """The Front Office's lists, read on a worker (plain rows, no widget)."""
    return _Lists(
        first_steps=office.first_steps(db),
        recent=list(complaints.recent(db, actor, 200, facilitator_id=own)),
        to_inform=list(visits.worklist(db, actor)) if desk else None,
        visits=list(visits.list_visits(db, actor, facilitator_id=own)),
        registry_age=registry_desil.registry_age(db, actor),
        calendar=district_calendar.calendar_line(db, actor),
        cek_bansos_overdue=cek_bansos.overdue(db, actor),
        form_choices=read_choices(db),
        rights=rights_of(actor),
    )


def _refill(table: RecordTable, rows: list[Any]) -> None:
    """A list read again after a save: untouched when its rows are the same (a new resident changes none of
    them), else refilled keeping its column widths (issue 12: each refresh of the 200 recent complaints cost the
    window's thread ~100 ms, most of it measuring the columns again)."""
    if rows == table.source.rows():
        return
    table.set_rows(rows, keep_widths=True)


class FrontOfficeTab(BaseTab):
    watches = frozenset(
        {
            Topic.COMPLAINTS,
            Topic.RESIDENTS,
            Topic.REGISTRY,
            Topic.LETTERS,
            Topic.PROPOSALS,
            Topic.VISITS,
            Topic.REFERRALS,
            Topic.SETTINGS,  # issue 16 §7: the district's calendar
            Topic.CATALOGUE,  # the complaint form's services, read with the lists
            Topic.USERS,  # and its facilitators
        }
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._search_key = f"front-office.search.{id(self)}"  # the latest query wins; older answers are dropped
        self._shown_text = ""
        self._provisional = False  # the answer shown came before the name index was ready: ask again when it is
        self._index_ready = False
        self._steps: office.FirstSteps | None = None  # the first steps as the lists last read them (a worker)
        self.last_message = ""
        self._choose_visit: int | None = None
        self._form_choices: FormChoices | None = None  # None until the lists are read: the form reads them itself
        self.calls = ServiceCalls(self)  # the desk's service calls, as jobs: one of each at a time
        # The account's rights as last read (with the lists, on a worker): each actor.can() was a read of the
        # account on the window's thread — a server round trip, or a new SQLite connection. None: not read yet.
        self._rights: frozenset[Permission] | None = None
        self.setup_ui()
        self.retranslate_ui()
        self.apply_permissions()
        self._warm_up_started = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._warm_up_started:
            # The name index takes seconds on a district-sized registry: built off the UI thread, and only once the
            # window is on screen (sooner, the worker competes with building the window for the interpreter lock).
            # Until it is ready, names are answered from the indexed SQL prefix query.
            self._warm_up_started = True
            QTimer.singleShot(WARM_UP_DELAY_MS, self, self._warm_up)  # cancelled if the tab goes first

    def _warm_up(self) -> None:
        db = self.ctx.db
        # A failed warm-up is no loss: the next search builds the index itself (off the UI thread).
        jobs.run(lambda: search.warm_up(db), self._index_built, lambda _e: self._index_built(None), parent=self)

    def _index_built(self, _result: object) -> None:
        """The name index is ready: a name answered before it was (by prefix only) is asked again, and the list
        updates by itself."""
        self._index_ready = True
        jobs.jobs().gc.freeze()  # the index lives as long as the program: no full collection walks it again
        if self._provisional:
            self._ask_again()

    def _ask_again(self) -> None:
        self._provisional = False
        text = self.search_box.text()
        if text.strip():
            self.start_search(text)

    # --- building -------------------------------------------------------------------------------------------

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self._build_header(layout)
        self._build_search_bar(layout)
        split = QSplitter(Qt.Orientation.Vertical)
        self._build_results(split)
        self._build_lists(split)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self._connect_signals()
        self._add_shortcuts()

    def _build_header(self, layout: QVBoxLayout) -> None:
        """The tab's title, the visit being recorded, and the first steps of an empty office."""
        head = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        head.addWidget(self.heading)
        head.addStretch(1)
        self.label_visit = QLabel()
        self.visit_choice = QComboBox()
        self.visit_choice.setMinimumContentsLength(28)
        self.label_visit.setBuddy(self.visit_choice)
        self.button_visit = QPushButton()
        head.addWidget(self.label_visit)
        head.addWidget(self.visit_choice)
        head.addWidget(self.button_visit)
        layout.addLayout(head)
        # An empty office: what to do first, until it is done (search alone would only say "Tidak ditemukan").
        self.first_steps = QLabel()
        self.first_steps.setProperty("banner", "info")
        self.first_steps.setWordWrap(True)
        self.first_steps.setTextFormat(Qt.TextFormat.RichText)
        self.first_steps.setContentsMargins(10, 6, 10, 6)
        self.first_steps.hide()
        layout.addWidget(self.first_steps)

    def _build_search_bar(self, layout: QVBoxLayout) -> None:
        """Search, the desk's buttons, and the lines about the registry's age and the district's dates."""
        bar = QHBoxLayout()
        self.search_box = SearchBox()
        self.button_new = QPushButton()
        self.button_desk = QPushButton()
        self.button_info = QPushButton()
        bar.addWidget(self.search_box, 1)
        for b in (self.button_new, self.button_desk, self.button_info):
            bar.addWidget(b)
        layout.addLayout(bar)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        layout.addWidget(self.hint)
        self.registry_age = QLabel()  # issue 16: how old the registry data is
        self.registry_age.setWordWrap(True)
        layout.addWidget(self.registry_age)
        self.calendar_line = QLabel()  # issue 16 §7: the district's next DTSEN dates, and a reminder near a deadline
        self.calendar_line.setWordWrap(True)
        layout.addWidget(self.calendar_line)

    def _build_results(self, split: QSplitter) -> None:
        """The search results and what can be done with the chosen person."""
        top = QWidget()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        self.results = RecordTable(RESULTS)
        # Best match first: the search ranks, the table must not re-sort.
        self.results.setSortingEnabled(False)
        self.results.proxy.sort(-1)
        top_box.addWidget(self.results, 1)
        actions = QHBoxLayout()
        self.button_open = QPushButton()
        self.button_complaint = QPushButton()
        self.button_complaint.setObjectName("primary")
        self.button_client = QPushButton()
        self.button_certificate = QPushButton()
        self.button_offer = QPushButton()  # issue 16 §2: what the desk offers for a missed programme
        self.offer_menu = QMenu(self.button_offer)
        self.button_offer.setMenu(self.offer_menu)
        self.offer_menu.aboutToShow.connect(self._fill_offers)
        for b in (self.button_open, self.button_complaint, self.button_client, self.button_certificate,
                  self.button_offer):  # fmt: skip
            actions.addWidget(b)
        actions.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("ok")
        self.message.setWordWrap(True)
        actions.addWidget(self.message, 2)
        top_box.addLayout(actions)
        split.addWidget(top)

    def _build_lists(self, split: QSplitter) -> None:
        """Below: recent complaints, residents to inform, visits, late Cek Bansos filings."""
        self.lists = QTabWidget()
        self.lists_loader = ListLoader(self, self.lists, "front_office.lists")
        self.recent = RecordTable(RECENT)
        self.recent.source.highlight = lambda row: style.card_background(row.field)
        self.recent.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.to_inform = RecordTable(TO_INFORM)
        self.visit_list = RecordTable(VISITS)
        self.cek_bansos_late = RecordTable(CEK_BANSOS)
        self.lists.addTab(self.recent, "")
        self.lists.addTab(self.to_inform, "")
        self.lists.addTab(self.visit_list, "")
        self.lists.addTab(self.cek_bansos_late, "")
        split.addWidget(self.lists)

    def _connect_signals(self) -> None:
        self.search_box.query_changed.connect(self.start_search)
        self.search_box.submitted.connect(self.submit)
        self.search_box.move_down.connect(self._into_results)
        # activated: Enter on a row, or a double click (Qt's platform rule), opens it.
        self.results.activated.connect(lambda _i: self.open_selected())
        self.recent.activated.connect(lambda _i: self._open_status_of(self.recent.selected_row()))
        # One action per row: the ready message for what the resident has not been told (copy, WhatsApp, slip).
        self.to_inform.activated.connect(lambda _i: self.tell_selected())
        self.visit_list.activated.connect(lambda _i: self.edit_visit())
        self.cek_bansos_late.activated.connect(lambda _i: self._open_filing())
        self.button_new.clicked.connect(self.new_resident)
        self.button_desk.clicked.connect(lambda: self.open_status_desk(""))
        self.button_info.clicked.connect(self.open_programme_info)
        self.button_open.clicked.connect(self.open_selected)
        self.button_complaint.clicked.connect(self.register_for_selected)
        self.button_client.clicked.connect(self.make_client)
        self.button_certificate.clicked.connect(self.certificate_for_selected)
        self.button_visit.clicked.connect(self.new_visit)
        for b in (
            self.button_new,
            self.button_desk,
            self.button_info,
            self.button_open,
            self.button_complaint,
            self.button_client,
            self.button_certificate,
            self.button_visit,
        ):
            b.setAutoDefault(False)
        self.results.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

    def _add_shortcuts(self) -> None:
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+F", self.focus_search),
            ("Ctrl+N", self.new_resident),
            ("Ctrl+K", self.register_for_selected),
            ("F6", lambda: self.open_status_desk("")),
            ("F7", self.open_programme_info),
            ("F8", self.new_visit),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=scope)
        QWidget.setTabOrder(self.search_box, self.results)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Front Office"))
        self.search_box.setPlaceholderText(self.tr("Cari: NIK, No. KK, nama warga — atau pindai nomor resi (Ctrl+F)"))
        self.hint.setText(
            self.tr(
                "↓ pindah ke hasil · Enter membuka · Ctrl+N warga baru · Ctrl+K daftarkan keluhan · "
                "F6 meja status · F7 info program"
            )
        )
        self.button_new.setText(self.tr("&Warga baru"))
        self.button_desk.setText(self.tr("Meja &status"))
        self.button_info.setText(self.tr("&Info program"))
        self.button_open.setText(self.tr("Buka &halaman warga"))
        self.button_complaint.setText(self.tr("Daftarkan &keluhan"))
        self.button_client.setText(self.tr("&Jadikan klien"))
        self.button_certificate.setText(self.tr("Surat keterangan &DTKS/DTSEN"))
        self.button_offer.setText(self.tr("Tawarkan la&yanan"))
        self.label_visit.setText(self.tr("K&unjungan:"))
        self.button_visit.setText(self.tr("Kunjun&gan baru (F8)"))
        self.lists.setTabText(0, self.tr("Keluhan terbaru"))
        self.lists.setTabText(1, self.tr("Perlu diberi tahu"))
        self.lists.setTabText(2, self.tr("Kunjungan lapangan"))
        self.lists.setTabText(3, self.tr("Cek Bansos lewat tenggat"))

    def title(self) -> str:
        return self.tr("Front Office")

    def may(self, permission: Permission) -> bool:
        """For choosing what to offer (every service checks the right itself)."""
        if self._rights is None:
            self._rights = self.ctx.rights()
        return permission in self._rights

    def apply_permissions(self) -> None:
        actor = self.ctx.actor
        self._rights = self.ctx.rights()  # one read for all the buttons (the actor may have changed)
        self.button_new.setVisible(self.may(Permission.RESIDENT_WRITE))
        self.button_complaint.setVisible(self.may(Permission.COMPLAINT_REGISTER))
        self.button_client.setVisible(self.may(Permission.RESIDENT_WRITE))
        self.button_certificate.setVisible(self.may(Permission.LETTER_ISSUE))
        field = self.may(Permission.FIELD_VISIT)
        for w in (self.label_visit, self.visit_choice, self.button_visit):
            w.setVisible(field)
        self.lists.setTabVisible(2, field or actor.role == Role.KOORDINATOR)
        # What to tell in the field: the facilitator's list carries the message text itself.
        self.to_inform.setColumnHidden(len(TO_INFORM) - 1, actor.role != Role.FASILITATOR)
        self._selection_changed()

    # --- lists ----------------------------------------------------------------------------------------------

    def clear_personal_data(self) -> None:
        jobs.jobs().cancel(self._search_key)  # a search still running in the background lands nowhere
        self.search_box.timer.stop()
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self._shown_text = ""
        self.message.clear()
        for table in self.findChildren(RecordTable):
            table.set_rows([])
        super().clear_personal_data()
        self._selection_changed()

    def show_first_steps(self, steps: office.FirstSteps) -> None:
        self._steps = steps  # the search's "not found" asks on every answer: no read on this thread
        self.first_steps.setVisible(not steps.done)
        if steps.done:
            return
        lines = [self.tr("<b>Langkah pertama kantor ini</b> (hilang setelah semuanya selesai):")]
        for done, text in (
            (
                steps.registry_imported,
                self.tr("Impor data DTKS/DTSEN desa: Pengaturan › Pertukaran data › Impor DTKS/DTSEN."),
            ),
            (
                steps.residents_registered,
                self.tr("Daftarkan warga (data penduduk): cari nama atau NIK, lalu Ctrl+N untuk warga baru."),
            ),
            (steps.staff_accounts, self.tr("Buat akun petugas lain: Pengaturan › Akun pengguna.")),
        ):
            lines.append(("✔ " if done else "☐ ") + (f"<s>{text}</s>" if done else text))
        self.first_steps.setText("<br>".join(lines))

    def refresh(self) -> None:
        # The lists are read on a worker: at district scale the worklist alone took ~80 ms on the window's thread,
        # after every save (issue 12, item 4).
        actor, db = self.ctx.actor, self.ctx.db
        # A facilitator sees the complaints and visits they entered; the service masks NIK/KK for the penanggung jawab.
        own = actor.user_id if actor.role == Role.FASILITATOR else None
        desk = self.may(Permission.STATUS_DESK)
        self.lists_loader.load(lambda: _read_lists(db, actor, own, desk), self._show_lists)
        if self.search_box.text().strip():
            self.start_search(self.search_box.text())

    def _show_lists(self, read: _Lists) -> None:
        self._form_choices = read.form_choices
        self._rights = read.rights
        self.show_first_steps(read.first_steps)
        _refill(self.recent, read.recent)
        if read.to_inform is not None:
            _refill(self.to_inform, read.to_inform)
            self.lists.setTabText(1, self.tr("Perlu diberi tahu ({0})").format(len(read.to_inform)))
        _refill(self.visit_list, read.visits)
        current = self._choose_visit if self._choose_visit is not None else self.visit_choice.currentData()
        self._choose_visit = None
        self.visit_choice.blockSignals(True)
        self.visit_choice.clear()
        self.visit_choice.addItem(self.tr("— di kantor —"), None)
        for v in read.visits[:30]:
            self.visit_choice.addItem(v.label, v.id)
        index = self.visit_choice.findData(current)
        self.visit_choice.setCurrentIndex(max(index, 0))
        self.visit_choice.blockSignals(False)
        self.registry_age.setText(registry_age_text(read.registry_age))
        self._show_calendar(read.calendar)
        _refill(self.cek_bansos_late, read.cek_bansos_overdue)
        self.lists.setTabText(3, self.tr("Cek Bansos lewat tenggat ({0})").format(len(read.cek_bansos_overdue)))
        self.registry_age.setObjectName("error" if read.registry_age.stale else "hint")
        style.repolish(self.registry_age)

    def _show_calendar(self, line: district_calendar.CalendarLine) -> None:
        """Issue 16 §7: the next dates; within the reminder days of a window closing, the Draf count in red."""
        text = calendar_text(line)
        reminder = calendar_reminder(line)
        self.calendar_line.setText(text + ("\n" + reminder if reminder else ""))
        self.calendar_line.setObjectName("error" if reminder else "hint")
        style.repolish(self.calendar_line)

    def _open_filing(self) -> None:
        row = self.cek_bansos_late.selected_row()
        if row is not None:
            self.open_resident(row.resident_id)

    def active_visit(self) -> int | None:
        value = self.visit_choice.currentData() if self.visit_choice.isVisible() else None
        return int(value) if value is not None else None

    # --- searching ------------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def start_search(self, text: str) -> None:
        if not text.strip():
            jobs.jobs().cancel(self._search_key)
            self._show_hits("", search.Answer([]))
            return
        db, actor = self.ctx.db, self.ctx.actor
        jobs.run(
            lambda: search.answer(db, actor, text),
            lambda found: self._show_hits(text, found),
            self._search_failed,
            key=self._search_key,  # typed on meanwhile: only the latest query's answer is shown
            parent=self,
        )

    def _show_hits(self, text: str, found: search.Answer) -> None:
        self._shown_text = text
        self._provisional = found.provisional
        hits = found.hits  # masked by the service for roles that may not see NIK
        same = hits == self.results.source.rows()  # asked again after a save: the same people, the row kept
        if not same:
            self.results.set_rows(hits)
        said = self.message.text() in (self._not_found_text(), self._preparing_text())
        if hits:
            if not same or self.results.selected_row() is None:
                self.results.selectRow(0)
            if said:
                self.message.clear()  # what the search said before no longer holds
        elif text.strip() and found.provisional:
            self.message.setText(self._preparing_text())
        elif text.strip():
            self.message.setText(self._not_found_text())
        self._selection_changed()
        if found.provisional and self._index_ready:
            self._ask_again()  # the index became ready while this answer was on its way

    def _not_found_text(self) -> str:
        steps = self._steps
        if self.first_steps.isVisible() and steps is not None and not steps.registry_imported:
            return self.tr(
                "Tidak ditemukan: data DTKS/DTSEN belum diimpor (Pengaturan › Pertukaran data). "
                "Ctrl+N untuk mendaftarkan warga baru."
            )
        return self.tr("Tidak ditemukan. Ctrl+N untuk mendaftarkan warga baru.")

    def _preparing_text(self) -> str:
        return self.tr("Daftar nama masih disiapkan; hasil pencarian muncul sebentar lagi…")

    def _search_failed(self, exc: BaseException) -> None:
        if isinstance(exc, PuskesosError):
            self.message.setText(exc.message)
        else:
            show_fault(self, exc)

    def submit(self, text: str) -> None:
        """Enter in the search box: a scanned receipt opens its complaint; otherwise the best match opens."""
        number = search.receipt_number(text)
        if number is not None:
            self.search_box.clear()
            self.open_status_desk(number)
            return
        if text.strip() and text != self._shown_text:
            # Enter before the answer came: asked now (off the UI thread, replacing any answer on its way, and
            # never waiting for a name index still being built), and the best match opens when it comes.
            db, actor = self.ctx.db, self.ctx.actor

            def answered(found: search.Answer) -> None:
                self._show_hits(text, found)
                if self.results.selected_row() is not None:
                    self.open_selected()

            jobs.run(
                lambda: search.answer(db, actor, text, wait=False),
                answered,
                self._search_failed,
                key=self._search_key,
                parent=self,
            )
            return
        if self.results.selected_row() is not None:
            self.open_selected()

    def _into_results(self) -> None:
        if self.results.source.rowCount():
            self.results.setFocus()
            if self.results.selected_row() is None:
                self.results.selectRow(0)

    def _selection_changed(self) -> None:
        hit = self.results.selected_row()
        self.button_open.setEnabled(hit is not None)
        self.button_complaint.setEnabled(hit is not None)
        self.button_client.setEnabled(hit is not None and not hit.is_client)
        self.button_certificate.setEnabled(hit is not None)
        self.button_offer.setEnabled(hit is not None and bool(hit.missing_programmes))

    # --- opening --------------------------------------------------------------------------------------------

    def open_selected(self) -> None:
        hit: search.SearchHit | None = self.results.selected_row()
        if hit is None:
            return
        if hit.kind == "complaint" and hit.complaint_number:
            self.open_status_desk(hit.complaint_number)
            return
        self._client_from(hit, True, self.open_resident)

    def _client_from(self, hit: search.SearchHit, ask: bool, then: Callable[[int], None] | None = None) -> None:
        """The hit's resident for ``then``: a registry person becomes a client first (their DTKS/DTSEN data
        copied, as a job; ``then`` once it is saved)."""
        if hit.resident_id is not None:
            if then is not None:
                then(hit.resident_id)
            return
        if hit.registry_record_id is None:
            return
        if ask:
            answer = QMessageBox.question(
                self,
                self.tr("Belum menjadi klien"),
                self.tr(
                    "{0} terdaftar di DTKS/DTSEN tetapi belum pernah datang ke Puskesos. Jadikan klien sekarang?"
                ).format(hit.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        db, actor, record_id = self.ctx.db, self.ctx.actor, hit.registry_record_id

        def made(record: residents.ResidentRecord) -> None:
            self.ctx.changed(Topic.RESIDENTS)
            self.message.setText(self.tr("{0} kini menjadi klien.").format(record.name))
            if then is not None:
                then(record.id)

        # One name for every registry person: a second press meanwhile would ask the same thing twice.
        self.calls.run("client", lambda: residents.create_from_registry(db, actor, record_id), made)

    def make_client(self) -> None:
        hit = self.results.selected_row()
        if hit is not None and not hit.is_client:
            self._client_from(hit, False)

    def open_resident(self, resident_id: int) -> None:
        page = ResidentPageDialog(self.ctx, resident_id, self)

        def complaint(rid: int) -> None:
            self.register_complaint(rid, parent=page, then=page.reload)

        def edit(rid: int) -> None:
            self.edit_resident(rid, parent=page, then=page.reload)

        def status(number: str) -> None:
            self.open_status_desk(number, parent=page)
            page.reload()

        page.complaint_requested.connect(complaint)
        page.edit_requested.connect(edit)
        page.status_requested.connect(status)

        def offered(rid: int, service_id: int) -> None:  # issue 16 §2: the service offered for a missed programme
            self.register_complaint(rid, parent=page, service_id=service_id, then=page.reload)

        page.service_requested.connect(offered)
        page.exec()

    def edit_resident(
        self, resident_id: int, parent: QWidget | None = None, then: Callable[[], None] | None = None
    ) -> None:
        """The resident's form, once the person is read (a job); ``then`` after it closed."""
        db, actor = self.ctx.db, self.ctx.actor

        def open_form(record: residents.ResidentRecord) -> None:
            start = residents.input_from(record)
            ResidentFormDialog(self.ctx, resident_id, prefill=start, parent=parent or self).exec()
            if then is not None:
                then()

        self.calls.run("edit-resident", lambda: residents.get_resident(db, actor, resident_id), open_form)

    def new_resident(self) -> None:
        if not self.may(Permission.RESIDENT_WRITE):
            return
        text = self.search_box.text().strip()
        digits = identity.normalise_number(text)
        prefill = residents.ResidentInput(name="")
        if digits.isdigit() and len(digits) == 16:
            prefill = residents.ResidentInput(name="", nik=digits)
        elif text and not digits.isdigit():
            prefill = residents.ResidentInput(name=name_case(text))
        form = ResidentFormDialog(self.ctx, visit_id=self.active_visit(), prefill=prefill, parent=self)
        if form.exec() != form.DialogCode.Accepted or form.saved_id is None:
            return
        if form.opened_existing:
            self.open_resident(form.saved_id)
            return
        self.message.setText(self.tr("Warga tersimpan."))
        if self.may(Permission.COMPLAINT_REGISTER):
            self.register_complaint(form.saved_id)

    def register_for_selected(self) -> None:
        hit = self.results.selected_row()
        if hit is None:
            return
        self._client_from(hit, True, self.register_complaint)

    def register_complaint(
        self,
        resident_id: int,
        parent: QWidget | None = None,
        service_id: int | None = None,
        then: Callable[[], None] | None = None,
    ) -> None:
        """The complaint form, once what it says about the resident is read (a job: four reads that waited on the
        database on the window's thread); ``then`` after it closed."""
        if not self.may(Permission.COMPLAINT_REGISTER):
            return
        db, actor, visit_id = self.ctx.db, self.ctx.actor, self.active_visit()

        def open_form(start: ComplaintStart) -> None:
            form = ComplaintFormDialog(
                self.ctx,
                resident_id,
                visit_id=visit_id,
                choices=self._form_choices,
                start=start,
                parent=parent or self,
                staged=True,  # the rest of it a turn at a time in exec(), before it shows (issue 12 §7)
            )
            if service_id is not None:  # issue 16 §2: the offered service, already chosen
                form.after_build(partial(preselect_service, form, service_id))
            accepted = form.exec() == form.DialogCode.Accepted and form.registered is not None
            if accepted and form.registered is not None:
                self.after_registration(form.registered, parent or self)
            if then is not None:
                then()

        self.calls.run("complaint-form", lambda: read_start(db, actor, resident_id, visit_id), open_form)

    def after_registration(self, reg: complaints.RegisteredComplaint, parent: QWidget) -> None:
        """Say what happened, then the receipt preview, then the letter's when one was issued."""
        parts = [self.tr("Keluhan {0}: {1}.").format(reg.number, reg.status)]
        if reg.proposal_number:
            parts.append(
                self.tr("Diusulkan ke DTSEN: {0} (Draf).").format(reg.proposal_number)
                if reg.proposal_created
                else self.tr("Masuk usulan DTSEN {0}.").format(reg.proposal_number)
            )
        if reg.letter_number:
            parts.append(self.tr("Surat rekomendasi {0}.").format(reg.letter_number))
        if reg.letter_pending:
            parts.append(self.tr("Belum punya NIK/KK: surat rekomendasi dibuat di kantor."))
        self.last_message = " ".join(parts)
        self.message.setText(self.last_message)
        actor, db = self.ctx.actor, self.ctx.db
        if not self.may(Permission.PRINT_DOCUMENTS):
            return
        letter = reg.letter_number if reg.letter_created else None

        def print_letter() -> None:
            if letter is not None:
                preview_pdf(
                    parent,
                    lambda: documents.letter_printout(db, actor, letter),
                    self.tr("Surat rekomendasi {0}").format(letter),
                    safe_name(letter),
                )

        preview_pdf(
            parent,
            lambda: documents.receipt_printout(db, actor, reg.number),
            self.tr("Resi {0}").format(reg.number),
            safe_name(reg.number),
            then=print_letter,
        )

    def certificate_for_selected(self) -> None:
        hit = self.results.selected_row()
        if hit is None:
            return
        if not hit.in_registry:
            self.offer_proposal(hit)
            return

        def certificate(rid: int) -> None:
            page = ResidentPageDialog(self.ctx, rid, self)
            page.tabs.setCurrentIndex(3)
            page.issue_certificate()
            page.exec()

        self._client_from(hit, False, certificate)

    def _fill_offers(self) -> None:
        """Issue 16 §2: the selected hit's missed programmes → their services, or an update proposal."""
        hit: search.SearchHit | None = self.results.selected_row()
        found = registry_desil.offers(self.ctx.db, self.ctx.actor, hit.missing_programmes) if hit else []
        fill_menu(self.offer_menu, self.ctx, found, self._offer_service, lambda _codes: self._offer_proposal())

    def _offer_service(self, service_id: int) -> None:
        hit = self.results.selected_row()
        if hit is not None:
            self._client_from(hit, True, lambda rid: self.register_complaint(rid, service_id=service_id))

    def _offer_proposal(self) -> None:
        hit: search.SearchHit | None = self.results.selected_row()
        if hit is None:
            return
        standing = registry_desil.Standing(hit.desil, hit.desil_date, hit.eligible_programmes, hit.missing_programmes)

        def propose(rid: int) -> None:
            told = propose_update(self, self.ctx, rid, standing)
            if told:
                self.message.setText(told)

        self._client_from(hit, True, propose)

    def offer_proposal(self, hit: search.SearchHit) -> None:
        """No certificate for someone the registry does not list: say so, and offer the DTKS proposal instead."""
        text = self.tr(
            "{0} tidak terdaftar di DTKS/DTSEN menurut data terbaru, jadi surat keterangan tidak dapat dibuat."
        ).format(hit.name)
        if hit.resident_id is None or not self.may(Permission.PROPOSAL_DRAFT):
            QMessageBox.information(self, self.tr("Tidak terdaftar"), text)
            return
        answer = QMessageBox.question(
            self, self.tr("Tidak terdaftar"), text + " " + self.tr("Usulkan keluarganya ke DTSEN sekarang?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        rid = hit.resident_id
        if not confirm_new_proposal(self, self.ctx, rid, hit.name):  # what the family was proposed before
            return
        db, actor = self.ctx.db, self.ctx.actor

        def proposed(info: proposals.ProposalInfo) -> None:
            self.ctx.changed(Topic.PROPOSALS)
            self.message.setText(
                self.tr("Usulan {0} ({1}, {2}): menunggu Musyawarah Desa.").format(info.number, info.kind, info.status)
            )

        self.calls.run("propose", lambda: proposals.propose_addition(db, actor, rid), proposed)

    def _open_status_of(self, row: complaints.RecentComplaint | None) -> None:
        if row is not None and row.number:
            self.open_status_desk(row.number)

    def tell_selected(self) -> MessageDialog | None:
        row = self.to_inform.selected_row()
        number = getattr(row, "number", None)
        if not number:
            return None
        dialog = MessageDialog(self.ctx, str(number), self)
        dialog.exec()
        self.refresh()
        return dialog

    def open_status_desk(self, number: str, parent: QWidget | None = None) -> None:
        StatusDeskDialog(self.ctx, number, parent or self, rights=self._rights).exec()

    def open_programme_info(self) -> None:
        ProgrammeInfoDialog(self.ctx, self).exec()

    def new_visit(self) -> None:
        if not self.may(Permission.FIELD_VISIT):
            return
        form = VisitFormDialog(self.ctx, parent=self)
        if form.exec() == form.DialogCode.Accepted and form.saved is not None:
            self._choose_visit = form.saved.id  # made active once the lists are read again
            self.refresh()
            self.message.setText(
                self.tr("Kunjungan {0} aktif: warga dan keluhan baru dicatat dalam kunjungan ini.").format(
                    form.saved.place
                )
            )

    def edit_visit(self) -> None:
        row = self.visit_list.selected_row()
        if row is None or not self.may(Permission.FIELD_VISIT):
            return
        if VisitFormDialog(self.ctx, row.id, self).exec():
            self.refresh()
