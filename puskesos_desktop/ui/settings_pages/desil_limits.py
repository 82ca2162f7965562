"""Pengaturan › Batas desil: each programme's desil ceiling with where and when it was published (issue 16).

The coordinator edits them; everyone sees them. The front desk's sentence ("memenuhi batas desil PKH, BPNT…") and
the command line's eligible/missing programmes follow this table. Other criteria stay text in Pengaturan › Program.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core.errors import FormField, PuskesosError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.services.registry import desil
from puskesos_desktop.ui.errors import message_text
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.settings_pages.page_base import SettingsPage
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


class DesilLimitsPage(SettingsPage):
    right = Permission.CATALOGUE
    save_topics = (Topic.CATALOGUE,)
    stretch_end = False

    def build_body(self, layout: QVBoxLayout) -> None:
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
        self.fields = {
            FormField.DESIL_MAX: self.top,
            FormField.CEILING_SOURCE: self.source,
            FormField.CEILING_DATE: self.source_date,
        }
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._fill())

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.label_top.setText(self.tr("Batas des&il (0 = tidak memakai desil):"))
        self.label_source.setText(self.tr("S&umber:"))
        self.label_date.setText(self.tr("&Tanggal sumber:"))

    def title(self) -> str:
        return self.tr("Batas desil")

    def heading_text(self) -> str:
        return self.tr("Batas desil program")

    def intro_text(self) -> str:
        return self.tr(
            "Program bansos memakai batas desil DTSEN (misalnya PKH desil 1–4, Sembako/BPNT 1–5, PBI-JK 1–5). "
            "Halaman warga dan hasil pencarian memakai tabel ini untuk mengatakan program mana yang memenuhi "
            "batas desil keluarga dan mana yang belum diterima. Tulis sumbernya (pengumuman, surat, juknis) "
            "dan tanggalnya. Kriteria lain diubah di Pengaturan › Program."
        )

    def save_text(self) -> str:
        return self.tr("&Simpan batas desil")

    def read_only_text(self) -> str:
        return self.tr("Hanya koordinator yang mengubah batas desil.")

    def editors(self) -> Sequence[QWidget]:
        return (self.top, self.source, self.source_date)

    def load_page(self) -> None:
        try:
            self.table.set_rows(desil.list_ceilings(self.ctx.db, self.ctx.actor))
        except PuskesosError as exc:
            self.message.setText(message_text(exc.said))
        self._fill()

    def _fill(self) -> None:
        chosen = self.table.selected_row()
        self.clear_marks()
        self.top.setValue((chosen.desil_max or 0) if chosen else 0)
        self.source.setText(chosen.source if chosen else "")
        self.source_date.set_value(chosen.source_date if chosen else None)

    def save_work(self) -> Callable[[], Any] | None:
        chosen = self.table.selected_row()
        if chosen is None:
            self.message.setText(self.tr("Pilih programnya dulu di tabel."))
            return None
        db, actor = self.ctx.db, self.ctx.actor
        top, source, day = self.top.value() or None, self.source.text(), self.source_date.value()
        return lambda: (desil.set_ceiling(db, actor, chosen.programme_id, top, source, day), chosen.code)

    def saved(self, result: Any) -> None:
        code = result[1]
        self.message.setText(self.tr("Batas desil {0} disimpan.").format(code))
        self.table.set_rows(desil.list_ceilings(self.ctx.db, self.ctx.actor))
        for row in range(self.table.proxy.rowCount()):
            if self.table.row_at_proxy(row).code == code:
                self.table.selectRow(row)
