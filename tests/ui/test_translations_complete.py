"""Every window and dialog in English: fails on any visible text left untranslated (issue 8, part 3).

Two nets:
1. A recording translator, installed before the English catalogue and so asked last, sees every string our code
   passed through tr()/translate(). PySide's self.tr() asks the object's class first, then its base classes, and
   takes the first answer that differs from the source, so a string is missing only when no context it was asked
   in has an English translation in puskesos_en.ts (a translation may equal the source: "Status", "Back Office").
2. Every text a person can see (labels, buttons, tabs, menus, group titles, placeholders, tooltips, column
   headers, window titles) is compared with the Indonesian source texts and checked for Indonesian words, which
   catches strings that never went through tr() at all. Hidden widgets count too (wizard pages, tab pages, error
   labels): they show sooner or later. Combo-box items too, less the office's own data (services, partners).

What stays Indonesian on purpose (KEEP_INDONESIAN, office_data()): the closed status words of core/statuses.py
(the district reads them as data), role titles, government levels, programme and institution names, and whatever
the office typed into its database (names, addresses, services, partners, what residents said). A figure list's
title, which a service writes, is Indonesian for now and is let through by name in the dialog test; the services'
refusals and the status desk's story are translated (ServiceMessages, tests/helpers/service_messages.py).

The walk: the main window with every tab and settings page, then every dialog in ui/dialogs/, opened the way staff
open them or built directly, on a small demo village. QDialog.exec is replaced by "look, then close", so a dialog
opened from inside another (the referral form from the workspace) is looked at too; message boxes and file
dialogs answer at once.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.core.statuses import (
    ROLE_LABELS,
    AttachmentKind,
    Channel,
    ComplaintStatus,
    Field,
    ProposalKind,
    ProposalStatus,
    ReferralStatus,
    Urgency,
)
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models.cases import Complaint, Referral
from puskesos_desktop.db.models.catalogue import LEVELS
from puskesos_desktop.db.models.people import Resident
from puskesos_desktop.services import office
from puskesos_desktop.services.admin import catalogue, users
from puskesos_desktop.services.bootstrap import open_office_db
from puskesos_desktop.services.casework import referrals
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import musdes
from puskesos_desktop.ui import i18n
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.main_window import MainWindow
from tests.helpers.jobs import drain
from tests.helpers.villages import demo_village

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "puskesos_en.ts"
sys.path.insert(0, str(ROOT / "scripts"))

from build_translations import lrelease  # noqa: E402

MOMENT = dt.datetime(2026, 11, 23, 9, 30)

# Words that give Indonesian away in an interface text (whole words, lower case).
INDONESIAN_WORDS = {
    "dan",
    "yang",
    "untuk",
    "tidak",
    "belum",
    "dengan",
    "atau",
    "dari",
    "pada",
    "sudah",
    "semua",
    "baru",
    "simpan",
    "batal",
    "cari",
    "tutup",
    "hapus",
    "ubah",
    "pilih",
    "nama",
    "tanggal",
    "kantor",
    "pengguna",
    "keluhan",
    "warga",
    "rujukan",
    "layanan",
    "bidang",
    "laporan",
    "pengaturan",
    "cetak",
    "masuk",
    "keluar",
    "berkas",
    "bantuan",
    "saring",
    "tambah",
    "daftar",
    "halaman",
    "kembali",
    "lanjut",
    "selesai",
    "terbuka",
}
# Official words that stay Indonesian in the English interface too: the closed lists in core/statuses.py (the
# district reads them as data), programme and institution names, the test office's village.
KEEP_INDONESIAN = {
    *(s.value for s in ComplaintStatus),
    *(s.value for s in ReferralStatus),
    *(s.value for s in ProposalStatus),
    *(s.value for s in ProposalKind),
    *(f.value for f in Field),
    *(c.value for c in Channel),
    *(u.value for u in Urgency),
    *(k.value for k in AttachmentKind),  # the closed list of attachment kinds, stored and exported as written
    "Puskesos",
    "DTKS",
    "DTSEN",
    "NIK",
    "KK",
    "SLRT",
    "Musdes",
    "Sukamaju",
    "Bahasa Indonesia",  # the language choice names each language in its own words
    *ROLE_LABELS.values(),  # the official SLRT role titles, as on the decree that appoints the staff
    *LEVELS,  # government levels (Desa, Kabupaten/Kota, Provinsi, Pusat) of programmes and partners
    *referrals.OUTCOME_SOURCES,  # suggestions for a free-text field that is stored and reported as written
}
PATH = re.compile(r"\S*[/\\]\S*")  # file paths (the database's, a backup folder's) are not interface words
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")  # a message template's named placeholders ({nama}) are names, not words


def catalogue_entries() -> dict[tuple[str, str], str]:
    """(context, source) -> English, for the finished translations of puskesos_en.ts."""
    entries: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is not None and tr.text and tr.get("type") not in ("unfinished", "vanished", "obsolete"):
                entries[(name, m.findtext("source") or "")] = tr.text
    return entries


class UntranslatedRecorder(QTranslator):
    """Asked only when no catalogue had a translation for that context; remembers every context asked."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: dict[str, list[str]] = {}  # source -> contexts, in the order asked

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> None:
        if not re.match(r"Q[A-Z]", context or ""):  # Qt's own classes speak English already
            contexts = self.asked.setdefault(source, [])
            if context not in contexts:
                contexts.append(context)
        return None  # null: Qt falls back to the source text

    def missing(self, entries: dict[tuple[str, str], str]) -> list[str]:
        # The recorder hears only the contexts that had no answer differing from the source; the context that did
        # answer (a base class's, or the class's own with an identical English) is not among them. So a string
        # counts as translated when the catalogue translates it in any context.
        translated = {source for (_, source) in entries}
        left = [(contexts[0], source) for source, contexts in self.asked.items() if source not in translated]
        return sorted(f"{context}: {source!r}" for context, source in left)


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every piece of interface text under root, shown now or later (hidden pages too)."""
    for w in [root, *root.findChildren(QWidget)]:
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
        elif isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            yield name + " placeholder", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield name + " item", w.itemText(i)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield name, w.tabText(i)
                if w.tabToolTip(i):
                    yield name + " tab tooltip", w.tabToolTip(i)
        elif isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount()):
                header = model.headerData(c, Qt.Orientation.Horizontal)
                if header:
                    yield name + " header", str(header)
    if isinstance(root, QMainWindow):
        for menu in root.menuBar().findChildren(QWidget):
            for action in menu.actions():
                if action.text():
                    yield "menu", action.text()
                if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
                    yield "menu tooltip", action.toolTip()


class Inspector:
    """Collects what is still Indonesian on screen, scene by scene."""

    def __init__(self, sources: set[str], data: set[str]) -> None:
        self.sources = sources
        # Longest first, so "Desa Sukamaju Baru" goes before "Sukamaju".
        self.data = sorted((d for d in data if d and len(d) > 2), key=len, reverse=True)
        self.left: set[str] = set()
        self.seen: list[str] = []  # scene names, to prove the walk reached them
        self.errors: list[str] = []

    def add_data(self, texts: set[str]) -> None:
        self.data = sorted({*self.data, *(t for t in texts if t and len(t) > 2)}, key=len, reverse=True)

    def looks_indonesian(self, text: str) -> bool:
        plain = text.replace("&", "").strip()
        if not plain or plain in KEEP_INDONESIAN:
            return False
        if plain in self.sources:
            return True
        for d in self.data:
            plain = plain.replace(d, " ")
        words = set(re.findall(r"[a-z]+", PLACEHOLDER.sub(" ", PATH.sub(" ", plain)).lower()))
        return bool(words & INDONESIAN_WORDS)

    def look(self, widget: QWidget, scene: str) -> None:
        settle(widget)
        self.seen.append(scene)
        for where, text in widget_texts(widget):
            if self.looks_indonesian(text):
                self.left.add(f"{scene} › {where}: {text!r}")

    def scene(self, name: str, action: Callable[[], object]) -> None:
        try:
            action()
        except Exception as exc:  # noqa: BLE001 - one broken scene must not hide the others' findings
            self.errors.append(f"{name}: {type(exc).__name__}: {exc}")


def settle(widget: QWidget) -> None:
    """Background loads (tabs, reports) finish and their results land before we read the texts."""
    for _ in range(3):
        QApplication.processEvents()
        drain()
        QApplication.processEvents()


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


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo village (complaints in every state, referrals, proposals, a Musdes), built once."""
    return demo_village(tmp_path_factory.getbasetemp(), 120, 1, MOMENT.date())


