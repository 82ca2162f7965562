"""Bantuan: the user guide (docs/PANDUAN.md, rendered with its screenshots), the crash report and the About box.

The main window's Help menu gets its actions from HelpMenu; the guide is a window of its own (not modal), so
staff can keep it open beside the program while they work.
"""

from __future__ import annotations

import platform
import re
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QObject, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QImage, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop import APP_NAME, __version__
from puskesos_desktop.config import data_dir
from puskesos_desktop.ui import crashlog
from puskesos_desktop.ui.style import app_icon, repolish

GUIDE_FILE = "PANDUAN.md"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
HEADING = re.compile(r"^(#{1,3})\s+(.+?)\s*#*\s*$")


def docs_dir() -> Path:
    """docs/ inside the PyInstaller bundle when frozen, else beside the package (a source checkout)."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "docs"
    return Path(__file__).resolve().parents[2] / "docs"


def guide_path() -> Path:
    return docs_dir() / GUIDE_FILE


def chapters(markdown: str) -> list[tuple[int, str]]:
    """(level, title) of the guide's headings, for the table of contents (code blocks skipped)."""
    out: list[tuple[int, str]] = []
    fenced = False
    for line in markdown.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        match = None if fenced else HEADING.match(line)
        if match and len(match.group(1)) >= 2:
            out.append((len(match.group(1)), match.group(2).strip()))
    return out


class GuideBrowser(QTextBrowser):
    """Shows the guide; screenshots are scaled down to the width of the page so none needs scrolling sideways."""

    MAX_IMAGE_WIDTH = 900

    def __init__(self, base: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self.setOpenExternalLinks(True)
        self.setSearchPaths([str(base)])
        self.document().setBaseUrl(QUrl.fromLocalFile(str(base) + "/"))

    def image_width(self) -> int:
        return max(320, min(self.MAX_IMAGE_WIDTH, self.viewport().width() - 40))

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        url = QUrl(name) if isinstance(name, str) else name
        if kind == 2:  # QTextDocument.ResourceType.ImageResource
            path = Path(url.toLocalFile()) if url.isLocalFile() else self.base / url.toString()
            image = QImage(str(path))
            if not image.isNull():
                ratio = self.devicePixelRatioF()
                width = int(self.image_width() * ratio)
                if image.width() > width:
                    image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
                image.setDevicePixelRatio(ratio)  # sharp on high-DPI screens
                return image
        return super().loadResource(kind, name)


class GuideWindow(QDialog):
    """Panduan pengguna: contents on the left, the guide on the right, Ctrl+F to search it."""

    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.path = path or guide_path()
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setup_ui()
        self.retranslate_ui()
        self.load()

    def setup_ui(self) -> None:
        self.setWindowIcon(app_icon())
        self.resize(1100, 680)  # fits 1366×768 with the taskbar
        layout = QVBoxLayout(self)
        search_row = QHBoxLayout()
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.search_status = QLabel()
        self.search_status.setObjectName("hint")
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.search_status)
        layout.addLayout(search_row)
        self.splitter = QSplitter()
        self.contents = QListWidget()
        self.contents.setMinimumWidth(220)
        self.contents.setWordWrap(True)  # long chapter titles wrap instead of scrolling sideways
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser = GuideBrowser(self.path.parent)
        self.splitter.addWidget(self.contents)
        self.splitter.addWidget(self.browser)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 840])
        layout.addWidget(self.splitter, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.contents.currentRowChanged.connect(self.go_to_chapter)
        self.search.returnPressed.connect(self.find_next)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.find_next)
        self.setTabOrder(self.search, self.contents)
        self.setTabOrder(self.contents, self.browser)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Panduan Pengguna — {0}").format(APP_NAME))
        self.search_label.setText(self.tr("&Cari di panduan:"))
        self.search.setPlaceholderText(self.tr("ketik kata, lalu Enter (Enter lagi: berikutnya)"))
        self.search.setToolTip(self.tr("Mencari kata di seluruh panduan. Ctrl+F dari mana saja di jendela ini."))
        self.contents.setToolTip(self.tr("Daftar isi: pilih bagian untuk langsung ke sana."))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))

    def load(self) -> None:
        self.contents.clear()
        if not self.path.exists():
            self.browser.setPlainText(
                self.tr("Panduan tidak ditemukan di {0}. Pasang ulang program, atau buka docs/PANDUAN.md.").format(
                    self.path
                )
            )
            self.headings: list[tuple[int, str]] = []
            return
        text = self.path.read_text(encoding="utf-8")
        self.browser.setMarkdown(text)
        self.headings = chapters(text)
        for level, title in self.headings:
            self.contents.addItem(("    " if level > 2 else "") + title)

    def go_to_chapter(self, row: int) -> None:
        if not 0 <= row < len(self.headings):
            return
        level, title = self.headings[row]
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == level and block.text().strip() == title:
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                # Put the heading at the top of the view, not just somewhere visible.
                bar = self.browser.verticalScrollBar()
                bar.setValue(bar.maximum())
                self.browser.ensureCursorVisible()
                return
            block = block.next()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def find_next(self) -> None:
        needle = self.search.text().strip()
        if not needle:
            return
        found = self.browser.find(needle)
        if not found:  # wrap around once
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            found = self.browser.find(needle)
        self.search_status.setText("" if found else self.tr("tidak ditemukan"))
        self.search.setProperty("invalid", "false" if found else "true")
        repolish(self.search)


