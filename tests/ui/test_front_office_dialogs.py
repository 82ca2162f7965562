"""The front office's dialogs one by one: refusals marked on the field, catalogue filtering, programme information,
field visits, the resident's page and its letters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.errors import FormField, ValidationError
from puskesos_desktop.core.statuses import Channel, ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import complaints, visits
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import letters
from puskesos_desktop.services.documents import papers as documents
from puskesos_desktop.services.people import residents, search
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.pdf_preview import PdfPreviewDialog
from puskesos_desktop.ui.dialogs.front.complaint_form import ComplaintFormDialog
from puskesos_desktop.ui.dialogs.front.programme_info import ProgrammeInfoDialog
from puskesos_desktop.ui.dialogs.front.resident_form import ResidentFormDialog
from puskesos_desktop.ui.dialogs.front.resident_page import ResidentPageDialog
from puskesos_desktop.ui.dialogs.front.visit_form import VisitFormDialog
from puskesos_desktop.ui.tabs.front_office import FrontOfficeTab
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.services.casework.test_statusdesk import _refer
from tests.services.fo_data import add_registry, pdf_text, resident


@pytest.fixture
def pdfs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bytes]]:
    shown: list[bytes] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self.pdf) or 0)
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    yield shown


@pytest.fixture(autouse=True)
def _settle(qtbot: QtBot, db: Database) -> Iterator[None]:
    yield
    wait_for_jobs(qtbot)
    search.release(db)


def test_resident_form_marks_the_field_it_refuses(qtbot: QtBot, db: Database, front: Actor, pdfs: list[bytes]) -> None:
    form = ResidentFormDialog(AppContext(db, front))
    qtbot.addWidget(form)
    qtbot.keyClicks(form.name, "Budi")
    qtbot.keyClicks(form.nik, "62010212059")  # 11 digits
    form.accept()
    assert form.nik.property("invalid") == "true" and "16 angka" in form.error.text()
    assert form.result() == 0 and search.search(db, None, "budi") == []
    # A whole NIK fills sex and birth date by itself.
    form.nik.clear()
    qtbot.keyClicks(form.nik, "6201025205900001")
    assert form.sex.currentData() == "P" and form.birth_date.text() == "12-05-1990"
    qtbot.keyClicks(form.phone, "12345")
    qtbot.keyClicks(form.kk, "6201021205900002")
    form.accept()
    assert form.phone.property("invalid") == "true" and form.nik.property("invalid") == "false"


def test_editing_keeps_history(qtbot: QtBot, db: Database, front: Actor, pdfs: list[bytes]) -> None:
    rid = resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    form = ResidentFormDialog(AppContext(db, front), rid)
    qtbot.addWidget(form)
    assert form.nik.text() == "6201020101700006"
    qtbot.keyClicks(form.address, "Jl. Baru 1")
    form.accept()
    assert form.saved_id == rid
    (rev,) = residents.revisions(db, None, rid)
    assert rev.changes["address"] == ["", "Jl. Baru 1"]


def test_complaint_form_filters_services_and_fills_the_checklist(
    qtbot: QtBot, db: Database, front: Actor, pdfs: list[bytes]
) -> None:
    rid = resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    form = ComplaintFormDialog(AppContext(db, front), rid)
    qtbot.addWidget(form)
    form.consent_data.setChecked(True)
    form.field.setCurrentIndex(form.field.findData("Pendidikan"))
    names = [form.service.itemText(i) for i in range(form.service.count())]
    assert "SKTM untuk sekolah" in names and not any("BPJS" in n for n in names)
    form.service.setCurrentIndex(form.service.findText("SKTM untuk sekolah"))
    assert form.documents.count() > 0
    assert not form.facilitator.isEnabled()
    form.channel.setCurrentIndex(form.channel.findData(Channel.FASILITATOR.value))
    assert form.facilitator.isEnabled() and form.visit_date.text()
    form.accept()  # no facilitator chosen, no description
    assert form.result() == 0 and form.registered is None
    assert any(w.property("invalid") == "true" for w in (form.description, form.facilitator))
    # An information request answered at the desk.
    form.channel.setCurrentIndex(form.channel.findData(Channel.DATANG_LANGSUNG.value))
    form.field.setCurrentIndex(form.field.findData("Lainnya"))
    form.service.setCurrentIndex(form.service.findText("Pengecekan status dan desil DTKS/DTSEN"))
    assert form.answer_now.isChecked()
    qtbot.keyClicks(form.description, "Menanyakan desil")
    form.accept()
    assert form.answer.property("invalid") == "true"
    qtbot.keyClicks(form.answer, "Belum terdaftar; diusulkan.")
    form.accept()
    assert form.registered is not None and form.registered.status == "Selesai"


def test_programme_information_prints_requirements(qtbot: QtBot, db: Database, front: Actor, pdfs: list[bytes]) -> None:
    dialog = ProgrammeInfoDialog(AppContext(db, front))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter, "kip")
    item = dialog.tree.currentItem()
    assert item is not None and "KIP" in item.text(0).upper()
    assert "Dokumen yang dibawa" in dialog.detail.toPlainText()
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog.print_requirements()
    wait_until(qtbot, lambda: len(pdfs) >= 1)
    assert "PERSYARATAN" in pdf_text(pdfs[0])


def test_facilitator_visit_then_registrations_in_it(
    qtbot: QtBot, db: Database, facilitator: Actor, pdfs: list[bytes], monkeypatch: pytest.MonkeyPatch, fixed_now: Any
) -> None:
    ctx = AppContext(db, facilitator)
    tab = FrontOfficeTab(ctx)
    qtbot.addWidget(tab)
    tab.show()

    def fill_visit(form: VisitFormDialog) -> None:
        assert not form.facilitator.isEnabled() and form.facilitator.currentText() == "Agus Salim"
        qtbot.keyClicks(form.place, "Dusun III")
        qtbot.keyClicks(form.households, "6201021205900002")
        form.accept()

    def fake(cls: Any, steps: Any) -> None:
        def run(self: Any) -> int:
            self.show()
            steps(self)
            return int(self.result())

        monkeypatch.setattr(cls, "exec", run)

    fake(VisitFormDialog, fill_visit)
    tab.new_visit()
    wait_until(qtbot, lambda: tab.active_visit() is not None)
    visit_id = tab.active_visit()
    assert visit_id is not None and "Dusun III" in tab.message.text()

    def fill_resident(form: ResidentFormDialog) -> None:
        qtbot.keyClicks(form.name, "Warga Lapangan")
        qtbot.keyClicks(form.nik, "6201024506850001")
        qtbot.keyClicks(form.kk, "6201021506850001")
        form.accept()

    def fill_complaint(form: ComplaintFormDialog) -> None:
        assert not form.channel.isEnabled() and form.channel.currentData() == Channel.FASILITATOR.value
        form.field.setCurrentIndex(form.field.findData("Sosial"))
        qtbot.keyClicks(form.description, "Atap bocor")
        form.consent_data.setChecked(True)
        form.accept()

    fake(ResidentFormDialog, fill_resident)
    fake(ComplaintFormDialog, fill_complaint)
    tab.new_resident()
    wait_until(qtbot, lambda: len(pdfs) == 1)
    detail = visits.get_visit(db, None, visit_id)
    assert [r[1] for r in detail.residents] == ["Warga Lapangan"] and len(detail.complaints) == 1
    c = complaints.get_complaint(db, None, detail.complaints[0][0])
    assert c.facilitator_id == facilitator.user_id and c.visit_id == visit_id
    # The worklist shows the facilitator who must inform once an outcome arrives.
    _refer(db, c.number, ReferralStatus.DISETUJUI.value, dt.date(2026, 11, 23))
    tab.refresh()
    wait_for_jobs(qtbot)
    assert tab.to_inform.source.rowCount() == 1 and "(1)" in tab.lists.tabText(1)


def test_resident_page_letters_and_certificate(
    qtbot: QtBot, db: Database, front: Actor, pdfs: list[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    no_papers = resident(db, front, "Tanpa KK", nik="6201024506800003", sex="P")
    page = ResidentPageDialog(AppContext(db, front), no_papers)
    qtbot.addWidget(page)
    assert page.button_letter.isVisibleTo(page) and page.button_propose.isVisibleTo(page)
    assert not page.button_certificate.isVisibleTo(page)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Lahir di rumah", True))
    page.issue_letter()
    wait_until(qtbot, lambda: len(pdfs) == 1)
    assert "Lahir di rumah" in pdf_text(pdfs[0])
    wait_until(qtbot, lambda: page.letters.source.rowCount() == 1)
    page.propose()
    assert page.proposals.source.rowCount() == 1

    listed = resident(db, front, "Siti Aminah", "6201024506800004", "6201021205900002")
    add_registry(db, "6201024506800004", "SITI AMINAH", kk="6201021205900002", programmes=("PKH", "PBI"))
    page2 = ResidentPageDialog(AppContext(db, front), listed)
    qtbot.addWidget(page2)
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


def test_results_model_is_a_proper_item_model(qtbot: QtBot, db: Database, front: Actor, qtmodeltester: Any) -> None:
    resident(db, front, "Muhammad Yusuf", "6201021205900001", "6201021205900002")
    tab = FrontOfficeTab(AppContext(db, front))
    qtbot.addWidget(tab)
    tab.results.set_rows(search.search(db, None, "yusuf"))
    qtmodeltester.check(tab.results.source)


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
    (draft,) = proposals.list_open(db, None)
    assert draft.kind == "Tambah" and draft.members[0].name == "Tidak Terdaftar"
    assert draft.number in tab.message.text() and pdfs == []


def test_status_desk_prints_the_missing_documents(qtbot: QtBot, db: Database, front: Actor, pdfs: list[bytes]) -> None:
    from puskesos_desktop.services.admin import catalogue
    from puskesos_desktop.ui.dialogs.front.status_desk import StatusDeskDialog

    rid = resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    sktm = next(s for s in catalogue.list_services(db, "Pendidikan") if s.code == "SKTM-SEKOLAH")
    number = complaints.register_complaint(
        db, front, complaints.ComplaintInput(rid, "Pendidikan", "SKTM sekolah", service_id=sktm.id)
    ).number
    desk = StatusDeskDialog(AppContext(db, front), number)
    qtbot.addWidget(desk)
    assert desk.button_missing.isVisibleTo(desk)
    qtbot.mouseClick(desk.button_missing, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: len(pdfs) == 1)
    assert "DOKUMEN YANG MASIH KURANG" in pdf_text(pdfs[0])


def test_complaint_form_finds_the_field_by_key_not_by_word(
    qtbot: QtBot, db: Database, front: Actor, pdfs: list[bytes]
) -> None:
    rid = resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    form = ComplaintFormDialog(AppContext(db, front), rid)
    qtbot.addWidget(form)
    form.show_refusal(ValidationError("Kunjungan itu dicatat oleh fasilitator lain.", FormField.VISIT))
    assert form.channel.property("invalid") == "true" and "Kunjungan:" in form.error.text()
    form.clear_invalid()
    # The Indonesian word alone no longer finds a widget: the key is the contract.
    form.show_refusal(ValidationError("Kunjungan itu dicatat oleh fasilitator lain.", "Kunjungan"))
    assert form.channel.property("invalid") != "true"
