"""Issue 20 in the window: the attachments panel on the resident page and the complaint workspace — add from a
file, by drag and drop, from a watched scanner folder; the checklist ticks itself; hidden from the penanggung jawab."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.devtools import photos
from puskesos_desktop.services.casework import backoffice
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import attachments
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.back.workspace import WorkspaceDialog
from puskesos_desktop.ui.dialogs.common.reason_form import ReasonDialog
from puskesos_desktop.ui.dialogs.front.resident_page import ResidentPageDialog
from puskesos_desktop.ui.widgets.attachments_panel import AttachmentsPanel, ImageViewer
from tests.helpers.driving import watch
from tests.helpers.gate import hold
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.services import bo_helpers as h


def _choose(panel: AttachmentsPanel, kind: str) -> None:
    panel.kind.setCurrentIndex(panel.kind.findData(kind))


def test_resident_page_add_from_file_and_drop(
    qtbot: QtBot,
    db: Database,
    front: Actor,
    coordinator: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rid = h.resident(db, front)
    page = ResidentPageDialog(AppContext(db, front), rid)
    qtbot.addWidget(page)
    wait_for_jobs(qtbot)  # the page is read on a worker
    panel = page.attachments
    assert panel is not None and page.tabs.indexOf(panel) == page.tabs.count() - 1
    photo = tmp_path / "depan.jpg"
    photo.write_bytes(photos.photo(1600, 1200, gps=(-2.2, 113.9)))
    _choose(panel, "Foto rumah depan")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], ""))
    panel.button_add.click()
    wait_until(qtbot, lambda: len(panel.rows) == 1)
    assert panel.rows[0].kind == "Foto rumah depan" and panel.status.text() == ""

    # Two files dropped on the panel: a photo without position (flagged) and a renamed program (refused).
    toilet = tmp_path / "toilet.jpg"
    toilet.write_bytes(photos.photo(800, 600))
    fake = tmp_path / "KTP.jpg"
    fake.write_bytes(b"MZ" + b"\x00" * 300)
    _choose(panel, "Foto rumah toilet")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(toilet)), QUrl.fromLocalFile(str(fake))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    panel.dropEvent(drop)
    wait_for_jobs(qtbot)
    wait_until(qtbot, lambda: len(panel.rows) == 2)
    assert "program" in panel.status.text() and "tanpa lokasi GPS" in panel.status.text()

    # Viewing shows the stored picture and is audited.
    panel.table.selectRow([r.kind for r in panel.rows].index("Foto rumah depan"))
    gate = hold(monkeypatch, attachments, "view_attachment")
    panel.view_selected()
    assert not panel.button_view.isEnabled() and not hasattr(panel, "viewer")  # decrypted on a worker
    panel.view_selected()  # pressed twice: one viewer
    gate.open()
    wait_for_jobs(qtbot)
    viewer = panel.viewer
    assert isinstance(viewer, ImageViewer) and viewer.picture.pixmap().width() == 1600
    assert gate.calls == 1 and gate.threads == [False] and panel.button_view.isEnabled()
    viewer.close()

    # A copy saved to a file: written on a worker, then said where.
    out = tmp_path / "salinan.jpg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    gate = hold(monkeypatch, attachments, "export_attachment")
    panel.save_selected()
    assert not panel.button_save.isEnabled() and not out.exists()
    panel.save_selected()  # pressed twice: written once
    gate.open()
    wait_for_jobs(qtbot)
    assert gate.calls == 1 and gate.threads == [False]
    assert out.read_bytes()[:2] == b"\xff\xd8" and str(out) in panel.status.text()

    # Removing (the coordinator may) asks why; the form saves as a job, then the list is read again.
    screen = watch(monkeypatch)
    boss = AttachmentsPanel(AppContext(db, coordinator), panel.owner)
    qtbot.addWidget(boss)
    wait_until(qtbot, lambda: len(boss.rows) == 2)
    boss.table.selectRow([r.kind for r in boss.rows].index("Foto rumah depan"))
    removed: list[bool] = []
    boss.changed.connect(lambda: removed.append(True))
    boss.remove_selected()
    (form,) = [d for d in boss.findChildren(ReasonDialog) if d.isVisible()]
    assert form.text is not None
    form.text.setPlainText("Foto salah rumah")
    form.accept()
    wait_for_jobs(qtbot)
    wait_until(qtbot, lambda: len(boss.rows) == 1)
    assert removed == [True] and boss.rows[0].kind == "Foto rumah toilet" and not screen.warnings


def test_scanner_folder_is_watched(qtbot: QtBot, db: Database, front: Actor, tmp_path: Path) -> None:
    ids = h.complaint(db, front, brought=frozenset())
    folder = tmp_path / "pindaian"
    folder.mkdir()
    (folder / "lama.pdf").write_bytes(photos.scan_pdf())  # there before: not attached
    ws = WorkspaceDialog(AppContext(db, front), ids.complaint_id)
    qtbot.addWidget(ws)
    wait_until(qtbot, lambda: ws.attachments is not None)  # placed once the rights are read with the workspace
    panel = ws.attachments
    assert panel is not None
    _choose(panel, "KTP")
    panel.watch_folder(folder)
    assert panel.button_scanner.text() != ""
    (folder / "scan0001.pdf").write_bytes(photos.scan_pdf() + b"%baru\n")
    wait_until(qtbot, lambda: len(panel.rows) == 1)
    wait_for_jobs(qtbot)
    assert panel.rows[0].filename == "scan0001.pdf" and panel.rows[0].kind == "KTP"
    # The checklist ticked its KTP line, and the workspace shows it.
    docs = backoffice.get_workspace(db, front, ids.complaint_id).documents
    assert [d.name for d in docs if d.received] == [d.name for d in docs if "KTP" in d.name]
    ticked = [ws.documents.item(i) for i in range(ws.documents.count())]
    assert any(i.checkState() == Qt.CheckState.Checked for i in ticked)
    panel.stop_watching()
    assert panel.watcher is None


def test_penanggung_jawab_gets_no_panel(qtbot: QtBot, db: Database, front: Actor, head: Actor) -> None:
    ids = h.complaint(db, front)
    attachments.attach_bytes(
        db, front, attachments.Owner("complaint", ids.complaint_id), photos.scan_pdf(), "ktp.pdf", "ktp"
    )
    ws = WorkspaceDialog(AppContext(db, head), ids.complaint_id)
    qtbot.addWidget(ws)
    wait_until(qtbot, lambda: ws.ws is not None and not ws.loading())
    assert ws.attachments is None and ws.referrals.attachments is None
    assert all(ws.tabs.tabText(i) != "Lampiran" for i in range(ws.tabs.count()))
    page = ResidentPageDialog(AppContext(db, head), ids.resident_id)
    qtbot.addWidget(page)
    wait_for_jobs(qtbot)  # the page is read on a worker
    assert page.attachments is None
    QApplication.processEvents()


@pytest.mark.sqlite_only  # the backup page is SQLite-only for now (issue 15 item 6)
def test_total_size_in_pengaturan(qtbot: QtBot, db: Database, front: Actor, coordinator: Actor) -> None:
    from puskesos_desktop.ui.settings_pages.backup_page import BackupPage

    rid = h.resident(db, front)
    page = BackupPage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.refresh()
    assert page.attachments_total.text().startswith("0 berkas")
    info = attachments.attach_bytes(
        db, front, attachments.Owner("resident", rid), photos.photo(2000, 1500), "a.jpg", "kk"
    )
    page.refresh()
    assert page.attachments_total.text().startswith(f"1 berkas, {info.bytes // 1024} KB")


def test_musdes_page_prints_a_proposals_house_photos(
    qtbot: QtBot, db: Database, front: Actor, coordinator: Actor, head: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from puskesos_desktop.services.registry import proposals
    from puskesos_desktop.ui.settings_pages.musdes import MusdesPage
    from tests.helpers.driving import watch
    from tests.printing import helpers

    screen = watch(monkeypatch)
    rid = h.resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    prop = proposals.propose_addition(db, front, rid, "Rumah tidak layak huni")
    attachments.attach_bytes(
        db,
        front,
        attachments.Owner("proposal", prop.id),
        photos.photo(800, 600, gps=(-2.2, 113.9)),
        "d.jpg",
        "foto-depan",
    )
    page = MusdesPage(AppContext(db, coordinator))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    wait_until(qtbot, lambda: not page.reading())  # the rights are read with the agenda on a worker
    assert page.print_photos.isVisible()
    page.agenda.selectRow(0)
    page.print_photos.click()
    wait_until(qtbot, lambda: len(screen.pdfs) == 1)
    wait_for_jobs(qtbot)
    name, pdf = screen.pdfs[0]
    assert name.startswith("foto-rumah-USL") and "LAMPIRAN FOTO RUMAH" in helpers.text(pdf)
    other = MusdesPage(AppContext(db, head))
    qtbot.addWidget(other)
    other.show()
    other.refresh()
    wait_until(qtbot, lambda: not other.reading())
    assert not other.print_photos.isVisible()


def test_the_referral_panel_keeps_the_chosen_referrals_scans_and_prints_them_with_its_card(
    qtbot: QtBot, db: Database, front: Actor, back: Actor, coordinator: Actor, head: Actor, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from pypdf import PdfReader

    from puskesos_desktop.services.casework import referrals
    from puskesos_desktop.services.casework.referrals import ReferralInput
    from tests.helpers.driving import watch

    ids = h.complaint(db, front)
    ref = referrals.create_referral(
        db, back, ids.complaint_id, ReferralInput("Kesehatan", h.partner_id(db, "Puskesmas Arut Selatan"), "Berobat")
    )
    referrals.approve_referral(db, coordinator, ref.number)
    ws = WorkspaceDialog(AppContext(db, back), ids.complaint_id)
    qtbot.addWidget(ws)
    wait_until(qtbot, lambda: ws.referrals.attachments is not None)  # placed with the rights read on a worker
    panel = ws.referrals.attachments
    assert panel is not None
    wait_until(qtbot, lambda: ws.referrals.selected() is not None)
    wait_for_jobs(qtbot)  # the referral's scans are listed on a worker
    assert panel.owner == attachments.Owner("referral", ref.id) and panel.isEnabled()
    # No Alt-letters of its own inside the referral tab: they would clash with the referral buttons.
    assert "&" not in panel.button_add.text() and "&" not in panel.kind_label.text()
    scan, photo = tmp_path / "sktm.pdf", tmp_path / "kk.jpg"
    scan.write_bytes(photos.scan_pdf())
    photo.write_bytes(photos.photo(1200, 1600))
    _choose(panel, "SKTM")
    panel.add_files([scan])
    wait_until(qtbot, lambda: len(panel.rows) == 1)
    _choose(panel, "KK")
    panel.add_files([photo])
    wait_until(qtbot, lambda: len(panel.rows) == 2)
    wait_for_jobs(qtbot)
    assert {a.owner for a in attachments.list_attachments(db, back)} == {ref.number}

    screen = watch(monkeypatch)  # answers Yes: print the scans after the card
    ws.referrals.print_card()
    wait_until(qtbot, lambda: len(screen.pdfs) == 1)
    wait_for_jobs(qtbot)
    assert len(PdfReader(io.BytesIO(screen.pdfs[0][1])).pages) == 3

    # Nothing chosen: the panel is empty and disabled.
    panel.set_owner(None)
    assert panel.rows == [] and not panel.isEnabled()
    # The penanggung jawab gets no panel under the referrals.
    other = WorkspaceDialog(AppContext(db, head), ids.complaint_id)
    qtbot.addWidget(other)
    wait_until(qtbot, lambda: other.ws is not None and not other.loading())
    assert other.referrals.attachments is None


def test_the_panel_reads_who_may_see_on_a_worker(qtbot: QtBot, db: Database, front: Actor, head: Actor) -> None:
    """Issue 12 §7: the account's rights (may it see attachments, remove them) are read with the list on a worker,
    not on the window's thread; a role that may not see them gets the empty panel and the reason."""
    from tests.helpers.ui_thread import statements_on_this_thread

    owner = attachments.Owner("resident", h.resident(db, front))
    for actor, sees in ((front, True), (head, False)):
        with statements_on_this_thread() as seen:
            panel = AttachmentsPanel(AppContext(db, actor), owner)
            qtbot.addWidget(panel)
            panel.set_owner(None)
            panel.set_owner(owner)
        assert seen == []
        wait_for_jobs(qtbot)
        assert panel.isEnabled() is sees
        assert ("hanya dapat dilihat" in panel.status.text()) is not sees
