"""Record an usul or sanggah the office filed in the Cek Bansos app for a resident, or its outcome (issue 16 §8)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import FormField, PuskesosError
from puskesos_desktop.core.statuses import CekBansosKind, CekBansosOutcome
from puskesos_desktop.services.registry import cek_bansos
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.form_base import FormDialog, PlainText, combo_data
from puskesos_desktop.ui.widgets.date_field import DateField

# The closed lists' words, for lupdate; translated where shown.
_WORDS_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("CekBansosForm", "Usul"),
    QT_TRANSLATE_NOOP("CekBansosForm", "Sanggah"),
    QT_TRANSLATE_NOOP("CekBansosForm", "Menunggu"),
    QT_TRANSLATE_NOOP("CekBansosForm", "Diterima"),
    QT_TRANSLATE_NOOP("CekBansosForm", "Ditolak"),
)


class CekBansosForm(FormDialog):
    """A new filing for `resident_id`; `saved` holds it after Save."""

    def __init__(self, ctx: AppContext, resident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.resident_id = resident_id
        self.saved: cek_bansos.Filing | None = None
        self.setWindowTitle(self.tr("Usul/sanggah Cek Bansos"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "Catat usul atau sanggah yang diajukan kantor lewat aplikasi Cek Bansos atas nama warga (misalnya "
                "karena verifikasi wajah gagal). Tenggat verifikasi 14 hari sejak tanggal pengajuan."
            )
        )
        intro.setWordWrap(True)
        self.main.addWidget(intro)
        self.kind = QComboBox()
        for kind in CekBansosKind:
            self.kind.addItem(QCoreApplication.translate("CekBansosForm", kind.value), kind.value)
        self.filed_on = DateField("Tanggal")
        self.filed_on.set_value(clock.today())
        self.family_kk = QLineEdit()
        self.family_kk.setMaxLength(24)
        self.family_kk.setPlaceholderText(self.tr("wajib untuk sanggah; usul: kosong = keluarga warga sendiri"))
        self.reference = QLineEdit()
        self.reference.setMaxLength(100)
        self.notes = PlainText(lines=3)
        self.finish_rows(
            (
                (self.tr("&Jenis:"), self.kind, FormField.KIND),
                (self.tr("&Tanggal pengajuan:"), self.filed_on, FormField.FILED_ON),
                (self.tr("No. &KK keluarga:"), self.family_kk, FormField.KK),
                (self.tr("Nomor &referensi:"), self.reference, FormField.REFERENCE),
                (self.tr("&Catatan:"), self.notes, FormField.NOTES),
            )
        )
        self.register("Tanggal", self.filed_on)  # the date box's own refusal names it in words
        self.kind.setFocus()

    def accept(self) -> None:
        if self.saving:
            return  # pressed again while it saves: recorded once
        self.clear_invalid()
        try:
            day = self.filed_on.value() or clock.today()
        except PuskesosError as exc:
            self.show_refusal(exc)
            return
        data = cek_bansos.FilingInput(str(combo_data(self.kind)), day, self.family_kk.text(),
                                      self.reference.text(), self.notes.toPlainText())  # fmt: skip
        db, actor, rid = self.ctx.db, self.ctx.actor, self.resident_id  # plain data for the worker

        def saved(filing: cek_bansos.Filing) -> None:
            self.saved = filing
            self.close_saved()

        self.save_as_job(lambda: cek_bansos.record(db, actor, rid, data), saved)


class CekBansosOutcomeForm(FormDialog):
    """The app's answer to one filing."""

    def __init__(self, ctx: AppContext, filing: cek_bansos.Filing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filing = filing
        self.setWindowTitle(self.tr("Hasil usul/sanggah Cek Bansos"))
        self.setMinimumWidth(480)
        self.outcome = QComboBox()
        for outcome in CekBansosOutcome:
            self.outcome.addItem(QCoreApplication.translate("CekBansosForm", outcome.value), outcome.value)
        index = self.outcome.findData(filing.outcome)
        if filing.outcome == CekBansosOutcome.MENUNGGU.value:
            index = self.outcome.findData(CekBansosOutcome.DITERIMA.value)
        self.outcome.setCurrentIndex(max(index, 0))
        self.day = DateField("Tanggal hasil")
        self.day.set_value(filing.outcome_date or clock.today())
        self.note = PlainText(lines=3)
        self.finish_rows(
            (
                (self.tr("&Hasil:"), self.outcome, FormField.OUTCOME),
                (self.tr("&Tanggal hasil:"), self.day, FormField.OUTCOME_DATE),
                (self.tr("&Catatan:"), self.note, FormField.NOTES),
            )
        )
        self.register("Tanggal hasil", self.day)  # the date box's own refusal names it in words
        self.outcome.setFocus()

    def accept(self) -> None:
        if self.saving:
            return  # pressed again while it saves: recorded once
        self.clear_invalid()
        try:
            day: dt.date | None = self.day.value()
        except PuskesosError as exc:
            self.show_refusal(exc)
            return
        db, actor, fid = self.ctx.db, self.ctx.actor, self.filing.id  # plain data for the worker
        outcome, note = str(combo_data(self.outcome)), self.note.toPlainText()
        self.save_as_job(lambda: cek_bansos.set_outcome(db, actor, fid, outcome, day, note),
                         lambda _filing: self.close_saved())  # fmt: skip
