"""A facilitator's field visit: date, place, the households seen. Residents and complaints registered during the
visit are recorded with the same forms as at the desk, linked to the visit.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import FormField, PuskesosError
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.services.casework import visits
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.form_base import FormDialog, PlainText, combo_data, select_data
from puskesos_desktop.ui.tooltips import field_tip
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.date_field import DateField


class VisitFormDialog(FormDialog):
    """After exec(): `saved` holds the visit."""

    def __init__(self, ctx: AppContext, visit_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_id = visit_id
        self.saved: visits.VisitInfo | None = None
        self.setup_ui()
        self.retranslate_ui()
        if visit_id is not None:
            v = visits.get_visit(ctx.db, ctx.actor, visit_id)
            self.date.set_value(v.visit_date)
            self.place.setText(v.place)
            self.households.setPlainText(v.households_seen)
            self.notes.setPlainText(v.notes)
            select_data(self.facilitator, v.facilitator_id)
        else:
            self.date.set_value(clock.today())
        self.place.setFocus()

    def setup_ui(self) -> None:
        self.setMinimumWidth(620)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.main.addWidget(self.heading)
        form = QFormLayout()
        self.facilitator = QComboBox()
        for f in visits.facilitators(self.ctx.db):
            self.facilitator.addItem(f.full_name, f.id)
        mine = self.ctx.actor.role == Role.FASILITATOR
        if mine:
            select_data(self.facilitator, self.ctx.actor.user_id)
        self.facilitator.setEnabled(not mine)
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
        if self.saving:
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
