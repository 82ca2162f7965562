"""Village deliberation (issue 5 §4): the list, the session and its decisions, the minutes, then the batch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import PermissionDenied, ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import ProposalEvent
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.exchange import batch as exchange
from puskesos_desktop.services.people import residents
from puskesos_desktop.services.registry import musdes, proposals
from tests.printing import helpers
from tests.services import bo_helpers as h

NIK_1, KK_1 = "6201025205900001", "6201021205900002"
NIK_2, KK_2 = "6201021505850003", "6201021505850004"
NIK_3, KK_3 = "6201024107800005", "6201020107800006"
KK_4 = "6201020202020007"


def _drafts(db: Database, front: Actor) -> list[str]:
    """Three households proposed by registering complaints; a fourth with a member who has no NIK yet."""
    clock.set_clock(lambda: dt.datetime(2026, 11, 2, 9, 0))
    numbers = []
    for name, nik, kk, rt in (("Siti Aminah", NIK_1, KK_1, "3"), ("Budi Santoso", NIK_2, KK_2, "1"),
                              ("Rina Wati", NIK_3, KK_3, "3")):  # fmt: skip
        rid = residents.create_resident(
            db, front, residents.ResidentInput(name=name, nik=nik, kk=kk, address="Jl. Melati", rt=rt, rw="2")
        ).id
        numbers.append(h.complaint(db, front, resident_id=rid).complaint_number)
    baby = residents.create_resident(
        db, front, residents.ResidentInput(name="Bayi Tanpa NIK", sex="P", kk=KK_4, no_nik_reason="belum punya NIK")
    ).id
    complaints.register_complaint(db, front, complaints.ComplaintInput(baby, "Adminduk", "Belum punya NIK"))
    clock.set_clock(lambda: dt.datetime(2026, 11, 23, 9, 30))
    return numbers


def test_agenda_lists_drafts_with_a_nik_and_prints_by_rt_rw(db: Database, front: Actor, coordinator: Actor) -> None:
    _drafts(db, front)
    every = musdes.agenda(db, None, ready_only=False)
    ready = musdes.agenda(db, None)
    assert len(every) == 4 and len(ready) == 3
    waiting = next(i for i in every if not i.ready)
    assert waiting.nik is None and waiting.kk == KK_4
    assert [i.nik for i in ready] == [NIK_1, NIK_2, NIK_3] and all(i.kind == "Tambah" for i in ready)
    pdf = musdes.agenda_pdf(db, coordinator, held_on=dt.date(2026, 11, 25), place="Balai Desa Sukamaju", paper="F4")
    text = helpers.text(pdf)
    assert "DAFTAR USULAN DTKS/DTSEN" in text and "Balai Desa Sukamaju" in text
    assert NIK_1 in text and NIK_2 in text and "Bayi Tanpa NIK" not in text
    # grouped by RW/RT: RT 001 before RT 003
    assert text.index("RT 001 / RW 002") < text.index("RT 003 / RW 002") < text.index("Rina Wati")
    assert "Jumlah usulan: 3" in text


def test_session_decisions_minutes_and_batch(db: Database, front: Actor, coordinator: Actor, tmp_path: Path) -> None:
    _drafts(db, front)
    items = {i.nik: i for i in musdes.agenda(db, None)}
    held = dt.date(2026, 11, 20)
    info = musdes.record_session(
        db,
        coordinator,
        musdes.SessionInput(
            held, "Balai Desa Sukamaju", 42, "H. Abdul Rahman",
            (musdes.Decision(items[NIK_1].proposal_id, True),
             musdes.Decision(items[NIK_2].proposal_id, True, "Prioritas"),
             musdes.Decision(items[NIK_3].proposal_id, False, "Sudah menerima bantuan desa")),
            notes="Dihadiri ketua RT dan RW.",
        ),
    )  # fmt: skip
    assert (info.agreed, info.rejected, info.attendees) == (2, 1, 42)
    assert proposals.get_proposal(db, None, items[NIK_1].number).status == "Disahkan Musdes"
    assert proposals.get_proposal(db, None, items[NIK_3].number).status == "Ditolak"
    assert [i.nik for i in musdes.agenda(db, None)] == []  # nothing left to decide (the baby's still waits for a NIK)
    with db.read() as s:
        event = s.execute(
            select(ProposalEvent).where(ProposalEvent.to_status == "Ditolak", ProposalEvent.from_status == "Draf")
        ).scalar_one()
    assert event.note == "Musyawarah Desa 20-11-2026: Sudah menerima bantuan desa"
    listed = musdes.list_sessions(db)
    assert [(s.id, s.agreed, s.rejected) for s in listed] == [(info.id, 2, 1)]
    _, decided = musdes.get_session(db, None, info.id)
    assert [(d.item.nik, d.decision, d.note) for d in decided] == [
        (NIK_1, "Disahkan", ""), (NIK_2, "Disahkan", "Prioritas"), (NIK_3, "Ditolak", "Sudah menerima bantuan desa"),
    ]  # fmt: skip
    assert info.number == "BA/6201022001/2026/11/0001"
    text = helpers.text(musdes.minutes_pdf(db, coordinator, info.id))
    assert info.number in text
    assert "BERITA ACARA MUSYAWARAH DESA" in text and "H. Abdul Rahman" in text and "42" in text
    assert "2 usulan disahkan" in text and "1 usulan ditolak" in text and "Sudah menerima bantuan desa" in text
    # Agreed proposals go into the month's batch; the rejected one does not.
    stick = tmp_path / "usb"
    stick.mkdir()
    batch = exchange.export_month(db, coordinator, "2026-11", stick)
    ws = openpyxl.load_workbook(batch.path)["Usulan DTKS"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert sorted((r[3], r[15]) for r in rows) == sorted([(NIK_1, "Disahkan Musdes"), (NIK_2, "Disahkan Musdes")])
    assert all(r[14] is not None and r[14].date() == held for r in rows)  # Tanggal Musdes


def test_session_is_checked(db: Database, front: Actor, coordinator: Actor) -> None:
    _drafts(db, front)
    every = musdes.agenda(db, None, ready_only=False)
    ready = [i for i in every if i.ready]
    waiting = next(i for i in every if not i.ready)

    def attempt(**kw: object) -> str:
        base: dict[str, object] = dict(
            held_on=dt.date(2026, 11, 20), place="Balai Desa", attendees=20, chair="Kades",
            decisions=(musdes.Decision(ready[0].proposal_id, True),),
        )  # fmt: skip
        base.update(kw)
        with pytest.raises(ValidationError) as err:
            musdes.record_session(db, coordinator, musdes.SessionInput(**base))  # type: ignore[arg-type]
        return str(err.value.field)

    assert attempt(held_on=dt.date(2026, 12, 1)) == "Tanggal musyawarah"
    assert attempt(held_on=None) == "Tanggal musyawarah"
    assert attempt(held_on=dt.date(2026, 11, 1)) == "Tanggal musyawarah"  # before the proposals were made
    assert attempt(place=" ") == "Tempat"
    assert attempt(chair="") == "Pimpinan musyawarah"
    assert attempt(attendees=0) == "Jumlah hadir"
    assert attempt(decisions=()) == "Keputusan"
    assert attempt(decisions=(musdes.Decision(ready[0].proposal_id, False),)) == "Catatan keputusan"
    assert attempt(decisions=(musdes.Decision(waiting.proposal_id, True),)) == "Keputusan"
    assert musdes.list_sessions(db) == []
    with pytest.raises(PermissionDenied):
        musdes.record_session(
            db, front, musdes.SessionInput(dt.date(2026, 11, 20), "Balai", 5, "Kades", (musdes.Decision(1, True),))
        )
    musdes.record_session(
        db, coordinator, musdes.SessionInput(dt.date(2026, 11, 20), "Balai", 5, "Kades",
                                             (musdes.Decision(ready[0].proposal_id, True),))
    )  # fmt: skip
    assert attempt() == "Keputusan"  # already decided: no longer Draf


def test_update_and_removal_proposals_go_through_the_deliberation(
    db: Database, front: Actor, coordinator: Actor, tmp_path: Path
) -> None:
    from tests.services.fo_data import add_registry

    clock.set_clock(lambda: dt.datetime(2026, 11, 2, 9, 0))
    add_registry(db, NIK_1, "SITI AMINAH", kk=KK_1)
    rid = residents.create_resident(db, front, residents.ResidentInput(name="Siti Aminah", nik=NIK_1, kk=KK_1)).id
    removal = proposals.propose_change(db, front, rid, "Hapus", "Sudah pindah ke luar desa sejak Oktober")
    clock.set_clock(lambda: dt.datetime(2026, 11, 23, 9, 30))
    (item,) = musdes.agenda(db, None)
    assert item.kind == "Hapus" and item.number == removal.number
    musdes.record_session(db, coordinator, musdes.SessionInput(dt.date(2026, 11, 20), "Balai Desa", 12, "Kades",
                                                               (musdes.Decision(item.proposal_id, True),)))  # fmt: skip
    stick = tmp_path / "usb"
    stick.mkdir()
    ws = openpyxl.load_workbook(exchange.export_month(db, coordinator, "2026-11", stick).path)["Usulan DTKS"]
    assert [(r[0].value, r[2].value, r[3].value) for r in ws.iter_rows(min_row=2)] == [(removal.number, "Hapus", NIK_1)]


def _session(db: Database, front: Actor, coordinator: Actor) -> musdes.SessionInfo:
    _drafts(db, front)
    items = {i.nik: i for i in musdes.agenda(db, None)}
    return musdes.record_session(
        db,
        coordinator,
        musdes.SessionInput(
            dt.date(2026, 11, 20), "Balai Desa Sukamaju", 23, "Bambang Sutrisno (Ketua BPD)",
            (musdes.Decision(items[NIK_1].proposal_id, True),
             musdes.Decision(items[NIK_2].proposal_id, True),
             musdes.Decision(items[NIK_3].proposal_id, False, "Sudah menerima bantuan desa")),
        ),
    )  # fmt: skip


def test_musdesus_package_is_one_pdf_and_a_bnba_workbook(
    db: Database, front: Actor, coordinator: Actor, tmp_path: Path
) -> None:
    """Issue 16.6: agenda by RW/RT with reasons, attendance list, berita acara (head signs once), and the BNBA."""
    info = _session(db, front, coordinator)
    files = musdes.package(db, coordinator, info.id, tmp_path / "paket")
    assert (files.proposals, files.agreed, files.rejected) == (3, 2, 1)
    assert files.pdf.name == "paket-musdesus-BA-6201022001-2026-11-0001.pdf"
    assert sorted(p.name for p in files.pdf.parent.iterdir()) == sorted([files.pdf.name, files.xlsx.name])
    pdf = files.pdf.read_bytes()
    text = helpers.text(pdf)
    for expected in ("AGENDA MUSYAWARAH DESA KHUSUS (MUSDESUS)", "DAFTAR HADIR", "Tanda Tangan", "Unsur / Jabatan",
                     "Ketua RW", "Ketua RT", "Anggota BPD", "Tokoh masyarakat", "Pendamping PKH",
                     "BERITA ACARA MUSYAWARAH DESA", "Bambang Sutrisno (Ketua BPD)", info.number, NIK_1, NIK_3,
                     "Sudah menerima bantuan desa", "Mengetahui,"):  # fmt: skip
        assert expected in text, expected
    assert text.index("AGENDA MUSYAWARAH") < text.index("DAFTAR HADIR") < text.index("BERITA ACARA")
    assert set(helpers.sizes(pdf)) == {(595.3, 841.9)}  # the office's paper (A4), portrait
    wb = openpyxl.load_workbook(files.xlsx)
    ws = wb["BNBA"]
    rows = [[c for c in r] for r in ws.iter_rows()]
    assert [c.value for c in rows[0]] == ["No", "NIK", "No KK", "Nama", "Alamat", "RT", "RW", "Jenis usulan",
                                          "Alasan", "Keputusan"]  # fmt: skip
    body = {r[1].value: r for r in rows[1:]}
    assert set(body) == {NIK_1, NIK_2, NIK_3}
    assert all(r[1].data_type == "s" and r[2].data_type == "s" for r in rows[1:])
    assert body[NIK_1][2].value == KK_1 and body[NIK_1][7].value == "Tambah"
    assert (body[NIK_1][9].value, body[NIK_3][9].value) == ("Disahkan", "Ditolak")
    assert [r[0].value for r in rows[1:]] == [1, 2, 3]


def test_package_on_f4_and_refusals(
    db: Database, front: Actor, coordinator: Actor, head: Actor, tmp_path: Path
) -> None:
    info = _session(db, front, coordinator)
    files = musdes.package(db, coordinator, info.id, tmp_path, paper="F4")
    assert {round(h) for _, h in helpers.sizes(files.pdf.read_bytes())} == {935}
    with pytest.raises(ValidationError):
        musdes.package(db, coordinator, info.id, tmp_path, paper="Letter")
    with pytest.raises(ValidationError):
        musdes.package(db, coordinator, info.id, files.pdf)  # a file, not a folder
    with pytest.raises(PermissionDenied):
        musdes.package(db, head, info.id, tmp_path / "other")  # the penanggung jawab reads, never prints
    assert not (tmp_path / "other").exists()


def test_package_from_the_command_line(
    db: Database, front: Actor, coordinator: Actor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from puskesos_desktop.cli.main import main

    info = _session(db, front, coordinator)
    out = tmp_path / "usb"
    assert main(["musdes", "package", str(info.id), "--out", str(out), "--db", db.url, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["proposals"], result["agreed"], result["rejected"]) == (3, 2, 1)
    assert Path(result["pdf"]).exists() and Path(result["xlsx"]).exists()
    assert main(["musdes", "package", "--out", str(out), "--db", db.url]) == 1


def test_an_office_without_proposals_has_an_empty_agenda(db: Database) -> None:
    assert musdes.agenda(db, None) == [] and musdes.agenda(db, None, ready_only=False) == []