@pytest.fixture
def demo_db(demo_path: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "desa.sqlite3"
    copy.write_bytes(demo_path.read_bytes())
    clock.set_clock(lambda: MOMENT)
    database = open_office_db(f"sqlite:///{copy}")
    yield database
    database.dispose()


# Names of the exchange workbooks' sheets and columns (excel/headers.py): a contract with the district, quoted as is.
CONTRACT_NAMES = {"Usulan DTKS", "Tanggal Hasil", "Keterangan Hasil", "Rujukan"}


def office_data(db: Database) -> set[str]:
    """Texts the office typed in (names, addresses, what residents said, the catalogue): they stay as written
    whatever the interface language. Also the exchange's sheet and column names."""
    data: set[str] = set(CONTRACT_NAMES)
    with db.read() as s:
        data |= {d for d in s.scalars(select(Complaint.description)) if d}
        data |= {n for n in s.scalars(select(Resident.name)) if n}
        data |= {a for a in s.scalars(select(Resident.address)) if a}
    for p in catalogue.list_programmes(db, active_only=False):
        data |= {p.code, p.name, f"{p.code} — {p.name}"}
    data |= {s.name for s in catalogue.list_services(db, active_only=False)}
    data |= {p.name for p in catalogue.list_partners(db, active_only=False)}
    data |= {u.full_name for u in users.list_users(db)}
    # A proposal's kind and status stay as the registry writes them, also inside a sentence ("USL/… (Tambah,
    # Ditolak)"): the closed lists of core/statuses.py, written with their capital (issue 17 item 7).
    data |= {k.value for k in ProposalKind} | {st.value for st in ProposalStatus}
    profile = office.get_profile(db)
    if profile is not None:
        data |= {str(v) for v in vars(profile).values() if isinstance(v, str)}
    return data


@pytest.fixture
def dialogs_answered(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Callable[[QDialog], None]]]:
    """QDialog.exec looks at the dialog (through the hook set per test), runs the follow-up registered for its
    class, and closes it; message boxes say OK/No and file dialogs are cancelled, so nothing ever waits."""
    follow_ups: dict[str, Callable[[QDialog], None]] = {}

    def fake_exec(dialog: QDialog) -> int:
        if isinstance(dialog, QMessageBox):
            return int(QMessageBox.StandardButton.No.value)
        dialog.show()
        follow_ups["*"](dialog)
        action = follow_ups.pop(type(dialog).__name__, None)
        if action is not None:
            action(dialog)
        dialog.close()
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    yield follow_ups


