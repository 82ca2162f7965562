from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from msoffcrypto.format.ooxml import OOXMLFile

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel import registry_reader as rr
from puskesos_desktop.excel.common import Cancelled, RowIssue
from puskesos_desktop.excel.registry_reader import detect_columns, read_registry

Xlsx = Callable[..., Path]
Nik = Callable[..., str]
TODAY = dt.date(2025, 6, 1)

HEADER = ["NIK", "NO_KK", "NAMA", "TEMPAT_LAHIR", "TGL_LAHIR", "JENIS_KELAMIN", "ALAMAT", "RT", "RW", "ID_DTKS",
          "DESIL", "KODE_WILAYAH", "PKH", "BPNT", "PBI"]  # fmt: skip
KK = "6201021203090001"


def _row(nik: str | float, name: str = "SITI AMINAH", **kw: object) -> list[object]:
    values: dict[str, object] = {
        "kk": KK, "place": "PANGKALAN BUN", "birth": None, "sex": None, "address": "JL. MERDEKA", "rt": "001",
        "rw": "002", "id": "DTKS01", "desil": 3, "region": "62.01.02.1001", "pkh": "YA", "bpnt": "TIDAK", "pbi": "",
    }  # fmt: skip
    values.update(kw)
    return [nik, values["kk"], name, values["place"], values["birth"], values["sex"], values["address"], values["rt"],
            values["rw"], values["id"], values["desil"], values["region"], values["pkh"], values["bpnt"],
            values["pbi"]]  # fmt: skip


def _read(path: Path, **kw: object) -> rr.RegistryReadResult:
    return read_registry(path, today=TODAY, **kw)  # type: ignore[arg-type]


def _reasons(issues: list[RowIssue]) -> dict[int, str]:
    return {i.row_number: i.reason for i in issues}


def test_reads_a_plain_extract(xlsx: Xlsx, nik: Nik) -> None:
    n1 = nik(dt.date(1990, 5, 12), "L", 1)
    n2 = nik(dt.date(1985, 1, 2), "P", 2)
    second_row = _row(n2, "BUDI", birth="1985-01-02", sex="Perempuan", pkh="TIDAK", bpnt="Y", pbi="1", rt=4)
    path = xlsx([HEADER, _row(n1, birth=dt.date(1990, 5, 12), sex="L"), second_row])
    result = _read(path)
    assert result.rejected == [] and result.warnings == []
    assert result.total_rows == 2 and result.header_row == 1 and result.sheet == "Data"
    first, second = result.rows
    assert first.row_number == 2 and first.nik == n1 and first.kk == KK and first.name == "SITI AMINAH"
    assert first.birth_date == dt.date(1990, 5, 12) and first.sex == "L"
    assert first.rt == "001" and first.rw == "002" and first.registry_id == "DTKS01" and first.desil == 3
    assert first.region_code == "6201021001" and first.programmes == frozenset({"PKH"})
    assert second.sex == "P" and second.birth_date == dt.date(1985, 1, 2) and second.rt == "004"
    assert second.programmes == frozenset({"BPNT", "PBI"})
    assert result.columns_found["nik"] == "NIK" and result.columns_found["kk"] == "NO_KK"
    assert len(result.sha256) == 64


def test_header_synonyms_case_and_position(xlsx: Xlsx, nik: Nik) -> None:
    header = ["no", "nik ", "No. KK", "Nama Lengkap", "Tanggal Lahir", "jk", "Id DTSEN", "Kode Desa", "Sembako",
              "PBI-JK", "KIP", "ODKB", "BLT DD", "rutilahu", "Keterangan"]  # fmt: skip
    n = nik(dt.date(1970, 3, 4), "P", 9)
    data = [1, n, KK, "AMINAH", "04/03/1970", "P", "X1", "6201021001", "✓", "Y", "T", 1, "ya", "0", "catatan"]
    path = xlsx([["DATA DTKS DESA CONTOH"], [], ["Dicetak 2025"], header, data])
    result = _read(path)
    assert result.header_row == 4
    assert result.rejected == [] and result.warnings == []
    row = result.rows[0]
    assert row.row_number == 5 and row.name == "AMINAH" and row.registry_id == "X1"
    assert row.birth_date == dt.date(1970, 3, 4)
    assert row.programmes == frozenset({"BPNT", "PBI", "ASPDB", "BLTDD"})
    assert result.unknown_columns == ("no", "Keterangan")


