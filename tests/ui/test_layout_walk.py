"""Every window, tab, settings page and dialog in both languages, with the program's style at 1366×768: fails on an
Alt+letter used twice among what is on screen at once (a clash only moves focus between the two: "Alt+S untuk
Simpan" jumped to "Saluran"), on a label or column header whose text is cut, and on a drop-down that opens showing
fewer than 8 rows when it has them (issue 17, item 2).

The scenes are those of the English test (test_translations_complete.py: walk_window, walk_dialogs); only what is
looked at differs.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import users
from puskesos_desktop.ui import i18n, style
from tests.ui.test_translations_complete import (
    TS,
    Inspector,
    demo_db,  # noqa: F401 - fixtures
    demo_path,  # noqa: F401
    dialogs_answered,  # noqa: F401
    lrelease,
    settle,
    walk_dialogs,
    walk_window,
)

MIN_ROWS = 8  # a drop-down that has them shows at least this many rows
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def shown(w: QWidget, root: QWidget) -> bool:
    return w.isVisibleTo(root) and w.isVisible()


def shortcuts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(letter, what) for every Alt+letter live in the window as it is on screen now."""
    for w in [root, *root.findChildren(QWidget)]:
        if w.window() is not root or not shown(w, root):
            continue
        text = ""
        if isinstance(w, QAbstractButton):
            text = w.text()
        elif isinstance(w, QLabel) and w.buddy() is not None:
            text = w.text()
        elif isinstance(w, QGroupBox):
            text = w.title()
        if text and (letter := mnemonic(text)):
            yield letter, f"{type(w).__name__} {text!r}"
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i) and (letter := mnemonic(w.tabText(i))):
                    yield letter, f"tab {w.tabText(i)!r}"
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.isVisible() and (letter := mnemonic(action.text())):
                yield letter, f"menu {action.text()!r}"


def clashes(root: QWidget) -> list[str]:
    seen: dict[str, list[str]] = {}
    for letter, what in shortcuts(root):
        seen.setdefault(letter, []).append(what)
    return [f"Alt+{k.upper()}: {', '.join(v)}" for k, v in sorted(seen.items()) if len(v) > 1]


def cut_texts(root: QWidget) -> list[str]:
    found: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.window() is not root or not shown(w, root):
            continue
        if isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.RichText and w.pixmap().isNull():
            text = w.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            if not text.strip() or "<" in text:
                continue
            width = w.contentsRect().width() - 2 * w.margin()
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 1:
                    found.append(f"label {text[:60]!r}: {w.height()} px high, needs {need}")
            else:
                lines = text.split("\n")
                need = max(w.fontMetrics().horizontalAdvance(line) for line in lines)
                if need > width + 1:
                    found.append(f"label {text[:60]!r}: {width} px wide, needs {need}")
        header = w if isinstance(w, QHeaderView) else None
        if header is not None and header.orientation() == Qt.Orientation.Horizontal and header.model() is not None:
            model = header.model()
            for c in range(model.columnCount()):
                if header.isSectionHidden(c):
                    continue
                text = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                need = max((header.fontMetrics().horizontalAdvance(line) for line in text.split("\n")), default=0)
                if text and need + 8 > header.sectionSize(c):
                    found.append(f"column {text!r}: {header.sectionSize(c)} px, needs {need + 8}")
    return found


def short_dropdowns(root: QWidget) -> list[str]:
    found: list[str] = []
    for combo in root.findChildren(QComboBox):
        if combo.window() is not root or not shown(combo, root) or not combo.isEnabled() or combo.count() < 2:
            continue
        combo.showPopup()
        QApplication.processEvents()
        view = combo.view()
        row = max(1, view.sizeHintForRow(0))
        rows = view.viewport().height() / row
        want = min(MIN_ROWS, combo.count())
        combo.hidePopup()
        QApplication.processEvents()
        if rows + 0.05 < want:
            label = combo.currentText() or combo.itemText(0)
            found.append(f"drop-down {label[:40]!r}: shows {rows:.1f} of {combo.count()} rows")
    return found


class LayoutInspector(Inspector):
    """Looks at shortcuts, cut text and drop-downs instead of words."""

    def __init__(self) -> None:
        super().__init__(set(), set())
        self.findings: list[str] = []

    def look(self, widget: QWidget, scene: str) -> None:
        settle(widget)
        self.seen.append(scene)
        window = widget.window()  # a wizard's buttons, a dialog's button box: all in the one window
        for problem in [*clashes(window), *cut_texts(window), *short_dropdowns(window)]:
            self.findings.append(f"{scene} › {problem}")


@pytest.fixture(params=["id", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    saved_font, saved_sheet = qapp.font(), qapp.styleSheet()
    style.apply(qapp)
    if request.param == "en":
        for ts in TS.parent.glob("*.ts"):
            qm = tmp_path / ts.with_suffix(".qm").name
            subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        i18n.install(qapp, "en", directory=tmp_path)
    yield request.param
    if request.param == "en":
        i18n.remove(qapp)
    qapp.setStyleSheet(saved_sheet)
    qapp.setFont(saved_font)


def _report(inspector: LayoutInspector) -> str:
    return "\n".join([*sorted(set(inspector.findings)), "", "Scenes that failed:", *inspector.errors])


def test_main_window_layout(qtbot: QtBot, demo_db: Database, language: str) -> None:  # noqa: F811
    inspector = LayoutInspector()
    walk_window(qtbot, demo_db, users.get_user(demo_db, "koordinator").actor(), inspector)
    assert len(inspector.seen) >= 10
    assert not inspector.findings and not inspector.errors, _report(inspector)


def test_every_dialog_layout(
    qtbot: QtBot,
    demo_db: Database,  # noqa: F811
    empty_db: Database,
    language: str,
    dialogs_answered: dict[str, Callable[[QDialog], None]],  # noqa: F811
) -> None:
    inspector = LayoutInspector()
    walk_dialogs(qtbot, demo_db, empty_db, inspector, dialogs_answered)
    assert len(inspector.seen) >= 20
    assert not inspector.findings and not inspector.errors, _report(inspector)
    QCoreApplication.processEvents()
