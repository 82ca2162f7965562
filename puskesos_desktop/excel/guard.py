"""Checks run on every file before anything parses it: hostile or broken files are refused, memory and time bounded.

What is checked, in order (every refusal is a ``ValidationError`` in Indonesian; nothing is changed):

1. the file exists, can be read, is not empty and not larger than ``Limits.max_bytes``;
2. its real type, whatever its name says: xlsx (a zip with ``[Content_Types].xml`` and ``xl/workbook.xml``),
   an OLE/CFB container (``D0 CF 11 E0``: an old .xls, or a password-protected workbook), text (CSV),
   HTML or Excel-2003 XML saved under an Excel name, ODS/XLSB (refused: "save as .xlsx");
3. password protection: without a password "Berkas ini dilindungi kata sandi"; with one, the file is
   decrypted in memory (msoffcrypto) and the decrypted workbook goes through the same checks;
4. for xlsx: a readable central directory (truncated downloads fail here), no more than ``max_members`` parts,
   declared sizes within ``max_uncompressed`` and compression ratios within ``max_ratio`` (zip bombs), then every
   part is inflated once, in chunks, so that lying headers and bad CRCs are caught before calamine sees them;
5. while inflating, each worksheet's last row and widest column are taken from the XML itself: a sheet with more
   than ``max_rows`` rows or more than ``max_cells`` cells in its rectangle is refused. (calamine allocates the
   whole rectangle: a 5 KB file with cells A1 and XFD1048576 would abort the program, uncatchably.)
   For an old .xls the BIFF cell records are walked for the same measure.

Formulas are never evaluated: calamine returns the value Excel cached when it saved the file.
Huge cells: calamine silently cuts text at 32,767 characters; the readers treat a cell that long as refused.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

import msoffcrypto
import python_calamine
from msoffcrypto import exceptions as crypto_errors

from puskesos_desktop.core.errors import FormField, Message, ValidationError, msg
from puskesos_desktop.excel import xlsx_pipe, xlsx_stream
from puskesos_desktop.excel.common import CellValue
from puskesos_desktop.excel.scan import DEFAULT_LIMITS, Limits, MiB, SheetExtent, check_extent, check_xls, check_zip

__all__ = [
    "DEFAULT_LIMITS",
    "CheckedFile",
    "Kind",
    "Limits",
    "SheetExtent",
    "Workbook",
    "check",
    "check_xls",
    "check_zip",
    "decrypt",
    "empty_sheet_error",
    "open_workbook",
]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"


class Kind(StrEnum):
    XLSX = "xlsx"
    XLS = "xls"
    CSV = "csv"


@dataclass(frozen=True)
class CheckedFile:
    """A file that passed the checks. ``data`` is what to parse (decrypted when it was protected; an old .xls);
    None for a plain workbook or CSV, which the parser reads from the file itself (``open()``): a 200 MB extract
    is never held in memory whole."""

    path: Path
    kind: Kind
    sha256: str  # of the file as stored on disk
    size: int
    encrypted: bool
    data: bytes | None = field(repr=False)
    extents: dict[str, SheetExtent] = field(default_factory=dict)  # xlsx part name -> extent
    stamp: tuple[int, int] = (0, 0)  # (size, mtime in ns) when checked: the file read later must be that file

    def open(self) -> BinaryIO:
        """What to parse, as a binary file; the caller closes it. Refused when the file changed since the checks."""
        if self.data is not None:
            return io.BytesIO(self.data)
        name = self.path.name
        try:
            fh = self.path.open("rb")
        except OSError:
            raise _fail("Berkas {name} tidak dapat dibaca lagi. Apakah flashdisk sudah dicabut?", name=name) from None
        st = os.fstat(fh.fileno())
        if (st.st_size, st.st_mtime_ns) != self.stamp:
            fh.close()
            raise _fail(
                "Berkas {name} berubah selama dibaca (sedang disimpan program lain?). Ulangi setelah selesai.",
                name=name,
            )
        return fh


def _fail(message: str | Message, /, **params: object) -> ValidationError:
    return ValidationError(Message(message, params) if isinstance(message, str) else message)


def _fail_password(message: Message, /) -> ValidationError:
    """A refusal about the file's password: a form marks its password field (the key); the text names no field, so
    the command line says it as before."""
    refusal = _fail(message)
    refusal.key = FormField.PASSWORD
    return refusal


@contextmanager
def _reading(name: str) -> Iterator[None]:
    """A file that vanished, is locked or cannot be read: said in words (a pulled stick is the usual cause)."""
    try:
        yield
    except FileNotFoundError:
        raise _fail("Berkas {name} tidak ditemukan. Apakah flashdisk sudah dicabut?", name=name) from None
    except PermissionError:
        raise _fail(
            "Berkas {name} tidak dapat dibuka (tidak ada izin, atau sedang dibuka program lain).", name=name
        ) from None
    except OSError as exc:
        raise _fail(
            "Berkas {name} tidak dapat dibaca ({value}). Apakah flashdisk tercabut?",
            name=name,
            value=exc.strerror or exc,
        ) from None


def read_bytes(path: Path, limits: Limits) -> bytes:
    """The whole file, size-checked first (the checks and the parser then see the same bytes)."""
    name = path.name
    with _reading(name):
        size = path.stat().st_size
        if path.is_dir():
            raise _fail("{name} adalah folder, bukan berkas.", name=name)
        if size > limits.max_bytes:
            raise _fail(
                "Berkas {name} terlalu besar ({size:.0f} MB; batas {max_bytes:.0f} MB).",
                name=name,
                size=size / MiB,
                max_bytes=limits.max_bytes / MiB,
            )
        with path.open("rb") as fh:
            data = fh.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        raise _fail(
            "Berkas {name} terlalu besar (batas {max_bytes:.0f} MB).", name=name, max_bytes=limits.max_bytes / MiB
        )
    if not data:
        raise _fail("Berkas {name} kosong (0 byte).", name=name)
    return data


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
    return controls <= len(head) // 100


def _describe_text(head: bytes, name: str) -> Message:
    lower = head[:4096].lower()
    if b"<html" in lower or b"<table" in lower or b"<!doctype html" in lower:
        return msg(
            "Berkas {name} sebenarnya halaman web (HTML) yang diberi nama Excel. "
            "Buka di Excel, lalu Simpan Sebagai 'Excel Workbook (.xlsx)' dan pilih berkas baru itu.",
            name=name,
        )
    if b"urn:schemas-microsoft-com:office:spreadsheet" in lower:
        return msg(
            "Berkas {name} berformat 'XML Spreadsheet 2003'. "
            "Buka di Excel, lalu Simpan Sebagai 'Excel Workbook (.xlsx)' dan pilih berkas baru itu.",
            name=name,
        )
    if name.lower().endswith((".csv", ".txt", ".tsv")):
        return msg("Berkas {name} adalah teks (CSV); di sini diperlukan buku kerja Excel (.xlsx).", name=name)
    return msg(
        "Berkas {name} bernama Excel tetapi isinya teks biasa (mungkin CSV yang diganti namanya). "
        "Ganti ekstensinya menjadi .csv, atau buka di Excel lalu Simpan Sebagai .xlsx.",
        name=name,
    )


def check(
    path: str | Path,
    *,
    password: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    allow_csv: bool = False,
) -> CheckedFile:
    """Run every check on the file; return what may be parsed. CSV is accepted only when ``allow_csv``."""
    path = Path(path)
    head, size, digest, stamp = _measure(path, limits)
    name = path.name
    if head.startswith(OLE_MAGIC):  # an old .xls (65,536 rows at most) or a protected workbook: read whole
        raw = read_bytes(path, limits)
        kind, data, encrypted = _check_ole(raw, name, password)
        if kind is Kind.XLS:
            extents = check_xls(data, name, limits)
            return CheckedFile(path, Kind.XLS, digest, size, encrypted, data, extents, stamp)
        extents = check_zip(data, name, limits)
        return CheckedFile(path, Kind.XLSX, digest, size, True, data, extents, stamp)
    if head.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        checked = CheckedFile(path, Kind.XLSX, digest, size, False, None, {}, stamp)
        with checked.open() as fh:
            extents = check_zip(fh, name, limits)
        return replace(checked, extents=extents)
    if _looks_like_text(head):
        is_csv_name = path.suffix.lower() in (".csv", ".txt", ".tsv")
        if allow_csv and is_csv_name and b"<html" not in head[:4096].lower():
            return CheckedFile(path, Kind.CSV, digest, size, False, None, {}, stamp)
        raise _fail(_describe_text(head, name))
    raise _fail("Berkas {name} bukan berkas Excel (.xlsx/.xls) atau CSV, atau berkasnya rusak.", name=name)


def _measure(path: Path, limits: Limits) -> tuple[bytes, int, str, tuple[int, int]]:
    """(first 64 KiB, size, sha256, (size, mtime)) of the file, read once in chunks: the same refusals as
    ``read_bytes`` without holding the file."""
    name = path.name
    digest = hashlib.sha256()
    with _reading(name):
        if path.is_dir():
            raise _fail("{name} adalah folder, bukan berkas.", name=name)
        with path.open("rb") as fh:
            st = os.fstat(fh.fileno())
            if st.st_size > limits.max_bytes:
                raise _fail(
                    "Berkas {name} terlalu besar ({st_size:.0f} MB; batas {max_bytes:.0f} MB).",
                    name=name,
                    st_size=st.st_size / MiB,
                    max_bytes=limits.max_bytes / MiB,
                )
            head = fh.read(65536)
            digest.update(head)
            size = len(head)
            while chunk := fh.read(MiB):
                size += len(chunk)
                if size > limits.max_bytes:
                    raise _fail(
                        "Berkas {name} terlalu besar (batas {max_bytes:.0f} MB).",
                        name=name,
                        max_bytes=limits.max_bytes / MiB,
                    )
                digest.update(chunk)
            end = os.fstat(fh.fileno())
    if not size:
        raise _fail("Berkas {name} kosong (0 byte).", name=name)
    if (end.st_size, end.st_mtime_ns) != (st.st_size, st.st_mtime_ns) or end.st_size != size:
        raise _fail(
            "Berkas {name} berubah selama dibaca (sedang disimpan program lain?). Ulangi setelah selesai.", name=name
        )
    return head, size, digest.hexdigest(), (size, end.st_mtime_ns)


def _check_ole(raw: bytes, name: str, password: str | None) -> tuple[Kind, bytes, bool]:
    """An OLE container: old .xls (maybe protected) or a protected xlsx. Returns (kind, data to parse, encrypted)."""
    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(raw))
        encrypted = bool(office.is_encrypted())
    except Exception:  # olefile/msoffcrypto raise many kinds on broken containers
        raise _fail(
            "Berkas {name} rusak atau bukan buku kerja Excel (format lama .xls yang tidak dapat dibaca).", name=name
        ) from None
    fmt = getattr(office, "format", "")
    if fmt not in ("ooxml", "xls97"):
        raise _fail("Berkas {name} bukan buku kerja Excel (mungkin dokumen Word atau PowerPoint).", name=name)
    if not encrypted:
        if fmt == "ooxml":
            raise _fail("Berkas {name} rusak: wadah terenkripsi tanpa isi yang dapat dibaca.", name=name)
        return Kind.XLS, raw, False
    if not password:
        raise _fail_password(
            msg("Berkas ini dilindungi kata sandi. Masukkan kata sandi berkas {name} untuk membukanya.", name=name)
        )
    data = _decrypt_office(office, password, name)
    if fmt == "xls97":
        return Kind.XLS, data, True
    if not data.startswith(ZIP_MAGIC):
        raise _fail_password(
            msg("Isi berkas {name} setelah dibuka dengan kata sandi bukan buku kerja Excel.", name=name)
        )
    return Kind.XLSX, data, True


def _decrypt_office(office: object, password: str, name: str) -> bytes:
    out = io.BytesIO()
    try:
        try:
            office.load_key(password=password, verify_password=True)  # type: ignore[attr-defined]
        except TypeError:  # formats whose load_key has no verify_password (they verify anyway)
            office.load_key(password=password)  # type: ignore[attr-defined]
        office.decrypt(out)  # type: ignore[attr-defined]
    except crypto_errors.InvalidKeyError:
        raise _fail_password(
            msg("Kata sandi salah untuk berkas {name}. Periksa huruf besar/kecil lalu coba lagi.", name=name)
        ) from None
    except Exception:
        raise _fail_password(
            msg(
                "Berkas {name} tidak dapat dibuka dengan kata sandi itu (kata sandi salah atau berkas rusak).",
                name=name,
            )
        ) from None
    return out.getvalue()


def decrypt(path: str | Path, password: str, *, limits: Limits = DEFAULT_LIMITS) -> io.BytesIO:
    """Decrypt a password-protected workbook in memory. Wrong password or unprotected file → ValidationError."""
    path = Path(path)
    raw = read_bytes(path, limits)
    if not raw.startswith(OLE_MAGIC):
        raise _fail_password(msg("Berkas {name} tidak dilindungi kata sandi.", name=path.name))
    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(raw))
        encrypted = bool(office.is_encrypted())
    except Exception:
        raise _fail("Berkas {name} rusak atau bukan buku kerja Excel.", name=path.name) from None
    if not encrypted:
        raise _fail_password(msg("Berkas {name} tidak dilindungi kata sandi.", name=path.name))
    return io.BytesIO(_decrypt_office(office, password, path.name))


# --- opening with calamine ----------------------------------------------------------------------------------


class Workbook:
    """A checked workbook opened with python-calamine (fast; formulas give their cached values).

    A workbook with a sheet larger than ``Limits.stream_cells`` is read row by row from the zip instead
    (``excel/xlsx_stream.py``, the same values): calamine would hold the whole sheet, and its shared strings from
    the moment it opens the file.
    """

    def __init__(self, checked: CheckedFile, limits: Limits = DEFAULT_LIMITS) -> None:
        if checked.kind is Kind.CSV:
            raise ValueError("CSV is not a workbook")
        self.checked = checked
        self.limits = limits
        self._heights: dict[str, int] = {}
        self._stream: xlsx_stream.StreamingBook | None = None
        self._fh: BinaryIO | None = None
        fh = checked.open()
        try:
            self._fh = fh
            if _streams(checked, limits):
                self._stream = xlsx_stream.StreamingBook(zipfile.ZipFile(fh))
            else:
                self._wb = python_calamine.CalamineWorkbook.from_filelike(fh)
                self._meta = list(self._wb.sheets_metadata)
        except Exception:
            fh.close()
            raise _fail(
                "Berkas {name} rusak: isinya tidak dapat dibaca sebagai buku kerja Excel.", name=checked.path.name
            ) from None

    def __enter__(self) -> Workbook:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._stream is None:
            try:
                self._wb.close()
            except Exception:
                pass
        if self._fh is not None:
            self._fh.close()

    @property
    def streaming(self) -> bool:
        return self._stream is not None

    @property
    def sheet_names(self) -> list[str]:
        """Worksheets in workbook order, visible ones first (charts and macro sheets left out)."""
        if self._stream is not None:
            return self._stream.sheet_names()
        sheets = [m for m in self._meta if m.typ == python_calamine.SheetTypeEnum.WorkSheet]
        visible = [m.name for m in sheets if m.visible == python_calamine.SheetVisibleEnum.Visible]
        hidden = [m.name for m in sheets if m.visible != python_calamine.SheetVisibleEnum.Visible]
        return visible + hidden

    def rows(self, sheet: str) -> Iterator[list[CellValue]]:
        """The sheet's rows from row 1 (index 0) on, so that index + 1 is the row number staff see in Excel."""
        name = self.checked.path.name
        if self._stream is not None:
            return self._stream_rows(sheet)
        try:
            ws = self._wb.get_sheet_by_name(sheet)
        except python_calamine.WorksheetNotFound:
            raise _fail("Lembar kerja '{sheet}' tidak ada dalam berkas {name}.", sheet=sheet, name=name) from None
        except Exception:
            raise _fail(
                "Lembar kerja '{sheet}' dalam berkas {name} rusak dan tidak dapat dibaca.", sheet=sheet, name=name
            ) from None
        self._heights[sheet] = int(ws.total_height)
        if ws.total_height > self.limits.max_rows:
            check_extent(SheetExtent(ws.total_height, 1), name, self.limits)
        rows: Iterator[list[CellValue]] = ws.iter_rows()  # type: ignore[assignment]
        return rows

    def _stream_rows(self, sheet: str) -> Iterator[list[CellValue]]:
        assert self._stream is not None
        name = self.checked.path.name
        part = self._stream.parts.get(sheet)
        if part is None:
            raise _fail("Lembar kerja '{sheet}' tidak ada dalam berkas {name}.", sheet=sheet, name=name)
        extent = self.checked.extents.get(part, SheetExtent(0, 0, 1, 0))
        self._heights[sheet] = extent.rows
        check_extent(extent, name, self.limits)
        width = extent.last_column - extent.first_column + 1 if extent.last_column else 0
        if self.checked.data is None and xlsx_pipe.ENABLED:
            # The file on disk: its XML is matched in a second process while this one checks the rows.
            rows = xlsx_pipe.piped_rows(
                self._stream, self.checked.path, self.checked.stamp, part, extent.first_column - 1, width
            )
            return self._guarded(sheet, rows)
        return self._guarded(sheet, self._stream.rows(part, extent.first_column - 1, width))

    def _guarded(self, sheet: str, rows: Iterator[list[CellValue]]) -> Iterator[list[CellValue]]:
        """A fault deep in a damaged sheet as the same refusal calamine's path gives."""
        try:
            yield from rows
        except xlsx_pipe.FileChanged:
            raise _fail(
                "Berkas {name} berubah selama dibaca (sedang disimpan program lain?). Ulangi setelah selesai.",
                name=self.checked.path.name,
            ) from None
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, IndexError, KeyError, UnicodeDecodeError):
            name = self.checked.path.name
            raise _fail(
                "Lembar kerja '{sheet}' dalam berkas {name} rusak dan tidak dapat dibaca.", sheet=sheet, name=name
            ) from None

    def height(self, sheet: str) -> int:
        """Rows of a sheet already opened with ``rows()`` (0 otherwise: loading a sheet is the costly part)."""
        return self._heights.get(sheet, 0)


def _streams(checked: CheckedFile, limits: Limits) -> bool:
    """Read row by row: a sheet is larger than ``stream_cells`` and every sheet's columns were measured exactly."""
    extents = checked.extents.values()
    big = any(e.rows * e.columns > limits.stream_cells for e in extents)
    return checked.kind is Kind.XLSX and big and all(e.first_column or not e.rows for e in extents)


def open_workbook(path: str | Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Workbook:
    """Check the file, then open it; the caller closes it (``with open_workbook(p) as wb: ...``)."""
    checked = check(path, password=password, limits=limits)
    return Workbook(checked, limits)


def empty_sheet_error(name: str, sheet: str | None = None) -> ValidationError:
    where = f"Lembar kerja '{sheet}' dalam berkas {name}" if sheet else f"Berkas {name}"
    return _fail("{where} kosong: tidak ada data yang dapat dibaca.", where=where)
