"""Measuring a workbook's parts before any parser sees them: zip bombs, broken parts, sheets too large.

calamine builds each sheet as one rectangle of cells from the first to the last cell: its size must be known first.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import BinaryIO

import olefile

from puskesos_desktop.core.errors import Message, ValidationError, msg
from puskesos_desktop.excel.common import thousands

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 200 * MiB
    max_uncompressed: int = 2048 * MiB
    max_ratio: float = 100.0
    ratio_min_bytes: int = MiB  # parts smaller than this are not judged by their ratio (small XML compresses well)
    max_members: int = 5_000
    max_rows: int = 1_100_000
    max_cells: int = 30_000_000  # rows x columns of a sheet's rectangle; ~1 GB in calamine
    max_cell_chars: int = 32_767
    # A workbook with a sheet larger than this (rows x columns) is read row by row (excel/xlsx_stream.py), not
    # loaded whole by calamine (~80 bytes a cell: 2 GB for a million-row extract).
    stream_cells: int = 3_000_000


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class SheetExtent:
    rows: int
    columns: int
    # Exact first and last used columns (1-based) when every cell names its column first (``<c r="B7"``), as every
    # writer does; 0 otherwise. Only the streaming reader needs them (calamine measures the sheet itself).
    first_column: int = field(default=0, compare=False)
    last_column: int = field(default=0, compare=False)


def _fail(message: str | Message, /, **params: object) -> ValidationError:
    return ValidationError(Message(message, params) if isinstance(message, str) else message)


# --- zip (xlsx) ---------------------------------------------------------------------------------------------

_ROW_NUMBER = re.compile(rb' r="(\d+)"')  # only <row> carries a purely numeric r; cells carry letters
_WIDE_CELL = re.compile(rb' r="([A-Z]{2,3})\d')  # columns after Z: few in an ordinary sheet
_ROOT_PREFIX = re.compile(rb"<(\w+:)?worksheet\b")
_CELL_ANY_REF = re.compile(rb"<(?:\w+:)?c\b[^>]*?\sr=\"")
_CELL_LETTERS = re.compile(rb'<(?:\w+:)?c r="([A-Z]{1,3})\d')


def _in_column(buf: bytes, ref: bytes) -> bool:
    """A cell ``<c r="X7"`` of this one-letter column (``ref`` ends with the letter; a digit must follow)."""
    at = buf.find(ref)
    while at >= 0:
        if buf[at + len(ref) : at + len(ref) + 1].isdigit():
            return True
        at = buf.find(ref, at + 1)
    return False


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


class _SheetScan:
    """The last row and widest column of a worksheet's XML, measured as it streams past, chunk by chunk.

    Cheap byte counts do the work; a slower regex runs only for sheets whose cells do not put ``r`` first.
    """

    def __init__(self) -> None:
        self.row_tags = 0
        self.max_row = 0
        self.cell_tags = 0
        self.cells_with_ref = 0
        self.max_column = 1
        self._prefix: bytes | None = None
        self._rest = b""
        self.first_column = 0  # exact, from cells whose r comes first
        self.last_column = 0
        self.exact = True  # every cell so far had r first

    def feed(self, chunk: bytes, final: bool = False) -> None:
        buf = self._rest + chunk
        if final:
            self._rest = b""
        else:
            cut = buf.rfind(b"<")
            if cut < 0:
                self._rest = buf
                return
            buf, self._rest = buf[:cut], buf[cut:]
        if self._prefix is None:
            m = _ROOT_PREFIX.search(buf)
            self._prefix = (m.group(1) or b"") if m else b""
        row, cell = b"<" + self._prefix + b"row", b"<" + self._prefix + b"c"
        self.row_tags += buf.count(row + b" ") + buf.count(row + b">")
        tags = buf.count(cell + b" ") + buf.count(cell + b">")
        with_ref = r_first = buf.count(cell + b' r="')
        if with_ref != tags:
            with_ref = len(_CELL_ANY_REF.findall(buf))
        self.cell_tags += tags
        self.cells_with_ref += with_ref
        numbers = _ROW_NUMBER.findall(buf)
        if numbers:
            self.max_row = max(self.max_row, max(int(n) for n in numbers))
        if with_ref:
            self.max_column = max(self.max_column, 26)  # one-letter columns: assume the widest, Z
        wide = _WIDE_CELL.findall(buf)
        if wide:
            self.max_column = max(self.max_column, max(_column_number(w) for w in set(wide)))
        if r_first != tags:
            self.exact = False
        if r_first and self.exact:
            self._columns(buf, wide, cell + b' r="')

    def _columns(self, buf: bytes, wide: list[bytes], tag: bytes) -> None:
        """The exact first and last columns: literal searches (column A is almost always the first)."""
        if self.first_column != 1:
            if _in_column(buf, tag + b"A"):
                self.first_column = 1
            else:
                first = min(_column_number(w) for w in set(_CELL_LETTERS.findall(buf)))
                self.first_column = min(self.first_column or first, first)
        if wide:
            self.last_column = max(self.last_column, max(_column_number(w) for w in set(wide)))
        if self.last_column < 26:
            for n in range(26, self.last_column, -1):
                if _in_column(buf, tag + bytes([64 + n])):
                    self.last_column = n
                    break

    def extent(self) -> SheetExtent:
        rows = max(self.max_row, self.row_tags)
        # Cells without a reference take the next column: assume the worst for them.
        columns = self.max_column + max(0, self.cell_tags - self.cells_with_ref)
        if not self.exact:
            return SheetExtent(rows=rows, columns=columns)
        return SheetExtent(rows, columns, self.first_column, self.last_column)


def check_zip(data: bytes | BinaryIO, name: str, limits: Limits = DEFAULT_LIMITS) -> dict[str, SheetExtent]:
    """Refuse broken, truncated, bomb-like or oversized xlsx content; return each worksheet part's extent.

    ``data`` is the workbook's bytes or an open file (read from where it is, never whole into memory)."""
    corrupt = msg(
        "Berkas {name} rusak atau tidak lengkap (mungkin terpotong saat disalin). Minta salinan yang baru.", name=name
    )
    try:
        zf = zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data)
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        raise _fail(corrupt) from None
    names = {i.filename for i in infos}
    if len(infos) > limits.max_members:
        raise _fail(
            "Berkas {name} berisi terlalu banyak bagian ({n_infos}); ini bukan buku kerja biasa.",
            name=name,
            n_infos=len(infos),
        )
    if "[Content_Types].xml" not in names:
        if "mimetype" in names and "content.xml" in names:
            raise _fail(
                "Berkas {name} berformat OpenDocument (.ods). Buka di LibreOffice/Excel lalu Simpan Sebagai .xlsx.",
                name=name,
            )
        raise _fail("Berkas {name} adalah arsip ZIP, bukan buku kerja Excel.", name=name)
    if "xl/workbook.bin" in names:
        raise _fail("Berkas {name} berformat Excel Binary (.xlsb). Buka di Excel lalu Simpan Sebagai .xlsx.", name=name)
    if "xl/workbook.xml" not in names:
        raise _fail(
            "Berkas {name} adalah dokumen Office tetapi bukan buku kerja Excel (mungkin Word/PowerPoint).", name=name
        )
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise _fail("Berkas {name} dienkripsi dengan cara yang tidak dikenal.", name=name)
        total += info.file_size
        if info.file_size > limits.ratio_min_bytes and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise _fail(
                "Berkas {name} ditolak: isinya dipadatkan secara tidak wajar "
                "({file_size:.0f} kali). Berkas ini mungkin berbahaya.",
                name=name,
                file_size=info.file_size / max(info.compress_size, 1),
            )
    if total > limits.max_uncompressed:
        raise _fail(
            "Berkas {name} ditolak: isinya terlalu besar setelah dibuka ({total:.0f} MB; "
            "batas {max_uncompressed:.0f} MB).",
            name=name,
            total=total / MiB,
            max_uncompressed=limits.max_uncompressed / MiB,
        )
    extents: dict[str, SheetExtent] = {}
    try:
        for info in infos:
            is_sheet = info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")
            scan = _SheetScan() if is_sheet else None
            seen = 0
            with zf.open(info) as member:
                while chunk := member.read(MiB):
                    seen += len(chunk)
                    if seen > info.file_size:
                        raise _fail(corrupt)
                    if scan is not None:
                        scan.feed(chunk)
                        check_extent(scan.extent(), name, limits)
            if scan is not None:
                scan.feed(b"", final=True)
                extent = scan.extent()
                check_extent(extent, name, limits)
                extents[info.filename] = extent
    except ValidationError:
        raise
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError):
        raise _fail(corrupt) from None
    return extents


