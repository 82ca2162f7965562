"""Pengaturan › Batas desil: each programme's desil ceiling with where and when it was published (issue 16).

The coordinator edits them; everyone sees them. The front desk's sentence ("memenuhi batas desil PKH, BPNT…") and
the command line's eligible/missing programmes follow this table. Other criteria stay text in Pengaturan › Program.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core.errors import PuskesosError, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.services.registry import desil
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.form_base import set_invalid
from puskesos_desktop.ui.errors import show_error
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.date_field import DateField
from puskesos_desktop.ui.widgets.table import RecordTable

CEILINGS = [
    Column("code", "Kode"),
    Column("name", "Program"),
    Column("desil_max", "Batas desil", getter=lambda c: f"1–{c.desil_max}" if c.desil_max else "-"),
    Column("source", "Sumber"),
    Column("source_date", "Tanggal sumber"),
    Column("criteria", "Kriteria lain"),
]


class DesilLimitsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        self.table = RecordTable(CEILINGS)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.top = QSpinBox()
        self.top.setRange(0, 10)
        self.source = QLineEdit()
        self.source.setMaxLength(300)
        self.source_date = DateField("Tanggal sumber")
        self.label_top, self.label_source, self.label_date = QLabel(), QLabel(), QLabel()
        self.label_top.setBuddy(self.top)
        self.label_source.setBuddy(self.source)
        self.label_date.setBuddy(self.source_date)
        form.addRow(self.label_top, self.top)
        form.addRow(self.label_source, self.source)
        form.addRow(self.label_date, self.source_date)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.save_button = QPushButton()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.fields = {"Batas desil": self.top, "Sumber": self.source, "Tanggal sumber": self.source_date}
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._fill())
        self.save_button.clicked.connect(self.save)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Batas desil program"))
        self.explain.setText(
            self.tr(
                "Program bansos memakai batas desil DTSEN (misalnya PKH desil 1–4, Sembako/BPNT 1–5, PBI-JK 1–5). "
                "Halaman warga dan hasil pencarian memakai tabel ini untuk mengatakan program mana yang memenuhi "
                "batas desil keluarga dan mana yang belum diterima. Tulis sumbernya (pengumuman, surat, juknis) "
                "dan tanggalnya. Kriteria lain diubah di Pengaturan › Program."
            )
        )
        self.label_top.setText(self.tr("Batas des&il (0 = tidak memakai desil):"))
        self.label_source.setText(self.tr("S&umber:"))
        self.label_date.setText(self.tr("&Tanggal sumber:"))
        self.save_button.setText(self.tr("&Simpan batas desil"))

    def title(self) -> str:
        return self.tr("Batas desil")

    def refresh(self) -> None:
        allowed = self.ctx.actor.can(Permission.CATALOGUE)
        for widget in (self.top, self.source, self.source_date, self.save_button):
            widget.setEnabled(allowed)
        self.message.setText("" if allowed else self.tr("Hanya koordinator yang mengubah batas desil."))
        try:
            self.table.set_rows(desil.list_ceilings(self.ctx.db, self.ctx.actor))
        except PuskesosError as exc:
            self.message.setText(exc.message)
        self._fill()

    def _fill(self) -> None:
        chosen = self.table.selected_row()
        for widget in self.fields.values():
            set_invalid(widget, False)
        self.top.setValue((chosen.desil_max or 0) if chosen else 0)
        self.source.setText(chosen.source if chosen else "")
        self.source_date.set_value(chosen.source_date if chosen else None)

    def save(self) -> None:
        chosen = self.table.selected_row()
        if chosen is None:
            self.message.setText(self.tr("Pilih programnya dulu di tabel."))
            return
        try:
            day = self.source_date.value()
            desil.set_ceiling(self.ctx.db, self.ctx.actor, chosen.programme_id, self.top.value() or None,
                              self.source.text(), day)  # fmt: skip
        except PuskesosError as exc:
            widget = self.fields.get(exc.field or "") if isinstance(exc, ValidationError) else None
            if widget is not None:
                set_invalid(widget, True)
                widget.setFocus()
            show_error(self, exc)
            return
        self.message.setText(self.tr("Batas desil {0} disimpan.").format(chosen.code))
        self.ctx.changed(Topic.CATALOGUE)
        code = chosen.code
        self.table.set_rows(desil.list_ceilings(self.ctx.db, self.ctx.actor))
        for row in range(self.table.proxy.rowCount()):
            if self.table.row_at_proxy(row).code == code:
                self.table.selectRow(row)
