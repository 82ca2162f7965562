"""Monthly batch to the district (issue 5 §2): what goes in, the workbook read back, numbering, failures."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import io
import json
from pathlib import Path

import msoffcrypto
import openpyxl
import pytest
from sqlalchemy import select

from puskesos_desktop.core.errors import Cancelled, PermissionDenied, ValidationError
from puskesos_desktop.core.files import FileWriteError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry, ExportBatch
from puskesos_desktop.excel import batch as excel_batch
from puskesos_desktop.services import audit
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.exchange import batch as exchange
from tests.services.dx_data import KK_A, NIK_A, NIK_B, Month, dump, fill_months

# In the PostgreSQL subset (make test-postgres).
pytestmark = pytest.mark.pg

CODE = "6201022001"


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """The USB stick (the database lives in tmp_path itself)."""
    folder = tmp_path / "FLASHDISK"
    folder.mkdir()
    return folder


@pytest.fixture
def month(db: Database, front: Actor, back: Actor, coordinator: Actor) -> Month:
    return fill_months(db, front, back, coordinator)


def _sheet(path: Path, name: str) -> list[list[object]]:
    ws = openpyxl.load_workbook(path)[name]
    return [[c.value for c in row] for row in ws.iter_rows()]


def _by_header(rows: list[list[object]]) -> list[dict[str, object]]:
    head = [str(h) for h in rows[0]]
    return [dict(zip(head, r, strict=True)) for r in rows[1:]]


def test_november_batch_holds_what_happened_in_november(
    db: Database, coordinator: Actor, month: Month, stick: Path
) -> None:
    before = audit.head(db)
    result = exchange.export_month(db, coordinator, "2026-11", stick)
    # The batch vouches for the chain up to and including its own export entry (issue 14).
    chain = audit.latest_hash(db)
    assert audit.head(db) == (before[0] + 1, chain) and result.audit_hash == chain
    assert result.path == stick / f"PUSKESOS_{CODE}_2026-11_01.xlsx"
    assert result.sha256_path.read_text() == f"{result.sha256}  {result.path.name}\n"
    assert hashlib.sha256(result.path.read_bytes()).hexdigest() == result.sha256
    wb = openpyxl.load_workbook(result.path)
    assert wb.sheetnames == ["Ringkasan", "Keluhan", "Rujukan", "Usulan DTKS", "Rantai Audit"]
    summary = {r[0]: r[1] for r in _sheet(result.path, "Ringkasan")[1:]}
    assert summary["Kode Desa"] == CODE and summary["Periode"] == "2026-11" and summary["Nomor Batch"] == "01"
    assert summary["Dibuat Oleh"] == "Sri Wahyuni" and summary["Nama Desa"] == "Sukamaju"
    # A complaint whose status changed (A, referred) and one registered in November (C); B changed nothing.
    complaints = _by_header(_sheet(result.path, "Keluhan"))
    assert [c["No Resi"] for c in complaints] == [month.complaint_a, month.complaint_c]
    a = complaints[0]
    assert a["NIK"] == NIK_A and a["No KK"] == KK_A and a["Status DTKS"] == "Terdaftar" and a["Desil"] == 2
    assert a["Status"] == "Dirujuk" and a["Jenis Kelamin"] == "Perempuan" and a["Saluran"] == "Datang Langsung"
    assert isinstance(a["Tanggal Registrasi"], dt.datetime) and a["Tanggal Registrasi"].date() == dt.date(2026, 10, 15)
    assert str(a["Uraian"]).startswith("=HYPERLINK(")  # text, never a formula (checked cell by cell below)
    assert complaints[1]["NIK"] is None and complaints[1]["Status DTKS"] == "Tidak Terdaftar"
    referrals = _by_header(_sheet(result.path, "Rujukan"))
    assert [(r["No Rujukan"], r["No Resi"], r["Status"]) for r in referrals] == [
        (month.referral, month.complaint_a, "Dikirim")
    ]
    assert referrals[0]["Tujuan"] == "Dinas Sosial Kabupaten" and referrals[0]["Bidang"] == "Kesehatan"
    proposals = _by_header(_sheet(result.path, "Usulan DTKS"))
    assert [(p["No Usulan"], p["Status"], p["NIK"]) for p in proposals] == [(month.proposal, "Disahkan Musdes", NIK_B)]
    p = proposals[0]
    assert p["Jenis Usulan"] == "Tambah" and p["Kode Desa"] == CODE
    assert isinstance(p["Tanggal Musdes"], dt.datetime) and p["Tanggal Musdes"].date() == dt.date(2026, 11, 12)
    assert p["Tanggal Usulan"] is not None  # the dates a record was made are never blank
    assert summary["Jumlah Keluhan"] == 2 and summary["Jumlah Rujukan"] == 1
    assert summary["Jumlah Rujukan Kesehatan"] == 1 and summary["Jumlah Rujukan Sosial"] == 0
    assert summary["Jumlah Usulan DTKS"] == 1 and summary["Jumlah Surat Rekomendasi"] == 1
    assert summary["Jumlah Warga Dilayani"] == 1  # residents with a complaint registered in November
    assert summary["Hash Audit"] == chain and audit.find_hash(db, chain) is not None
    for name in wb.sheetnames:
        ws = wb[name]
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f"  # no cell is ever a formula
    keluhan = wb["Keluhan"]
    assert keluhan["C2"].data_type == "s" and keluhan["D2"].data_type == "s"  # NIK and KK are text cells
    assert keluhan["B2"].is_date
    with db.read() as s:
        batch = s.execute(select(ExportBatch)).scalar_one()
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "batch.export")).scalar_one()
    assert (batch.month, batch.seq, batch.sha256, batch.audit_hash) == ("2026-11", 1, result.sha256, chain)
    assert entry.hash == chain
    assert json.loads(entry.details)["Keluhan"] == 2


def test_october_batch_has_current_values_and_the_agreed_proposal(
    db: Database, coordinator: Actor, month: Month, stick: Path
) -> None:
    result = exchange.export_month(db, coordinator, "2026-10", stick)
    complaints = _by_header(_sheet(result.path, "Keluhan"))
    assert [c["No Resi"] for c in complaints] == [month.complaint_a, month.complaint_b]
    assert complaints[0]["Status"] == "Dirujuk"  # current value, though the change was in November
    assert _by_header(_sheet(result.path, "Rujukan")) == []
    assert [p["No Usulan"] for p in _by_header(_sheet(result.path, "Usulan DTKS"))] == [month.proposal]
    assert {r[0]: r[1] for r in _sheet(result.path, "Ringkasan")[1:]}["Jumlah Warga Dilayani"] == 2


def test_draft_proposals_are_not_exported(db: Database, front: Actor, coordinator: Actor, stick: Path) -> None:
    from tests.services import bo_helpers as h

    h.complaint(db, front)  # an unregistered resident: a Draf proposal, not yet agreed
    rows = exchange.month_rows(db, coordinator, dt.date.today())
    assert len(rows.complaints) == 1 and rows.proposals == []


def test_exporting_again_makes_the_next_number_which_supersedes(
    db: Database, coordinator: Actor, month: Month, stick: Path
) -> None:
    first = exchange.export_month(db, coordinator, "2026-11", stick)
    second = exchange.export_month(db, coordinator, "2026-11", stick)
    assert second.seq == 2 and second.path.name == f"PUSKESOS_{CODE}_2026-11_02.xlsx"
    assert second.superseded == (first.path.name,) and first.path.exists()
    other = exchange.export_month(db, coordinator, "2026-10", stick)
    assert other.seq == 1
    listed = {b.label: b for b in exchange.list_batches(db)}
    assert listed["2026-11 #01"].superseded_by == 2 and listed["2026-11 #02"].superseded_by is None
    assert listed["2026-11 #02"].counts["Keluhan"] == 2


# Reads the SQLite file's bytes.
@pytest.mark.sqlite_only
def test_password_encrypts_and_is_never_stored(db: Database, coordinator: Actor, month: Month, stick: Path) -> None:
    secret = "Flashdisk-Aman-77"
    result = exchange.export_month(db, coordinator, "2026-11", stick, password=secret)
    assert result.encrypted
    with pytest.raises(Exception):  # noqa: B017 - any reader refuses an encrypted workbook
        openpyxl.load_workbook(result.path)
    office_file = msoffcrypto.OfficeFile(io.BytesIO(result.path.read_bytes()))
    office_file.load_key(password=secret)
    plain = io.BytesIO()
    office_file.decrypt(plain)
    assert openpyxl.load_workbook(plain).sheetnames[0] == "Ringkasan"
    assert db.path is not None
    assert secret.encode() not in db.path.read_bytes() and secret not in json.dumps(dump(db), default=str)


def test_a_full_usb_stick_leaves_nothing_and_marks_nothing(
    db: Database, coordinator: Actor, month: Month, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = dump(db)

    def full(path: Path, data: bytes) -> None:
        with open(path, "wb") as fh:
            fh.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(excel_batch, "_write_bytes", full)
    with pytest.raises(FileWriteError, match="penuh"):
        exchange.export_month(db, coordinator, "2026-11", stick)
    assert list(stick.iterdir()) == []  # no half-written file, under the final name or any other
    assert dump(db) == before


def test_a_pulled_stick_during_the_check_or_a_failed_record_removes_the_file(
    db: Database, coordinator: Actor, month: Month, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = dump(db)

    def pulled(*_a: object, **_k: object) -> None:
        raise FileWriteError("Berkas gagal diperiksa setelah ditulis. Apakah flashdisk tercabut?")

    with monkeypatch.context() as m:
        m.setattr(excel_batch, "_verify", pulled)
        with pytest.raises(FileWriteError, match="tercabut"):
            exchange.export_month(db, coordinator, "2026-11", stick)
    assert list(stick.iterdir()) == [] and dump(db) == before

    def refused(*_a: object, **_k: object) -> int:
        raise RuntimeError("database terkunci")

    monkeypatch.setattr(exchange, "_record", refused)
    with pytest.raises(RuntimeError):
        exchange.export_month(db, coordinator, "2026-11", stick)
    assert list(stick.iterdir()) == [] and dump(db) == before


def test_target_checks(db: Database, coordinator: Actor, month: Month, stick: Path,
                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    with pytest.raises(ValidationError, match="tidak ditemukan"):
        exchange.export_month(db, coordinator, "2026-11", stick / "tidak-ada")
    with pytest.raises(ValidationError, match="belum dimulai"):
        exchange.export_month(db, coordinator, "2026-12", stick)
    with pytest.raises(ValidationError, match="TTTT-BB"):
        exchange.export_month(db, coordinator, "11-2026", stick)
    assert exchange.free_space(stick) is not None and exchange.free_space(stick / "x") is None
    monkeypatch.setattr(exchange, "free_space", lambda _f: 10_000)
    with pytest.raises(ValidationError, match="Ruang kosong"):
        exchange.export_month(db, coordinator, "2026-11", stick)
    assert list(stick.iterdir()) == []


def test_only_the_coordinator_exports(db: Database, front: Actor, back: Actor, stick: Path) -> None:
    for actor in (front, back):
        with pytest.raises(PermissionDenied):
            exchange.export_month(db, actor, "2026-11", stick)


def test_two_exports_of_one_month_at_once_never_delete_the_delivered_batch(
    db: Database, coordinator: Actor, month: Month, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 13 §4: two runs took number 02 and the loser's clean-up unlinked the winner's file. Now the second
    run is refused while the first holds the month, and every recorded batch is on the stick, whole."""
    import hashlib
    import threading

    exchange.export_month(db, coordinator, "2026-11", stick)  # batch 01, delivered earlier
    real_write = exchange.write_batch
    both_started = threading.Barrier(2, timeout=5)

    def slow_write(*args: object, **kwargs: object) -> object:
        try:
            both_started.wait()  # old code: both runs reach the file with number 02
        except threading.BrokenBarrierError:
            pass  # the other run was refused before it got here
        return real_write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(exchange, "write_batch", slow_write)
    outcomes: list[object] = []

    def run() -> None:
        try:
            outcomes.append(exchange.export_month(db, coordinator, "2026-11", stick))
        except Exception as exc:  # noqa: BLE001 - the loser's error is what the test looks at
            outcomes.append(exc)
            both_started.abort()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    errors = [o for o in outcomes if isinstance(o, Exception)]
    assert len(errors) == 1 and "lain" in str(errors[0]) and "ekspor" in str(errors[0]).lower()
    for batch in exchange.list_batches(db):
        path = stick / batch.filename
        assert path.is_file(), f"{batch.filename} recorded but missing"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == batch.sha256
        assert (stick / (batch.filename + ".sha256")).read_text().startswith(batch.sha256)
    assert [b.seq for b in sorted(exchange.list_batches(db), key=lambda b: b.seq)] == [1, 2]


def test_a_batch_file_never_recorded_is_moved_aside_not_deleted(
    db: Database, coordinator: Actor, month: Month, stick: Path
) -> None:
    leftover = stick / "PUSKESOS_6201022001_2026-11_01.xlsx"
    leftover.write_bytes(b"left by a run that died before recording it")
    result = exchange.export_month(db, coordinator, "2026-11", stick)
    assert result.seq == 1 and result.path.read_bytes() != b"left by a run that died before recording it"
    kept = [p for p in stick.iterdir() if ".tidak-tercatat-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == b"left by a run that died before recording it"


def test_export_reports_progress_and_a_cancel_records_nothing(
    db: Database, coordinator: Actor, month: Month, stick: Path
) -> None:
    with pytest.raises(Cancelled):
        exchange.export_month(db, coordinator, "2026-11", stick, cancelled=lambda: True)
    assert exchange.list_batches(db) == [] and list(stick.glob("*.xlsx")) == []
    steps: list[tuple[int, int]] = []
    result = exchange.export_month(
        db, coordinator, "2026-11", stick, progress=lambda done, total: steps.append((done, total))
    )
    assert result.seq == 1  # the cancelled export used no number
    assert steps[0] == (0, 100) and steps[-1] == (100, 100)
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)
