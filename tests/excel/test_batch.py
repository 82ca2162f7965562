from __future__ import annotations

import datetime as dt
import errno
import hashlib
import io
from dataclasses import replace
from pathlib import Path

import msoffcrypto
import openpyxl
import pytest
import python_calamine

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.files import FileWriteError
from puskesos_desktop.excel import batch
from puskesos_desktop.excel.batch import (
    BatchSummary,
    ComplaintRow,
    ProposalRow,
    ReferralRow,
    batch_filename,
    write_batch,
)

# The contract, typed out again here on purpose: a change in batch_columns.py must break this test.
SHEETS = ["Ringkasan", "Keluhan", "Rujukan", "Usulan DTKS"]
HEADERS = {
    "Ringkasan": ["Uraian", "Nilai"],
    "Keluhan": ["No Resi", "Tanggal Registrasi", "NIK", "No KK", "Nama", "Jenis Kelamin", "Tanggal Lahir", "Alamat",
                "RT", "RW", "Status DTKS", "Desil", "Saluran", "Bidang", "Layanan", "Uraian", "Status", "Petugas",
                "Tanggal Selesai", "Terakhir Diubah"],
    "Rujukan": ["No Rujukan", "No Resi", "Tanggal Rujukan", "NIK", "Nama", "Bidang", "Layanan", "Tujuan",
                "Alasan Rujukan", "Status", "Tanggal Hasil", "Keterangan Hasil", "Tanggal Warga Diinformasikan",
                "Terakhir Diubah"],
    "Usulan DTKS": ["No Usulan", "Tanggal Usulan", "Jenis Usulan", "NIK", "No KK", "Nama", "Jenis Kelamin",
                    "Tempat Lahir", "Tanggal Lahir", "Alamat", "RT", "RW", "Kode Desa", "Alasan Usulan",
                    "Tanggal Musdes", "Status", "Tanggal Hasil", "Keterangan Hasil", "Terakhir Diubah"],
}  # fmt: skip
SUMMARY_LABELS = ["Kode Desa", "Nama Desa", "Kecamatan", "Kabupaten", "Periode", "Nomor Batch", "Dibuat Pada",
                  "Dibuat Oleh", "Versi Aplikasi", "Jumlah Keluhan", "Jumlah Rujukan", "Jumlah Rujukan Kesehatan",
                  "Jumlah Rujukan Sosial", "Jumlah Rujukan Pendidikan", "Jumlah Rujukan Adminduk",
                  "Jumlah Rujukan Lainnya", "Jumlah Usulan DTKS",
                  "Jumlah Surat Rekomendasi", "Jumlah Warga Dilayani", "Hash Audit"]  # fmt: skip

NIK1 = "6201021205900001"
NIK2 = "6201025205850002"
KK = "6201021203090001"
NOW = dt.datetime(2025, 1, 31, 14, 30, 5)
EVIL = '=HYPERLINK("http://x","y")'


def summary(seq: int = 1) -> BatchSummary:
    return BatchSummary(
        village_code="62.01.02.2001", village_name="Desa Contoh", kecamatan="Arut Selatan",
        kabupaten="Kotawaringin Barat", period="2025-01", batch_no=seq, created_at=NOW, created_by="Koordinator",
        letters_issued=2, residents_served=40, audit_hash="ab" * 32,
    )  # fmt: skip


def complaints() -> list[ComplaintRow]:
    return [
        ComplaintRow("RESI-2025-0001", dt.date(2025, 1, 3), NIK1, KK, EVIL, "L", dt.date(1990, 5, 12), "Jl. Mawar",
                     "001", "002", True, 3, "Datang Langsung", "Kesehatan", "PBI-JK", "Butuh BPJS", "Dirujuk",
                     "Petugas FO", None, NOW),
        ComplaintRow("RESI-2025-0002", dt.datetime(2025, 1, 4, 9, 0), None, None, "Tanpa NIK", None, None, "",
                     "", "", False, None, "WhatsApp", "Adminduk", "Rekomendasi", "Belum punya KTP", "Selesai", "",
                     dt.date(2025, 1, 5), NOW),
    ]  # fmt: skip


def referrals() -> list[ReferralRow]:
    return [
        ReferralRow("RJK-0001", "RESI-2025-0001", dt.date(2025, 1, 6), NIK1, "SITI", "Kesehatan", "PBI-JK",
                    "Dinas Sosial", "Tidak mampu", "Dikirim", None, "", None, NOW),
        ReferralRow("RJK-0002", "RESI-2025-0001", dt.date(2025, 1, 7), NIK1, "SITI", "Pendidikan", "KIP",
                    "Dinas Pendidikan", "Sekolah", "Disetujui", dt.date(2025, 1, 20), "OK", dt.date(2025, 1, 21), NOW),
        ReferralRow("RJK-0003", "RESI-2025-0002", dt.date(2025, 1, 6), None, "Tanpa NIK", "Adminduk", "Rekomendasi",
                    "Dukcapil", "Belum punya KTP", "Dikirim", None, "", None, NOW),
    ]  # fmt: skip