def test_dtsen_column_names(xlsx: Xlsx, nik: Nik) -> None:
    """A DTSEN export names its columns its own way (issue 16 §9); every one is recognised without a mapping."""
    header = ["ID_DTSEN_INDIVIDU", "NIK_INDIVIDU", "NKK", "NAMA_INDIVIDU", "TANGGAL_LAHIR", "JENIS_KELAMIN",
              "ALAMAT_DOMISILI", "RT_DOMISILI", "RW_DOMISILI", "PERINGKAT_KESEJAHTERAAN", "BANSOS_PKH",
              "STATUS_PENERIMA_BPNT"]  # fmt: skip
    n = nik(dt.date(1970, 3, 4), "P", 9)
    path = xlsx([header, ["D-77", n, KK, "AMINAH", "1970-03-04", "P", "JL. MAWAR", "1", "2", 3, "Ya", "Tidak"]])
    result = _read(path)
    assert result.rejected == [] and result.unknown_columns == ()
    row = result.rows[0]
    assert (row.registry_id, row.nik, row.kk, row.name, row.address, row.rt, row.rw, row.desil) == (
        "D-77", n, KK, "AMINAH", "JL. MAWAR", "001", "002", 3
    )
    assert row.programmes == frozenset({"PKH"})


def test_unknown_layout_detected_then_mapped(xlsx: Xlsx, nik: Nik) -> None:
    n = nik()
    path = xlsx([["Nomor Identitas", "Nama Warga", "Dusun", "PKH"], [n, "SITI", "I", "YA"]])
    detection = detect_columns(path)
    assert not detection.ok and detection.header_row is None
    assert detection.headers == ("Nomor Identitas", "Nama Warga", "Dusun", "PKH")
    assert detection.found == {"PKH": "PKH"}
    assert set(detection.unknown) == {"Nomor Identitas", "Nama Warga", "Dusun"}
    assert detection.missing == ("nik", "name")
    assert detection.samples == ((n, "SITI", "I", "YA"),)
    with pytest.raises(ValidationError, match="tidak dikenali"):
        _read(path)
    mapping = {"nik": "nomor identitas", "name": "Nama Warga", "address": "Dusun"}
    assert detect_columns(path, mapping=mapping).ok
    result = _read(path, mapping=mapping)
    assert result.rows[0].nik == n and result.rows[0].address == "I" and result.rows[0].programmes == {"PKH"}
    with pytest.raises(ValidationError):
        _read(path, mapping={"bukan_kolom": "Dusun", "nik": "Nomor Identitas", "name": "Nama Warga"})


def test_rejected_rows_with_reason_and_column(xlsx: Xlsx, nik: Nik) -> None:
    good = nik(serial=1)
    rows = [
        HEADER,
        _row(good),  # 2 kept
        _row("620102120590001"),  # 3: 15 digits
        _row("62010212059O0001"),  # 4: letter O
        _row("9901021205900001"),  # 5: no such region
        _row("6201023205900001"),  # 6: day 32
        _row("6201021205900000"),  # 7: serial 0000
        _row(float(nik(kec="940101", serial=3))),  # 8: number above 2^53 (Papua Tengah)
        _row(nik(serial=4), ""),  # 9: empty name
        _row(good, "ORANG LAIN"),  # 10: repeated NIK
        _row(nik(serial=5), desil=11),  # 11: bad desil
        _row(nik(serial=6), desil="tinggi"),  # 12: bad desil
        _row("6.20102E+15"),  # 13: scientific notation text
    ]
    result = _read(xlsx(rows))
    assert [r.row_number for r in result.rows] == [2]
    reasons = _reasons(result.rejected)
    assert "16 angka" in reasons[3]
    assert "hanya boleh berisi angka" in reasons[4]
    assert "Kemendagri" in reasons[5]
    assert "bukan tanggal" in reasons[6]
    assert "0000" in reasons[7]
    assert "2^53" in reasons[8] and "hilang" in reasons[8]
    assert "Nama wajib" in reasons[9]
    assert "baris 2" in reasons[10]
    assert "Desil" in reasons[11] and "Desil" in reasons[12]
    assert "format ilmiah" in reasons[13]
    columns = {i.row_number: i.column for i in result.rejected}
    assert columns[3] == "NIK" and columns[9] == "NAMA" and columns[11] == "DESIL"
    assert result.total_rows == 12 and len(result.rejected) == 11


