"""The resident's page: the Cek Bansos section and desk offer (issue 16), the desil sentence and a stale registry's
warning, letters and certificates, the proposal offered for an unlisted person, 'Cetak data warga' (issue 14)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Proposal
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import letters
from puskesos_desktop.services.documents import papers as documents
from puskesos_desktop.services.people import access_report, search
from puskesos_desktop.services.registry import cek_bansos, desil
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.front.resident_page import ResidentPageDialog
from puskesos_desktop.ui.dialogs.registry import cek_bansos_form
from puskesos_desktop.ui.tabs.front_office import FrontOfficeTab
from tests.helpers.driving import save
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.services.dx_data import write_xlsx
from tests.services.fo_data import add_registry, pdf_text, resident
from tests.services.pdp_data import demo_copy, richest_resident
from tests.ui.cek_bansos_data import (
    _quiet,  # noqa: F401 (an autouse fixture)
    poor_family,
)

KK_A = "6201021205900002"
SHOTS = Path("/tmp/pdp-shots")


def _shot(widget: object, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


def test_resident_page_records_a_filing_and_offers_the_missed_programmes(
    qtbot: QtBot, db: Database, front: Actor, december: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = poor_family(db, front)
    ctx = AppContext(db, front)
    page = ResidentPageDialog(ctx, rid)
    qtbot.addWidget(page)
    wait_for_jobs(qtbot)  # the page is read on a worker
    assert "belum menerima BPNT, PBI-JK" in page.desil_line.text()
    labels = [a.text() for a in page.offer_menu.actions()]
    assert any("PBI-JK" in t and "BPJS" in t for t in labels), labels  # the catalogue's PBI services
    assert any(t.startswith("Usulkan pemutakhiran DTSEN (belum menerima BPNT)") for t in labels), labels
    asked: list[tuple[int, int]] = []
    page.service_requested.connect(lambda r, sid: asked.append((r, sid)))
    page.offer_menu.actions()[0].trigger()
    assert asked and asked[0][0] == rid
    page.offer_menu.actions()[-1].trigger()  # the update proposal with the desk's sentence as its reason
    with db.read() as s:
        made = s.execute(select(Proposal.kind, Proposal.reason)).all()
    assert made and made[0][0] == "Perbarui" and "belum menerima BPNT" in made[0][1]

    def fill(form: cek_bansos_form.CekBansosForm) -> int:
        form.family_kk.setText("")
        form.filed_on.setText("02-11-2026")
        form.reference.setText("CB-2026-11-77")
        save(form)  # saved as a job: the form answers before exec() returns
        return int(form.result())

    monkeypatch.setattr(cek_bansos_form.CekBansosForm, "exec", fill)
    page.cek_bansos.new_filing()
    rows = cek_bansos.for_resident(db, front, rid)
    assert [(f.kind, f.reference, f.deadline) for f in rows] == [("Usul", "CB-2026-11-77", dt.date(2026, 11, 16))]
    # The panel rereads its filings on a worker after the form closes: wait for that read, not for luck (make test
    # at load 9 saw the table still empty here).
    wait_until(qtbot, lambda: page.cek_bansos.table.source.rowCount() == 1)
    page.cek_bansos.table.selectRow(0)

    def outcome(form: cek_bansos_form.CekBansosOutcomeForm) -> int:
        save(form)
        return int(form.result())

    monkeypatch.setattr(cek_bansos_form.CekBansosOutcomeForm, "exec", outcome)
    page.cek_bansos.record_outcome()
    assert cek_bansos.for_resident(db, front, rid)[0].outcome == "Diterima"


def test_front_desk_and_resident_page_say_the_desil_sentence(
    qtbot: QtBot, db: Database, front: Actor, coordinator: Actor, tmp_path: Path, fixed_now: object
) -> None:
    from puskesos_desktop.services.people import search
    from puskesos_desktop.ui.dialogs.front.resident_page import ResidentPageDialog
    from puskesos_desktop.ui.tabs.front_office import FrontOfficeTab
    from tests.helpers.jobs import wait_until
    from tests.services.fo_data import resident

    rid = resident(db, front, "Muhammad Yusuf", "6201021205900001", KK_A)
    add_registry(db, "6201021205900001", "MUHAMMAD YUSUF", kk=KK_A, programmes=("PKH", "BPNT"))
    desil.import_desil(db, coordinator, write_xlsx(tmp_path / "d.xlsx", [["NO KK", "DESIL"], [KK_A, 3]]),
                       data_date=desil.clock.today())  # fmt: skip
    expected = "memenuhi batas desil PKH, BPNT, PBI-JK — belum menerima PBI-JK"
    page = ResidentPageDialog(AppContext(db, front), rid)
    qtbot.addWidget(page)
    wait_for_jobs(qtbot)  # the page is read on a worker
    assert page.desil_line.isVisibleTo(page) and expected in page.desil_line.text()
    tab = FrontOfficeTab(AppContext(db, front))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.keyClicks(tab.search_box, "6201021205900001")
    wait_until(qtbot, lambda: tab.results.source.rowCount() > 0)
    column = [c.key for c in tab.results.source.columns].index("desil")
    assert expected in tab.results.model().index(0, column).data()
    wait_for_jobs(qtbot)
    search.release(db)


def test_stale_registry_warns_before_a_certificate(
    qtbot: QtBot, db: Database, front: Actor, coordinator: Actor, monkeypatch: pytest.MonkeyPatch, fixed_now: object
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from puskesos_desktop.services import office
    from puskesos_desktop.ui.dialogs.front.resident_page import ResidentPageDialog
    from puskesos_desktop.ui.tabs.front_office import FrontOfficeTab
    from tests.services.fo_data import resident

    rid = resident(db, front, "Muhammad Yusuf", "6201021205900001", KK_A)
    add_registry(db, "6201021205900001", "MUHAMMAD YUSUF", kk=KK_A)
    office.update_settings(
        db, coordinator, lambda st: dataclasses.replace(st, registry_max_age_days=30)
    )  # the extract is 53 days old
    warned: list[str] = []

    def warning(_p: object, _t: str, text: str, *a: Any, **k: Any) -> QMessageBox.StandardButton:
        warned.append(text)
        return QMessageBox.StandardButton.No

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append("purpose") or ("", False))
    page = ResidentPageDialog(AppContext(db, front), rid)
    qtbot.addWidget(page)
    wait_for_jobs(qtbot)  # the page is read on a worker
    page.issue_certificate()
    wait_for_jobs(qtbot)  # the registry's age is read on a worker
    assert len(warned) == 1 and "1 Oktober 2026" in warned[0] and "53 hari" in warned[0] and not asked
    office.update_settings(db, coordinator, lambda st: dataclasses.replace(st, registry_max_age_days=90))
    page.issue_certificate()
    wait_for_jobs(qtbot)
    assert len(warned) == 1 and asked == ["purpose"]  # fresh enough: straight to the purpose
    tab = FrontOfficeTab(AppContext(db, front))
    qtbot.addWidget(tab)
    tab.refresh()
    wait_for_jobs(qtbot)
    assert "Data DTKS/DTSEN per 1 Oktober 2026 (53 hari)" == tab.registry_age.text()


def test_resident_page_letters_and_certificate(
    qtbot: QtBot, db: Database, front: Actor, pdfs: list[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    no_papers = resident(db, front, "Tanpa KK", nik="6201024506800003", sex="P")
    page = ResidentPageDialog(AppContext(db, front), no_papers)
    qtbot.addWidget(page)
    wait_for_jobs(qtbot)  # the page is read on a worker
    assert page.button_letter.isVisibleTo(page) and page.button_propose.isVisibleTo(page)
    assert not page.button_certificate.isVisibleTo(page)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Lahir di rumah", True))
    page.issue_letter()
    wait_until(qtbot, lambda: len(pdfs) == 1)
    assert "Lahir di rumah" in pdf_text(pdfs[0])
    wait_until(qtbot, lambda: page.letters.source.rowCount() == 1)
    page.propose()
    wait_until(qtbot, lambda: page.proposals.source.rowCount() == 1)

    listed = resident(db, front, "Siti Aminah", "6201024506800004", "6201021205900002")
    add_registry(db, "6201024506800004", "SITI AMINAH", kk="6201021205900002", programmes=("PKH", "PBI"))
    page2 = ResidentPageDialog(AppContext(db, front), listed)
    qtbot.addWidget(page2)
    wait_for_jobs(qtbot)  # the page is read on a worker
    assert page2.button_certificate.isVisibleTo(page2) and not page2.button_letter.isVisibleTo(page2)
    assert "desil 2" in page2.registry_line.text() and "PKH" in page2.registry_labels["programmes"].text()
    page2.issue_certificate()
    wait_until(qtbot, lambda: len(pdfs) == 2)
    assert "SURAT KETERANGAN TERDAFTAR" in pdf_text(pdfs[1])
    page2.tabs.setCurrentIndex(3)
    wait_until(qtbot, lambda: page2.letters.source.rowCount() == 1)
    page2.letters.selectRow(0)
    page2.reprint_selected()
    wait_until(qtbot, lambda: len(pdfs) == 3)
    # Only previewed so far, never printed or saved: the next print is still the original.
    assert "SALINAN" not in pdf_text(pdfs[2])
    (cert,) = letters.for_resident(db, None, page2.resident_id)
    documents.certificate_pdf(db, front, cert.number)  # printed (recorded)
    wait_until(qtbot, lambda: page2.letters.source.rowCount() == 1)
    page2.letters.selectRow(0)
    page2.reprint_selected()
    wait_until(qtbot, lambda: len(pdfs) == 4)
    assert "SALINAN" in pdf_text(pdfs[3])


def test_certificate_for_an_unlisted_person_offers_the_proposal(
    qtbot: QtBot, db: Database, front: Actor, pdfs: list[bytes]
) -> None:
    from puskesos_desktop.services.registry import proposals

    resident(db, front, "Tidak Terdaftar", "6201020101700006", "6201020101700007")
    tab = FrontOfficeTab(AppContext(db, front))
    qtbot.addWidget(tab)
    tab.show()
    tab.results.set_rows(search.search(db, None, "tidak terdaftar"))
    tab.results.selectRow(0)
    qtbot.mouseClick(tab.button_certificate, Qt.MouseButton.LeftButton)  # the question is answered "Ya"
    wait_for_jobs(qtbot)  # proposed on a worker
    (draft,) = proposals.list_open(db, None)
    assert draft.kind == "Tambah" and draft.members[0].name == "Tidak Terdaftar"
    assert draft.number in tab.message.text() and pdfs == []


def test_cetak_data_warga_from_the_resident_page(
    qtbot: QtBot, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, pdfs: list[bytes], boxes: list[str]
) -> None:
    db = demo_copy(tmp_path, tmp_path_factory.getbasetemp())
    rid = richest_resident(db)
    front = users.get_user(db, "frontoffice").actor()
    page = ResidentPageDialog(AppContext(db, front), rid)
    qtbot.addWidget(page)
    wait_for_jobs(qtbot)  # the page is read on a worker
    page.show()
    assert page.button_data.isVisible() and page.button_data.isEnabled()
    _shot(page, "resident-page.png")
    page.button_data.click()
    wait_until(qtbot, lambda: len(pdfs) == 1)
    text = pdf_text(pdfs[0])
    for number, title in enumerate(access_report.SECTION_TITLES, start=1):
        assert f"{number}. {title}" in text
    head = users.get_user(db, "kades").actor()
    seen_by_head = ResidentPageDialog(AppContext(db, head), rid)
    qtbot.addWidget(seen_by_head)
    wait_for_jobs(qtbot)  # the page is read on a worker
    seen_by_head.show()
    assert not seen_by_head.button_data.isVisible()  # the penanggung jawab sees no whole numbers
    search.release(db)


def test_letters_are_issued_off_the_window_thread_and_once_when_pressed_twice(
    qtbot: QtBot, db: Database, front: Actor, pdfs: list[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 12: the letter's service call is a job; pressed again while it is issued, nothing is asked or issued
    twice; the letter is previewed (and recorded as printed only when handed out) once it exists."""
    import threading

    no_papers = resident(db, front, "Tanpa KK", nik="6201024506800003", sex="P")
    page = ResidentPageDialog(AppContext(db, front), no_papers)
    qtbot.addWidget(page)
    wait_for_jobs(qtbot)  # the page is read on a worker
    asked: list[str] = []
    threads: list[bool] = []
    real = letters.issue_recommendation

    def issue(*args: Any, **kw: Any) -> letters.LetterInfo:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kw)

    monkeypatch.setattr(letters, "issue_recommendation", issue)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append("note") or ("Lahir di rumah", True))
    page.issue_letter()
    page.issue_letter()  # pressed again before the first answered
    wait_until(qtbot, lambda: len(pdfs) == 1)
    wait_for_jobs(qtbot)
    assert asked == ["note"] and threads == [False]
    assert [row.number for row in page.letters.source.rows()] == [row.number for row in page.page.letters]
    assert len(page.page.letters) == 1


