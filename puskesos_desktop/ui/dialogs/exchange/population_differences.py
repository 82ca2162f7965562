"""The village population register's values the office has not accepted yet (issue 16 §4): a later import never
overwrites what the office changed; the differences wait here, one row per field, and the officer accepts them for
the chosen people (the register's value then replaces the office's, audited).

Nothing here reads or writes on the window's thread (issue 12): the differences and the account's rights are read
on a worker (ui/widgets/loading.py, "Memuat…" over the list meanwhile), and accepting is a job
(ui/widgets/busy_action.py) with the button disabled until it answers; the list is read again after it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QAbstractItemView, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import population
from puskesos_desktop.ui.context import AppContext, rights_of
from puskesos_desktop.ui.errors import show_error
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.busy_action import acting, run_action
from puskesos_desktop.ui.widgets.loading import ListLoader, report_failure
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


def read_differences(db: Database, actor: Actor) -> tuple[list[population.Difference], frozenset[Permission]]:
    """On a worker: the differences waiting, and the account's rights (may it accept them)."""
    return population.differences(db, actor), rights_of(actor)


def accept_all(db: Database, actor: Actor, niks: Sequence[str]) -> tuple[int, PuskesosError | None]:
    """On a worker: accept each person's differences (one write each) until one is refused. Returns how many were
    accepted, and the refusal that stopped it, if any."""
    done = 0
    for nik in niks:
        try:
            population.accept_differences(db, actor, nik)
        except PuskesosError as exc:
            return done, exc
        done += 1
    return done, None


class PopulationDifferencesDialog(QDialog):
    #: a view of people's data: closed when the screen locks (ui/session.py)
    shows_personal_data = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rights: frozenset[Permission] = frozenset()  # read with the list on a worker: no button until then
        self._accepted_note = ""  # "Perbedaan n warga diterima.", put before the count once the list is read again
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        self.table = RecordTable(ROWS)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.table, 1)
        self.loader = ListLoader(self, self.table, "population-differences")
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
        self.button_accept.setVisible(False)  # until the rights are read (with the list)
        self.reload()

    def loading(self) -> bool:
        """The list is being read (tests wait on it)."""
        return self.loader.loading

    def reload(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.loader.load(lambda: read_differences(db, actor), self._listed, self._not_listed)

    def _listed(self, read: tuple[list[population.Difference], frozenset[Permission]]) -> None:
        found, self.rights = read
        self.table.set_rows([_Row(d.nik, d.name, f, cur, new) for d in found for f, cur, new in d.changes])
        self.button_accept.setVisible(Permission.IMPORT in self.rights)
        self._update_buttons()
        counted = self.tr("{0} warga dengan perbedaan.").format(len(found))
        self.message.setText(f"{self._accepted_note} {counted}" if self._accepted_note else counted)
        self._accepted_note = ""

    def _not_listed(self, exc: BaseException) -> None:
        self._accepted_note = ""
        self.message.setText("")
        report_failure(self, exc)

    def _update_buttons(self) -> None:
        self.button_accept.setEnabled(not acting(self))

    def accept_chosen(self) -> None:
        niks = list(dict.fromkeys(r.nik for r in self.table.selected_rows()))
        if not niks:
            self.message.setText(self.tr("Pilih barisnya dulu di tabel."))
            return
        db, actor = self.ctx.db, self.ctx.actor
        run_action(self, lambda: accept_all(db, actor, niks), self._accepted, state=self._update_buttons)

    def _accepted(self, outcome: tuple[int, PuskesosError | None]) -> None:
        done, refused = outcome
        if refused is not None:
            show_error(self, refused)
        if done:
            self.ctx.changed(Topic.RESIDENTS)
        self._accepted_note = self.tr("Perbedaan {0} warga diterima.").format(done)
        self.reload()
