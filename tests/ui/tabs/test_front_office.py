"""The front office driven through its real widgets (offscreen): search, new resident, complaint with receipt,
letter and proposal, the duplicate guard, and the status desk found by a scanned receipt number.

Modal dialogs are driven by replacing their exec() with a function that types into the real widgets and presses
their real buttons; the PDF preview only records what it was given, and those PDFs are read back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.statuses import ProposalKind, ProposalStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import papers as documents
from puskesos_desktop.services.people import residents, search
from puskesos_desktop.services.registry import cek_bansos, proposals
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.pdf_preview import PdfPreviewDialog
from puskesos_desktop.ui.dialogs.front.complaint_form import ComplaintFormDialog
from puskesos_desktop.ui.dialogs.front.duplicate_guard import DuplicateGuardDialog
from puskesos_desktop.ui.dialogs.front.resident_form import ResidentFormDialog
from puskesos_desktop.ui.dialogs.front.resident_page import ResidentPageDialog
from puskesos_desktop.ui.dialogs.front.status_desk import StatusDeskDialog
from puskesos_desktop.ui.tabs.front_office import FrontOfficeTab
from tests.helpers.driving import drive
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.services.fo_data import add_registry, pdf_qr_codes, pdf_text, resident
from tests.ui.cek_bansos_data import NIK, poor_family


class Seen:
    """What the modal dialogs would have shown."""

    def __init__(self) -> None:
        self.pdfs: list[tuple[str, bytes]] = []
        self.pages: list[int] = []
        self.desks: list[StatusDeskDialog] = []
        self.messages: list[str] = []


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> Seen:
    record = Seen()

    def preview(self: PdfPreviewDialog) -> int:
        record.pdfs.append((self.windowTitle(), self.pdf))
        return 0

    def page(self: ResidentPageDialog) -> int:
        record.pages.append(self.resident_id)
        return 0

    def desk(self: StatusDeskDialog) -> int:
        record.desks.append(self)
        return 0

    def message(*args: Any, **_kw: Any) -> QMessageBox.StandardButton:
        record.messages.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(PdfPreviewDialog, "exec", preview)
    monkeypatch.setattr(ResidentPageDialog, "exec", page)
    monkeypatch.setattr(StatusDeskDialog, "exec", desk)
    for name in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, message)
    return record


@pytest.fixture
def tab(db: Database, front: Actor, qtbot: QtBot, fixed_now: object) -> Iterator[FrontOfficeTab]:
    resident(db, front, "Muhammad Yusuf", "6201021205900001", "6201021205900002", address="Jl. Melati 3")
    resident(db, front, "Siti Aminah", "6201024506800003", "6201021205900002")
    add_registry(db, "6201026303750008", "SITI RAHMAWATI", kk="6201021303750009")
    widget = FrontOfficeTab(AppContext(db, front))
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    widget.activateWindow()
    wait_until(qtbot, widget.isActiveWindow)  # shortcuts only reach an active window
    yield widget
    wait_for_jobs(qtbot)
    search.release(db)


def type_search(qtbot: QtBot, tab: FrontOfficeTab, text: str) -> None:
    tab.search_box.clear()
    qtbot.keyClicks(tab.search_box, text)
    wait_until(qtbot, lambda: tab.results.source.rowCount() > 0 and tab._shown_text == text)


def test_find_a_resident_by_a_misspelt_name(qtbot: QtBot, tab: FrontOfficeTab, seen: Seen) -> None:
    type_search(qtbot, tab, "moh yusup")
    first = tab.results.row_at_proxy(0)
    assert first.name == "Muhammad Yusuf" and first.is_client
    # ↓ into the results, Enter opens the resident's page.
    qtbot.keyClick(tab.search_box, Qt.Key.Key_Down)
    assert tab.results.hasFocus()
    qtbot.keyClick(tab.results, Qt.Key.Key_Return)
    assert seen.pages == [first.resident_id]


def test_registry_person_becomes_a_client_in_one_click(
    qtbot: QtBot, tab: FrontOfficeTab, seen: Seen, db: Database
) -> None:
    type_search(qtbot, tab, "siti rahmawati")
    hit = tab.results.row_at_proxy(0)
    assert hit.kind == "registry" and not hit.is_client
    assert tab.results.model().index(0, 6).data() == "belum"
    qtbot.mouseClick(tab.button_client, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: tab.results.row_at_proxy(0).is_client)
    assert search.search(db, None, "6201026303750008")[0].resident_id is not None


def test_new_resident_without_nik_gets_receipt_letter_and_draft(
    qtbot: QtBot, tab: FrontOfficeTab, seen: Seen, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill_resident(form: ResidentFormDialog) -> None:
        qtbot.keyClicks(form.name, "Budi Tanpa Nik")
        form.no_papers.setChecked(True)
        form.sex.setCurrentIndex(form.sex.findData("L"))
        qtbot.keyClicks(form.birth_place, "Pangkalan Bun")  # required without a NIK (issue 17)
        qtbot.keyClicks(form.birth_date, "01-01-1990")
        qtbot.keyClicks(form.address, "Dusun II")
        qtbot.keyClicks(form.rt, "4")
        qtbot.keyClick(form.address, Qt.Key.Key_Return)  # Enter saves

    def fill_complaint(form: ComplaintFormDialog) -> None:
        form.field.setCurrentIndex(form.field.findData("Kesehatan"))
        form.service.setCurrentIndex(form.service.findText("Pengaktifan kembali BPJS Kesehatan PBI-JK"))
        qtbot.keyClicks(form.description, "Kartu BPJS tidak aktif saat berobat")
        form.documents.item(0).setCheckState(Qt.CheckState.Checked)
        form.consent_data.setChecked(True)  # UU 27/2022: asked at every registration
        qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)

    drive(monkeypatch, ResidentFormDialog, fill_resident, show=True)
    drive(monkeypatch, ComplaintFormDialog, fill_complaint, show=True)
    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wait_until(qtbot, lambda: len(seen.pdfs) == 2)

    (receipt_title, receipt), (letter_title, letter) = seen.pdfs
    assert receipt_title.endswith("RESI/6201022001/2026/11/0001")
    text = pdf_text(receipt)
    assert "SURAT RESI KELUHAN" in text and "Budi Tanpa Nik" in text and "belum punya NIK" in text
    assert "USL/6201022001/2026/11/0001" in text and "REK/6201022001/2026/11/0001" in text
    assert pdf_qr_codes(receipt) == ["RESI/6201022001/2026/11/0001"]
    assert "REK/6201022001/2026/11/0001" in letter_title
    assert "Kependudukan dan Pencatatan Sipil" in pdf_text(letter)
    (draft,) = proposals.list_open(db, None)
    assert draft.kind == ProposalKind.TAMBAH and draft.status == ProposalStatus.DRAF
    assert [m.name for m in draft.members] == ["Budi Tanpa Nik"] and draft.waiting_for_nik
    assert "USL/6201022001/2026/11/0001" in tab.last_message
    wait_for_jobs(qtbot)  # the lists are read again off the UI thread after the save
    assert tab.recent.source.rowCount() == 1


def test_duplicate_guard_stops_a_second_registration(
    qtbot: QtBot, tab: FrontOfficeTab, seen: Seen, db: Database, front: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = resident(db, front, "Budi Tanpa Nik", sex="L", birth_date=dt.date(1990, 1, 1))
    guard_rows: list[int] = []

    def fill_again(form: ResidentFormDialog) -> None:
        qtbot.keyClicks(form.name, "Budi Tanpa Nikk")
        form.no_papers.setChecked(True)
        form.sex.setCurrentIndex(form.sex.findData("L"))
        qtbot.keyClicks(form.birth_place, "Pangkalan Bun")  # required without a NIK (issue 17)
        qtbot.keyClicks(form.birth_date, "01-01-1990")
        qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)

    def choose_existing(guard: DuplicateGuardDialog) -> None:
        guard_rows.append(guard.table.source.rowCount())
        assert guard.table.row_at_proxy(0).resident_id == first
        qtbot.keyClick(guard.table, Qt.Key.Key_Return)  # open the existing person

    drive(monkeypatch, ResidentFormDialog, fill_again, show=True)
    drive(monkeypatch, DuplicateGuardDialog, choose_existing, show=True)
    before = len(residents.find_duplicates(db, None, residents.ResidentInput(name="x", sex="L", no_nik_reason="x")))
    qtbot.mouseClick(tab.button_new, Qt.MouseButton.LeftButton)
    assert guard_rows == [1]
    assert seen.pages == [first]  # the existing page opened instead
    hits = search.search(db, None, "budi tanpa nik")
    assert [h.resident_id for h in hits] == [first]  # still one person
    assert before == 0


def test_status_desk_finds_a_complaint_by_its_scanned_number(
    qtbot: QtBot, tab: FrontOfficeTab, seen: Seen, db: Database, front: Actor
) -> None:
    from puskesos_desktop.services.casework import complaints

    rid = search.search(db, None, "6201021205900001")[0].resident_id
    assert rid is not None
    number = complaints.register_complaint(db, front, complaints.ComplaintInput(rid, "Sosial", "Atap bocor")).number
    # A scanner types the QR's text fast and presses Enter; no waiting for the debounce.
    qtbot.keyClicks(tab.search_box, number)
    qtbot.keyClick(tab.search_box, Qt.Key.Key_Return)
    (desk,) = seen.desks
    wait_for_jobs(qtbot)  # the desk looks the receipt up on a worker
    assert desk.story is not None and desk.story.number == number
    assert "ditelaah" in desk.headline.text()
    assert tab.search_box.text() == ""  # ready for the next scan
    # At the desk: the next resident's receipt, typed in lower case without slashes.
    desk.number.clear()
    qtbot.keyClicks(desk.number, number.lower().replace("/", ""))
    qtbot.keyClick(desk.number, Qt.Key.Key_Return)
    wait_for_jobs(qtbot)
    assert desk.number.text() == number
    desk.channel.setCurrentIndex(desk.channel.findData("Telepon"))
    qtbot.mouseClick(desk.button_inform, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(desk.button_inform, Qt.MouseButton.LeftButton)  # pressed twice while it saves: recorded once
    wait_for_jobs(qtbot)
    assert desk.story.informed_channel == "Telepon" and desk.story.informed_by == "Dewi Lestari"
    documents.receipt_pdf(db, front, number)  # the original was handed out at registration
    qtbot.mouseClick(desk.button_reprint, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: len(seen.pdfs) == 1)
    assert "SALINAN" in pdf_text(seen.pdfs[0][1])


def test_unknown_receipt_is_marked_at_the_desk(qtbot: QtBot, db: Database, front: Actor, seen: Seen) -> None:
    desk = StatusDeskDialog(AppContext(db, front))
    qtbot.addWidget(desk)
    qtbot.keyClicks(desk.number, "RESI/6201022001/2026/11/0042")
    qtbot.keyClick(desk.number, Qt.Key.Key_Return)
    wait_for_jobs(qtbot)
    assert desk.number.property("invalid") == "true" and "tidak ditemukan" in desk.headline.text()
    assert not desk.inform.isVisibleTo(desk)


def test_the_complaint_form_opens_without_reading_the_catalogue_on_the_window_thread(
    qtbot: QtBot, tab: FrontOfficeTab, db: Database, front: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 12: the form's services and facilitators are read with the tab's lists, on a worker; the resident's
    data, registry standing, last consent and earlier proposals on a worker before the form opens."""
    import threading

    from puskesos_desktop.services.admin import catalogue
    from puskesos_desktop.services.casework import visits
    from puskesos_desktop.services.people import consent
    from puskesos_desktop.services.registry import registry_view

    wait_for_jobs(qtbot)  # the tab's lists, read in the background
    on_ui_thread: list[str] = []
    for module, name in (
        (catalogue, "list_services"),
        (visits, "facilitators"),
        # What the form says about the resident (issue 12): four reads that waited on the server on this thread.
        (residents, "get_resident"),
        (registry_view, "for_nik"),
        (consent, "latest"),
        (proposals, "earlier_proposals"),
    ):
        real = getattr(module, name)

        def spy(*args: Any, _real: Any = real, _name: str = name, **kw: Any) -> Any:
            if threading.current_thread() is threading.main_thread():
                on_ui_thread.append(_name)
            return _real(*args, **kw)

        monkeypatch.setattr(module, name, spy)
    services: list[str] = []

    def look(form: ComplaintFormDialog) -> None:
        form.field.setCurrentIndex(form.field.findData("Kesehatan"))
        services.extend(form.service.itemText(i) for i in range(form.service.count()))
        form.done(QDialog.DialogCode.Rejected)

    drive(monkeypatch, ComplaintFormDialog, look)
    ani = resident(db, front, "Ani Suryani", "6201025506850004", "6201021205900002")
    tab.register_complaint(ani)
    tab.register_complaint(ani)  # pressed twice while it is read: one form
    wait_for_jobs(qtbot)  # what the form says about the resident is read on a worker too
    assert services.count("Pengaktifan kembali BPJS Kesehatan PBI-JK") == 1
    assert on_ui_thread == []


