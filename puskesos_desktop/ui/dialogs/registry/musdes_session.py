"""Recording a village deliberation: when, where, how many came, who chaired, and the decision on each proposal.

Keyboard-first: pick a row, Alt+U agrees, Alt+O rejects (asks the reason), Alt+K clears; Ctrl+Enter saves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import FormField, PuskesosError, ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import office
from puskesos_desktop.services.registry import musdes
from puskesos_desktop.services.registry.musdes import AgendaItem, Decision, SessionInfo
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.form_base import FormDialog, PlainText
from puskesos_desktop.ui.dialogs.common.reason_form import ReasonDialog
from puskesos_desktop.ui.jobs import jobs
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.date_field import DateField
from puskesos_desktop.ui.widgets.table import RecordTable


@dataclass(frozen=True)
class SessionDefaults:
    """What the form proposes: the village's name (for the place) and the last session's chair."""

    village_name: str
    last_chair: str


def read_defaults(db: Database) -> SessionDefaults:
    """Plain data; runs on a worker. A Musdes is usually chaired by the BPD chair, not the village head (who signs
    once, acknowledging): the last session's chair is the likeliest; the field is never filled with the head's
    name."""
    profile = office.get_profile(db)
    sessions = musdes.list_sessions(db)
    return SessionDefaults(profile.village_name if profile else "", sessions[0].chair if sessions else "")


class MusdesSessionDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        items: list[AgendaItem],
        parent: QWidget | None = None,
        *,
        held_on: dt.date | None = None,
        place: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items = items
        self.planned, self.planned_place = held_on, place  # typed on the Musdes page (issue 17)
        self.decisions: dict[int, Decision] = {}
        self.saved: SessionInfo | None = None
        self.setup_ui()
        self.retranslate_ui()
        self.fill_defaults()

    def setup_ui(self) -> None:
        self.resize(1100, 640)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.main.addWidget(self.intro)
        form = QFormLayout()
        self.held_on = DateField("Tanggal musyawarah")
        self.place = QLineEdit()
        self.attendees = QSpinBox()
        self.attendees.setRange(0, 100_000)
        self.attendees.setMaximumWidth(120)
        self.chair = QLineEdit()
        self.notes = PlainText(lines=2)
        self.labels = [QLabel() for _ in range(5)]
        for label, (name, widget) in zip(
            self.labels,
            ((FormField.MUSDES_DATE, self.held_on), (FormField.PLACE, self.place),
             (FormField.ATTENDEES, self.attendees), (FormField.CHAIR, self.chair), (FormField.NOTES, self.notes)),
            strict=True,
        ):  # fmt: skip
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.register(name, widget)
        self.main.addLayout(form)
        self.table = RecordTable(
            [
                Column("number", "No Usulan"),
                Column("kind", "Jenis"),
                Column("nik", "NIK"),
                Column("name", "Nama"),
                Column("rt_rw", "RT/RW", getter=lambda i: f"{i.rt or '-'}/{i.rw or '-'}"),
                Column("decision", "Keputusan", getter=self.decision_text),
                Column("reason", "Alasan usulan"),
            ]
        )
        self.table.set_rows(self.items)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.main.addWidget(self.table, 1)
        self.register(FormField.DECISION, self.table)
        self.register(FormField.DECISION_NOTE, self.table)
        self.register("Tanggal musyawarah", self.held_on)  # the date box's own refusal names it in words
        row = QHBoxLayout()
        self.agree = QPushButton()
        self.reject_one = QPushButton()
        self.clear_one = QPushButton()
        self.agree_all = QPushButton()
        for b in (self.agree, self.reject_one, self.clear_one, self.agree_all):
            row.addWidget(b)
        row.addStretch(1)
        self.count = QLabel()
        row.addWidget(self.count)
        self.main.addLayout(row)
        self.finish_layout()
        self.agree.clicked.connect(lambda: self.decide(True))
        self.reject_one.clicked.connect(lambda: self.decide(False))
        self.clear_one.clicked.connect(self.clear_decision)
        self.agree_all.clicked.connect(self.decide_all)
        if self.items:
            self.table.selectRow(0)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Catat Musyawarah Desa"))
        self.intro.setText(
            self.tr(
                "Isi hasil musyawarah dan keputusan untuk setiap usulan. Usulan yang disahkan masuk batch bulanan "
                "berikutnya; usulan yang belum diputuskan tetap Draf untuk musyawarah berikutnya."
            )
        )
        for label, text in zip(
            self.labels,
            (self.tr("&Tanggal musyawarah"), self.tr("Tem&pat"), self.tr("&Jumlah hadir"),
             self.tr("Pimpinan musya&warah"), self.tr("Catata&n")),
            strict=True,
        ):  # fmt: skip
            label.setText(text)
        self.agree.setText(self.tr("Set&ujui"))
        self.reject_one.setText(self.tr("T&olak…"))
        self.clear_one.setText(self.tr("&Kosongkan"))
        self.agree_all.setText(self.tr("Setujui semua yang belum &diputuskan"))
        self.update_count()

    def fill_defaults(self) -> None:
        """The date now; the place and the chair once read on a worker (a field typed meanwhile is kept)."""
        self.held_on.set_value(self.planned or clock.today())
        self.place.setText(self.planned_place.strip())
        self.chair.setPlaceholderText(self.tr("mis. nama Ketua BPD"))
        self.held_on.setFocus()
        db = self.ctx.db  # plain data for the worker
        jobs().run(lambda: read_defaults(db), self._defaults_read, key=f"musdes-defaults.{id(self)}", parent=self)

    def defaults_pending(self) -> bool:
        return jobs().is_running(f"musdes-defaults.{id(self)}")

    def _defaults_read(self, defaults: SessionDefaults) -> None:
        if not self.place.text().strip() and defaults.village_name:
            self.place.setText(self.tr("Balai Desa {0}").format(defaults.village_name))
        if not self.chair.text().strip():
            self.chair.setText(defaults.last_chair)

    # --- decisions ---

    def decision_text(self, item: AgendaItem) -> str:
        d = self.decisions.get(item.proposal_id)
        if d is None:
            return "—"
        if d.agreed:
            return self.tr("Disahkan") + (f": {d.note}" if d.note else "")
        return self.tr("Ditolak: {0}").format(d.note)

    def update_count(self) -> None:
        agreed = sum(1 for d in self.decisions.values() if d.agreed)
        self.count.setText(
            self.tr("{0} disahkan, {1} ditolak, {2} belum diputuskan").format(
                agreed, len(self.decisions) - agreed, len(self.items) - len(self.decisions)
            )
        )

    def _refresh_rows(self) -> None:
        row = self.table.currentIndex().row()
        self.table.source.set_rows(self.items)
        if row >= 0:
            self.table.selectRow(min(row + 1, len(self.items) - 1))
        self.update_count()

    def decide(self, agreed: bool) -> None:
        item = self.table.selected_row()
        if item is None:
            return
        note = ""
        if not agreed:
            reasons: list[str] = []
            missing = self.tr("Tulis alasan penolakan.")  # read here: `keep` runs as the form's save job

            def keep(text: str, _choice: object) -> None:
                if not text.strip():
                    raise ValidationError(missing, "Alasan")
                reasons.append(text.strip())

            dialog = ReasonDialog(
                self.tr("Usulan ditolak"),
                self.tr("Alasan musyawarah menolak usulan {0} ({1}):").format(item.number, item.name),
                keep, text_label=self.tr("&Alasan"), text_field="Alasan", parent=self,
            )  # fmt: skip
            if not dialog.exec() or not reasons:
                return
            note = reasons[0]
        self.decisions[item.proposal_id] = Decision(item.proposal_id, agreed, note)
        self._refresh_rows()

    def clear_decision(self) -> None:
        item = self.table.selected_row()
        if item is not None:
            self.decisions.pop(item.proposal_id, None)
            self._refresh_rows()

    def decide_all(self) -> None:
        for item in self.items:
            self.decisions.setdefault(item.proposal_id, Decision(item.proposal_id, True))
        self._refresh_rows()

    # --- saving ---

    def accept(self) -> None:
        if self.saving:
            return  # pressed again while the record is being saved
        self.clear_invalid()
        try:
            day = self.held_on.value()
        except PuskesosError as exc:
            self.show_refusal(exc)
            return
        data = musdes.SessionInput(
            held_on=day,
            place=self.place.text(),
            attendees=self.attendees.value(),
            chair=self.chair.text(),
            decisions=tuple(self.decisions[i.proposal_id] for i in self.items if i.proposal_id in self.decisions),
            notes=self.notes.toPlainText(),
        )
        db, actor = self.ctx.db, self.ctx.actor  # plain data for the worker

        def saved(info: SessionInfo) -> None:
            self.saved = info
            self.close_saved()

        # Pressed twice while it saves: recorded once (save_as_job refuses a second start).
        self.save_as_job(lambda: musdes.record_session(db, actor, data), saved, topics=(Topic.PROPOSALS,))