def report(recorder: UntranslatedRecorder, inspector: Inspector) -> str:
    missing = recorder.missing(catalogue_entries())
    lines = ["Not in the English catalogue:", *missing, "", "Still Indonesian on screen:", *sorted(inspector.left)]
    return "\n".join([*lines, "", "Scenes that failed:", *inspector.errors])


def english_sources() -> set[str]:
    """Source texts whose English differs: showing one of them means a translation did not happen."""
    plain = {src.replace("&", ""): en.replace("&", "") for (_, src), en in catalogue_entries().items()}
    return {src for src, en in plain.items() if en != src} - {en for en in plain.values()}


def dialog_classes() -> set[str]:
    """Every window class in ui/dialogs/ (not the bases forms build on): a new dialog needs a scene here."""
    import importlib
    import pkgutil

    import puskesos_desktop.ui.dialogs as package

    bases = {"FormDialog", "WizardDialog"}
    found: set[str] = set()
    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if isinstance(obj, type) and obj.__module__ == module.__name__ and name not in bases:
                if issubclass(obj, QDialog) or name == "LockScreen":
                    found.add(name)
    return found


def test_main_window_tabs_and_settings_pages_in_english(
    qtbot: QtBot, demo_db: Database, english: UntranslatedRecorder
) -> None:
    coordinator = users.get_user(demo_db, "koordinator").actor()
    inspector = Inspector(english_sources(), office_data(demo_db))
    walk_window(qtbot, demo_db, coordinator, inspector)
    assert len(inspector.seen) >= 10
    assert not recorder_missing(english) and not inspector.left and not inspector.errors, report(english, inspector)


