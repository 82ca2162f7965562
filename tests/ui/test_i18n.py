"""The translation machinery: English from puskesos_en.ts, Qt's own buttons in Indonesian, the office's choice."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import office
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui import i18n
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT / "scripts"))

from build_translations import lrelease  # noqa: E402


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files compiled afresh, so the test never depends on an earlier `make translations`."""
    out = tmp_path_factory.mktemp("qm")
    for ts in TS_DIR.glob("*.ts"):
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(out / ts.with_suffix(".qm").name)], check=True)
    return out


@pytest.fixture(autouse=True)
def _indonesian_afterwards(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(i18n.ENV_LANGUAGE, raising=False)
    yield
    i18n.remove(qapp)


def test_english_changes_a_known_string(
    qtbot: QtBot, qapp: QApplication, db: Database, front: Actor, qm_dir: Path
) -> None:
    assert i18n.install(qapp, "en", directory=qm_dir) == "en"
    window = MainWindow(AppContext(db, front))
    qtbot.addWidget(window)
    assert window.menu_file.title() == "&File"
    assert window.menu_help.title() == "&Help"
    assert window.help.action_guide.text() == "&User guide"
    assert [window.tabs.tabText(i) for i in range(4)][2:4] == ["Reports", "Settings"]
    # Dates and numbers stay Indonesian in the English interface.
    assert QLocale().toString(1500000) == "1.500.000"


def test_indonesian_is_the_source_and_default(
    qtbot: QtBot, qapp: QApplication, db: Database, front: Actor, qm_dir: Path
) -> None:
    assert i18n.install(qapp, None, directory=qm_dir) == "id"
    window = MainWindow(AppContext(db, front))
    qtbot.addWidget(window)
    assert window.menu_file.title() == "&Berkas"
    assert window.help.action_guide.text() == "&Panduan pengguna"


def test_qt_own_buttons_speak_indonesian(qapp: QApplication, qm_dir: Path) -> None:
    i18n.install(qapp, "id", directory=qm_dir)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    assert box.button(QDialogButtonBox.StandardButton.Yes).text() == "&Ya"
    assert QCoreApplication.translate("QLineEdit", "&Copy") == "&Salin"
    i18n.install(qapp, "en", directory=qm_dir)
    assert QCoreApplication.translate("QLineEdit", "&Copy") == "&Copy"


def test_missing_catalogue_falls_back_to_indonesian(qapp: QApplication, tmp_path: Path) -> None:
    assert i18n.install(qapp, "en", directory=tmp_path) == "id"
    assert i18n.current_language() == "id"


@pytest.mark.parametrize(
    ("code", "expected"),
    [("en", "en"), ("EN_us", "en"), ("en-GB", "en"), ("id", "id"), ("fr", "id"), ("", "id"), (None, "id")],
)
def test_normalise(code: object, expected: str) -> None:
    assert i18n.normalise(code) == expected


def test_follow_office_setting_and_environment(
    qapp: QApplication, db: Database, coordinator: Actor, qm_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: qm_dir)
    assert i18n.follow_office(db, qapp) == "id"
    office.update_settings(db, coordinator, lambda st: dataclasses.replace(st, language="en"))
    assert i18n.follow_office(db, qapp) == "en"
    assert QCoreApplication.translate("MainWindow", "&Berkas") == "&File"
    monkeypatch.setenv(i18n.ENV_LANGUAGE, "id")  # one PC may override the office (screenshots, tests)
    assert i18n.follow_office(db, qapp) == "id"
    assert QCoreApplication.translate("MainWindow", "&Berkas") == "&Berkas"


def _english_left(root: QWidget, sources: set[str]) -> list[str]:
    """Texts on `root`'s labels, buttons, boxes and headers that are still an English source of Qt's catalogue."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QHeaderView, QLabel

    texts: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QHeaderView) and w.model() is not None:
            texts += [str(w.model().headerData(c, Qt.Orientation.Horizontal)) for c in range(w.count())]
    return sorted({t for t in texts if t in sources})


def test_qt_file_and_print_dialogs_speak_indonesian(qapp: QApplication, qm_dir: Path, tmp_path: Path) -> None:
    """Issue 17 item 8: Qt ships no Indonesian; ours translates every string its file and print dialogs show."""
    import xml.etree.ElementTree as ET

    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QFileDialog

    sources = {
        m.findtext("source") or ""
        for m in ET.parse(TS_DIR / "qtbase_id.ts").iter("message")
        if m.findtext("source") != m.findtext("translation")
    }
    i18n.install(qapp, "id", directory=qm_dir)
    files = QFileDialog(None, "Simpan PDF", str(tmp_path))
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    printer = QPrinter()  # kept referenced while the dialog lives (a temporary one crashed Qt here)
    printing = QPrintDialog(printer)
    try:
        assert _english_left(files, sources) == []
        assert _english_left(printing, sources) == []
        labels = {w.text() for w in files.findChildren(QLabel)}
        assert "&Nama berkas:" in labels and "&Lihat di:" in labels
    finally:
        files.deleteLater()
        printing.deleteLater()
    i18n.install(qapp, "en", directory=qm_dir)
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "File &name:"
