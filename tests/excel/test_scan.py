"""excel/scan.py, through the guard every workbook passes: a truncated or damaged zip, a bomb, other documents in
a zip, and a sheet whose rows or rectangle of cells (declared or implied, xlsx or old xls) would exhaust memory."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
import xlsxwriter

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel import guard

OLD_XLS = Path(__file__).parent / "data" / "dtks_lama.xls"


def test_truncated_zip(xlsx: Callable[..., Path], tmp_path: Path) -> None:
    data = xlsx([["NIK", "NAMA"]] + [[str(i), "nama"] for i in range(200)]).read_bytes()
    cut = tmp_path / "terpotong.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ValidationError, match="rusak atau tidak lengkap"):
        guard.check(cut)


def test_corrupted_member_fails_crc(xlsx: Callable[..., Path], tmp_path: Path) -> None:
    path = xlsx([["NIK", "NAMA"]] + [[str(i), "nama panjang sekali"] for i in range(500)])
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 20
    for i in range(start, start + 40):
        data[i] ^= 0x55
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(bytes(data))
    with pytest.raises(ValidationError, match="rusak"):
        guard.check(bad)


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


CONTENT_TYPES = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    bomb = _zip(
        tmp_path / "bom.xlsx",
        {
            "[Content_Types].xml": CONTENT_TYPES,
            "xl/workbook.xml": b"<workbook/>",
            "xl/worksheets/sheet1.xml": b"<worksheet><sheetData>" + b" " * (20 * 1024 * 1024),
        },
    )
    assert bomb.stat().st_size < 100_000
    with pytest.raises(ValidationError, match="dipadatkan secara tidak wajar"):
        guard.check(bomb)


def test_total_uncompressed_limit(xlsx: Callable[..., Path]) -> None:
    path = xlsx([["NIK", "NAMA"]] + [[str(i), "nama"] for i in range(100)])
    with pytest.raises(ValidationError, match="terlalu besar setelah dibuka"):
        guard.check(path, limits=guard.Limits(max_uncompressed=2000))


def test_other_zip_documents(tmp_path: Path) -> None:
    ods = _zip(tmp_path / "a.xlsx", {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                                     "content.xml": b"<x/>"})  # fmt: skip
    with pytest.raises(ValidationError, match="OpenDocument"):
        guard.check(ods)
    docx = _zip(tmp_path / "b.xlsx", {"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": b"<w/>"})
    with pytest.raises(ValidationError, match="bukan buku kerja Excel"):
        guard.check(docx)
    plain = _zip(tmp_path / "c.xlsx", {"foto.jpg": b"\xff\xd8"})
    with pytest.raises(ValidationError, match="arsip ZIP"):
        guard.check(plain)


def test_sheet_with_too_many_rows(xlsx: Callable[..., Path]) -> None:
    path = xlsx([["NIK"]] + [[str(i)] for i in range(20)])
    with pytest.raises(ValidationError, match="lebih dari 10 baris"):
        guard.check(path, limits=guard.Limits(max_rows=10))
    guard.check(path, limits=guard.Limits(max_rows=21))


def test_sparse_sheet_that_would_exhaust_memory_is_refused(tmp_path: Path) -> None:
    # Two cells, 5 KB on disk: calamine would allocate 17 billion cells and abort the program.
    path = tmp_path / "jebakan.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write_string(0, 0, "NIK")
    ws.write_string(1_048_575, 16_383, "x")
    wb.close()
    with pytest.raises(ValidationError, match="terlalu besar"):
        guard.check(path)


def test_cells_without_reference_are_counted(tmp_path: Path) -> None:
    cells = "".join('<c t="inlineStr"><is><t>x</t></is></c>' for _ in range(300))
    sheet = f'<worksheet xmlns="x"><sheetData><row r="1">{cells}</row><row r="5000"><c r="A5000"/></row>' \
        "</sheetData></worksheet>"  # fmt: skip
    path = _zip(tmp_path / "lebar.xlsx", {"[Content_Types].xml": CONTENT_TYPES, "xl/workbook.xml": b"<workbook/>",
                                          "xl/worksheets/sheet1.xml": sheet.encode()})  # fmt: skip
    with pytest.raises(ValidationError, match="terlalu besar"):
        guard.check(path, limits=guard.Limits(max_cells=1_000_000))


def test_old_xls_with_a_far_away_cell_is_refused(tmp_path: Path) -> None:
    # The last cell record (LABELSST, row 4, column 4) moved to row 65535, column 65535: calamine would ask
    # for 4 billion cells and abort the program.
    data = bytearray(OLD_XLS.read_bytes())
    record = bytes.fromhex("fd000a00040004000f000d000000")
    at = data.find(record)
    assert at > 0
    data[at + 4 : at + 8] = b"\xff\xff\xff\xff"
    hostile = tmp_path / "jebakan.xls"
    hostile.write_bytes(bytes(data))
    with pytest.raises(ValidationError, match="terlalu besar"):
        guard.check(hostile)
