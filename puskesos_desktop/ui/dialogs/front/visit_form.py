"""A facilitator's field visit: date, place, the households seen. Residents and complaints registered during the
visit are recorded with the same forms as at the desk, linked to the visit.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import FormField, PuskesosError
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin.users import UserInfo
from puskesos_desktop.services.casework import visits
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.form_base import FormDialog, PlainText, combo_data, form_state, select_data
from puskesos_desktop.ui.jobs import jobs
from puskesos_desktop.ui.tooltips import field_tip
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.date_field import DateField
from puskesos_desktop.ui.widgets.loading import report_failure


@dataclass(frozen=True)
class VisitStart:
    """What the form opens with, read together on a worker: the facilitators to choose from, the visit edited."""

    facilitators: list[UserInfo]
    visit: visits.VisitInfo | None


def read_start(db: Database, actor: Actor, visit_id: int | None) -> VisitStart:
    """The form's start (plain data; runs on a worker, touches no widget)."""
    return VisitStart(visits.facilitators(db), visits.get_visit(db, actor, visit_id) if visit_id is not None else None)


class VisitFormDialog(FormDialog):
    """After exec(): `saved` holds the visit. Opens at once, greyed, while its start is read on a worker."""

    def __init__(self, ctx: AppContext, visit_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_id = visit_id
        self.saved: visits.VisitInfo | None = None
        self.setup_ui()
        self.retranslate_ui()
        self._set_loading(True)
        db, actor = ctx.db, ctx.actor  # plain data for the worker
        jobs().run(lambda: read_start(db, actor, visit_id), self._fill, self._read_failed, parent=self)

    def loading(self) -> bool:
        """The form's start is still being read (everything greyed)."""
        return self._loading

    def _set_loading(self, on: bool) -> None:
        self._loading = on
        for widget in (self.date, self.place, self.households, self.notes):
            widget.setEnabled(not on)
        self.facilitator.setEnabled(not on and self.ctx.actor.role != Role.FASILITATOR)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not on)
        self.busy_note.setText(self.tr("Memuat…") if on else "")
        self.busy_note.setVisible(on)

    def _fill(self, start: VisitStart) -> None:
        for f in start.facilitators:
            self.facilitator.addItem(f.full_name, f.id)
        if self.ctx.actor.role == Role.FASILITATOR:
            select_data(self.facilitator, self.ctx.actor.user_id)  # a facilitator records their own visits
        v = start.visit
        if v is not None:
            self.date.set_value(v.visit_date)
            self.place.setText(v.place)
            self.households.setPlainText(v.households_seen)
            self.notes.setPlainText(v.notes)
            select_data(self.facilitator, v.facilitator_id)
        else:
            self.date.set_value(clock.today())
        self._set_loading(False)
        self._initial_state = form_state(self)  # what was read is not a change to confirm discarding
        self.place.setFocus()

    def _read_failed(self, exc: BaseException) -> None:
        self.busy_note.setText(self.tr("Data kunjungan tidak dapat dibaca."))
        report_failure(self, exc)

    def setup_ui(self) -> None:
        self.setMinimumWidth(620)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.main.addWidget(self.heading)
        form = QFormLayout()
        self.facilitator = QComboBox()  # filled when the start is read (_fill)
        self.date = DateField("Tanggal kunjungan")
        self.place = QLineEdit()
        self.place.setMaxLength(200)
        self.households = PlainText(lines=5)
        self.notes = PlainText(lines=3)
        self.label_facilitator, self.label_date, self.label_place = QLabel(), QLabel(), QLabel()
        self.label_households, self.label_notes = QLabel(), QLabel()
        form.addRow(self.label_facilitator, self.facilitator)
        form.addRow(self.label_date, self.date)
        form.addRow(self.label_place, self.place)
        form.addRow(self.label_households, self.households)
        form.addRow(self.label_notes, self.notes)
        self.main.addLayout(form)
        for name, widget in (
            (FormField.FACILITATOR, self.facilitator),
            (FormField.VISIT_DATE, self.date),
            (FormField.PLACE, self.place),
            (FormField.VISITED_FAMILIES, self.households),
            (FormField.NOTES, self.notes),
            ("Tanggal kunjungan", self.date),  # the date box's own refusal names it in words
        ):
            self.register(name, widget)
        self.finish_layout()

    def retranslate_ui(self) -> None:
        new = self.visit_id is None
        self.setWindowTitle(self.tr("Kunjungan lapangan baru") if new else self.tr("Ubah kunjungan lapangan"))
        self.heading.setText(self.windowTitle())
        self.label_facilitator.setText(self.tr("&Fasilitator"))
        self.label_date.setText(self.tr("&Tanggal *"))
        self.label_place.setText(self.tr("Te&mpat *"))
        self.label_households.setText(self.tr("&Keluarga yang\ndikunjungi"))
        self.label_notes.setText(self.tr("&Catatan"))
        self.households.setPlaceholderText(self.tr("Satu keluarga per baris: No. KK atau nama kepala keluarga"))
        for label, widget in (
            (self.label_facilitator, self.facilitator),
            (self.label_date, self.date),
            (self.label_place, self.place),
            (self.label_households, self.households),
            (self.label_notes, self.notes),
        ):
            label.setBuddy(widget)
        # Tooltips on every field (issue 8, part 4).
        field_tip(self.label_facilitator, self.tr("Fasilitator yang melakukan kunjungan"))
        field_tip(self.label_date, self.tr("Tanggal kunjungan"))
        field_tip(self.label_place, self.tr("Dusun, RT/RW atau tempat kunjungan"))
        field_tip(self.label_households, self.tr("Keluarga yang ditemui, satu per baris"))
        field_tip(self.label_notes, self.tr("Catatan kunjungan"))

    def accept(self) -> None:
        if self.saving or self._loading:
            return  # Enter pressed again while the save runs: saved once
        self.clear_invalid()
        try:
            data = visits.VisitInput(
                visit_date=self.date.value(),
                place=self.place.text(),
                households_seen=self.households.toPlainText(),
                notes=self.notes.toPlainText(),
                facilitator_id=combo_data(self.facilitator),  # type: ignore[arg-type]
            )
        except PuskesosError as exc:
            self.show_refusal(exc)
            return
        db, actor, visit_id = self.ctx.db, self.ctx.actor, self.visit_id  # plain data for the worker
        if visit_id is None:
            self.save_as_job(lambda: visits.record_visit(db, actor, data), self._saved)
        else:
            self.save_as_job(lambda: visits.update_visit(db, actor, visit_id, data), self._saved)

    def _saved(self, saved: visits.VisitInfo) -> None:
        self.saved = saved
        self.ctx.changed(Topic.VISITS)
        self.close_saved()
