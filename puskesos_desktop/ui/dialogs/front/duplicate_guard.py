"""Before a new resident is saved: people who may be the same person. Staff open the existing one instead,
make a DTKS/DTSEN person a client, or (when no NIK is shared) confirm it is somebody else.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from puskesos_desktop.services.people.residents import DuplicateCandidate
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.widgets.next_turn import exec_next_turn
from puskesos_desktop.ui.widgets.table import RecordTable

COLUMNS = [
    Column("reason", "Mengapa mirip"),
    Column("name", "Nama"),
    Column("nik", "NIK"),
    Column("kk", "No. KK"),
    Column("birth_date", "Tgl lahir"),
    Column("address", "Alamat"),
    Column("kind", "Data", getter=lambda c: "DTKS/DTSEN (belum klien)" if c.kind == "registry" else "Warga (klien)"),
]


class DuplicateGuardDialog(QDialog):
    """`action` after exec(): "open" (use `candidate`), "new" (save as a new person) or None (go back)."""

    def __init__(self, candidates: Sequence[DuplicateCandidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidates = list(candidates)
        self.blocking = any(c.blocking for c in candidates)
        self.action: str | None = None
        self.candidate: DuplicateCandidate | None = None
        self.setup_ui()
        self.retranslate_ui()

    def exec(self) -> int:
        # Built in the turn that opened it; shown and first painted in the next: not one stall (issue 12 §7).
        return exec_next_turn(self, super().exec)

    def setup_ui(self) -> None:
        self.resize(1000, 380)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.table = RecordTable(COLUMNS)
        self.table.set_rows(self.candidates)
        self.table.selectRow(0)
        self.table.activated.connect(lambda _i: self.use_selected())
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.button_use = QPushButton()
        self.button_use.setObjectName("primary")
        self.button_use.setDefault(True)
        self.button_new = QPushButton()
        self.button_new.setEnabled(not self.blocking)
        self.button_back = QPushButton()
        row.addStretch(1)
        for b in (self.button_use, self.button_new, self.button_back):
            row.addWidget(b)
        layout.addLayout(row)
        self.button_use.clicked.connect(self.use_selected)
        self.button_new.clicked.connect(self.save_new)
        self.button_back.clicked.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._label_use())
        self.table.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Periksa data ganda"))
        self.heading.setText(self.tr("Mungkin orang ini sudah ada"))
        if self.blocking:
            self.hint.setText(self.tr("NIK ini sudah dipakai warga lain. Buka data yang ada; NIK tidak boleh ganda."))
        else:
            self.hint.setText(
                self.tr(
                    "Orang di bawah ini mirip dengan yang akan disimpan. Jika orangnya sama, buka data yang ada "
                    "agar keluhan dan riwayatnya tetap satu. Jika berbeda, simpan sebagai orang baru."
                )
            )
        self._label_use()
        self.button_new.setText(self.tr("Tetap simpan sebagai orang bar&u"))
        self.button_back.setText(self.tr("&Kembali ke formulir"))

    def _label_use(self) -> None:
        chosen = self.table.selected_row()
        if chosen is not None and chosen.kind == "registry":
            self.button_use.setText(self.tr("&Jadikan klien dari DTKS/DTSEN"))
        else:
            self.button_use.setText(self.tr("&Buka data yang ada"))

    def use_selected(self) -> None:
        chosen = self.table.selected_row()
        if chosen is None:
            return
        self.action = "open"
        self.candidate = chosen
        self.accept()

    def save_new(self) -> None:
        if self.blocking:
            return
        self.action = "new"
        self.accept()