def _spy_on_ui_thread(monkeypatch: pytest.MonkeyPatch, calls: list[tuple[Any, str]]) -> list[str]:
    """The names of the given service functions called on the window's thread from now on."""
    import threading

    seen_on_ui: list[str] = []
    for module, name in calls:
        real = getattr(module, name)

        def spy(*args: Any, _real: Any = real, _name: str = name, **kw: Any) -> Any:
            if threading.current_thread() is threading.main_thread():
                seen_on_ui.append(_name)
            return _real(*args, **kw)

        monkeypatch.setattr(module, name, spy)
    return seen_on_ui


def test_enter_before_the_answer_came_searches_off_the_window_thread_and_opens_the_best_match(
    qtbot: QtBot, tab: FrontOfficeTab, seen: Seen, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_ui = _spy_on_ui_thread(monkeypatch, [(search, "answer")])
    tab.search_box.setText("siti aminah")  # typed (or pasted) and Enter at once: no answer shown yet
    tab.search_box.timer.stop()
    qtbot.keyClick(tab.search_box, Qt.Key.Key_Return)
    assert seen.pages == []  # the window answered at once; the page opens with the answer
    wait_until(qtbot, lambda: len(seen.pages) == 1)
    assert tab.results.row_at_proxy(0).name == "Siti Aminah" and seen.pages == [tab.results.row_at_proxy(0).resident_id]
    assert on_ui == []


def test_making_a_client_is_a_job_and_twice_pressed_is_made_once(
    qtbot: QtBot, tab: FrontOfficeTab, seen: Seen, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    type_search(qtbot, tab, "siti rahmawati")
    on_ui = _spy_on_ui_thread(monkeypatch, [(residents, "create_from_registry")])
    tab.make_client()
    tab.make_client()  # pressed again before the first answered
    assert tab.calls.busy("client")
    wait_until(qtbot, lambda: "kini menjadi klien" in tab.message.text())
    wait_for_jobs(qtbot)
    assert on_ui == []
    assert len(search.search(db, None, "siti rahmawati")) == 1  # one client, not two


def test_a_refused_client_is_told_and_changes_nothing(
    qtbot: QtBot, tab: FrontOfficeTab, seen: Seen, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from puskesos_desktop.core.errors import PermissionDenied

    type_search(qtbot, tab, "siti rahmawati")

    def refuse(*_a: Any, **_k: Any) -> Any:
        raise PermissionDenied("Akun ini tidak aktif.")

    monkeypatch.setattr(residents, "create_from_registry", refuse)
    qtbot.mouseClick(tab.button_complaint, Qt.MouseButton.LeftButton)  # "Jadikan klien sekarang?" Ya
    wait_for_jobs(qtbot)
    assert seen.messages[-1] == "Akun ini tidak aktif."
    assert not tab.calls.busy() and not tab.results.row_at_proxy(0).is_client


def test_front_office_shows_calendar_reminder_and_overdue_filings(
    qtbot: QtBot, db: Database, front: Actor, december: None
) -> None:
    rid = poor_family(db, front)
    cek_bansos.record(db, front, rid, cek_bansos.FilingInput("Usul", dt.date(2026, 11, 2)))
    tab = FrontOfficeTab(AppContext(db, front))
    qtbot.addWidget(tab)
    tab.refresh()
    wait_until(qtbot, lambda: tab.cek_bansos_late.source.rowCount() == 1)
    reminder = tab.calendar_line.text().splitlines()[1]
    assert reminder == (
        "Input SIKS-NG ditutup 11 Desember 2026 (2 hari lagi); Usulan PBI-JK ditutup 11 Desember 2026 (2 hari lagi): "
        "0 usulan masih Draf."
    )
    assert tab.calendar_line.text().startswith("Jadwal DTSEN: Musdesus 1–14 Desember 2026")
    assert tab.lists.tabText(3).endswith("(1)")
    tab.start_search(NIK)
    wait_for_jobs(qtbot)
    tab.results.selectRow(0)
    assert tab.button_offer.isEnabled()
    tab._fill_offers()
    assert any("PBI-JK" in a.text() for a in tab.offer_menu.actions())


def test_results_model_is_a_proper_item_model(qtbot: QtBot, db: Database, front: Actor, qtmodeltester: Any) -> None:
    resident(db, front, "Muhammad Yusuf", "6201021205900001", "6201021205900002")
    tab = FrontOfficeTab(AppContext(db, front))
    qtbot.addWidget(tab)
    tab.results.set_rows(search.search(db, None, "yusuf"))
    qtmodeltester.check(tab.results.source)


def test_a_refresh_leaves_an_unchanged_list_alone_and_keeps_its_widths(
    qtbot: QtBot, tab: FrontOfficeTab, db: Database, front: Actor
) -> None:
    """Issue 12: every save reads the lists again; putting 200 rows back and measuring them cost ~100 ms."""
    from puskesos_desktop.services.casework import complaints

    rid = search.search(db, None, "6201021205900001")[0].resident_id
    assert rid is not None
    complaints.register_complaint(db, front, complaints.ComplaintInput(rid, "Sosial", "Atap bocor"))
    tab.refresh()
    wait_for_jobs(qtbot)
    assert tab.recent.source.rowCount() == 1
    resets: list[int] = []
    tab.recent.source.modelReset.connect(lambda: resets.append(1))
    tab.refresh()  # a save that changed no complaint (a new resident)
    wait_for_jobs(qtbot)
    assert resets == []
    tab.recent.setColumnWidth(2, 333)  # as the person left it
    complaints.register_complaint(db, front, complaints.ComplaintInput(rid, "Kesehatan", "BPJS tidak aktif"))
    tab.refresh()
    wait_for_jobs(qtbot)
    assert resets == [1] and tab.recent.source.rowCount() == 2
    assert tab.recent.columnWidth(2) == 333  # not measured again