class AboutDialog(QDialog):
    """Tentang: name, version, licence, and where this PC keeps the office's data."""

    def __init__(self, parent: QWidget | None = None, database: str = "") -> None:
        super().__init__(parent)
        self.database = database
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.logo = QLabel()
        self.logo.setPixmap(app_icon().pixmap(96, 96))
        self.logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.logo)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setOpenExternalLinks(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        top.addWidget(self.text, 1)
        layout.addLayout(top)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.button_licence = self.buttons.addButton("", QDialogButtonBox.ButtonRole.HelpRole)
        self.button_licence.clicked.connect(self.open_licence)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Tentang {0}").format(APP_NAME))
        parts = [
            f"<h2>{APP_NAME} {__version__}</h2>",
            self.tr(
                "Pendaftaran keluhan, pengecekan DTKS/DTSEN, rujukan dan laporan untuk Pusat Kesejahteraan Sosial "
                "(Puskesos) desa. Bekerja tanpa internet; data pribadi warga tetap di komputer ini."
            ),
            "<br><br>",
            self.tr("Lisensi: GNU General Public License versi 3 atau lebih baru (GPL-3.0-or-later)."),
            "<br>",
            self.tr("Huruf DejaVu: lisensi bebas Bitstream Vera/DejaVu."),
            "<br><br>",
            self.tr("Database: {0}").format(self.database or str(data_dir())),
            "<br>",
            f"<small>Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}</small>",
        ]
        self.text.setText("".join(parts))
        self.button_licence.setText(self.tr("Baca &lisensi"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))

    def open_licence(self) -> None:
        QDesktopServices.openUrl(QUrl(LICENCE_URL))


class CrashReportDialog(QDialog):
    """Bantuan › Laporan galat: the crash log (stacks only: no names, NIKs or typed text) with a Copy button, to send
    to the district's IT facilitator."""

    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.path = path or crashlog.log_path()
        self.log = crashlog.read_log(self.path)
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setPlainText(self.log)
        self.text.moveCursor(QTextCursor.MoveOperation.End)  # the latest entry
        layout.addWidget(self.text, 1)
        self.where = QLabel()
        self.where.setObjectName("hint")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.button_copy = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.button_copy.setEnabled(bool(self.log))
        self.button_copy.clicked.connect(self.copy)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Laporan galat"))
        self.intro.setText(
            self.tr(
                "Catatan teknis setiap kali program galat atau tertutup mendadak. Isinya hanya letak galat di dalam "
                "program — tanpa nama, NIK, atau isian warga. Salin dan kirimkan kepada pendamping TI kabupaten."
            )
            if self.log
            else self.tr("Belum ada laporan galat: program belum pernah galat di komputer ini.")
        )
        self.where.setText(self.tr("Berkas: {0}").format(self.path or "-"))
        self.button_copy.setText(self.tr("&Salin laporan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))

    def report_text(self) -> str:
        head = (
            f"{APP_NAME} {__version__} · Python {platform.python_version()} · Qt {qVersion()} · "
            f"{platform.system()} {platform.release()}"
        )
        return f"{head}\n\n{self.log}"

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.report_text())
        self.button_copy.setText(self.tr("Tersalin ✓"))


class HelpMenu(QObject):
    """The Help menu's actions: Panduan pengguna (F1), Laporan galat and Tentang."""

    def __init__(self, window: QWidget, menu: QMenu, database: str = "") -> None:
        super().__init__(window)
        self.window = window
        self.database = database
        self.guide: GuideWindow | None = None
        self.action_guide = QAction(window)
        self.action_guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.action_guide.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action_guide.triggered.connect(self.show_guide)
        self.action_crash_report = QAction(window)
        self.action_crash_report.triggered.connect(self.show_crash_report)
        self.action_about = QAction(window)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about.triggered.connect(self.show_about)
        menu.addAction(self.action_guide)
        menu.addAction(self.action_crash_report)
        menu.addSeparator()
        menu.addAction(self.action_about)
        window.setWindowIcon(app_icon())
        window.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.action_guide.setText(self.tr("&Panduan pengguna"))
        self.action_guide.setStatusTip(self.tr("Membuka panduan pengguna berbahasa Indonesia (F1)."))
        self.action_crash_report.setText(self.tr("&Laporan galat"))
        self.action_crash_report.setStatusTip(self.tr("Catatan teknis galat program, untuk dikirim ke pendamping TI."))
        self.action_about.setText(self.tr("&Tentang {0}").format(APP_NAME))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The event type first: while the window is torn down, this wrapper's attributes may already be gone.
        if event.type() == QEvent.Type.LanguageChange and watched is self.parent():
            self.retranslate_ui()
        return False

    def show_guide(self) -> GuideWindow:
        if self.guide is None:
            self.guide = GuideWindow(self.window)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def crash_log_path(self) -> Path:
        """The installed crash log, or where the window's database keeps it (``logs/`` beside it)."""
        installed = crashlog.log_path()
        if installed is not None:
            return installed
        folder = Path(self.database).parent / "logs" if self.database else crashlog.logs_dir_for(None)
        return folder / crashlog.LOG_NAME

    def show_crash_report(self) -> CrashReportDialog:
        dialog = CrashReportDialog(self.window, self.crash_log_path())
        dialog.exec()
        return dialog

    def offer_crash_report(self) -> QMessageBox:
        """At a start after the program did not end normally: say so, and offer the report. Not modal: the desk can
        go on working (and a scripted run is never stopped by it)."""
        box = QMessageBox(self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Program tidak tertutup dengan benar"))
        box.setText(
            self.tr(
                "Terakhir kali {0} tidak tertutup dengan benar (galat program, listrik padam, atau dihentikan "
                "paksa). Data yang sudah tersimpan aman; periksa isian yang sedang dikerjakan saat itu."
            ).format(APP_NAME)
        )
        box.setInformativeText(
            self.tr("Bila program galat, laporan galat dapat disalin dan dikirim ke pendamping TI (Bantuan › "
                    "Laporan galat).")
        )
        view = box.addButton(self.tr("&Lihat laporan galat"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Tutup"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda button: self.show_crash_report() if button is view else None)
        box.show()
        self.crash_notice = box
        return box

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.window, self.database)
        dialog.exec()
        return dialog

