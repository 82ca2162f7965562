"""Register a complaint: channel, field, service from the catalogue (filtered by field), description, the
service's requirements as a checklist, urgency, and — for an information request — the answer given on the spot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core import clock, fmt
from puskesos_desktop.core.errors import FormField, PuskesosError, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import Channel, Field, Role, Urgency
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.admin.users import UserInfo
from puskesos_desktop.services.casework import complaints, visits
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import consent, residents
from puskesos_desktop.services.registry import proposals, registry_view
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.form_base import FormDialog, PlainText, combo_data, select_data
from puskesos_desktop.ui.dialogs.registry.proposal_confirm import describe
from puskesos_desktop.ui.registry_text import registry_label
from puskesos_desktop.ui.tooltips import field_tip
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.date_field import DateField
from puskesos_desktop.ui.widgets.next_turn import exec_next_turn

CHANNEL_LABELS = {
    Channel.DATANG_LANGSUNG.value: QT_TRANSLATE_NOOP("ComplaintFormDialog", "Datang langsung"),
    Channel.FASILITATOR.value: QT_TRANSLATE_NOOP("ComplaintFormDialog", "Fasilitator (kunjungan lapangan)"),
    Channel.TELEPON.value: QT_TRANSLATE_NOOP("ComplaintFormDialog", "Telepon"),
    Channel.WHATSAPP.value: QT_TRANSLATE_NOOP("ComplaintFormDialog", "WhatsApp"),
}


@dataclass(frozen=True)
class FormChoices:
    """The form's lists that do not depend on the resident: read on a worker ahead of time (the Front Office reads
    them with its lists), so opening the form does not read the catalogue on the window's thread."""

    services: list[catalogue.ServiceInfo]
    facilitators: list[UserInfo]


def read_choices(db: Database) -> FormChoices:
    return FormChoices(catalogue.list_services(db), visits.facilitators(db))


@dataclass(frozen=True)
class ComplaintStart:
    """What the form says about the resident (their data, the registry, the consent last recorded, earlier
    proposals) and the visit: read on a worker before the form opens, so opening it waits on no database."""

    resident: residents.ResidentRecord
    registry: registry_view.RegistryView
    last_consent: consent.ConsentInfo | None
    earlier: list[proposals.EarlierProposal] | None  # None: no proposal offered (listed, or no right to draft)
    visit: visits.VisitInfo | None


def read_start(db: Database, actor: Actor, resident_id: int, visit_id: int | None) -> ComplaintStart:
    """The form's start for one resident (plain data; runs on a worker, touches no widget)."""
    record = residents.get_resident(db, actor, resident_id)
    view = registry_view.for_nik(db, actor, record.nik)
    offer = not view.in_registry and actor.can(Permission.PROPOSAL_DRAFT)
    return ComplaintStart(
        resident=record,
        registry=view,
        last_consent=consent.latest(db, actor, resident_id),
        earlier=proposals.earlier_proposals(db, actor, resident_id=resident_id) if offer else None,
        visit=visits.get_visit(db, actor, visit_id) if visit_id is not None else None,
    )