def test_the_page_is_read_off_the_window_thread_and_a_refusal_is_shown(
    qtbot: QtBot, db: Database, front: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 12: the page, the desk's offers and the account's rights are read on a worker; every button stays
    greyed until they came; a read refused is said, not raised."""
    from puskesos_desktop.core.errors import NotFoundError
    from puskesos_desktop.services.people import resident_page
    from tests.helpers.driving import watch
    from tests.helpers.gate import hold

    rid = resident(db, front, "Muhammad Yusuf", "6201021205900001", KK_A)
    gate = hold(monkeypatch, resident_page, "load")
    page = ResidentPageDialog(AppContext(db, front), rid)
    qtbot.addWidget(page)
    assert page.page is None and page.loading() and not page.button_complaint.isEnabled()
    gate.open()
    wait_until(qtbot, lambda: page.page is not None)
    assert gate.threads == [False] and page.button_complaint.isEnabled() and page.heading.text() == "Muhammad Yusuf"
    screen = watch(monkeypatch)

    def refuse(*_a: object, **_k: object) -> None:
        raise NotFoundError("Warga tidak ditemukan.")

    monkeypatch.setattr(resident_page, "load", refuse)
    failed = ResidentPageDialog(AppContext(db, front), rid)
    qtbot.addWidget(failed)
    wait_for_jobs(qtbot)
    assert screen.warnings == ["Warga tidak ditemukan."] and not failed.button_complaint.isEnabled()
    assert failed.heading.text() == "Data warga tidak dapat dibaca."


def test_who_sees_the_scans_is_read_with_the_page_on_a_worker(
    qtbot: QtBot, db: Database, front: Actor, head: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 12 §4: whether the account may see attachments comes with the page's read on a worker (it was
    ``attachments.may_see`` on the window's thread while the page was built); the scans' tab follows the read,
    last, with its Alt+6, and never for the penanggung jawab."""
    import threading

    from puskesos_desktop.services.people import attachments

    on_window: list[str] = []
    real = attachments.may_see

    def may_see(actor: Actor) -> bool:
        if threading.current_thread() is threading.main_thread():
            on_window.append(actor.username)
        return real(actor)

    monkeypatch.setattr(attachments, "may_see", may_see)
    rid = resident(db, front, "Muhammad Yusuf", "6201021205900001", KK_A)
    for actor, sees in ((front, True), (head, False)):
        page = ResidentPageDialog(AppContext(db, actor), rid)
        qtbot.addWidget(page)
        assert page.attachments is None
        wait_until(qtbot, lambda page=page: page.page is not None)
        wait_for_jobs(qtbot)
        assert (page.attachments is not None) is sees
        if page.attachments is not None:
            assert page.tabs.indexOf(page.attachments) == page.tabs.count() - 1 == 5
            assert page.tabs.tabText(5) == "Lampiran (Alt+6)"
            page.reload()  # read again: still one tab
            wait_for_jobs(qtbot)
            assert page.tabs.count() == 6
    assert on_window == []
