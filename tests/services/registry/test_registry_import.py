"""Registry import (issue 5 §1): one transaction, idempotent, newer extracts, rejections, mapping, cancel, crash."""

from __future__ import annotations

import datetime as dt
import functools
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from sqlalchemy import select

from puskesos_desktop.core.errors import PermissionDenied, ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry, Programme, RegistryImport, RegistryProgramme, RegistryRecord
from puskesos_desktop.excel import issue_report
from puskesos_desktop.services import audit, office
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import registry_import, registry_view
from puskesos_desktop.services.registry.registry_import import Cancelled, import_registry
from tests.services.dx_data import HEADER, dump, encrypt, extract_row, nik_of, sample_module, write_xlsx

# In the PostgreSQL subset (make test-postgres).
pytestmark = pytest.mark.pg

# These tests import small files where one person leaving is a third of the registry: past the office's limits,
# so they confirm, as a person would in the wizard (--allow-shrink); the limits have their own tests.
confirmed = functools.partial(import_registry, allow_shrink=True)

N1 = nik_of(dt.date(1990, 5, 12), "L", 1)
N2 = nik_of(dt.date(1985, 1, 2), "P", 2)
N3 = nik_of(dt.date(1970, 7, 30), "L", 3, kec="357801")  # registered in Surabaya: a normal resident


def _records(db: Database) -> dict[str, RegistryRecord]:
    with db.read() as s:
        return {r.nik: r for r in s.execute(select(RegistryRecord)).scalars()}


def _programmes(db: Database, nik: str) -> set[str]:
    with db.read() as s:
        return set(
            s.execute(
                select(Programme.code)
                .join(RegistryProgramme, RegistryProgramme.programme_id == Programme.id)
                .join(RegistryRecord, RegistryRecord.id == RegistryProgramme.record_id)
                .where(RegistryRecord.nik == nik)
            ).scalars()
        )


def _three(tmp_path: Path, name: str = "DTKS_Sukamaju.xlsx", **second: object) -> Path:
    rows = [
        HEADER,
        extract_row(N1, "SITI AMINAH", birth=dt.date(1990, 5, 12), sex="L", pkh="YA", bpnt="Y", pbi="✓"),
        extract_row(N2, '=HYPERLINK("http://x.invalid","Klik")', sex="P", pkh="TIDAK", bpnt="1", **second),
        extract_row(N3, "BUDI SANTOSO", pkh="", bpnt="T", pbi="YA", desil=9),
    ]
    return write_xlsx(tmp_path / name, rows)


def test_import_stores_rows_memberships_audit_and_import_row(
    db: Database, coordinator: Actor, tmp_path: Path, fixed_now: dt.datetime
) -> None:
    path = _three(tmp_path)
    progress: list[tuple[int, int]] = []
    result = import_registry(db, coordinator, path, progress=lambda d, t: progress.append((d, t)))
    assert result.as_json() | {} == result.as_json()
    head = {k: result.as_json()[k] for k in ("imported", "updated", "unchanged", "rejected", "warnings", "report")}
    assert head == {"imported": 3, "updated": 0, "unchanged": 0, "rejected": 0, "warnings": 0, "report": None}
    assert progress[-1] == (1000, 1000)
    records = _records(db)
    assert set(records) == {N1, N2, N3}
    # Text is kept exactly as written: a name that looks like a formula is a name.
    assert records[N2].name == '=HYPERLINK("http://x.invalid","Klik")'
    assert records[N3].region_code == "6201022001" and records[N3].desil == 9 and records[N3].active
    assert records[N1].name_key == "siti aminah" and records[N1].row_hash
    assert _programmes(db, N1) == {"PKH", "BPNT", "PBI"}
    assert _programmes(db, N2) == {"BPNT"} and _programmes(db, N3) == {"PBI"}
    view = registry_view.for_nik(db, None, N1)
    assert view.in_registry and view.programme_codes == ("BPNT", "PBI", "PKH")
    assert view.extract_date == result.extract_date
    with db.read() as s:
        imp = s.execute(select(RegistryImport)).scalar_one()
        entries = s.execute(select(AuditEntry).where(AuditEntry.action == "registry.import")).scalars().all()
    assert (imp.filename, imp.imported, imp.sha256) == ("DTKS_Sukamaju.xlsx", 3, result.sha256)
    assert len(entries) == 1  # one entry per import, not one per row
    details = json.loads(entries[0].details)
    assert details["file"] == "DTKS_Sukamaju.xlsx" and details["sha256"] == result.sha256
    assert details["imported"] == 3 and details["rejected"] == 0
    assert audit.verify(db).ok


