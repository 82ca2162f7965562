"""Meja status: scan or type a receipt number; the complaint's status, history and referral outcomes in plain
Indonesian; and a record that the resident was told (date, channel, by whom).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core import clock, fmt
from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.casework import statusdesk
from puskesos_desktop.services.documents import papers as documents
from puskesos_desktop.ui.context import AppContext, rights_of
from puskesos_desktop.ui.dialogs.common.form_base import combo_data, select_data, set_invalid, set_message
from puskesos_desktop.ui.dialogs.front.message_dialog import MessageDialog
from puskesos_desktop.ui.errors import message_text, refusal_text, show_error, show_fault
from puskesos_desktop.ui.jobs import jobs
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.tooltips import field_tip
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.date_field import DateField
from puskesos_desktop.ui.widgets.next_turn import exec_next_turn
from puskesos_desktop.ui.widgets.print_job import preview_pdf, safe_name
from puskesos_desktop.ui.widgets.table import RecordTable

# The event's line is a service's Message: shown in the UI language.
TIMELINE = [
    Column("at", "Waktu"),
    Column("who", "Oleh"),
    Column("text", "Kejadian", getter=lambda e: message_text(e.text)),
]


class StatusDeskDialog(QDialog):
    #: a view of people's data with nothing typed in it: closed when the screen locks (ui/session.py)
    shows_personal_data = True

    def __init__(
        self,
        ctx: AppContext,
        number: str = "",
        parent: QWidget | None = None,
        rights: frozenset[Permission] | None = None,
    ) -> None:
        """``rights``: the account's rights as the caller last read them (else read here, once)."""
        super().__init__(parent)
        self.ctx = ctx
        self._rights = rights
        self.story: statusdesk.StatusStory | None = None
        self.referral_boxes: list[tuple[QCheckBox, str]] = []
        self._lookup_key = f"status-desk.lookup.{id(self)}"  # a newer scan wins over one still on its way
        self.recording = False  # "Catat pemberitahuan" pressed: its save runs as a job, once
        self.setup_ui()
        self.retranslate_ui()
        self.apply_permissions()
        if number:
            self.number.setText(number)
            self.look_up()
        self.number.setFocus()

    def exec(self) -> int:
        # Built in the turn that opened it; shown and first painted in the next: not one stall (issue 12 §7).
        return exec_next_turn(self, super().exec)

    def setup_ui(self) -> None:
        self.resize(1180, 690)
        layout = QVBoxLayout(self)
        self._build_number_row(layout)
        split = QSplitter(Qt.Orientation.Horizontal)
        self._build_story(split)
        self._build_inform_form(split)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self._build_bottom_row(layout)
        self._connect_signals()
        self.when.set_value(clock.today())
        self._fill_people()
        self._show(None)

    def _build_number_row(self, layout: QVBoxLayout) -> None:
        """The receipt number (scanned or typed), and the headline of what it found."""
        top = QHBoxLayout()
        self.label_number = QLabel()
        self.number = QLineEdit()
        self.number.setMinimumHeight(36)
        self.button_find = QPushButton()
        self.label_number.setBuddy(self.number)
        top.addWidget(self.label_number)
        top.addWidget(self.number, 1)
        top.addWidget(self.button_find)
        layout.addLayout(top)
        self.headline = QLabel()
        self.headline.setObjectName("heading")
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)

    def _build_story(self, split: QSplitter) -> None:
        """Left: the complaint's story in plain words, and its timeline."""
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        self.story_view = QTextBrowser()
        self.story_view.setMinimumWidth(420)
        self.timeline = RecordTable(TIMELINE)
        left_box.addWidget(self.story_view, 3)
        self.label_timeline = QLabel()
        self.label_timeline.setObjectName("subheading")
        left_box.addWidget(self.label_timeline)
        left_box.addWidget(self.timeline, 2)
        split.addWidget(left)

    def _build_inform_form(self, split: QSplitter) -> None:
        """Right: the record that the resident was told — when, how, by whom, about what."""
        self.inform = QGroupBox()
        form = QFormLayout(self.inform)
        self.when = DateField("Tanggal diberi tahu")
        self.channel = QComboBox()
        for value in statusdesk.INFORM_CHANNELS:
            self.channel.addItem(value, value)
        self.by = QComboBox()
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.include_complaint = QCheckBox()
        self.referral_area = QVBoxLayout()
        self.button_inform = QPushButton()
        self.button_inform.setObjectName("primary")
        self.inform_error = QLabel()
        self.inform_error.setObjectName("error")
        self.inform_error.setWordWrap(True)
        self.label_when, self.label_channel, self.label_by, self.label_note = QLabel(), QLabel(), QLabel(), QLabel()
        self.label_what = QLabel()
        form.addRow(self.label_when, self.when)
        form.addRow(self.label_channel, self.channel)
        form.addRow(self.label_by, self.by)
        form.addRow(self.label_note, self.note)
        what = QVBoxLayout()
        what.addWidget(self.include_complaint)
        what.addLayout(self.referral_area)
        form.addRow(self.label_what, what)
        form.addRow("", self.button_inform)
        form.addRow("", self.inform_error)
        split.addWidget(self.inform)

    def _build_bottom_row(self, layout: QVBoxLayout) -> None:
        """Reprint, the missing-documents slip, the message, close."""
        bottom = QHBoxLayout()
        self.button_reprint = QPushButton()
        self.button_missing = QPushButton()
        self.button_message = QPushButton()
        self.button_close = QPushButton()
        bottom.addWidget(self.button_reprint)
        bottom.addWidget(self.button_missing)
        bottom.addWidget(self.button_message)
        bottom.addStretch(1)
        bottom.addWidget(self.button_close)
        layout.addLayout(bottom)

    def _connect_signals(self) -> None:
        for label, widget in (
            (self.label_when, self.when),
            (self.label_channel, self.channel),
            (self.label_by, self.by),
            (self.label_note, self.note),
        ):
            label.setBuddy(widget)
        self.number.returnPressed.connect(self.look_up)
        self.button_find.clicked.connect(self.look_up)
        self.button_inform.clicked.connect(self.record)
        self.button_reprint.clicked.connect(self.reprint)
        self.button_missing.clicked.connect(self.print_missing)
        self.button_message.clicked.connect(self.open_message)
        self.button_close.clicked.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+P"), self, self.reprint)
        QShortcut(QKeySequence("F6"), self, self._focus_number)
        # Enter belongs to the scanner field; no button is the default.
        for b in (
            self.button_find,
            self.button_inform,
            self.button_reprint,
            self.button_missing,
            self.button_message,
            self.button_close,
        ):
            b.setAutoDefault(False)

    def _focus_number(self) -> None:
        self.number.selectAll()
        self.number.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Meja status keluhan"))
        self.label_number.setText(self.tr("&Nomor resi:"))
        self.number.setPlaceholderText(self.tr("Pindai kode QR pada resi atau ketik nomornya, lalu Enter"))
        self.button_find.setText(self.tr("&Cari"))
        self.label_timeline.setText(self.tr("Riwayat"))
        self.inform.setTitle(self.tr("Catat bahwa warga sudah diberi tahu"))
        self.label_when.setText(self.tr("Tan&ggal"))
        self.label_channel.setText(self.tr("C&ara"))
        self.label_by.setText(self.tr("&Oleh"))
        self.label_note.setText(self.tr("Cata&tan"))
        self.label_what.setText(self.tr("Yang diberitahukan"))
        self.include_complaint.setText(self.tr("Status &keluhan"))
        self.button_inform.setText(self.tr("Catat &pemberitahuan"))
        self.button_reprint.setText(self.tr("Cetak u&lang resi (SALINAN)"))
        self.button_missing.setText(self.tr("Cetak daftar &dokumen kurang"))
        self.button_message.setText(self.tr("Pesan untuk &warga…"))
        self.button_close.setText(self.tr("T&utup"))
        # Tooltips on every field (issue 8, part 4).
        field_tip(self.label_number, self.tr("Nomor resi keluhan; pemindai QR mengetiknya sendiri"))
        field_tip(self.label_when, self.tr("Kapan warga diberi tahu"))
        field_tip(self.label_channel, self.tr("Bagaimana warga diberi tahu"))
        field_tip(self.label_by, self.tr("Petugas yang memberi tahu"))
        field_tip(self.label_note, self.tr("Catatan pemberitahuan"))
        field_tip(self.label_what, self.tr("Kabar yang disampaikan kepada warga"))

    def apply_permissions(self) -> None:
        if self._rights is None:
            # Not handed over by the caller: read on a worker (a read of the account on the window's thread, a
            # server round trip); nothing to record or print until it answers. Each service checks again anyway.
            self._enable(frozenset())
            actor = self.ctx.actor
            jobs().run(lambda: rights_of(actor), self._rights_read, lambda _e: None, parent=self)
            return
        self._enable(self._rights)

    def _rights_read(self, rights: frozenset[Permission]) -> None:
        self._rights = rights
        self._enable(rights)

    def _enable(self, rights: frozenset[Permission]) -> None:
        self.inform.setEnabled(Permission.STATUS_DESK in rights)
        self.button_reprint.setEnabled(Permission.PRINT_DOCUMENTS in rights)
        self.button_missing.setEnabled(Permission.PRINT_DOCUMENTS in rights)
        self.button_message.setEnabled(Permission.STATUS_DESK in rights)

    def _fill_people(self) -> None:
        """Who told the resident: the signed-in person at once, every active account once read on a worker (a
        server round trip on the window's thread each time the desk opened)."""
        actor = self.ctx.actor
        self.by.clear()
        self.by.addItem(actor.full_name, actor.user_id)
        db = self.ctx.db
        jobs().run(lambda: users.list_users(db), self._show_people, lambda _e: None, parent=self)

    def _show_people(self, people: list[users.UserInfo]) -> None:
        chosen = combo_data(self.by)
        self.by.clear()
        for u in people:
            if u.active:
                self.by.addItem(u.full_name, u.id)
        if self.by.findData(chosen) < 0 and chosen is not None:  # an account not in the list still told them
            self.by.addItem(self.ctx.actor.full_name, chosen)
        select_data(self.by, chosen)

    def busy(self) -> bool:
        """A look-up or a record still on its way (tests and the GUI driver wait on it)."""
        return self.recording or jobs().is_running(self._lookup_key)

    # --- showing --------------------------------------------------------------------------------------------

    def look_up(self) -> None:
        text = self.number.text().strip()
        if not text:
            return
        set_invalid(self.number, False)
        db, actor = self.ctx.db, self.ctx.actor  # plain data for the worker
        jobs().run(
            lambda: statusdesk.lookup(db, actor, text),
            self._found,
            self._not_found,
            key=self._lookup_key,  # the latest scan's answer is the one shown
            parent=self,
        )

    def _found(self, story: statusdesk.StatusStory) -> None:
        self.number.setText(story.number)
        self._show(story)
        # Ready for the next scan.
        self.number.selectAll()

    def _not_found(self, exc: BaseException) -> None:
        if not isinstance(exc, PuskesosError):
            show_fault(self, exc)
            return
        set_invalid(self.number, True)
        self._show(None)
        self.headline.setText(message_text(exc.said))
        self.number.selectAll()

    def _show(self, story: statusdesk.StatusStory | None) -> None:
        self.story = story
        self.inform_error.clear()
        for box, _n in self.referral_boxes:
            box.deleteLater()
        self.referral_boxes = []
        has = story is not None
        self.inform.setVisible(has)
        self.button_reprint.setVisible(has)
        self.button_missing.setVisible(has and bool(story and story.missing_documents))
        self.button_message.setVisible(has)
        if story is None:
            self.headline.setText(self.tr("Pindai atau ketik nomor resi untuk melihat status keluhan."))
            self.story_view.clear()
            self.timeline.set_rows([])
            return
        self.headline.setText(f"{story.status} — {message_text(story.headline)}")
        lines = "".join(f"<p>{_html(message_text(line))}</p>" for line in story.story)
        who = self.tr("<p><b>{0}</b> · NIK {1} · {2} · {3}</p>").format(
            _html(story.resident_name),
            story.nik or self.tr("belum ada"),
            _html(story.field),
            _html(story.service or "-"),
        )
        todo = (
            self.tr("<p style='color:#941616'><b>Ada kabar yang belum disampaikan kepada warga.</b></p>")
            if story.needs_informing
            else ""
        )
        self.story_view.setHtml(who + todo + lines)
        self.timeline.set_rows(list(story.timeline))
        self.include_complaint.setChecked(True)
        for ref in story.referrals:
            box = QCheckBox(f"{ref.number} — {ref.destination}: {ref.status}")
            box.setChecked(ref.needs_informing)
            self.referral_area.addWidget(box)
            self.referral_boxes.append((box, ref.number))
        if story.informed_at:
            self.inform.setToolTip(
                self.tr("Terakhir diberi tahu {0} ({1})").format(
                    fmt.tanggal(story.informed_at.date()), story.informed_channel
                )
            )

    # --- actions --------------------------------------------------------------------------------------------

    def record(self) -> None:
        if self.story is None or self.recording:
            return  # pressed again while the record is saved: recorded once
        for w in (self.when, self.channel, self.by):
            set_invalid(w, False)
        self.inform_error.clear()
        try:
            when = self.when.value()
        except PuskesosError as exc:
            self._refused(exc)
            return
        db, actor, number = self.ctx.db, self.ctx.actor, self.story.number  # plain data for the worker
        channel, by, note = str(combo_data(self.channel)), combo_data(self.by), self.note.text()
        complaint = self.include_complaint.isChecked()
        referral_numbers = [n for box, n in self.referral_boxes if box.isChecked()]
        self._recording(True)
        jobs().run(
            lambda: statusdesk.record_informed(
                db,
                actor,
                number,
                channel=channel,
                when=when,
                informed_by_id=by,  # type: ignore[arg-type]
                complaint=complaint,
                referral_numbers=referral_numbers,
                note=note,
            ),
            self._recorded,
            self._record_failed,
            parent=self,
        )

    def _recording(self, on: bool) -> None:
        self.recording = on
        self.button_inform.setEnabled(not on)
        if on:
            set_message(self.inform_error, self.tr("Menyimpan…"), ok=True)

    def _recorded(self, story: statusdesk.StatusStory) -> None:
        self._recording(False)
        self.story = story
        self.note.clear()
        self._show(story)
        self.ctx.changed(Topic.COMPLAINTS)
        set_message(self.inform_error, self.tr("Tercatat."), ok=True)

    def _record_failed(self, exc: BaseException) -> None:
        self._recording(False)
        self.inform_error.clear()
        if isinstance(exc, PuskesosError):
            self._refused(exc)
        else:
            show_fault(self, exc)

    def _refused(self, exc: PuskesosError) -> None:
        field = getattr(exc, "field", None)
        widget = {"Tanggal diberi tahu": self.when, "Cara": self.channel, "Oleh": self.by}.get(field or "")
        if widget is not None:
            set_invalid(widget, True)
            widget.setFocus()
        set_message(self.inform_error, refusal_text(exc), ok=False)
        if widget is None:  # marked on its field and told beside it: once is enough
            show_error(self, exc)

    def open_message(self) -> None:
        """The ready message for what the resident has not been told yet (copy, WhatsApp, slip)."""
        if self.story is None:
            return
        MessageDialog(self.ctx, self.story.number, self).exec()
        self.look_up()

    def reprint(self) -> None:
        if self.story is None:
            return
        number, db, actor = self.story.number, self.ctx.db, self.ctx.actor  # plain data for the worker
        preview_pdf(
            self,
            # An original until a print of it was recorded: a cancelled print at registration is no copy.
            lambda: documents.receipt_printout(db, actor, number),
            self.tr("Resi {0}").format(number),
            safe_name(number),
        )

    def print_missing(self) -> None:
        if self.story is None or not self.story.missing_documents:
            return
        number, db, actor = self.story.number, self.ctx.db, self.ctx.actor  # plain data for the worker
        preview_pdf(
            self,
            lambda: documents.missing_documents_printout(db, actor, number),
            self.tr("Dokumen yang masih kurang — {0}").format(number),
            "dokumen-kurang-" + safe_name(number),
        )


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