def proposals() -> list[ProposalRow]:
    return [
        ProposalRow("USL-0001", dt.date(2025, 1, 8), "Tambah", NIK2, KK, "AMINAH", "P", "Pangkalan Bun",
                    dt.date(1985, 5, 12), "Jl. Melati", "003", "001", "6201022001", "Belum terdaftar",
                    dt.date(2025, 1, 15), "Disahkan Musdes", None, "", NOW),
    ]  # fmt: skip


def write(tmp_path: Path, password: str | None = None, seq: int = 1) -> batch.BatchFile:
    return write_batch(tmp_path, summary(seq), complaints(), referrals(), proposals(), password)


def test_filename() -> None:
    assert batch_filename("62.01.02.2001", "2025-01", 1) == "PUSKESOS_6201022001_2025-01_01.xlsx"
    assert batch_filename("6201022001", dt.date(2025, 12, 31), 12) == "PUSKESOS_6201022001_2025-12_12.xlsx"
    for args in [("620102200", "2025-01", 1), ("6201022001", "2025-13", 1), ("6201022001", "2025-01", 100),
                 ("6201022001", "01-2025", 1), ("9901022001", "2025-01", 1)]:  # fmt: skip
        with pytest.raises(ValidationError):
            batch_filename(*args)  # type: ignore[arg-type]


def test_sheets_headers_and_values_openpyxl(tmp_path: Path) -> None:
    result = write(tmp_path)
    assert result.path.name == "PUSKESOS_6201022001_2025-01_01.xlsx"
    assert result.counts == {"Keluhan": 2, "Rujukan": 3, "Usulan DTKS": 1}
    wb = openpyxl.load_workbook(result.path)
    assert wb.sheetnames == SHEETS
    for name in SHEETS:
        ws = wb[name]
        assert [c.value for c in ws[1]] == HEADERS[name]
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
        assert ws.column_dimensions["A"].width and ws.column_dimensions["A"].width > 5
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (name, cell.coordinate)

    summary_ws = wb["Ringkasan"]
    labels = [r[0].value for r in summary_ws.iter_rows(min_row=2)]
    assert labels == SUMMARY_LABELS
    values = {r[0].value: r[1] for r in summary_ws.iter_rows(min_row=2)}
    assert values["Kode Desa"].value == "6201022001" and values["Kode Desa"].data_type == "s"
    assert values["Periode"].value == "2025-01" and values["Nomor Batch"].value == "01"
    assert values["Dibuat Pada"].value == NOW and values["Dibuat Pada"].is_date
    counts = {"Jumlah Keluhan": 2, "Jumlah Rujukan": 3, "Jumlah Rujukan Kesehatan": 1, "Jumlah Rujukan Sosial": 0,
              "Jumlah Rujukan Pendidikan": 1, "Jumlah Rujukan Adminduk": 1, "Jumlah Rujukan Lainnya": 0,
              "Jumlah Usulan DTKS": 1, "Jumlah Surat Rekomendasi": 2,
              "Jumlah Warga Dilayani": 40}  # fmt: skip
    for label, number in counts.items():
        assert values[label].value == number and values[label].data_type == "n", label
    assert values["Hash Audit"].value == "ab" * 32
    # Issue 17: the per-field rows add up to the total a district clerk checks them against.
    by_field = [v.value for k, v in values.items() if str(k).startswith("Jumlah Rujukan ")]
    assert len(by_field) == 5 and sum(by_field) == values["Jumlah Rujukan"].value

    ws = wb["Keluhan"]
    col = {h: i for i, h in enumerate(HEADERS["Keluhan"])}
    first, second = ws[2], ws[3]
    assert first[col["NIK"]].value == NIK1 and first[col["NIK"]].data_type == "s"
    assert first[col["No KK"]].value == KK and first[col["No KK"]].data_type == "s"
    assert first[col["Nama"]].value == EVIL and first[col["Nama"]].data_type == "s"
    assert first[col["Jenis Kelamin"]].value == "Laki-laki"
    assert first[col["Status DTKS"]].value == "Terdaftar" and second[col["Status DTKS"]].value == "Tidak Terdaftar"
    assert first[col["Saluran"]].value == "Datang Langsung" and second[col["Saluran"]].value == "WhatsApp"
    assert first[col["Desil"]].value == 3 and first[col["Desil"]].data_type == "n"
    registered = first[col["Tanggal Registrasi"]]
    assert registered.is_date and registered.value == dt.datetime(2025, 1, 3)
    assert "h" not in registered.number_format
    assert second[col["Tanggal Registrasi"]].value == dt.datetime(2025, 1, 4)  # a datetime given: the date kept
    changed = first[col["Terakhir Diubah"]]
    assert changed.is_date and changed.value == NOW and "hh:mm" in changed.number_format
    assert second[col["NIK"]].value is None and second[col["Jenis Kelamin"]].value is None

    ws = wb["Usulan DTKS"]
    col = {h: i for i, h in enumerate(HEADERS["Usulan DTKS"])}
    assert ws[2][col["Jenis Kelamin"]].value == "Perempuan" and ws[2][col["Kode Desa"]].data_type == "s"


