"""Tangani di desa: help the village gives itself — a village programme or a partner — and what was given."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from puskesos_desktop.core.errors import FormField, PuskesosError, ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.casework import backoffice
from puskesos_desktop.services.casework.backoffice import HandleInput, Workspace
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.dialogs.common.form_base import FormDialog, PlainText, combo_data
from puskesos_desktop.ui.tooltips import field_tip

# Village programmes first: the seeds say the village's own means come before referring.
_LEVEL_ORDER = {"Desa": 0, "Swasta": 1, "Kabupaten/Kota": 2, "Provinsi": 3, "Pusat": 4}


@dataclass(frozen=True)
class HandleChoices:
    """The form's lists, read on a worker before it opens (the workspace does)."""

    programmes: list[catalogue.ProgrammeRecord]
    partners: list[catalogue.PartnerRecord]


def read_choices(db: Database) -> HandleChoices:
    """Plain data; runs on a worker, touches no widget. Village programmes first: the seeds say the village's own
    means come before referring."""
    programmes = sorted(catalogue.list_programmes(db), key=lambda p: (_LEVEL_ORDER.get(p.level, 9), p.name))
    return HandleChoices(programmes, catalogue.list_partners(db))


class HandleDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        choices: HandleChoices | None = None,
    ) -> None:
        """``choices`` read beforehand on a worker (the workspace does); without them the form reads them itself."""
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.workspace = workspace
        self.choices = choices or read_choices(db)
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        self.setMinimumWidth(640)
        self.heading = self.add_heading()
        form = QFormLayout()
        self.by_programme = QRadioButton()
        self.by_partner = QRadioButton()
        self.group = QButtonGroup(self)
        self.group.addButton(self.by_programme)
        self.group.addButton(self.by_partner)
        row = QHBoxLayout()
        row.addWidget(self.by_programme)
        row.addWidget(self.by_partner)
        row.addStretch(1)
        self.label_through = QLabel()
        form.addRow(self.label_through, row)
        self.programme = QComboBox()
        for p in self.choices.programmes:
            self.programme.addItem(f"{p.name} ({p.level})", p.id)
        self.partner = QComboBox()
        for q in self.choices.partners:
            self.partner.addItem(q.name + (" — di desa" if q.in_village else ""), q.id)
        self.label_programme = self.add_row(form, self.programme)
        self.label_partner = self.add_row(form, self.partner)
        self.given = PlainText(lines=3)
        self.label_given = self.add_row(form, self.given)
        self.amount = QLineEdit()
        self.amount.setValidator(QRegularExpressionValidator(r"[0-9.]{0,15}", self.amount))
        self.label_amount = self.add_row(form, self.amount)
        self.note = PlainText(lines=2)
        self.label_note = self.add_row(form, self.note)
        self.finish_form(
            form,
            (
                (FormField.HELPED_BY, self.programme),
                (FormField.GIVEN, self.given),
                (FormField.AMOUNT, self.amount),
                (FormField.NOTES, self.note),
            ),
        )
        self.group.buttonToggled.connect(lambda *_: self._sync())
        self.by_programme.setChecked(True)
        self.by_programme.setFocus()

    def _sync(self) -> None:
        programme = self.by_programme.isChecked()
        self.programme.setEnabled(programme)
        self.partner.setEnabled(not programme)
        self.register(FormField.HELPED_BY, self.programme if programme else self.partner)

    def retranslate_ui(self) -> None:
        ws = self.workspace
        self.setWindowTitle(self.tr("Tangani di desa"))
        self.heading.setText(self.tr("{0} — {1}").format(ws.number, ws.resident.name))
        self.label_through.setText(self.tr("Melalui"))
        self.by_programme.setText(self.tr("&Program desa"))
        self.by_partner.setText(self.tr("&Mitra"))
        self.label_programme.setText(self.tr("Pro&gram"))
        self.label_partner.setText(self.tr("M&itra"))
        self.label_given.setText(self.tr("&Yang diberikan"))
        self.given.setPlaceholderText(self.tr("Misalnya: BLT Dana Desa bulan November, beras 10 kg"))
        self.label_amount.setText(self.tr("&Nilai (Rp, bila ada)"))
        self.amount.setPlaceholderText(self.tr("300000"))
        self.label_note.setText(self.tr("&Catatan"))
        # Tooltips on every field (issue 8, part 4).
        field_tip(self.label_through, self.tr("Ditangani lewat program desa atau mitra di desa"))
        field_tip(self.label_programme, self.tr("Program desa yang membantu"))
        field_tip(self.label_partner, self.tr("Mitra di desa yang membantu"))
        field_tip(self.label_given, self.tr("Bantuan yang diberikan kepada warga"))
        field_tip(self.label_amount, self.tr("Nilai bantuan dalam rupiah, tanpa titik; kosongkan bila tidak ada"))
        field_tip(self.label_note, self.tr("Catatan untuk petugas lain"))

    def amount_value(self) -> int | None:
        digits = self.amount.text().replace(".", "").strip()
        return int(digits) if digits else None

    def data(self) -> HandleInput:
        programme = self.by_programme.isChecked()
        through = combo_data(self.programme if programme else self.partner)
        return HandleInput(
            given=self.given.toPlainText(),
            programme_id=through if programme and isinstance(through, int) else None,
            partner_id=through if not programme and isinstance(through, int) else None,
            amount_rupiah=self.amount_value(),
            note=self.note.toPlainText(),
        )

    def accept(self) -> None:
        if self.saving:
            return  # pressed again while the save runs: saved once
        self.clear_invalid()
        try:
            if len(self.amount.text().replace(".", "")) > 10:
                raise ValidationError(self.tr("Nilai bantuan terlalu besar."), FormField.AMOUNT)
            data = self.data()
        except PuskesosError as exc:
            self.show_refusal(exc)
            return
        db, actor, complaint_id = self.db, self.actor, self.workspace.id
        self.save_as_job(
            lambda: backoffice.handle_in_village(db, actor, complaint_id, data), lambda _result: self.close_saved()
        )
