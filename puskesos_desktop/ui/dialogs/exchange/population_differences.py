"""The village population register's values the office has not accepted yet (issue 16 §4): a later import never
overwrites what the office changed; the differences wait here, one row per field, and the officer accepts them for
the chosen people (the register's value then replaces the office's, audited)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QAbstractItemView, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.services.registry import population
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.errors import show_error
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.table import RecordTable


@dataclass(frozen=True)
class _Row:
    nik: str
    name: str
    field: str
    office: str
    register: str


ROWS = [
    Column("name", "Nama"),
    Column("nik", "NIK"),
    Column("field", "Kolom"),
    Column("office", "Data kantor"),
    Column("register", "Data penduduk desa"),
]


class PopulationDifferencesDialog(QDialog):
    #: a view of people's data: closed when the screen locks (ui/session.py)
    shows_personal_data = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        self.table = RecordTable(ROWS)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.button_accept = QPushButton()
        self.button_close = QPushButton()
        for b in (self.button_accept, self.button_close):
            b.setAutoDefault(False)
        row.addWidget(self.button_accept)
        row.addStretch(1)
        row.addWidget(self.button_close)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.button_accept.clicked.connect(self.accept_chosen)
        self.button_close.clicked.connect(self.accept)
        self.setWindowTitle(self.tr("Perbedaan data penduduk desa"))
        self.explain.setText(
            self.tr(
                "Data yang diubah kantor tidak ditimpa oleh impor data penduduk. Nilai dari data penduduk desa "
                "menunggu di sini; pilih barisnya dan terima bila data penduduk desa yang benar (semua perbedaan "
                "warga itu diterima sekaligus)."
            )
        )
        self.button_accept.setText(self.tr("&Terima untuk warga terpilih"))
        self.button_close.setText(self.tr("T&utup"))
        self.button_accept.setVisible(ctx.actor.can(Permission.IMPORT))
        self.reload()

    def reload(self) -> None:
        found = population.differences(self.ctx.db, self.ctx.actor)
        self.table.set_rows([_Row(d.nik, d.name, f, cur, new) for d in found for f, cur, new in d.changes])
        self.message.setText(self.tr("{0} warga dengan perbedaan.").format(len(found)))

    def accept_chosen(self) -> None:
        niks = list(dict.fromkeys(r.nik for r in self.table.selected_rows()))
        if not niks:
            self.message.setText(self.tr("Pilih barisnya dulu di tabel."))
            return
        done = 0
        for nik in niks:
            try:
                population.accept_differences(self.ctx.db, self.ctx.actor, nik)
            except PuskesosError as exc:
                show_error(self, exc)
                break
            done += 1
        if done:
            self.ctx.changed(Topic.RESIDENTS)
        self.reload()
        self.message.setText(self.tr("Perbedaan {0} warga diterima.").format(done) + " " + self.message.text())