def test_niks_sharing_region_and_birth_date_are_each_checked(xlsx: Xlsx, nik: Nik) -> None:
    """The reader remembers what the first 12 digits of a NIK say (region, birth date, sex): a later NIK with the
    same beginning still gets its own serial checked and its own sex and date compared."""
    born = dt.date(1985, 1, 2)
    first, second = nik(born, "P", 1), nik(born, "P", 2)
    rows = [
        HEADER,
        _row(first, birth=born, sex="P"),  # 2 kept
        _row(second, "BUDI", birth="1985-01-03", sex="L"),  # 3 kept, both disagree with the NIK
        _row(first[:12] + "0000", "NOL"),  # 4: serial 0000
        _row(float(nik(born, "P", 3)), "ANGKA"),  # 5 kept: a number, with its warning
    ]
    result = _read(xlsx(rows))
    assert [(r.row_number, r.sex, r.birth_date) for r in result.rows] == [
        (2, "P", born), (3, "L", dt.date(1985, 1, 3)), (5, "P", born),
    ]  # fmt: skip
    assert "0000" in _reasons(result.rejected)[4]
    warned = {(w.row_number, w.column): w.reason for w in result.warnings}
    assert "menurut NIK: P" in warned[(3, "JENIS_KELAMIN")] and "menurut NIK: 42-01-85" in warned[(3, "TGL_LAHIR")]
    assert "angka" in warned[(5, "NIK")]


def test_nik_with_separators_is_accepted(xlsx: Xlsx) -> None:
    result = _read(xlsx([HEADER, _row("6201 0212.0590-0001")]))
    assert result.rows[0].nik == "6201021205900001"


def test_warnings_keep_the_row(xlsx: Xlsx, nik: Nik) -> None:
    as_number = nik(serial=11)
    rows = [
        HEADER,
        _row(float(as_number)),  # 2: NIK stored as number below 2^53
        _row(nik(dt.date(1990, 5, 12), "L", 12), sex="P"),  # 3: sex disagrees
        _row(nik(dt.date(1990, 5, 12), "L", 13), birth=dt.date(1991, 5, 12)),  # 4: birth date disagrees
        _row(nik(serial=14), kk="12345"),  # 5: bad KK
        _row(nik(serial=15), kk=float(KK)),  # 6: KK as number
        _row(nik(serial=16), sex="?", pkh="mungkin"),  # 7: unreadable sex and programme flag
        _row(nik(kec="320101", serial=17)),  # 8: registered in Bogor: normal
    ]
    result = _read(xlsx(rows))
    assert result.rejected == []
    by_row: dict[int, list[str]] = {}
    for w in result.warnings:
        by_row.setdefault(w.row_number, []).append(w.reason)
    assert "15 angka penting" in by_row[2][0]
    assert result.rows[0].nik == as_number
    assert "tidak sesuai dengan NIK" in by_row[3][0] and result.rows[1].sex == "P"
    assert "Tanggal lahir tidak sesuai" in by_row[4][0] and result.rows[2].birth_date == dt.date(1991, 5, 12)
    assert "No. KK dikosongkan" in by_row[5][0] and result.rows[3].kk == ""
    assert "15 angka penting" in by_row[6][0] and result.rows[4].kk == KK
    assert len(by_row[7]) == 2 and result.rows[5].sex == "L" and "PKH" not in result.rows[5].programmes
    assert 8 not in by_row


def test_dates_in_every_accepted_form(xlsx: Xlsx, nik: Nik) -> None:
    born = dt.date(1990, 5, 12)
    forms: list[object] = [born, "1990-05-12", "12-05-1990", "12/05/1990", dt.datetime(1990, 5, 12), None]
    rows = [HEADER] + [_row(nik(born, "L", i + 1), birth=f) for i, f in enumerate(forms)]
    result = _read(xlsx(rows))
    assert result.warnings == []
    assert [r.birth_date for r in result.rows] == [born] * len(forms)  # blank: taken from the NIK