def test_read_back_with_calamine(tmp_path: Path) -> None:
    result = write(tmp_path)
    wb = python_calamine.load_workbook(result.path)
    assert wb.sheet_names == SHEETS
    rows = wb.get_sheet_by_name("Keluhan").to_python()
    assert rows[0] == HEADERS["Keluhan"]
    col = {h: i for i, h in enumerate(HEADERS["Keluhan"])}
    assert rows[1][col["NIK"]] == NIK1 and isinstance(rows[1][col["NIK"]], str)
    assert rows[1][col["Tanggal Registrasi"]] == dt.date(2025, 1, 3)
    assert rows[1][col["Terakhir Diubah"]] == NOW
    assert rows[1][col["Nama"]] == EVIL
    referral_rows = wb.get_sheet_by_name("Rujukan").to_python()
    assert referral_rows[2][HEADERS["Rujukan"].index("Tanggal Hasil")] == dt.date(2025, 1, 20)


def test_checksum_file(tmp_path: Path) -> None:
    result = write(tmp_path)
    assert result.sha256_path == tmp_path / "PUSKESOS_6201022001_2025-01_01.xlsx.sha256"
    digest = hashlib.sha256(result.path.read_bytes()).hexdigest()
    assert result.sha256 == digest
    assert result.sha256_path.read_bytes() == f"{digest}  PUSKESOS_6201022001_2025-01_01.xlsx\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == [result.path.name, result.sha256_path.name]


def test_existing_batch_is_not_replaced(tmp_path: Path) -> None:
    write(tmp_path)
    with pytest.raises(ValidationError, match="sudah ada"):
        write(tmp_path)
    again = write_batch(tmp_path, summary(), complaints(), [], [], overwrite=True)
    assert again.counts["Rujukan"] == 0


def test_empty_batch(tmp_path: Path) -> None:
    result = write_batch(tmp_path, summary(), [], [], [])
    wb = openpyxl.load_workbook(result.path)
    assert [[c.value for c in wb[name][1]] for name in SHEETS] == [HEADERS[n] for n in SHEETS]
    assert wb["Keluhan"].max_row == 1


def test_bad_rows_are_refused_before_writing(tmp_path: Path) -> None:
    bad_status = [replace(complaints()[0], status="Beres")]
    with pytest.raises(ValidationError) as info:
        write_batch(tmp_path, summary(), bad_status, [], [])
    assert info.value.field == "Status" and info.value.row == 2
    bad_nik = [replace(complaints()[0], nik="62010212059")]
    with pytest.raises(ValidationError, match="16 angka"):
        write_batch(tmp_path, summary(), bad_nik, [], [])
    bad_channel = [replace(complaints()[0], channel="Surat")]
    with pytest.raises(ValidationError, match="pilihan"):
        write_batch(tmp_path, summary(), bad_channel, [], [])
    assert list(tmp_path.iterdir()) == []


def test_full_stick_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(path: Path, data: bytes) -> None:
        path.write_bytes(data[:100])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(batch, "_write_bytes", full)
    with pytest.raises(FileWriteError, match="penuh"):
        write(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_stick_pulled_out_while_writing_checksum(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = batch._write_bytes
    calls = []

    def second_fails(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise OSError(errno.EIO, "Input/output error")
        real(path, data)

    monkeypatch.setattr(batch, "_write_bytes", second_fails)
    with pytest.raises(FileWriteError, match="tercabut"):
        write(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_corruption_found_by_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = batch._write_bytes

    def corrupt(path: Path, data: bytes) -> None:
        real(path, data[:-200] + b"\0" * 200)

    monkeypatch.setattr(batch, "_write_bytes", corrupt)
    with pytest.raises(FileWriteError, match="gagal diperiksa"):
        write(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_password_protected_batch(tmp_path: Path) -> None:
    result = write(tmp_path, password="Rahasia#1")
    raw = result.path.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == result.sha256
    office = msoffcrypto.OfficeFile(io.BytesIO(raw))
    assert office.is_encrypted()
    with pytest.raises(Exception):  # noqa: B017 - openpyxl cannot open it at all without the password
        openpyxl.load_workbook(result.path)
    wrong = msoffcrypto.OfficeFile(io.BytesIO(raw))
    with pytest.raises(msoffcrypto.exceptions.InvalidKeyError):
        wrong.load_key(password="salah", verify_password=True)
    office.load_key(password="Rahasia#1", verify_password=True)
    plain = io.BytesIO()
    office.decrypt(plain)
    wb = openpyxl.load_workbook(plain)
    assert wb.sheetnames == SHEETS
    assert wb["Keluhan"]["C2"].value == NIK1
