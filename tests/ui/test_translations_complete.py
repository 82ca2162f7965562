"""Every window and dialog in English: fails on any visible text left untranslated (issue 8, part 3).

Two nets:
1. A recording translator, installed before the English catalogue and so asked last, sees every string our code
   passed through tr()/translate() that the catalogue did not translate.
2. Every text a person can see (labels, buttons, tabs, menus, group titles, placeholders, tooltips, column
   headers, window titles) is compared with the Indonesian source texts and checked for Indonesian words, which
   catches strings that never went through tr() at all. Combo-box items are left to net 1: most are the office's
   own data (services, partners), which stays as the office wrote it.

Skeleton for now: it walks the main window, every tab and every settings page as the coordinator. Dialogs are to
be added (scripts/screenshots.py shows how to reach each one) when the English translation is written.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.statuses import ComplaintStatus, Field, ProposalKind, ProposalStatus, ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui import i18n
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.main_window import MainWindow



ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "puskesos_en.ts"
sys.path.insert(0, str(ROOT / "scripts"))

from build_translations import lrelease  # noqa: E402

# Words that give Indonesian away in an interface text (whole words, lower case).
INDONESIAN_WORDS = {
    "dan", "yang", "untuk", "tidak", "belum", "dengan", "atau", "dari", "pada", "sudah", "semua", "baru",
    "simpan", "batal", "cari", "tutup", "hapus", "ubah", "pilih", "nama", "tanggal", "kantor", "pengguna",
    "keluhan", "warga", "rujukan", "layanan", "bidang", "laporan", "pengaturan", "cetak", "masuk", "keluar",
    "berkas", "bantuan", "saring", "tambah", "daftar", "halaman", "kembali", "lanjut", "selesai", "terbuka",
}
# Official words that stay Indonesian in the English interface too (closed lists in core/statuses.py, programme
# and institution names). The lead decides this list with the translation.
KEEP_INDONESIAN = {
    *(s.value for s in ComplaintStatus), *(s.value for s in ReferralStatus), *(s.value for s in ProposalStatus),
    *(s.value for s in ProposalKind), *(f.value for f in Field),
    "Puskesos", "DTKS", "DTSEN", "NIK", "KK", "SLRT", "Musdes", "Sukamaju",
}


class UntranslatedRecorder(QTranslator):
    """Asked only when no catalogue had a translation; remembers what our own code asked for."""

    def __init__(self) -> None:
        super().__init__()
        # source -> the first context asked. PySide's self.tr() asks the class, then its base classes (BaseTab,
        # QWidget …) in turn, so the first context is the one lupdate wrote into the catalogue.
        self.missing: dict[str, str] = {}

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> None:
        if not re.match(r"Q[A-Z]", context or ""):  # Qt's own classes speak English already
            self.missing.setdefault(source, context)
        return None  # null: Qt falls back to the source text


def source_texts() -> set[str]:
    root = ET.parse(TS).getroot()
    return {(m.findtext("source") or "").replace("&", "") for m in root.iter("message")}


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every piece of interface text under root that is on screen now."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root.window()) and w is not root:
            continue
        name = f"{type(w).__name__}:{w.objectName() or ''}"
        if w.isWindow() and w.windowTitle():
            yield name + " title", w.windowTitle()
        if w.toolTip():
            yield name + " tooltip", w.toolTip()
        if isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.RichText:
            yield name, w.text()
        elif isinstance(w, QAbstractButton):
            yield name, w.text()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QLineEdit):
            yield name + " placeholder", w.placeholderText()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield name, w.tabText(i)
        elif isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            columns = w.horizontalHeader().count() if isinstance(w, QTableView) else w.header().count()
            for c in range(columns):
                header = model.headerData(c, Qt.Orientation.Horizontal)
                if header:
                    yield name + " header", str(header)
    if isinstance(root, QMainWindow):
        for menu in root.menuBar().findChildren(QWidget):
            for action in menu.actions():
                if action.text():
                    yield "menu", action.text()


def looks_indonesian(text: str, sources: set[str]) -> bool:
    plain = text.replace("&", "").strip()
    if not plain or plain in KEEP_INDONESIAN:
        return False
    if plain in sources:
        return True
    words = set(re.findall(r"[a-z]+", plain.lower()))
    return bool(words & INDONESIAN_WORDS)


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path) -> Iterator[UntranslatedRecorder]:
    for ts in TS.parent.glob("*.ts"):
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(tmp_path / ts.with_suffix(".qm").name)], check=True)
    recorder = UntranslatedRecorder()
    qapp.installTranslator(recorder)  # first in, so asked last
    i18n.install(qapp, "en", directory=tmp_path)
    yield recorder
    i18n.remove(qapp)
    qapp.removeTranslator(recorder)


def test_main_window_tabs_and_settings_pages_in_english(
    qtbot: QtBot, db: Database, coordinator: Actor, english: UntranslatedRecorder
) -> None:
    sources = source_texts()
    window = MainWindow(AppContext(db, coordinator))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    left: set[str] = set()

    def look(where_prefix: str) -> None:
        QCoreApplication.processEvents()
        for where, text in visible_texts(window):
            if looks_indonesian(text, sources):
                left.add(f"{where_prefix} › {where}: {text!r}")

    for i, page in enumerate(window.tab_pages):
        window.tabs.setCurrentIndex(i)
        look(type(page).__name__)
        index, pages = getattr(page, "index", None), getattr(page, "pages", None)
        if isinstance(index, QListWidget) and isinstance(pages, list):  # Pengaturan: one page per row
            for row, sub in enumerate(pages):
                index.setCurrentRow(row)
                look(f"{type(page).__name__} › {type(sub).__name__}")
    missing = sorted(f"{ctx}: {src!r}" for src, ctx in english.missing.items())
    report = "\n".join(["Not in the English catalogue:", *missing, "", "Still Indonesian on screen:", *sorted(left)])
    assert not missing and not left, report