def test_blank_rows_are_skipped_and_text_kept_as_written(xlsx: Xlsx, nik: Nik) -> None:
    name = '=HYPERLINK("http://x","y")'
    rows = [HEADER, [], _row(nik(serial=1), name), [None, "", "  "], _row(nik(serial=2), "  Nur  Aini ")]
    result = _read(xlsx(rows))
    assert result.total_rows == 2
    assert [r.name for r in result.rows] == [name, "Nur  Aini"]
    assert [r.row_number for r in result.rows] == [3, 5]


def test_formula_cells_give_cached_values(tmp_path: Path, nik: Nik) -> None:
    path = tmp_path / "rumus.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["NIK", "NAMA"])
    ws.write_string(1, 0, nik())
    ws.write_formula(1, 1, '=UPPER("bukan ini")', None, "SITI")
    wb.close()
    assert _read(path).rows[0].name == "SITI"


def test_content_hash_is_stable(xlsx: Xlsx, nik: Nik) -> None:
    n = nik()
    a = _read(xlsx([HEADER, _row(n)])).rows[0]
    b = _read(xlsx([HEADER, [], _row(n)])).rows[0]
    c = _read(xlsx([HEADER, _row(n, "SITI AMINAH", desil=4)])).rows[0]
    assert a.row_number != b.row_number
    assert a.content_hash() == b.content_hash() != c.content_hash()
    assert a.content_hash() == "".join(a.content_hash())  # a plain hex string
    assert len(a.content_hash()) == 64


def test_huge_cell_is_refused(tmp_path: Path, nik: Nik) -> None:
    path = tmp_path / "besar.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["NIK", "NAMA", "ALAMAT"])
    ws.append([nik(serial=1), "SITI", "x" * 40_000])  # openpyxl writes what Excel never could
    ws.append([nik(serial=2), "BUDI", "JL"])
    book.save(path)
    result = _read(path)
    assert [r.row_number for r in result.rows] == [3]
    assert "32.767" in result.rejected[0].reason and len(result.rejected[0].value) <= 200


def test_progress_cancel_and_row_limit(xlsx: Xlsx, nik: Nik, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rr, "CHECK_EVERY", 2)
    path = xlsx([HEADER] + [_row(nik(serial=i)) for i in range(1, 8)])
    calls: list[tuple[int, int]] = []
    _read(path, progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1]
    with pytest.raises(Cancelled):
        _read(path, cancelled=lambda: True)
    with pytest.raises(ValidationError, match="5 baris"):
        _read(path, max_rows=5)


def test_empty_sheet_and_header_only(xlsx: Xlsx, tmp_path: Path) -> None:
    empty = tmp_path / "kosong.xlsx"
    wb = xlsxwriter.Workbook(str(empty))
    wb.add_worksheet()
    wb.close()
    with pytest.raises(ValidationError, match="kosong"):
        _read(empty)
    with pytest.raises(ValidationError, match="kosong"):
        _read(xlsx([HEADER]))


def test_picks_the_sheet_with_the_header(tmp_path: Path, nik: Nik) -> None:
    path = tmp_path / "dua.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    wb.add_worksheet("Petunjuk").write_string(0, 0, "Baca dulu")
    data = wb.add_worksheet("Data DTKS")
    data.write_row(0, 0, ["NIK", "NAMA"])
    data.write_row(1, 0, [nik(), "SITI"])
    wb.close()
    result = _read(path)
    assert result.sheet == "Data DTKS" and len(result.rows) == 1


def test_password_protected_extract(xlsx: Xlsx, nik: Nik, tmp_path: Path) -> None:
    plain = xlsx([HEADER, _row(nik())])
    out = io.BytesIO()
    with open(plain, "rb") as fh:
        OOXMLFile(fh).encrypt("sandi", out)
    locked = tmp_path / "dtks-terkunci.xlsx"
    locked.write_bytes(out.getvalue())
    with pytest.raises(ValidationError, match="dilindungi kata sandi"):
        _read(locked)
    assert len(_read(locked, password="sandi").rows) == 1


# --- CSV ------------------------------------------------------------------------------------------------------