def check_extent(extent: SheetExtent, name: str, limits: Limits) -> None:
    if extent.rows > limits.max_rows:
        raise _fail(
            "Berkas {name} ditolak: satu lembar kerja berisi lebih dari {max_rows} baris.",
            name=name,
            max_rows=thousands(limits.max_rows),
        )
    if extent.rows * extent.columns > limits.max_cells:
        raise _fail(
            "Berkas {name} ditolak: satu lembar kerja terlalu besar ({rows} baris x {columns} kolom).",
            name=name,
            rows=thousands(extent.rows),
            columns=thousands(extent.columns),
        )


# --- old .xls (BIFF8 inside an OLE container) ------------------------------------------------------------------

_BIFF_BOF = 0x0809
# Cell records: row (u16) then column (u16) at the start of the record data.
_BIFF_CELLS = frozenset({0x0006, 0x00D6, 0x00FD, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x0406})
_BIFF_MULTI = frozenset({0x00BD, 0x00BE})  # MULRK / MULBLANK: row, first column ... last column (last u16)


def check_xls(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> dict[str, SheetExtent]:
    """Walk the BIFF records of an old .xls: refuse a sheet whose rectangle of cells is too large.

    Cell positions are 16-bit in the file: without this walk a 10 KB file could ask calamine for 4 billion cells.
    """
    corrupt = msg("Berkas {name} (format lama .xls) rusak dan tidak dapat dibaca.", name=name)
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
        stream = "Workbook" if ole.exists("Workbook") else "Book"
        buf = ole.openstream(stream).read()
    except Exception:
        raise _fail(corrupt) from None
    unpack = struct.Struct("<HH").unpack_from
    extents: dict[str, SheetExtent] = {}
    pos, size, sheet = 0, len(buf), -1
    max_row = max_col = -1
    while pos + 4 <= size:
        typ, length = unpack(buf, pos)
        body = pos + 4
        if typ in _BIFF_CELLS and length >= 4:
            row, col = unpack(buf, body)
            max_row, max_col = max(max_row, row), max(max_col, col)
        elif typ in _BIFF_MULTI and length >= 6:
            row, _first = unpack(buf, body)
            (last,) = struct.unpack_from("<H", buf, body + length - 2)
            max_row, max_col = max(max_row, row), max(max_col, last)
        elif typ == _BIFF_BOF:  # a new substream (the workbook globals, then one per sheet)
            if max_row >= 0:
                extent = SheetExtent(rows=max_row + 1, columns=max_col + 1)
                check_extent(extent, name, limits)
                extents[f"sheet{sheet}"] = extent
            sheet, max_row, max_col = sheet + 1, -1, -1
        pos = body + length
    if max_row >= 0:
        extent = SheetExtent(rows=max_row + 1, columns=max_col + 1)
        check_extent(extent, name, limits)
        extents[f"sheet{sheet}"] = extent
    return extents