def test_same_file_twice_changes_nothing(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    path = _three(tmp_path)
    import_registry(db, coordinator, path)
    before = dump(db)
    again = import_registry(db, coordinator, path)
    assert (again.imported, again.updated, again.unchanged, again.removed) == (0, 0, 3, 0)
    after = dump(db)
    assert after["records"] == before["records"] and after["memberships"] == before["memberships"]


def test_newer_extract_updates_memberships_and_marks_who_left(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    confirmed(db, coordinator, _three(tmp_path), extract_date=dt.date(2026, 5, 1))
    first_ids = {n: r.id for n, r in _records(db).items()}
    n4 = nik_of(dt.date(2001, 3, 4), "P", 4)
    newer = write_xlsx(
        tmp_path / "DTKS_Sukamaju_2026-10.xlsx",
        [
            HEADER,
            extract_row(N1, "SITI AMINAH", birth=dt.date(1990, 5, 12), sex="L", pkh="YA", bpnt="Y", pbi="✓"),
            extract_row(N2, "NUR AINI", sex="P", pkh="YA", bpnt="TIDAK", desil=2),  # name, PKH and desil changed
            extract_row(n4, "RINA", pkh="YA"),  # new
        ],
    )
    result = confirmed(db, coordinator, newer, extract_date=dt.date(2026, 10, 1))
    assert (result.imported, result.updated, result.unchanged, result.removed) == (1, 1, 1, 1)
    records = _records(db)
    assert records[N2].id == first_ids[N2] and records[N2].name == "NUR AINI" and records[N2].desil == 2
    assert _programmes(db, N2) == {"PKH"}
    assert not records[N3].active  # no longer in the registry
    assert not registry_view.for_nik(db, None, N3).in_registry and registry_view.for_nik(db, None, N3).was_in_registry
    assert records[N1].extract_date == dt.date(2026, 10, 1)  # checked against the newer extract, unchanged
    assert records[n4].active and records[n4].extract_date == dt.date(2026, 10, 1)
    # Listed again later: back in the registry (counted as updated).
    back = confirmed(db, coordinator, _three(tmp_path, "DTKS_lagi.xlsx"), extract_date=dt.date(2026, 11, 1))
    assert back.updated >= 2 and _records(db)[N3].active and not _records(db)[n4].active


def test_rejected_and_warned_rows_and_their_report(
    db: Database, coordinator: Actor, tmp_path: Path, fixed_now: dt.datetime
) -> None:
    big = 2**53 + 7  # above 2^53: its last digits are already lost
    exact = int(nik_of(dt.date(1988, 8, 8), "L", 8))  # below 2^53? no: NIKs are ~6.2e15 < 2^53 ≈ 9.0e15
    assert exact < 2**53 < big
    n_sex = nik_of(dt.date(1975, 4, 1), "L", 9)
    rows = [
        HEADER,
        extract_row(N1, "SITI"),
        extract_row("62010212AB900001", "HURUF"),  # letters
        extract_row("620102120590001", "PENDEK"),  # 15 digits
        extract_row("6201021205900000", "NOL"),  # serial 0000
        extract_row("9901021205900001", "WILAYAH"),  # no such region
        extract_row("6201023213900001", "TANGGAL"),  # day 32
        extract_row(nik_of(dt.date(1980, 1, 1), "L", 5), ""),  # empty name
        extract_row(N1, "SITI LAGI"),  # repeated NIK: the first is kept
        extract_row(big, "ANGKA BESAR"),
        extract_row(exact, "ANGKA"),  # a number: imported, staff check the last digit
        extract_row(n_sex, "JK SALAH", sex="P", birth=dt.date(1975, 4, 2)),  # disagree with the NIK
        [None] * len(HEADER),  # blank rows are skipped
        extract_row("620102 1205.90-0003", "SPASI"),  # spaces, dots and dashes removed
    ]
    path = write_xlsx(tmp_path / "ekstrak.xlsx", rows)
    result = confirmed(db, coordinator, path)
    assert (result.imported, result.rejected, result.warnings) == (4, 8, 2)
    assert set(_records(db)) == {N1, str(exact), n_sex, "6201021205900003"}
    assert _records(db)[N1].name == "SITI"
    assert result.report == tmp_path / "ekstrak_baris_ditolak.xlsx"
    ws = openpyxl.load_workbook(result.report).active
    assert ws is not None
    table = [[c.value for c in row] for row in ws.iter_rows()]
    assert table[0] == ["Baris", "Kolom", "Nilai", "Alasan"]
    reasons = {row[0]: str(row[3]) for row in table[1:] if not str(row[3]).startswith("Peringatan")}
    assert set(reasons) == {3, 4, 5, 6, 7, 8, 9, 10}
    assert "angka" in reasons[3] and "16 angka" in reasons[4] and "0000" in reasons[5]
    assert "Kemendagri" in reasons[6] and "Nama wajib" in reasons[8] and "baris 2" in reasons[9]
    assert "2^53" in reasons[10] and "hilang" in reasons[10]
    warned = {row[0]: str(row[3]) for row in table[1:] if str(row[3]).startswith("Peringatan")}
    assert set(warned) == {11, 12}
    assert "15 angka" in warned[11] and "tidak sesuai dengan NIK" in warned[12]


# A read-only SQLite file.
@pytest.mark.sqlite_only
def test_report_goes_to_the_data_folder_when_the_source_is_read_only(
    db: Database, coordinator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    path = write_xlsx(stick / "DTKS.xlsx", [HEADER, extract_row(N1), extract_row("123", "SALAH")])
    real = issue_report._writable
    monkeypatch.setattr(issue_report, "_writable", lambda folder: folder != stick and real(folder))
    result = confirmed(db, coordinator, path)
    assert db.path is not None
    assert result.report == db.path.parent / "DTKS_baris_ditolak.xlsx" and result.report.exists()
    assert not (stick / "DTKS_baris_ditolak.xlsx").exists()


def test_csv_windows_1252_with_semicolons(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    text = "NIK;NAMA LENGKAP;NO KK;TANGGAL LAHIR;JK;SEMBAKO;KIS;KIP\r\n"
    text += f"{N1};JOSÉ ÁLVAREZ;{'6201021203090001'};12/05/1990;1;YA;TIDAK;1\r\n"
    text += f"{N2};Dewi;;02-01-1985;2;T;Y;0\r\n"
    path = tmp_path / "dtks.csv"
    path.write_bytes(text.encode("cp1252"))
    result = import_registry(db, coordinator, path)
    assert (result.imported, result.rejected) == (2, 0)
    assert _records(db)[N1].name == "JOSÉ ÁLVAREZ" and _records(db)[N1].birth_date == dt.date(1990, 5, 12)
    assert _programmes(db, N1) == {"BPNT", "PIP"} and _programmes(db, N2) == {"PBI"}


def test_unknown_layout_needs_a_mapping_which_is_remembered(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    rows = [["No Induk", "Nama Kepala", "Penerima Sembako 2026"], [N1, "SITI", "YA"], [N2, "DEWI", "TIDAK"]]
    path = write_xlsx(tmp_path / "aneh.xlsx", rows)
    with pytest.raises(ValidationError, match="tidak dikenali"):
        confirmed(db, coordinator, path)
    detection = registry_import.detect(db, path)
    assert not detection.ok and detection.headers == ("No Induk", "Nama Kepala", "Penerima Sembako 2026")
    mapping = {"nik": "No Induk", "name": "Nama Kepala", "BPNT": "Penerima Sembako 2026"}
    result = confirmed(db, coordinator, path, mapping=mapping)
    assert result.imported == 2 and _programmes(db, N1) == {"BPNT"}
    assert office.load_settings(db).import_column_mapping == mapping
    assert registry_import.detect(db, path).ok  # the wizard finds it mapped next time
    # A later file in the same layout imports with the remembered mapping, without asking again.
    later = write_xlsx(tmp_path / "aneh2.xlsx", rows[:2] + [[N3, "BUDI", "YA"]])
    again = confirmed(db, coordinator, later)
    assert again.imported == 1 and again.removed == 1 and _programmes(db, N3) == {"BPNT"}


def test_cancel_while_reading_or_writing_leaves_the_database_as_it_was(
    db: Database, coordinator: Actor, tmp_path: Path
) -> None:
    gen = sample_module()
    sample = gen.generate(tmp_path / "DTKS_3000.xlsx", 3000, seed=5, bad_every=100)
    confirmed(db, coordinator, _three(tmp_path))
    before = dump(db)
    calls = {"n": 0}

    def cancel_after(n: int) -> bool:
        calls["n"] += 1
        return calls["n"] > n

    with pytest.raises(Cancelled):
        confirmed(db, coordinator, sample.path, cancelled=lambda: cancel_after(1))  # while reading
    assert dump(db) == before
    calls["n"] = 0
    seen: list[int] = []
    with pytest.raises(Cancelled):
        # reading asks 3 times (every 1,000 rows) and once after; the write phase asks next
        confirmed(db, coordinator, sample.path, cancelled=lambda: cancel_after(5),
                        progress=lambda d, t: seen.append(d))  # fmt: skip
    assert max(seen) >= registry_import.READ_SHARE  # it was writing
    assert dump(db) == before
    done = confirmed(db, coordinator, sample.path)
    # N1 happens to be in the sample too (same birth date and serial): updated, not new.
    assert done.imported + done.updated == len(sample.valid_niks) and done.rejected == sample.rejected
    assert done.warnings == sample.warnings


def test_a_crash_in_the_middle_rolls_everything_back(
    db: Database, coordinator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    confirmed(db, coordinator, _three(tmp_path))
    before = dump(db)

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("listrik padam")

    monkeypatch.setattr(registry_import.audit, "record", boom)
    newer = write_xlsx(tmp_path / "baru.xlsx", [HEADER, extract_row(N1, "NAMA BARU")])
    with pytest.raises(RuntimeError):
        confirmed(db, coordinator, newer)
    assert dump(db) == before


def test_hostile_files_change_nothing(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    before = dump(db)
    fake = tmp_path / "bukan.xlsx"
    fake.write_text("ini surat biasa, bukan Excel\n" * 50)
    with pytest.raises(ValidationError):
        confirmed(db, coordinator, fake)
    truncated = tmp_path / "terpotong.xlsx"
    truncated.write_bytes(_three(tmp_path).read_bytes()[:400])
    with pytest.raises(ValidationError):
        confirmed(db, coordinator, truncated)
    empty = write_xlsx(tmp_path / "kosong.xlsx", [])
    with pytest.raises(ValidationError):
        confirmed(db, coordinator, empty)
    locked = encrypt(_three(tmp_path, "asal.xlsx"), "rahasia", tmp_path / "terkunci.xlsx")
    with pytest.raises(ValidationError, match="kata sandi"):
        confirmed(db, coordinator, locked)
    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b'<?xml version="1.0"?><Types/>')
        zf.writestr("xl/workbook.xml", b"<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"<worksheet><sheetData>" + b" " * (20 * 1024 * 1024))
    with pytest.raises(ValidationError, match="dipadatkan"):
        confirmed(db, coordinator, bomb)
    sparse = tmp_path / "sejuta_baris.xlsx"  # two cells, a million rows apart: calamine would allocate them all
    wb = xlsxwriter.Workbook(str(sparse))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["NIK", "NAMA"])
    ws.write_string(1_048_575, 16_383, "x")
    wb.close()
    with pytest.raises(ValidationError, match="terlalu besar|baris"):
        confirmed(db, coordinator, sparse)
    assert dump(db) == before
    assert confirmed(db, coordinator, locked, password="rahasia").imported == 3
    # A huge cell or a formula is no reason to refuse the file: the row with the huge cell is refused, the
    # formula's cached value is read as text (never evaluated).
    odd = tmp_path / "aneh.xlsx"
    wb = xlsxwriter.Workbook(str(odd), {"strings_to_formulas": False})
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["NIK", "NAMA", "ALAMAT"])
    ws.write_row(1, 0, [N1, "SITI", "x" * 32_767])
    ws.write_string(2, 0, N2)
    ws.write_formula(2, 1, '=HYPERLINK("http://x.invalid","DEWI")', None, "DEWI")
    wb.close()
    result = confirmed(db, coordinator, odd)
    assert result.rejected == 1 and "terlalu panjang" in result.issues[0].reason
    assert _records(db)[N2].name == "DEWI"


def test_only_the_coordinator_imports(db: Database, front: Actor, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        import_registry(db, front, _three(tmp_path))


def test_list_imports(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    import_registry(db, coordinator, _three(tmp_path))
    import_registry(db, coordinator, _three(tmp_path))
    rows = registry_import.list_imports(db)
    assert [r.imported for r in rows] == [0, 3] and rows[0].unchanged == 3


@pytest.mark.sqlite_only  # the staged import runs on an SQLite file
def test_repeated_niks_found_by_the_stage_give_what_a_held_read_gives(
    db: Database, coordinator: Actor, tmp_path: Path
) -> None:
    """The stage finds repeated NIKs after reading (no NIK is held in memory): the same rows refused, with the same
    reasons and the same warnings, as a read that holds every row decides row by row."""
    from puskesos_desktop.excel.registry_reader import read_registry

    n4 = nik_of(dt.date(2001, 3, 4), "P", 4)
    rows = [
        HEADER,
        extract_row(N1, "SITI"),  # 2
        extract_row(N2, "DEWI", address="X" * 400),  # 3: refused (address), not the first of N2
        extract_row(N1, "SITI LAGI", sex="P"),  # 4: repeat of 2 (its warning, sex, goes with it)
        extract_row(N2, "DEWI"),  # 5: the first accepted N2
        extract_row(N1, "SITI TIGA", address="Y" * 400),  # 6: refused after the NIK check: a repeat of 2
        extract_row(N2, "DEWI LAGI"),  # 7: repeat of 5
        extract_row(n4, "NUR", sex="L"),  # 8: a warning of its own
    ]
    path = write_xlsx(tmp_path / "ulang.xlsx", rows)
    held = read_registry(path)
    result = confirmed(db, coordinator, path)
    assert db.path is not None  # the staged import, as on every SQLite database with a file
    issues = [(i.row_number, i.column, i.value, i.reason) for i in result.issues]
    expected = [(i.row_number, i.column, i.value, i.reason) for i in registry_import._issues(held)]
    assert issues == expected
    assert (result.imported, result.rejected, result.warnings) == (3, 4, 1)
    reasons = {i.row_number: i.reason for i in held.rejected}
    assert "baris 2" in reasons[4] and "baris 2" in reasons[6] and "baris 5" in reasons[7]
    assert "panjang" in reasons[3]
    assert _records(db)[N1].name == "SITI" and _records(db)[N2].name == "DEWI"


def test_the_rows_written_are_announced_on_every_engine(
    db: Database, coordinator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On PostgreSQL new rows go in by COPY, past SQLAlchemy's statement events (issue 15 §10): the tables are
    still among those the write announces to the other PCs (db/changes.py)."""
    announced: list[set[str]] = []
    real = Database._announce

    def spy(self: Database, session: object, written: set[str]) -> None:
        announced.append(set(written))
        real(self, session, written)  # type: ignore[arg-type]

    monkeypatch.setattr(Database, "_announce", spy)
    import_registry(db, coordinator, _three(tmp_path))
    assert any({"registry_records", "registry_programmes"} <= tables for tables in announced), announced
    assert set(_records(db)) == {N1, N2, N3} and _programmes(db, N1) == {"PKH", "BPNT", "PBI"}