def walk_window(qtbot: QtBot, db: Database, actor: Actor, inspector: Inspector) -> MainWindow:
    """The main window at 1366×768 with every tab and every settings page shown in turn."""
    window = MainWindow(AppContext(db, actor))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for i, page in enumerate(window.tab_pages):
        window.tabs.setCurrentIndex(i)
        inspector.look(window, type(page).__name__)
        index, page_at = getattr(page, "index", None), getattr(page, "page_at", None)
        if isinstance(index, QListWidget) and page_at is not None:  # Pengaturan: one page per row, built when chosen
            for row in range(index.count()):
                index.setCurrentRow(row)
                inspector.look(window, f"{type(page).__name__} › {type(page_at(row)).__name__}")
    return window


def recorder_missing(recorder: UntranslatedRecorder) -> list[str]:
    return recorder.missing(catalogue_entries())


def walk_dialogs(
    qtbot: QtBot,
    db: Database,
    empty_db: Database,
    inspector: Inspector,
    dialogs_answered: dict[str, Callable[[QDialog], None]],
) -> None:
    """Every dialog of ui/dialogs/, opened the way staff open them (or built directly), each looked at by the
    inspector: the English test and the layout test (test_layout_walk.py) walk the same scenes."""
    from puskesos_desktop.cli.commands.print import reprinter
    from puskesos_desktop.services.people import residents
    from puskesos_desktop.services.reporting import reports
    from puskesos_desktop.services.reporting.report_queries import FigureRef
    from puskesos_desktop.ui.dialogs.admin.account_dialogs import AccountDialog, ResetPasswordDialog
    from puskesos_desktop.ui.dialogs.admin.change_password import ChangePasswordDialog, FilePasswordDialog
    from puskesos_desktop.ui.dialogs.admin.lock_screen import LockScreen
    from puskesos_desktop.ui.dialogs.admin.login import LoginDialog
    from puskesos_desktop.ui.dialogs.admin.server_connection import ServerConnectionDialog
    from puskesos_desktop.ui.dialogs.admin.setup_wizard import SetupWizard
    from puskesos_desktop.ui.dialogs.back.outcome_form import OutcomeDialog
    from puskesos_desktop.ui.dialogs.back.workspace import WorkspaceDialog
    from puskesos_desktop.ui.dialogs.common.figure_list import FigureListDialog
    from puskesos_desktop.ui.dialogs.common.pdf_preview import PdfPreviewDialog
    from puskesos_desktop.ui.dialogs.exchange.desil_wizard import DesilWizard
    from puskesos_desktop.ui.dialogs.exchange.export_wizard import ExportWizard
    from puskesos_desktop.ui.dialogs.exchange.feedback_wizard import FeedbackWizard
    from puskesos_desktop.ui.dialogs.exchange.import_wizard import ImportWizard
    from puskesos_desktop.ui.dialogs.exchange.population_wizard import PopulationWizard
    from puskesos_desktop.ui.dialogs.front.duplicate_guard import DuplicateGuardDialog
    from puskesos_desktop.ui.dialogs.front.message_dialog import MessageDialog
    from puskesos_desktop.ui.dialogs.front.visit_form import VisitFormDialog
    from puskesos_desktop.ui.dialogs.registry.musdes_session import MusdesSessionDialog

    coordinator: Actor = users.get_user(db, "koordinator").actor()
    ctx = AppContext(db, coordinator)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()

    def look_at(dialog: QWidget) -> None:
        inspector.look(dialog, type(dialog).__name__)

    dialogs_answered["*"] = look_at

    def tab(name: str) -> Any:
        page = next(p for p in window.tab_pages if type(p).__name__ == name)
        window.tabs.setCurrentWidget(page)
        settle(window)
        return page

    with db.read() as s:
        open_complaint = s.scalars(
            select(Complaint).where(Complaint.status == ComplaintStatus.DITERUSKAN.value).order_by(Complaint.id)
        ).first()
        assert open_complaint is not None
        complaint_id, complaint_number, resident_id = (
            open_complaint.id,
            open_complaint.number,
            open_complaint.resident_id,
        )
        sent = s.scalars(select(Referral).where(Referral.status == ReferralStatus.DIKIRIM.value)).first()
        assert sent is not None
        referral_number = sent.number

    # Refusals, the reasons a complaint cannot be closed yet and the status desk's story are translated
    # (ServiceMessages, issue 17 item 9); a figure list's title is still Indonesian: known and left for later, it
    # is data to this test.
    figures = reports.records(db, coordinator, FigureRef("complaints", "2026-11"))
    inspector.add_data({figures.title})

    def built(dialog: QWidget) -> None:
        qtbot.addWidget(dialog)
        dialog.show()
        look_at(dialog)
        dialog.close()

    # Front office: the resident page (and, from it, the forms staff open there), new resident, complaint form,
    # status desk, programme information, a field visit.
    front = tab("FrontOfficeTab")
    inspector.scene("resident page", lambda: front.open_resident(resident_id))
    inspector.scene("resident form (edit)", lambda: front.edit_resident(resident_id))
    inspector.scene("resident form (new)", front.new_resident)
    inspector.scene("complaint form", lambda: front.register_complaint(resident_id))
    inspector.scene("status desk", lambda: front.open_status_desk(complaint_number))
    inspector.scene("programme info", front.open_programme_info)
    inspector.scene("visit form", lambda: built(VisitFormDialog(ctx)))
    inspector.scene("message to the resident", lambda: built(MessageDialog(ctx, referral_number)))

    # Back office: the complaint workspace, and from it the referral, handling, outcome and reason forms.
    tab("BackOfficeTab")

    def workspace() -> None:
        dialog = WorkspaceDialog(ctx, complaint_id, window)
        qtbot.addWidget(dialog)
        dialog.show()
        settle(dialog)
        look_at(dialog)
        for action in ("refer", "handle", "answer", "assign", "cancel_case", "add_note"):
            button = getattr(dialog, action, None)
            if callable(button):
                # A form whose lists are read on a worker opens when they come: let it, before the next action.
                inspector.scene(f"workspace › {action}", lambda b=button: (b(), settle(dialog)))
        dialog.close()

    inspector.scene("workspace", workspace)
    inspector.scene(
        "outcome form", lambda: built(OutcomeDialog(db, coordinator, referrals.get_referral(db, referral_number)))
    )

    # Reports: the list behind a figure.
    inspector.scene(
        "figure list",
        lambda: built(FigureListDialog(figures)),
    )

    # Accounts and passwords.
    fo = next(u for u in users.list_users(db) if u.username != "koordinator")
    inspector.scene("new account", lambda: built(AccountDialog(db, coordinator)))
    inspector.scene("edit account", lambda: built(AccountDialog(db, coordinator, fo)))
    inspector.scene("reset password", lambda: built(ResetPasswordDialog(db, coordinator, fo)))
    inspector.scene("change password", lambda: built(ChangePasswordDialog(db, coordinator)))
    inspector.scene("change password (forced)", lambda: built(ChangePasswordDialog(db, coordinator, forced=True)))
    inspector.scene("file password", lambda: built(FilePasswordDialog("jejak-audit.xlsx")))
    inspector.scene("login", lambda: built(LoginDialog(db, "Sukamaju")))
    inspector.scene("lock screen", lambda: built(LockScreen(db, coordinator, "Sukamaju")))
    inspector.scene("lock screen (switch)", lambda: built(LockScreen(db, coordinator, "Sukamaju", switch=True)))
    inspector.scene("setup wizard", lambda: built(SetupWizard(empty_db)))
    inspector.scene("server connection", lambda: built(ServerConnectionDialog()))  # "Ubah sambungan" at the start

    # The duplicate guard, as the resident form shows it.
    def duplicates() -> None:
        some = residents.ResidentInput(name="Siti Aminah")
        candidate = residents.DuplicateCandidate(
            kind="resident",
            reason="nama dan tanggal lahir mirip",
            name=some.name,
            nik=None,
            kk=None,
            birth_date=None,
            address="",
            resident_id=resident_id,
        )
        built(DuplicateGuardDialog([candidate]))
        built(DuplicateGuardDialog([residents.DuplicateCandidate(**{**vars(candidate), "blocking": True})]))

    inspector.scene("duplicate guard", duplicates)

    # Data exchange and Musdes.
    inspector.scene("import wizard", lambda: built(ImportWizard(ctx)))
    inspector.scene("desil wizard", lambda: built(DesilWizard(ctx)))
    inspector.scene("population wizard", lambda: built(PopulationWizard(ctx)))

    def dtsen_dialogs() -> None:  # issue 16: Cek Bansos filings and the population register's differences
        import datetime as dt

        from puskesos_desktop.services.registry import cek_bansos
        from puskesos_desktop.ui.dialogs.exchange.population_differences import PopulationDifferencesDialog
        from puskesos_desktop.ui.dialogs.registry.cek_bansos_form import CekBansosForm, CekBansosOutcomeForm

        built(CekBansosForm(ctx, resident_id))
        filing = cek_bansos.Filing(0, resident_id, "", "Usul", dt.date(2026, 11, 2), None, "", dt.date(2026, 11, 16),
                                   "Menunggu", None, "")  # fmt: skip
        built(CekBansosOutcomeForm(ctx, filing))
        built(PopulationDifferencesDialog(ctx))

    inspector.scene("cek bansos and population differences", dtsen_dialogs)
    inspector.scene("export wizard", lambda: built(ExportWizard(ctx)))
    inspector.scene("feedback wizard", lambda: built(FeedbackWizard(ctx)))
    inspector.scene("musdes session", lambda: built(MusdesSessionDialog(ctx, musdes.agenda(db, None))))

    def proposal_page() -> None:  # issue 20: a proposal, its members, then its house photos
        from puskesos_desktop.ui.dialogs.registry.proposal_page import ProposalPageDialog

        item = musdes.agenda(db, None)[0]
        inspector.add_data({item.reason})  # what the office wrote
        dialog = ProposalPageDialog.open_for(ctx, item.proposal_id, window)
        qtbot.addWidget(dialog)
        dialog.show()
        look_at(dialog)
        dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
        look_at(dialog)
        dialog.close()

    inspector.scene("proposal page", proposal_page)

    # The print preview, and Help.
    def preview() -> None:
        pdf = reprinter("receipt")(db, coordinator, complaint_number)
        built(PdfPreviewDialog(pdf, complaint_number, "resi.pdf"))

    inspector.scene("pdf preview", preview)
    inspector.scene("about", window.help.show_about)
    inspector.scene("guide", lambda: look_at(window.help.show_guide()))


def test_every_dialog_in_english(
    qtbot: QtBot,
    demo_db: Database,
    empty_db: Database,
    english: UntranslatedRecorder,
    dialogs_answered: dict[str, Callable[[QDialog], None]],
) -> None:
    inspector = Inspector(english_sources(), office_data(demo_db))
    walk_dialogs(qtbot, demo_db, empty_db, inspector, dialogs_answered)
    never = sorted(dialog_classes() - set(inspector.seen))
    assert not never or inspector.errors, f"dialogs never opened (add a scene for each): {never}"
    assert not recorder_missing(english) and not inspector.left and not inspector.errors, report(english, inspector)
    QCoreApplication.processEvents()
