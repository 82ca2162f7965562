"""Bantuan: the user guide with its screenshots, the About box, the Help menu's actions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from puskesos_desktop import __version__
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui import help as help_ui
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def test_every_picture_in_the_guide_and_readme_exists() -> None:
    for doc in (ROOT / "docs" / "PANDUAN.md", ROOT / "README.md"):
        images = IMAGE.findall(doc.read_text(encoding="utf-8"))
        assert images, doc
        for ref in images:
            assert (doc.parent / ref).is_file(), f"{doc.name}: {ref} missing (make screenshots)"


def test_guide_chapters_skip_code_blocks() -> None:
    text = "# Judul\n## 1. Satu\n```\n## bukan judul\n```\n### Sub\n## 2. Dua ##\n"
    assert help_ui.chapters(text) == [(2, "1. Satu"), (3, "Sub"), (2, "2. Dua")]


def test_guide_window_shows_the_guide_with_pictures(qtbot: QtBot) -> None:
    window = help_ui.GuideWindow()
    qtbot.addWidget(window)
    window.resize(1100, 680)
    window.show()
    assert window.path == ROOT / "docs" / "PANDUAN.md"
    titles = [window.contents.item(i).text().strip() for i in range(window.contents.count())]
    assert titles[0].startswith("1. Mengenal")
    assert any("Bila ada masalah" in t for t in titles)
    assert "Puskesos Desktop" in window.browser.toPlainText()
    # Screenshots resolve next to the guide and are scaled to the page width.
    image = window.browser.loadResource(2, QUrl("images/main-window.png"))
    assert isinstance(image, QImage) and not image.isNull()
    assert image.width() / image.devicePixelRatio() <= help_ui.GuideBrowser.MAX_IMAGE_WIDTH
    # A chapter from the contents puts its heading in view.
    row = next(i for i, t in enumerate(titles) if t.startswith("8."))
    window.contents.setCurrentRow(row)
    assert window.browser.textCursor().block().text() == titles[row]
    # Search: found, then not found marks the field.
    window.search.setText("SALINAN")
    window.find_next()
    assert window.browser.textCursor().selectedText() == "SALINAN"
    window.search.setText("tidak-ada-kata-ini")
    window.find_next()
    assert window.search.property("invalid") == "true"
    assert window.search_status.text() == "tidak ditemukan"


def test_missing_guide_says_where_it_looked(qtbot: QtBot, tmp_path: Path) -> None:
    window = help_ui.GuideWindow(path=tmp_path / "PANDUAN.md")
    qtbot.addWidget(window)
    assert "tidak ditemukan" in window.browser.toPlainText()
    assert window.contents.count() == 0


def test_about_box_has_version_and_licence(qtbot: QtBot) -> None:
    dialog = help_ui.AboutDialog(database="/data/puskesos.sqlite3")
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert __version__ in text
    assert "GPL-3.0-or-later" in text
    assert "/data/puskesos.sqlite3" in text
    assert not dialog.windowIcon().isNull()


def test_help_menu_in_the_main_window(qtbot: QtBot, db: Database, front: Actor,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(AppContext(db, front))
    qtbot.addWidget(window)
    actions = [a for a in window.menu_help.actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == ["&Panduan pengguna", "&Laporan galat", "&Tentang Puskesos Desktop"]
    assert window.help.action_guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.help.action_guide.trigger()
    guide = window.help.guide
    assert guide is not None and guide.isVisible()
    window.help.action_guide.trigger()  # a second F1 brings the same window forward
    assert window.help.guide is guide
    shown: list[QDialog] = []
    monkeypatch.setattr(help_ui.AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window.show_about()
    where = db.path.name if db.path is not None else str(db.engine.url.database)  # the file, or the server's database
    assert len(shown) == 1 and where in shown[0].text.text()
    guide.close()
