"""Informasi program: browse the catalogue (programmes, services: criteria, documents, target days) and print the
list of requirements for the resident to bring.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import Field
from puskesos_desktop.core.text import fold
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import papers as documents
from puskesos_desktop.services.printouts import Printout
from puskesos_desktop.ui.context import AppContext, rights_of
from puskesos_desktop.ui.jobs import jobs
from puskesos_desktop.ui.widgets.print_job import preview_pdf

ROLE = Qt.ItemDataRole.UserRole


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True)
class CatalogueRead:
    """The catalogue as the dialog shows it, and whether the account may print (read together on a worker)."""

    services: list[catalogue.ServiceInfo]
    programmes: list[catalogue.ProgrammeRecord]
    may_print: bool


def read_catalogue(db: Database, actor: Actor) -> CatalogueRead:
    """Plain data; runs on a worker, touches no widget."""
    return CatalogueRead(
        catalogue.list_services(db),
        catalogue.list_programmes(db),
        Permission.PRINT_DOCUMENTS in rights_of(actor),
    )


class ProgrammeInfoDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services: list[catalogue.ServiceInfo] = []
        self.programmes: list[catalogue.ProgrammeRecord] = []
        self.read: CatalogueRead | None = None  # None while the catalogue is read on a worker
        self.setup_ui()
        self.retranslate_ui()
        self.detail.setHtml(self.tr("<p>Memuat katalog…</p>"))
        self.filter.setFocus()
        db, actor = ctx.db, ctx.actor  # plain data for the worker
        jobs().run(lambda: read_catalogue(db, actor), self._read, parent=self)

    def _read(self, read: CatalogueRead) -> None:
        self.read = read
        self.services, self.programmes = read.services, read.programmes
        self.button_print.setEnabled(read.may_print)
        self.fill()

    def setup_ui(self) -> None:
        self.resize(1180, 680)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.label_filter = QLabel()
        self.filter = QLineEdit()
        self.label_filter.setBuddy(self.filter)
        top.addWidget(self.label_filter)
        top.addWidget(self.filter, 1)
        layout.addLayout(top)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumWidth(380)
        self.detail = QTextBrowser()
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        self.button_print = QPushButton()
        self.button_print.setObjectName("primary")
        self.button_close = QPushButton()
        row.addWidget(self.button_print)
        row.addStretch(1)
        row.addWidget(self.button_close)
        layout.addLayout(row)
        self.filter.textChanged.connect(lambda _t: self.fill())
        self.filter.returnPressed.connect(self._first_match)
        self.tree.currentItemChanged.connect(lambda cur, _prev: self.show_item(cur))
        self.tree.itemActivated.connect(lambda _i, _c: self.print_requirements())
        self.button_print.clicked.connect(self.print_requirements)
        self.button_close.clicked.connect(self.accept)
        for b in (self.button_print, self.button_close):
            b.setAutoDefault(False)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_requirements)
        self.button_print.setEnabled(False)  # until the catalogue and the account's rights are read

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Informasi program dan layanan"))
        self.label_filter.setText(self.tr("&Cari:"))
        self.filter.setPlaceholderText(self.tr("nama program atau layanan, misalnya BPJS, PKH, KIP…"))
        self.button_print.setText(self.tr("Cetak daftar &persyaratan"))
        self.button_close.setText(self.tr("&Tutup"))

    def fill(self) -> None:
        if self.read is None:
            return  # typed before the catalogue came: filled when it comes
        wanted = fold(self.filter.text())
        self.tree.clear()
        services_root = QTreeWidgetItem([self.tr("Layanan Puskesos (menurut bidang)")])
        for f in Field:
            group = QTreeWidgetItem([f.value])
            for sv in self.services:
                if sv.field == f.value and (not wanted or wanted in fold(sv.name + " " + sv.code)):
                    item = QTreeWidgetItem([sv.name])
                    item.setToolTip(0, sv.name)
                    item.setData(0, ROLE, ("service", sv.id))
                    group.addChild(item)
            if group.childCount():
                services_root.addChild(group)
        programmes_root = QTreeWidgetItem([self.tr("Program perlindungan sosial")])
        for p in self.programmes:
            if not wanted or wanted in fold(p.name + " " + p.code + " " + p.organiser):
                item = QTreeWidgetItem([f"{p.name} — {p.level}"])
                item.setToolTip(0, item.text(0))
                item.setData(0, ROLE, ("programme", p.id))
                programmes_root.addChild(item)
        for root in (services_root, programmes_root):
            self.tree.addTopLevelItem(root)
        self.tree.expandAll()
        self._first_match(focus=False)

    def _first_match(self, focus: bool = True) -> None:
        root = self.tree.invisibleRootItem()
        stack: list[QTreeWidgetItem] = [c for c in (root.child(i) for i in range(root.childCount())) if c is not None]
        while stack:
            item = stack.pop(0)
            if item.data(0, ROLE):
                self.tree.setCurrentItem(item)
                if focus:
                    self.tree.setFocus()
                return
            stack = [c for c in (item.child(i) for i in range(item.childCount())) if c is not None] + stack
        self.detail.setHtml(self.tr("<p>Tidak ada yang cocok.</p>"))

    def _chosen(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        data = item.data(0, ROLE) if item is not None else None
        return (str(data[0]), int(data[1])) if data else None

    def show_item(self, item: QTreeWidgetItem | None) -> None:
        data = item.data(0, ROLE) if item is not None else None
        if not data:
            return
        kind, ident = data
        if kind == "service":
            sv = next(s for s in self.services if s.id == ident)
            docs = "".join(f"<li>{_html(r)}</li>" for r in sv.requirements) or f"<li>{self.tr('Tidak ada')}</li>"
            html = (
                f"<h2>{_html(sv.name)}</h2>"
                + self.tr("<p><b>Bidang:</b> {0} · <b>Target:</b> {1} hari kerja</p>").format(sv.field, sv.target_days)
                + (f"<p>{_html(sv.description)}</p>" if sv.description else "")
                + (
                    self.tr("<p><b>Tujuan rujukan:</b> {0}</p>").format(_html(sv.default_partner))
                    if sv.default_partner
                    else ""
                )
                + (self.tr("<p><i>Dijawab langsung di meja layanan.</i></p>") if sv.answered_at_desk else "")
                + self.tr("<h3>Dokumen yang dibawa</h3>")
                + f"<ol>{docs}</ol>"
            )
        else:
            p = next(x for x in self.programmes if x.id == ident)
            docs = "".join(f"<li>{_html(d)}</li>" for d in p.documents.splitlines() if d.strip())
            html = (
                f"<h2>{_html(p.name)}</h2>"
                + self.tr("<p><b>Tingkat:</b> {0} · <b>Penyelenggara:</b> {1}</p>").format(p.level, _html(p.organiser))
                + (f"<p>{_html(p.description)}</p>" if p.description else "")
                + self.tr("<h3>Kriteria</h3>")
                + f"<p>{_html(p.criteria) or '-'}</p>"
                + self.tr("<h3>Dokumen yang dibawa</h3>")
                + f"<ol>{docs or '<li>-</li>'}</ol>"
            )
        self.detail.setHtml(html)

    def print_requirements(self) -> None:
        chosen = self._chosen()
        if chosen is None or not self.button_print.isEnabled():
            return
        kind, ident = chosen
        db, actor = self.ctx.db, self.ctx.actor  # plain data for the worker: it touches no widget
        if kind == "service":

            def make() -> Printout:
                return documents.requirements_printout(db, actor, service_id=ident)
        else:

            def make() -> Printout:
                return documents.requirements_printout(db, actor, programme_id=ident)

        item = self.tree.currentItem()
        name = item.text(0) if item is not None else ""
        preview_pdf(self, make, self.tr("Persyaratan: {0}").format(name), f"persyaratan-{kind}-{ident}.pdf")
