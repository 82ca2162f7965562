"""Catat hasil rujukan: the destination's answer, when it came and how it came; a rejection needs its reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import FormField
from puskesos_desktop.core.statuses import ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import referrals
from puskesos_desktop.services.casework.referrals import ReferralInfo
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.dialogs.common.form_base import FormDialog, PlainText
from puskesos_desktop.ui.tooltips import field_tip

OUTCOMES = (ReferralStatus.DISETUJUI, ReferralStatus.DITOLAK, ReferralStatus.DITELAAH)


class OutcomeDialog(FormDialog):
    def __init__(self, db: Database, actor: Actor, referral: ReferralInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.referral = referral
        self.saved: ReferralInfo | None = None
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        self.setMinimumWidth(620)
        self.heading = self.add_heading()
        form = QFormLayout()
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.radios: dict[ReferralStatus, QRadioButton] = {}
        for i, outcome in enumerate(OUTCOMES):
            radio = QRadioButton()
            self.group.addButton(radio, i)
            self.radios[outcome] = radio
            row.addWidget(radio)
        row.addStretch(1)
        self.outcome_box = QWidget()
        self.outcome_box.setLayout(row)
        self.label_outcome = QLabel()
        form.addRow(self.label_outcome, self.outcome_box)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        today = clock.today()
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        referred = self.referral.referred_at.date()
        self.date.setMinimumDate(QDate(referred.year, referred.month, referred.day))
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.label_date = self.add_row(form, self.date)
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.addItems(list(referrals.OUTCOME_SOURCES))
        self.source.setCurrentIndex(-1)
        self.label_source = self.add_row(form, self.source)
        self.note = PlainText(lines=4)
        self.label_note = self.add_row(form, self.note)
        self.finish_form(
            form,
            (
                (FormField.OUTCOME, self.outcome_box),
                (FormField.OUTCOME_DATE, self.date),
                (FormField.SOURCE, self.source),
                (FormField.REMARKS, self.note),
            ),
        )
        self.group.idToggled.connect(lambda *_: self._update_note_label())
        self.radios[ReferralStatus.DISETUJUI].setFocus()

    def retranslate_ui(self) -> None:
        r = self.referral
        self.setWindowTitle(self.tr("Catat hasil rujukan"))
        self.heading.setText(self.tr("{0} — {1} ke {2}").format(r.number, r.resident_name, r.destination))
        self.radios[ReferralStatus.DISETUJUI].setText(self.tr("&Disetujui"))
        self.radios[ReferralStatus.DITOLAK].setText(self.tr("Dito&lak"))
        self.radios[ReferralStatus.DITELAAH].setText(self.tr("Ditelaah lebih lan&jut"))
        self.label_outcome.setText(self.tr("Hasil"))
        self.label_date.setText(self.tr("&Tanggal hasil"))
        self.label_source.setText(self.tr("Sumber &informasi"))
        editor = self.source.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("Lembar balasan, telepon, berkas umpan balik…"))
        self._update_note_label()
        # Tooltips on every field (issue 8, part 4).
        field_tip(self.label_outcome, self.tr("Jawaban tujuan rujukan"))
        field_tip(self.label_date, self.tr("Tanggal tujuan memberi jawaban"))
        field_tip(self.label_source, self.tr("Dari mana hasil diketahui"))
        field_tip(self.label_note, self.tr("Alasan wajib diisi bila ditolak; selain itu boleh kosong"))

    def _update_note_label(self) -> None:
        rejected = self.radios[ReferralStatus.DITOLAK].isChecked()
        self.label_note.setText(self.tr("&Alasan penolakan (wajib)") if rejected else self.tr("&Keterangan"))

    def chosen(self) -> str:
        for outcome, radio in self.radios.items():
            if radio.isChecked():
                return outcome.value
        return ""

    def accept(self) -> None:
        if self.saving:
            return  # pressed again while the save runs: recorded once
        d = self.date.date()
        day = dt.date(d.year(), d.month(), d.day())
        db, actor, number = self.db, self.actor, self.referral.number
        outcome, source, note = self.chosen(), self.source.currentText(), self.note.toPlainText()
        self.save_as_job(lambda: referrals.record_outcome(db, actor, number, outcome, day, source, note), self._saved)

    def _saved(self, result: ReferralInfo) -> None:
        self.saved = result
        self.close_saved()