def test_csv_cp1252_semicolon(tmp_path: Path, nik: Nik) -> None:
    n = nik(dt.date(1980, 2, 29), "P", 7)
    text = f"NIK;NAMA;TGL LAHIR;JK;ALAMAT;PKH\r\n{n};José Nuñez;29/02/1980;P;Jl. Café № 1;Y\r\n;;;;;\r\n"
    path = tmp_path / "dtks.csv"
    path.write_bytes(text.replace("№", "No").encode("cp1252"))
    result = _read(path)
    assert result.encoding == "cp1252" and result.delimiter == ";" and result.file_kind == "csv"
    row = result.rows[0]
    assert row.name == "José Nuñez" and row.address == "Jl. Café No 1" and row.birth_date == dt.date(1980, 2, 29)
    assert row.programmes == {"PKH"} and result.total_rows == 1


def test_csv_utf8_bom_comma_and_quotes(tmp_path: Path, nik: Nik) -> None:
    n = nik()
    path = tmp_path / "dtks.csv"
    path.write_bytes(("\ufeffnik,nama,alamat\n" + f'{n},"Siti, Aminah","Jl. ""Mawar""\nGang 2"\n').encode("utf-8"))
    result = _read(path)
    assert result.encoding == "utf-8-sig" and result.delimiter == ","
    # A line break inside a quoted field (Alt+Enter) becomes a space, with a warning (issue 13 §9).
    assert result.rows[0].name == "Siti, Aminah" and result.rows[0].address == 'Jl. "Mawar" Gang 2'
    assert [w.column for w in result.warnings] == ["alamat"]


def test_csv_utf8_without_bom_with_sep_line(tmp_path: Path, nik: Nik) -> None:
    path = tmp_path / "dtks.csv"
    path.write_text(f"sep=|\nNIK|NAMA\n{nik()}|Ni Luh Putu Ayu\n{nik(serial=2)}|\n", encoding="utf-8")
    result = _read(path)
    assert result.encoding == "utf-8" and result.delimiter == "|"
    assert result.rows[0].name == "Ni Luh Putu Ayu" and result.rows[0].row_number == 3
    assert result.rejected[0].row_number == 4


def test_csv_utf16_tab_from_excel_unicode_text(tmp_path: Path, nik: Nik) -> None:
    path = tmp_path / "dtks.txt"
    path.write_bytes(f"NIK\tNAMA\tALAMAT\r\n{nik()}\tṢITI ÄMINAH\tJl. 1\r\n".encode("utf-16"))
    result = _read(path)
    assert result.encoding == "utf-16" and result.delimiter == "\t"
    assert result.rows[0].name == "ṢITI ÄMINAH"


def test_csv_numbers_in_text_are_exact(tmp_path: Path) -> None:
    path = tmp_path / "dtks.csv"
    path.write_text("NIK,NAMA\n9401011205900001,YOHANES\n", encoding="utf-8")
    result = _read(path)
    assert result.rows[0].nik == "9401011205900001" and result.warnings == []


def test_csv_huge_cell_row_is_rejected(tmp_path: Path, nik: Nik) -> None:
    path = tmp_path / "dtks.csv"
    path.write_text(f"NIK,NAMA\n{nik()},{'A' * 40_000}\n", encoding="utf-8")
    result = _read(path)
    assert result.rows == [] and "32.767" in result.rejected[0].reason


# --- issue report ---------------------------------------------------------------------------------------------


def test_old_xls_extract() -> None:
    result = _read(Path(__file__).parent / "data" / "dtks_lama.xls")
    assert result.file_kind == "xls" and [r.row_number for r in result.rows] == [2, 3, 5]
    assert result.rows[0].birth_date == dt.date(1990, 5, 12) and result.rows[0].programmes == {"PKH"}
    assert result.rows[2].name == '=HYPERLINK("x")'
    assert [w.row_number for w in result.warnings] == [3]  # its NIK was stored as a number


def test_programme_list_column_and_numeric_desil(xlsx: Xlsx, nik: Nik) -> None:
    rows = [
        ["NIK", "NAMA", "PROGRAM BANSOS", "DESIL"],
        [nik(serial=1), "SITI", "PKH, Sembako / KIS + bantuan lain", 4.0],
        [nik(serial=2), "BUDI", "", 3.5],
    ]
    result = _read(xlsx(rows))
    assert result.rows[0].programmes == {"PKH", "BPNT", "PBI"} and result.rows[0].desil == 4
    assert result.warnings[0].value == "bantuan lain" and "tidak dikenal" in result.warnings[0].reason
    assert result.rejected[0].row_number == 3 and "Desil" in result.rejected[0].reason
