"""Pengaturan › Musyawarah Desa driven through the widgets: list → print → record decisions → minutes → batch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from puskesos_desktop.core import clock
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.exchange import batch as exchange
from puskesos_desktop.services.people import residents
from puskesos_desktop.services.registry import musdes, proposals
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.reason_form import ReasonDialog
from puskesos_desktop.ui.dialogs.registry.musdes_session import MusdesSessionDialog
from puskesos_desktop.ui.settings_pages.musdes import MusdesPage
from tests.helpers.driving import drive, save, watch
from tests.helpers.gate import hold
from tests.helpers.jobs import wait_for_jobs, wait_until
from tests.printing import helpers
from tests.services import bo_helpers as h


def _drafts(db: Database, front: Actor) -> None:
    clock.set_clock(lambda: dt.datetime(2026, 11, 2, 9, 0))
    for name, nik, kk in (("Siti Aminah", "6201025205900001", "6201021205900002"),
                          ("Budi Santoso", "6201021505850003", "6201021505850004")):  # fmt: skip
        rid = residents.create_resident(
            db, front, residents.ResidentInput(name=name, nik=nik, kk=kk, address="Jl. Melati", rt="2", rw="1")
        ).id
        h.complaint(db, front, resident_id=rid)
    clock.set_clock(lambda: dt.datetime(2026, 11, 23, 9, 30))


def test_deliberation_from_list_to_minutes_to_batch(
    qtbot: QtBot, db: Database, front: Actor, coordinator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = watch(monkeypatch)
    _drafts(db, front)
    ctx = AppContext(db, coordinator)
    page = MusdesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    wait_until(qtbot, lambda: not page.reading())  # read on a worker
    assert page.agenda.source.rowCount() == 2 and "2 usulan Draf siap" in page.agenda_summary.text()
    page.planned.setText("28-11-2026")
    page.print_list()
    wait_until(qtbot, lambda: len(screen.pdfs) == 1)
    wait_for_jobs(qtbot)
    name, pdf = screen.pdfs[0]
    assert name == "daftar-usulan-musdes.pdf" and "Sabtu, 28 November 2026" in helpers.text(pdf)

    def fill(d: MusdesSessionDialog) -> None:
        wait_until(qtbot, lambda: not d.defaults_pending())  # the place and the last chair, read on a worker
        # Issue 17: the date typed on the page is the session's; the chair is never the village head by default.
        assert d.held_on.value() == dt.date(2026, 11, 28)
        assert d.chair.text() == "" and d.chair.placeholderText()
        d.chair.setText("Bambang Sutrisno (Ketua BPD)")
        d.held_on.setText("20-11-2026")  # recorded after the meeting, which came earlier than planned
        d.place.setText("")
        save(d)  # refused: no decision yet, then no place
        assert d.isVisible() or d.result() == 0
        d.table.selectRow(0)
        d.agree.click()  # first agreed, the selection moves on
        assert d.decision_text(d.items[0]).startswith("Disahkan")

        def reason(r: ReasonDialog) -> None:
            assert r.text is not None
            r.text.setPlainText("Sudah menerima bantuan desa")
            r.accept()

        drive(monkeypatch, ReasonDialog, reason)
        d.reject_one.click()
        assert "1 disahkan, 1 ditolak, 0 belum diputuskan" in d.count.text()
        save(d)
        assert d.place.property("invalid") == "true"
        d.place.setText("Balai Desa Sukamaju")
        d.attendees.setValue(31)
        save(d)

    drive(monkeypatch, MusdesSessionDialog, fill)
    answers: list[str] = []

    def yes(_p: object, _t: str, text: str, *a: Any, **k: Any) -> QMessageBox.StandardButton:
        answers.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    page.record.click()
    assert "BA/6201022001/2026/11/0001" in answers[0] and "1 usulan disahkan" in answers[0]
    wait_until(qtbot, lambda: len(screen.pdfs) == 2)
    wait_for_jobs(qtbot)
    minutes = helpers.text(screen.pdfs[1][1])
    assert "BERITA ACARA MUSYAWARAH DESA" in minutes and "31 orang peserta" in minutes
    assert "Sudah menerima bantuan desa" in minutes
    assert page.agenda.source.rowCount() == 0 and page.sessions.source.rowCount() == 1
    (session,) = musdes.list_sessions(db)
    assert (session.agreed, session.rejected, session.held_on) == (1, 1, dt.date(2026, 11, 20))
    decided = musdes.get_session(db, None, session.id)[1]
    statuses = sorted(proposals.get_proposal(db, None, d.item.number).status for d in decided)
    assert statuses == ["Disahkan Musdes", "Ditolak"]
    stick = tmp_path / "usb"
    stick.mkdir()
    assert exchange.export_month(db, coordinator, "2026-11", stick).counts["Usulan DTKS"] == 1
    page.sessions.selectRow(0)
    page.print_selected_minutes()
    wait_until(qtbot, lambda: len(screen.pdfs) == 3)
    wait_for_jobs(qtbot)
    minutes = helpers.text(screen.pdfs[2][1])
    assert "Bambang Sutrisno (Ketua BPD)" in minutes and minutes.count("H. Abdul Rahman") <= 1

    # Issue 16.6: the Musdesus package into a chosen folder, off the window's thread.
    from PySide6.QtWidgets import QFileDialog

    folder = tmp_path / "paket"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a, **k: told.append(text)))
    page.sessions.selectRow(0)
    page.package.click()
    wait_until(qtbot, lambda: bool(told))
    wait_for_jobs(qtbot)
    assert page.package.isEnabled() and "BNBA, 2 usulan" in told[0]
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["bnba-musdesus-BA-6201022001-2026-11-0001.xlsx", "paket-musdesus-BA-6201022001-2026-11-0001.pdf"]
    assert "DAFTAR HADIR" in helpers.text((folder / names[1]).read_bytes())


def test_the_record_is_saved_off_the_window_thread_once_and_a_refusal_marks_its_field(
    qtbot: QtBot, db: Database, front: Actor, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch(monkeypatch)
    _drafts(db, front)
    items = musdes.agenda(db, coordinator)
    dialog = MusdesSessionDialog(AppContext(db, coordinator), items)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_until(qtbot, lambda: not dialog.defaults_pending())
    assert dialog.place.text() == "Balai Desa Sukamaju"  # the village's name, read on a worker
    dialog.chair.setText("Bambang Sutrisno")
    dialog.attendees.setValue(0)
    dialog.decide_all()
    save(dialog)  # refused by the service: FormField.ATTENDEES marks the number of attendees
    assert dialog.attendees.property("invalid") == "true" and dialog.place.property("invalid") != "true"
    assert musdes.list_sessions(db) == []
    dialog.attendees.setValue(25)
    gate = hold(monkeypatch, musdes, "record_session")
    dialog.accept()
    assert dialog.saving and dialog.isVisible()
    dialog.accept()  # pressed again while it saves
    gate.open()
    wait_for_jobs(qtbot)
    assert gate.calls == 1 and gate.threads == [False]
    assert dialog.saved is not None and len(musdes.list_sessions(db)) == 1