class ComplaintFormDialog(FormDialog):
    """After exec(): `registered` holds the registered complaint (number, status, proposal, letter)."""

    def __init__(
        self,
        ctx: AppContext,
        resident_id: int,
        *,
        visit_id: int | None = None,
        choices: FormChoices | None = None,
        start: ComplaintStart | None = None,
        parent: QWidget | None = None,
        staged: bool = False,
    ) -> None:
        """``choices`` and ``start`` read beforehand on a worker (the Front Office does); without them the form
        reads them itself. ``staged`` (the Front Office): only the first part is built now, the rest one part a
        turn in exec() before the form shows (``finish_build()`` builds it at once); else it is whole at once."""
        super().__init__(parent)
        self.ctx = ctx
        self.resident_id = resident_id
        start = start or read_start(ctx.db, ctx.actor, resident_id, visit_id)
        self.visit = start.visit
        self.registered: complaints.RegisteredComplaint | None = None
        choices = choices or read_choices(ctx.db)
        self.services = choices.services
        self.facilitators = choices.facilitators
        # Issue 12 §7: built in one turn it was a ~70 ms stall of the window (the bench's front-office flow).
        left, right = self._build_top()
        self._stages: list[Callable[[], None]] = [
            lambda: self._build_left(left),
            lambda: self._build_right(right),
            lambda: self._build_bottom(start),
            self._size_and_focus,
        ]
        if not staged:
            self.finish_build()

    def finish_build(self) -> None:
        """The parts not built yet, now (the form is whole when this returns)."""
        while self._stages:
            self._stages.pop(0)()

    @property
    def built(self) -> bool:
        return not self._stages

    def after_build(self, fn: Callable[[], None]) -> None:
        """``fn`` once the form is whole: now, or as its last part (a choice made for the person, as the offered
        service: the lists are filled by then)."""
        if self.built:
            fn()
        else:
            self._stages.append(fn)

    def exec(self) -> int:
        # The parts left one a turn, then shown and first painted in a turn of its own: never one long stall.
        return exec_next_turn(self, super().exec, self._stages)

    def accept(self) -> None:
        if not self.built:
            return  # Enter (Ctrl+Enter) before the form is whole saves nothing
        self._accept_built()

    def _build_top(self) -> tuple[QFormLayout, QFormLayout]:
        self.setMinimumWidth(980)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.main.addWidget(self.heading)
        self.main.addWidget(self.who)
        self._build_proposal_notice()
        columns = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(18)
        columns.addLayout(right, 2)
        self.main.addLayout(columns)
        return left, right

    def _build_bottom(self, start: ComplaintStart) -> None:
        self._build_widgets_done()
        self.retranslate_ui()
        self._fill_defaults(start)

    def _size_and_focus(self) -> None:
        # The word-wrapped consent reminder makes Qt size the dialog below its hint, squeezing the text boxes.
        self.resize(self.sizeHint())
        self.field.setFocus()

    def _build_widgets_done(self) -> None:
        """The consent box, the fields registered for refusals, the buttons, the signals and the Tab order."""
        self.main.addWidget(self._consent_box())
        for name, widget in (
            (FormField.FIELD, self.field),
            (FormField.SERVICE, self.service),
            (FormField.DESCRIPTION, self.description),
            (FormField.URGENCY, self.urgency),
            (FormField.ANSWER, self.answer),
            (FormField.CHANNEL, self.channel),
            (FormField.FACILITATOR, self.facilitator),
            (FormField.VISIT_DATE, self.visit_date),
            (FormField.VISIT, self.channel),
            (FormField.RESIDENT, self.field),
            (FormField.CONSENT_DATA_USE, self.consent_data),
            (FormField.CONTACT_CHANNEL, self.contact_channel),
        ):
            self.register(name, widget)
        self.finish_layout()
        self._connect_and_order()

    def _build_proposal_notice(self) -> None:
        # Issue 17 item 7: registering a complaint for a family the registry does not list proposes it; the
        # form says so, and what the family was proposed before, and lets the clerk leave it out.
        self.propose = QCheckBox()
        self.propose.hide()
        self.earlier = QLabel()
        self.earlier.setObjectName("hint")
        self.earlier.setWordWrap(True)
        self.earlier.hide()
        self.main.addWidget(self.propose)
        self.main.addWidget(self.earlier)

    def _build_left(self, left: QFormLayout) -> None:
        """What the complaint is: field, service, description, urgency, an answer now."""
        self.field = QComboBox()
        self.service = QComboBox()
        self.service.setMinimumContentsLength(30)
        self.description = PlainText(lines=4)
        self.urgency = QComboBox()
        self.answer_now = QCheckBox()
        self.answer = PlainText(lines=2)
        self.label_field, self.label_service, self.label_description = QLabel(), QLabel(), QLabel()
        self.label_urgency, self.label_answer = QLabel(), QLabel()
        left.addRow(self.label_field, self.field)
        left.addRow(self.label_service, self.service)
        left.addRow(self.label_description, self.description)
        left.addRow(self.label_urgency, self.urgency)
        left.addRow("", self.answer_now)
        left.addRow(self.label_answer, self.answer)

    def _build_right(self, right: QFormLayout) -> None:
        """How it came (channel, facilitator, visit date) and the documents brought."""
        self.channel = QComboBox()
        self.facilitator = QComboBox()
        self.visit_date = DateField("Tanggal kunjungan")
        self.documents = QListWidget()
        self.documents.setMinimumHeight(150)
        self.label_channel, self.label_facilitator, self.label_visit_date = QLabel(), QLabel(), QLabel()
        self.label_documents = QLabel()
        right.addRow(self.label_channel, self.channel)
        right.addRow(self.label_facilitator, self.facilitator)
        right.addRow(self.label_visit_date, self.visit_date)
        right.addRow(self.label_documents, self.documents)

    def _connect_and_order(self) -> None:
        """The service list follows the field, the documents follow the service; Tab goes down each column."""
        self.field.currentIndexChanged.connect(lambda _i: self._fill_services())
        self.service.currentIndexChanged.connect(lambda _i: self._fill_documents())
        self.channel.currentIndexChanged.connect(lambda _i: self._channel_changed())
        self.answer_now.toggled.connect(self.answer.setEnabled)
        self.consent_contact.toggled.connect(self.contact_channel.setEnabled)
        for a, b in (
            (self.field, self.service),
            (self.service, self.description),
            (self.description, self.urgency),
            (self.urgency, self.answer_now),
            (self.answer_now, self.answer),
            (self.answer, self.channel),
            (self.channel, self.facilitator),
            (self.facilitator, self.visit_date),
            (self.visit_date, self.documents),
            (self.documents, self.consent_data),
            (self.consent_data, self.consent_contact),
            (self.consent_contact, self.contact_channel),
        ):
            QWidget.setTabOrder(a, b)

    def _consent_box(self) -> QGroupBox:
        """What the resident agrees to (UU 27/2022): asked at every registration, read out to the resident."""
        self.consent_box = QGroupBox()
        box = QVBoxLayout(self.consent_box)
        self.consent_data = QCheckBox()
        self.consent_contact = QCheckBox()
        self.contact_channel = QComboBox()
        self.contact_channel.setEnabled(False)
        self.consent_previous = QLabel()
        self.consent_previous.setObjectName("hint")
        self.consent_previous.setWordWrap(True)
        box.addWidget(self.consent_data)
        row = QHBoxLayout()
        row.addWidget(self.consent_contact)
        row.addWidget(self.contact_channel)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.consent_previous)
        return self.consent_box

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Daftarkan keluhan"))
        self.heading.setText(self.tr("Daftarkan keluhan"))
        self.label_field.setText(self.tr("B&idang *"))
        self.label_service.setText(self.tr("&Layanan"))
        self.label_description.setText(self.tr("&Uraian keluhan *"))
        self.label_urgency.setText(self.tr("&Kemendesakan"))
        self.answer_now.setText(self.tr("&Dijawab langsung di meja (permintaan informasi)"))
        self.label_answer.setText(self.tr("&Jawaban"))
        self.label_channel.setText(self.tr("S&aluran"))
        self.label_facilitator.setText(self.tr("&Fasilitator"))
        self.label_visit_date.setText(self.tr("&Tanggal kunjungan"))
        self.label_documents.setText(self.tr("D&okumen dibawa"))
        for label, widget in (
            (self.label_field, self.field),
            (self.label_service, self.service),
            (self.label_description, self.description),
            (self.label_urgency, self.urgency),
            (self.label_answer, self.answer),
            (self.label_channel, self.channel),
            (self.label_facilitator, self.facilitator),
            (self.label_visit_date, self.visit_date),
            (self.label_documents, self.documents),
        ):
            label.setBuddy(widget)
        self.description.setPlaceholderText(self.tr("Apa yang dikeluhkan atau dibutuhkan warga, dengan kata-katanya"))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("&Simpan dan cetak resi"))
        # Tooltips on every field (issue 8, part 4).
        field_tip(self.label_field, self.tr("Bidang keluhan: menentukan layanan dan tujuan rujukan"))
        field_tip(
            self.label_service, self.tr("Layanan dari katalog: menentukan target hari kerja dan dokumen yang perlu")
        )
        field_tip(self.label_description, self.tr("Uraian ini tercetak pada resi warga"))
        field_tip(self.label_urgency, self.tr("Darurat dan Segera didahulukan di antrean back office"))
        self.answer_now.setToolTip(
            self.tr("Centang bila pertanyaan warga langsung dijawab di meja; keluhan langsung selesai")
        )
        field_tip(self.label_answer, self.tr("Jawaban yang diberikan kepada warga"))
        field_tip(self.label_channel, self.tr("Bagaimana keluhan sampai ke Puskesos"))
        field_tip(self.label_facilitator, self.tr("Fasilitator yang membawa keluhan dari kunjungan lapangan"))
        field_tip(self.label_visit_date, self.tr("Tanggal kunjungan lapangan"))
        field_tip(self.label_documents, self.tr("Centang dokumen yang dibawa warga; yang kurang tercetak di resi"))
        self.consent_box.setTitle(self.tr("Persetujuan warga (UU 27/2022 tentang Pelindungan Data Pribadi)"))
        self.consent_data.setText(self.tr("Warga setuju datanya di&pakai untuk layanan ini *"))
        self.consent_data.setToolTip(
            self.tr(
                "Bacakan kepada warga: data diri dan keluhannya dipakai Puskesos hanya untuk melayani dan merujuk "
                "keluhan ini. Tanpa persetujuan ini keluhan tidak dapat didaftarkan."
            )
        )
        self.consent_contact.setText(self.tr("Warga bersedia di&hubungi tentang keluhannya, melalui:"))
        self.consent_contact.setToolTip(self.tr("Cara yang dipakai untuk memberi tahu warga hasil keluhannya"))
        self.contact_channel.setToolTip(self.tr("Telepon dan WhatsApp memerlukan nomor telepon di data warga"))

    def _fill_defaults(self, start: ComplaintStart) -> None:
        page, view = start.resident, start.registry
        kk = page.kk
        self.who.setText(
            self.tr("Warga: <b>{0}</b> — NIK {1}, KK {2} — {3}").format(
                page.name, page.nik or self.tr("belum ada"), kk or self.tr("belum ada"), registry_label(view)
            )
        )
        self.field.addItem(self.tr("— pilih bidang —"), "")
        for f in Field:
            self.field.addItem(f.value, f.value)
        for u in Urgency:
            self.urgency.addItem(u.value, u.value)
        for value, label in CHANNEL_LABELS.items():
            self.channel.addItem(self.tr(str(label)), value)
            self.contact_channel.addItem(self.tr(str(label)), value)
        self._show_previous_consent(start.last_consent, page.phone)
        self._offer_proposal(page.name, start.earlier)
        self.facilitator.addItem(self.tr("— pilih fasilitator —"), None)
        for person in self.facilitators:
            self.facilitator.addItem(person.full_name, person.id)
        actor = self.ctx.actor
        if self.visit is not None:
            select_data(self.channel, Channel.FASILITATOR.value)
            select_data(self.facilitator, self.visit.facilitator_id)
            self.visit_date.set_value(self.visit.visit_date)
            self.channel.setEnabled(False)
            self.facilitator.setEnabled(False)
            self.visit_date.setEnabled(False)
            self.who.setText(self.who.text() + "<br>" + self.tr("Kunjungan: {0}").format(self.visit.label))
        elif actor.role == Role.FASILITATOR:
            select_data(self.channel, Channel.FASILITATOR.value)
            select_data(self.facilitator, actor.user_id)
            self.visit_date.set_value(clock.today())
        self._fill_services()
        self._channel_changed()
        self.answer.setEnabled(False)

    def _show_previous_consent(self, last: consent.ConsentInfo | None, phone: str) -> None:
        """The consent recorded last time, as a reminder; the resident is asked again (the tick starts empty)."""
        phone_text = self.tr("Telepon di data warga: {0}.").format(phone or self.tr("belum ada"))
        if last is None:
            self.consent_previous.setText(self.tr("Belum pernah ada persetujuan tercatat.") + " " + phone_text)
            return
        if last.contact:
            self.consent_contact.setChecked(True)
            select_data(self.contact_channel, last.contact_channel)
        self.consent_previous.setText(
            self.tr("Persetujuan terakhir: {0}, dicatat {1}; {2}.").format(
                fmt.tanggal_jam(last.at),
                last.recorded_by,
                self.tr("bersedia dihubungi melalui {0}").format(last.contact_channel)
                if last.contact
                else self.tr("tidak bersedia dihubungi"),
            )
            + " "
            + phone_text
        )

    def _fill_services(self) -> None:
        field = str(combo_data(self.field) or "")
        self.service.blockSignals(True)
        self.service.clear()
        self.service.addItem(self.tr("— tanpa layanan katalog —"), None)
        for sv in self.services:
            if sv.field == field:
                self.service.addItem(sv.name, sv.id)
        self.service.blockSignals(False)
        self._fill_documents()

    def _chosen_service(self) -> catalogue.ServiceInfo | None:
        sid = combo_data(self.service)
        return next((sv for sv in self.services if sv.id == sid), None)

    def _fill_documents(self) -> None:
        self.documents.clear()
        sv = self._chosen_service()
        for req in sv.requirements if sv else ():
            item = QListWidgetItem(req)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.documents.addItem(item)
        if sv is not None and sv.answered_at_desk:
            self.answer_now.setChecked(True)

    def _channel_changed(self) -> None:
        on = combo_data(self.channel) == Channel.FASILITATOR.value and self.visit is None
        self.facilitator.setEnabled(on)
        self.visit_date.setEnabled(on)
        if on and not self.visit_date.text():
            self.visit_date.set_value(clock.today())

    def brought(self) -> frozenset[str]:
        return frozenset(
            self.documents.item(i).text()
            for i in range(self.documents.count())
            if self.documents.item(i).checkState() == Qt.CheckState.Checked
        )

    def _offer_proposal(self, name: str, earlier: list[proposals.EarlierProposal] | None) -> None:
        if earlier is None:  # listed in the registry, or no right to draft a proposal
            return
        self.propose.setText(self.tr("Usulkan keluarga {0} ke DTKS/DTSEN (belum terdaftar)").format(name))
        # A family turned down before is proposed again only when the clerk ticks it after reading why.
        self.propose.setChecked(not any(p.rejected for p in earlier))
        self.propose.show()
        if earlier:
            self.earlier.setText(
                self.tr("Sudah pernah diusulkan:") + "\n" + "\n".join("• " + describe(p) for p in earlier)
            )
            self.earlier.show()

    def values(self) -> complaints.ComplaintInput:
        fasil = combo_data(self.channel) == Channel.FASILITATOR.value
        if self.answer_now.isChecked() and not self.answer.toPlainText().strip():
            raise ValidationError("Tulis jawaban yang diberikan kepada warga.", FormField.ANSWER)
        return complaints.ComplaintInput(
            resident_id=self.resident_id,
            field=str(combo_data(self.field) or ""),
            description=self.description.toPlainText(),
            channel=str(combo_data(self.channel) or ""),
            service_id=combo_data(self.service),  # type: ignore[arg-type]
            documents_brought=self.brought(),
            urgency=str(combo_data(self.urgency) or ""),
            facilitator_id=combo_data(self.facilitator) if fasil else None,  # type: ignore[arg-type]
            visit_id=self.visit.id if self.visit else None,
            visit_date=self.visit_date.value() if fasil else None,
            answer_now=self.answer.toPlainText() if self.answer_now.isChecked() else "",
            propose_if_unregistered=self.propose.isChecked(),
            consent=consent.ConsentInput(
                data_use=self.consent_data.isChecked(),
                contact=self.consent_contact.isChecked(),
                contact_channel=str(combo_data(self.contact_channel) or ""),
            ),
        )

    def _accept_built(self) -> None:
        if self.saving:
            return  # Enter pressed again while the save runs: registered once
        self.clear_invalid()
        try:
            data = self.values()
        except PuskesosError as exc:
            self.show_refusal(exc)
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.save_as_job(lambda: complaints.register_complaint(db, actor, data), self._registered)

    def _registered(self, registered: complaints.RegisteredComplaint) -> None:
        self.registered = registered
        self.ctx.changed(Topic.COMPLAINTS)
        self.close_saved()
