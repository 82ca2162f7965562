from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from msoffcrypto.format.ooxml import OOXMLFile

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel import guard


def _encrypt(path: Path, password: str, target: Path) -> Path:
    out = io.BytesIO()
    with open(path, "rb") as fh:
        OOXMLFile(fh).encrypt(password, out)
    target.write_bytes(out.getvalue())
    return target


def test_plain_xlsx_passes(xlsx: Callable[..., Path]) -> None:
    path = xlsx([["NIK", "NAMA"], ["1", "x"]])
    checked = guard.check(path)
    assert checked.kind is guard.Kind.XLSX
    assert not checked.encrypted
    assert len(checked.sha256) == 64
    with guard.Workbook(checked) as wb:
        assert wb.sheet_names == ["Data"]
        assert list(wb.rows("Data")) == [["NIK", "NAMA"], ["1", "x"]]


def test_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="tidak ditemukan"):
        guard.check(tmp_path / "tidak-ada.xlsx")
    empty = tmp_path / "kosong.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="kosong"):
        guard.check(empty)


def test_size_limit(xlsx: Callable[..., Path]) -> None:
    path = xlsx([["NIK"]])
    with pytest.raises(ValidationError, match="terlalu besar"):
        guard.check(path, limits=guard.Limits(max_bytes=100))


def test_text_renamed_xlsx_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "dtks.xlsx"
    path.write_text("NIK;NAMA\n6201021205900001;SITI\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="teks biasa"):
        guard.check(path)
    # the same file named .csv is welcome where CSV is allowed
    csv_path = tmp_path / "dtks.csv"
    csv_path.write_bytes(path.read_bytes())
    assert guard.check(csv_path, allow_csv=True).kind is guard.Kind.CSV


def test_html_saved_as_xls_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text("<html><body><table><tr><td>NIK</td></tr></table></body></html>")
    with pytest.raises(ValidationError, match="HTML"):
        guard.check(path)


def test_random_binary_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(bytes(range(256)) * 10)
    with pytest.raises(ValidationError, match="bukan berkas Excel"):
        guard.check(path)


def test_formulas_give_their_cached_value_never_evaluated(tmp_path: Path) -> None:
    path = tmp_path / "rumus.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data")
    ws.write_formula(0, 0, "=1+1", None, 3)  # cached value deliberately different from the result
    ws.write_formula(1, 0, '="A"&"B"', None, "tersimpan")
    wb.close()
    with guard.open_workbook(path) as book:
        assert [r[0] for r in book.rows("Data")] == [3.0, "tersimpan"]


def test_password_protected_workbook(xlsx: Callable[..., Path], tmp_path: Path) -> None:
    plain = xlsx([["NIK", "NAMA"], ["6201021205900001", "SITI"]])
    locked = _encrypt(plain, "rahasia", tmp_path / "terkunci.xlsx")
    with pytest.raises(ValidationError, match="Berkas ini dilindungi kata sandi"):
        guard.check(locked)
    with pytest.raises(ValidationError, match="Kata sandi salah"):
        guard.check(locked, password="salah")
    checked = guard.check(locked, password="rahasia")
    assert checked.encrypted and checked.kind is guard.Kind.XLSX
    with guard.Workbook(checked) as wb:
        assert list(wb.rows("Data"))[1] == ["6201021205900001", "SITI"]
    decrypted = guard.decrypt(locked, "rahasia")
    assert openpyxl.load_workbook(decrypted).active["B2"].value == "SITI"  # type: ignore[index]
    with pytest.raises(ValidationError, match="Kata sandi salah"):
        guard.decrypt(locked, "keliru")
    with pytest.raises(ValidationError, match="tidak dilindungi"):
        guard.decrypt(plain, "rahasia")


def test_broken_ole_container(tmp_path: Path) -> None:
    path = tmp_path / "lama.xls"
    path.write_bytes(guard.OLE_MAGIC + b"\x00" * 600)
    with pytest.raises(ValidationError):
        guard.check(path)


def test_empty_workbook_sheet(tmp_path: Path) -> None:
    path = tmp_path / "kosong.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    wb.add_worksheet("Data")
    wb.close()
    with guard.open_workbook(path) as book:
        assert list(book.rows("Data")) == []
    assert "kosong" in guard.empty_sheet_error("kosong.xlsx", "Data").message


# dtks_lama.xls: a small workbook saved by LibreOffice as "MS Excel 97" (how an old extract arrives).
OLD_XLS = Path(__file__).parent / "data" / "dtks_lama.xls"


def test_old_xls_is_read() -> None:
    checked = guard.check(OLD_XLS)
    assert checked.kind is guard.Kind.XLS and not checked.encrypted
    assert list(checked.extents.values()) == [guard.SheetExtent(rows=5, columns=5)]
    with guard.Workbook(checked) as wb:
        assert wb.sheet_names == ["DTKS"]
        assert list(wb.rows("DTKS"))[0] == ["NIK", "NAMA", "TGL_LAHIR", "JK", "PKH"]
