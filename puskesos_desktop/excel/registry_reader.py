"""Reading the district's DTKS/DTSEN extract (.xlsx, old .xls or .csv) into plain rows.

Each row is checked. A row is **rejected** (with the reason and the column) when its NIK is not a real NIK
(not 16 digits, letters, unknown region prefix, impossible date, serial 0000, stored as a number above 2^53 so its
last digits are already lost), when the name is empty, when the NIK already appeared higher in the file (the first
is kept), or when the desil is not 1-10. A row is **imported with a warning** when its NIK was stored as a number
(exact in the file, but Excel keeps only 15 significant digits: staff should check the last digit), when the sex or
birth-date columns disagree with the NIK, when the No. KK is invalid (the KK is then left empty: a wrong KK would
join the person to a stranger's household), or when a sex, date or programme value cannot be read.

Decisions: when the sex or birth-date column is blank or unreadable, they are taken from the NIK; text is kept as
written (only surrounding spaces are removed; ``=HYPERLINK(...)`` is a name like any other); numeric RT/RW become
three digits ("1" -> "001"); residents whose NIK was issued in another region are normal.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from io import BytesIO
from itertools import chain, compress, islice
from pathlib import Path

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.files import atomic_path
from puskesos_desktop.core.identity import parse_kk, parse_nik
from puskesos_desktop.excel import guard, headers, safe
from puskesos_desktop.excel.common import (
    EXACT_INT_LIMIT,
    Cancelled,
    CellValue,
    RowIssue,
    cell_is_blank,
    cell_text,
    excel_length,
    parse_date,
    shorten,
    thousands,
)
from puskesos_desktop.excel.csvread import read_csv
from puskesos_desktop.excel.headers import PROGRAMME_CODES, ColumnDetection, ColumnMap

__all__ = [
    "PROGRAMME_CODES",
    "Cancelled",
    "ColumnDetection",
    "RegistryReadResult",
    "RegistryRow",
    "RowIssue",
    "detect_columns",
    "read_registry",
    "report_path_for",
    "write_issue_report",
]

CHECK_EVERY = 1000
REPORT_HEADERS = ("Baris", "Kolom", "Nilai", "Alasan")

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


@dataclass(frozen=True)
class RegistryRow:
    row_number: int
    nik: str
    kk: str  # "" when absent or invalid
    name: str
    birth_place: str
    birth_date: dt.date | None
    sex: str  # "L", "P" or ""
    address: str
    rt: str
    rw: str
    registry_id: str
    desil: int | None
    region_code: str
    programmes: frozenset[str]

    def content_hash(self) -> str:
        """sha256 of everything but the row number: equal hashes mean 'unchanged since the last import'."""
        parts = [
            self.nik, self.kk, self.name, self.birth_place,
            self.birth_date.isoformat() if self.birth_date else "",
            self.sex, self.address, self.rt, self.rw, self.registry_id,
            "" if self.desil is None else str(self.desil),
            self.region_code, ",".join(sorted(self.programmes)),
        ]  # fmt: skip
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class RegistryReadResult:
    rows: list[RegistryRow]
    rejected: list[RowIssue]
    warnings: list[RowIssue]
    total_rows: int  # data rows that were not blank
    columns_found: dict[str, str]  # canonical field or programme code -> header text
    sha256: str  # of the file as stored (to recognise a file imported before)
    unknown_columns: tuple[str, ...] = ()
    sheet: str | None = None
    header_row: int = 1
    file_kind: str = "xlsx"
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only
    rejected_rows: int = field(default=0)  # distinct rows rejected (a row may have several issues)


class _Reject(Exception):
    def __init__(self, column: str, value: str, reason: str) -> None:
        super().__init__(reason)
        self.issue = (column, value, reason)


# --- value rules --------------------------------------------------------------------------------------------

_SCIENTIFIC = re.compile(r"^\d(?:[.,]\d+)?E\+?\d+$", re.IGNORECASE)
_DESIL = re.compile(r"^(?:DESIL\s*)?(\d{1,2})(?:\.0+)?$", re.IGNORECASE)
_SEX = {
    "L": "L", "LK": "L", "LAKILAKI": "L", "LAKI": "L", "PRIA": "L", "1": "L",
    "P": "P", "PR": "P", "PEREMPUAN": "P", "WANITA": "P", "2": "P",
}  # fmt: skip
_YES = frozenset({"YA", "Y", "1", "✓", "✔", "√", "V", "TRUE", "YES", "ADA", "PENERIMA", "BENAR"})
_NO = frozenset({"", "TIDAK", "T", "TDK", "0", "N", "NO", "FALSE", "-", "BUKAN", "SALAH"})
_FLAGS: dict[CellValue, bool] = {**{w: True for w in _YES}, **{w: False for w in _NO}}
_FLAGS.update({str(w).capitalize(): f for w, f in list(_FLAGS.items())})
_FLAGS.update({str(w).lower(): f for w, f in list(_FLAGS.items())})
_FLAGS.update({1: True, 0: False, None: False})  # 1 == 1.0 == True: numbers and booleans too
_LIST_SPLIT = re.compile(r"[,;/+|]")
_DOTS = re.compile(r"[.\s-]+")


def _number_text(value: int | float, label: str, column: str) -> tuple[str, str]:
    """A NIK/KK stored as a number -> (digits, warning). Refused when its last digits are already lost."""
    shown = cell_text(value)
    if isinstance(value, float) and not value.is_integer():
        raise _Reject(column, shown, f"{label} tertulis sebagai angka pecahan, bukan 16 angka.")
    number = int(value)
    if number > EXACT_INT_LIMIT:
        raise _Reject(
            column,
            shown,
            f"{label} disimpan sebagai angka (bukan teks) dan lebih besar dari 2^53: angka terakhirnya sudah hilang. "
            f"Ketik ulang {label} ini sebagai teks di berkas asal.",
        )
    return str(number), (
        f"{label} disimpan sebagai angka, bukan teks. Excel hanya menyimpan 15 angka penting: "
        f"periksa angka terakhir {label} ini."
    )


def _identity_text(value: CellValue, label: str, column: str) -> tuple[str, str | None]:
    if isinstance(value, bool) or isinstance(value, dt.date | dt.time | dt.timedelta):
        raise _Reject(column, cell_text(value), f"{label} berisi nilai yang bukan angka.")
    if isinstance(value, int | float):
        return _number_text(value, label, column)
    text = cell_text(value).strip()
    if _SCIENTIFIC.match(text.replace(" ", "")):
        raise _Reject(
            column,
            text,
            f"{label} tertulis dalam format ilmiah ({text}): angka terakhirnya sudah hilang. "
            f"Ketik ulang {label} ini sebagai teks di berkas asal.",
        )
    return text, None


def _sex_of(value: CellValue) -> str | None:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return _SEX.get(headers.header_key(cell_text(value)))


def _flag(value: CellValue) -> bool | None:
    if value is None:
        return False
    if isinstance(value, str) and value in _FLAGS:
        return _FLAGS[value]
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return True if value == 1 else False if value == 0 else None
    text = value.strip().upper() if isinstance(value, str) else cell_text(value).upper()
    if text in _YES:
        return True
    if text in _NO:
        return False
    return None


def _rt(text: str) -> str:
    if text.isdigit() and text.isascii() and len(text) <= 4 and int(text) < 1000:
        return f"{int(text):03d}"
    return text


class _RowReader:
    """Turns one row of cells into a RegistryRow, collecting rejections and warnings.

    Written for speed (100,000 rows in a few seconds): column positions are attributes; ``pad()`` makes every row
    long enough and appends one empty cell, which is where a column the file lacks points (index -1).
    """

    def __init__(self, columns: ColumnMap, today: dt.date, max_chars: int) -> None:
        self.today = today
        self.max_chars = max_chars
        index = columns.index
        self.width = max(index.values()) + 1
        empty = -1
        self.hdr = {f: columns.headers[c] for f, c in index.items()}
        self.c_nik = index[headers.NIK]
        self.c_name = index[headers.NAME]
        self.c_kk = index.get(headers.KK, empty)
        self.c_birth_place = index.get(headers.BIRTH_PLACE, empty)
        self.c_birth_date = index.get(headers.BIRTH_DATE, empty)
        self.c_sex = index.get(headers.SEX, empty)
        self.c_address = index.get(headers.ADDRESS, empty)
        self.c_rt = index.get(headers.RT, empty)
        self.c_rw = index.get(headers.RW, empty)
        self.c_registry_id = index.get(headers.REGISTRY_ID, empty)
        self.c_desil = index.get(headers.DESIL, empty)
        self.c_region = index.get(headers.REGION_CODE, empty)
        self.c_list = index.get(headers.PROGRAMMES, empty)
        self.programme_cols = [(code, index[code]) for code in PROGRAMME_CODES if code in index]
        self.programme_codes = [code for code, _ in self.programme_cols]
        self.programme_indexes = [col for _, col in self.programme_cols]
        self.seen: dict[str, int] = {}

    def pad(self, row: Sequence[CellValue]) -> list[CellValue]:
        """The row (a fresh list from calamine or csv, changed in place) made long enough, plus the empty cell."""
        if not isinstance(row, list):
            row = list(row)
        if len(row) < self.width:
            row.extend([None] * (self.width - len(row)))
        row.append(None)
        return row

    def text(self, value: CellValue, fld: str) -> str:
        if value is None or value == "":
            return ""
        raw = value if isinstance(value, str) else cell_text(value)
        # calamine silently cuts longer text to 32,767 characters: a cell that long was cut, or is junk.
        if len(raw) >= self.max_chars // 2 and excel_length(raw) >= self.max_chars:
            reason = f"Isi sel terlalu panjang ({thousands(self.max_chars)} karakter atau lebih); baris ditolak."
            raise _Reject(self.hdr[fld], shorten(raw), reason)
        return raw.strip()

    def read(self, row: list[CellValue], number: int, warnings: list[RowIssue]) -> RegistryRow:
        warn: list[RowIssue] = []
        hdr = self.hdr

        raw = row[self.c_nik]
        if isinstance(raw, str) and raw.isdigit() and len(raw) == 16:
            nik_text, nik_warning = raw, None
        else:
            nik_text, nik_warning = _identity_text(raw, "NIK", hdr[headers.NIK])
        try:
            info = parse_nik(nik_text, today=self.today)
        except ValidationError as exc:
            raise _Reject(hdr[headers.NIK], shorten(nik_text), exc.message) from None
        nik = info.nik
        if nik_warning:
            warn.append(RowIssue(number, hdr[headers.NIK], nik, nik_warning))

        name = self.text(row[self.c_name], headers.NAME)
        if not name:
            raise _Reject(hdr[headers.NAME], "", "Nama wajib diisi.")

        desil: int | None = None
        raw = row[self.c_desil]
        if raw is not None and raw != "":
            if isinstance(raw, float) and raw.is_integer() and 1 <= raw <= 10:
                desil = int(raw)
            else:
                desil_text = cell_text(raw).strip()
                m = _DESIL.match(desil_text)
                if m and not isinstance(raw, bool) and 1 <= int(m.group(1)) <= 10:
                    desil = int(m.group(1))
                elif desil_text:
                    raise _Reject(hdr[headers.DESIL], shorten(desil_text), "Desil harus angka 1 sampai 10.")

        first = self.seen.get(nik)
        if first is not None:
            raise _Reject(hdr[headers.NIK], nik, f"NIK ini sudah ada di baris {first}; baris pertama yang dipakai.")

        kk = ""
        raw = row[self.c_kk]
        if not cell_is_blank(raw):
            kk_col = hdr[headers.KK]
            try:
                if isinstance(raw, str) and len(raw) == 16 and raw.isdigit():
                    kk_text, kk_warning = raw, None
                else:
                    kk_text, kk_warning = _identity_text(raw, "No. KK", kk_col)
                kk = parse_kk(kk_text)
                if kk_warning:
                    warn.append(RowIssue(number, kk_col, kk, kk_warning))
            except _Reject as rej:
                warn.append(RowIssue(number, kk_col, rej.issue[1], rej.issue[2] + " No. KK dikosongkan."))
            except ValidationError as exc:
                kk_shown = shorten(cell_text(raw).strip())
                warn.append(RowIssue(number, kk_col, kk_shown, exc.message + " No. KK dikosongkan."))

        sex = info.sex
        raw = row[self.c_sex]
        if not cell_is_blank(raw):
            given = _SEX.get(raw) if isinstance(raw, str) else None
            if given is None:
                given = _sex_of(raw)
            if given is None:
                reason = "Jenis kelamin tidak dikenal (pakai L/P); diambil dari NIK."
                warn.append(RowIssue(number, hdr[headers.SEX], shorten(cell_text(raw)), reason))
            else:
                if given != info.sex:
                    reason = f"Jenis kelamin tidak sesuai dengan NIK (menurut NIK: {info.sex})."
                    warn.append(RowIssue(number, hdr[headers.SEX], cell_text(raw), reason))
                sex = given

        birth: dt.date | None = info.birth_date
        raw = row[self.c_birth_date]
        if not cell_is_blank(raw):
            try:
                given_date = parse_date(raw)
            except ValueError:
                given_date = None
                reason = "Tanggal lahir tidak terbaca; diambil dari NIK."
                warn.append(RowIssue(number, hdr[headers.BIRTH_DATE], shorten(cell_text(raw)), reason))
            if given_date is not None:
                nik_date = info.birth_date
                if (
                    given_date.day != nik_date.day
                    or given_date.month != nik_date.month
                    or given_date.year % 100 != nik_date.year % 100
                ):
                    reason = (
                        f"Tanggal lahir tidak sesuai dengan NIK (menurut NIK: {nik[6:8]}-{nik[8:10]}-{nik[10:12]}, "
                        "tanggal perempuan ditambah 40)."
                    )
                    warn.append(RowIssue(number, hdr[headers.BIRTH_DATE], given_date.strftime("%d-%m-%Y"), reason))
                birth = given_date

        programmes: set[str]
        try:  # the usual case, all in C: every flag is a word (or 1/0, True/False, blank) we know
            flags = [_FLAGS[row[col]] for col in self.programme_indexes]
            programmes = set(compress(self.programme_codes, flags))
        except (KeyError, TypeError):
            programmes = set()
            for code, col in self.programme_cols:
                value = row[col]
                flag = _flag(value)
                if flag is None:
                    reason = "Nilai program tidak dikenal (pakai YA/TIDAK); dianggap tidak."
                    warn.append(RowIssue(number, hdr[code], shorten(cell_text(value)), reason))
                elif flag:
                    programmes.add(code)
        listed = self.text(row[self.c_list], headers.PROGRAMMES)
        if listed:
            for item in _LIST_SPLIT.split(listed):
                if not item.strip():
                    continue
                listed_code = headers.programme_code(item)
                if listed_code is None:
                    reason = "Nama program tidak dikenal; diabaikan."
                    warn.append(RowIssue(number, hdr[headers.PROGRAMMES], shorten(item.strip()), reason))
                else:
                    programmes.add(listed_code)

        region = self.text(row[self.c_region], headers.REGION_CODE)
        if region and not region.isdigit():
            region_digits = _DOTS.sub("", region)
            if region_digits.isdigit():
                region = region_digits

        rt = self.text(row[self.c_rt], headers.RT)
        rw = self.text(row[self.c_rw], headers.RW)
        self.seen[nik] = number
        if warn:
            warnings.extend(warn)
        return RegistryRow(
            row_number=number,
            nik=nik,
            kk=kk,
            name=name,
            birth_place=self.text(row[self.c_birth_place], headers.BIRTH_PLACE),
            birth_date=birth,
            sex=sex,
            address=self.text(row[self.c_address], headers.ADDRESS),
            rt=_rt(rt),
            rw=_rt(rw),
            registry_id=self.text(row[self.c_registry_id], headers.REGISTRY_ID),
            desil=desil,
            region_code=region,
            programmes=frozenset(programmes),
        )


# --- sources --------------------------------------------------------------------------------------------------


@dataclass
class _Source:
    checked: guard.CheckedFile
    sheet: str | None
    rows: Iterator[Sequence[CellValue]]
    head: list[Sequence[CellValue]]  # the first rows, already taken from ``rows``
    estimate: int
    offset: int = 0  # added to row numbers (CSV 'sep=' line)
    encoding: str | None = None
    delimiter: str | None = None
    workbook: guard.Workbook | None = None

    def close(self) -> None:
        if self.workbook is not None:
            self.workbook.close()


def _has_header(rows: Sequence[Sequence[CellValue]], mapping: Mapping[str, str] | None) -> bool:
    return headers.find_columns(rows, mapping) is not None


def _open(
    path: Path,
    password: str | None,
    sheet: str | None,
    mapping: Mapping[str, str] | None,
    limits: guard.Limits,
) -> _Source:
    checked = guard.check(path, password=password, limits=limits, allow_csv=True)
    if checked.kind is guard.Kind.CSV:
        records, encoding, delimiter, estimate, offset = read_csv(checked.data, lambda r: _has_header(r, mapping))
        csv_head: list[Sequence[CellValue]] = list(islice(records, headers.HEADER_SCAN_ROWS))
        if not any(any(not cell_is_blank(v) for v in r) for r in csv_head):
            raise guard.empty_sheet_error(path.name)
        return _Source(checked, None, records, csv_head, estimate, offset, encoding, delimiter)
    workbook = guard.Workbook(checked, limits)
    try:
        names = [sheet] if sheet else workbook.sheet_names
        if not names:
            raise guard.empty_sheet_error(path.name)
        chosen: tuple[str, Iterator[Sequence[CellValue]], list[Sequence[CellValue]]] | None = None
        for name in names:
            rows: Iterator[Sequence[CellValue]] = workbook.rows(name)
            head: list[Sequence[CellValue]] = list(islice(rows, headers.HEADER_SCAN_ROWS))
            if chosen is None and any(any(not cell_is_blank(v) for v in r) for r in head):
                chosen = (name, rows, head)  # the first sheet with data, unless another has a header
            if _has_header(head, mapping):
                chosen = (name, rows, head)
                break
        if chosen is None:
            raise guard.empty_sheet_error(path.name, sheet)
        name, rows, head = chosen
        estimate = workbook.height(name)
        return _Source(checked, name, rows, head, estimate, workbook=workbook)
    except BaseException:
        workbook.close()
        raise


def detect_columns(
    path: str | Path,
    *,
    mapping: Mapping[str, str] | None = None,
    password: str | None = None,
    sheet: str | None = None,
    limits: guard.Limits = guard.DEFAULT_LIMITS,
) -> ColumnDetection:
    """What the file's header row holds: recognised fields, unknown headers, missing required fields."""
    source = _open(Path(path), password, sheet, mapping, limits)
    try:
        return headers.detection_of(source.head, source.sheet, mapping)
    finally:
        source.close()


def read_registry(
    path: str | Path,
    *,
    mapping: Mapping[str, str] | None = None,
    password: str | None = None,
    sheet: str | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    max_rows: int | None = None,
    limits: guard.Limits = guard.DEFAULT_LIMITS,
    today: dt.date | None = None,
) -> RegistryReadResult:
    """Read a registry extract. File-level problems raise ValidationError; row problems are listed in the result.

    ``mapping`` ({field or programme code: header text}) overrides what is recognised automatically.
    ``progress(done, total)`` and ``cancelled()`` are called every 1,000 rows; ``Cancelled`` is raised on request.
    """
    path = Path(path)
    if max_rows is not None:
        limits = replace(limits, max_rows=max_rows)
    source = _open(path, password, sheet, mapping, limits)
    try:
        columns = headers.find_columns(source.head, mapping)
        if columns is None:
            detection = headers.detection_of(source.head, source.sheet, mapping)
            missing = ", ".join(headers.FIELD_LABELS[f] for f in detection.missing) or "NIK dan Nama"
            raise ValidationError(
                f"Baris judul kolom tidak dikenali di {path.name}: kolom {missing} tidak ditemukan "
                "(dicari di 10 baris pertama). Pilih kolomnya secara manual."
            )
        reader = _RowReader(columns, today or clock.today(), limits.max_cell_chars)
        result_rows: list[RegistryRow] = []
        rejected: list[RowIssue] = []
        warnings: list[RowIssue] = []
        rejected_rows = 0
        total = 0
        data_start = columns.header_row + 1
        total_estimate = max(source.estimate - data_start, 0)

        nik_col = columns.index[headers.NIK]
        data_rows = chain(source.head[data_start:], source.rows)
        for index, row in enumerate(data_rows, start=data_start):
            done = index - data_start + 1
            if done % CHECK_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(done, max(total_estimate, done))
            if index >= limits.max_rows:
                raise ValidationError(f"Berkas {path.name} ditolak: lebih dari {thousands(limits.max_rows)} baris.")
            if not any(row) or (
                (nik_col >= len(row) or not row[nik_col]) and all(cell_is_blank(v) for v in row)
            ):
                continue  # blank row (cells that are empty, zero or only spaces)
            total += 1
            number = index + 1 + source.offset
            try:
                result_rows.append(reader.read(reader.pad(row), number, warnings))
            except _Reject as rej:
                column, value, reason = rej.issue
                rejected.append(RowIssue(number, column, value, reason))
                rejected_rows += 1
        if total == 0:
            raise guard.empty_sheet_error(path.name, source.sheet)
        if progress is not None:
            progress(total_estimate, total_estimate)
        return RegistryReadResult(
            rows=result_rows,
            rejected=rejected,
            warnings=warnings,
            total_rows=total,
            columns_found=dict(columns.found),
            sha256=source.checked.sha256,
            unknown_columns=columns.unknown,
            sheet=source.sheet,
            header_row=columns.header_row + 1 + source.offset,
            file_kind=source.checked.kind.value,
            encoding=source.encoding,
            delimiter=source.delimiter,
            rejected_rows=rejected_rows,
        )
    finally:
        source.close()


# --- the rejected-rows report ---------------------------------------------------------------------------------


def write_issue_report(issues: Iterable[RowIssue], target_path: str | Path, *, title: str = "Baris Ditolak") -> Path:
    """An .xlsx listing issues (Baris, Kolom, Nilai, Alasan), written atomically; every text cell stays text."""
    target = Path(target_path)
    buffer = BytesIO()
    wb = safe.new_workbook(buffer)
    formats = safe.Formats(wb)
    ws = wb.add_worksheet(title[:31])
    widths = [len(h) + 2 for h in REPORT_HEADERS]
    for col, header in enumerate(REPORT_HEADERS):
        safe.write_text(ws, 0, col, header, formats.header)
    n = 0
    for n, issue in enumerate(issues, start=1):  # noqa: B007 - n is the row count after the loop
        ws.write_number(n, 0, issue.row_number)
        cells = (issue.column, shorten(issue.value, 1000), issue.reason)
        for col, text in enumerate(cells, start=1):
            safe.write_text(ws, n, col, text)
            widths[col] = max(widths[col], min(len(text) + 2, 80))
    for col, width in enumerate(widths):
        ws.set_column(col, col, width)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(n, 1), len(REPORT_HEADERS) - 1)
    wb.close()
    with atomic_path(target) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(buffer.getvalue())
    return target


def report_path_for(source_path: str | Path, fallback_dir: str | Path) -> Path:
    """Where the report of ``source_path`` goes: beside it, or in ``fallback_dir`` when that folder is read-only."""
    source = Path(source_path)
    name = f"{source.stem}_baris_ditolak.xlsx"
    if _writable(source.parent):
        return source.parent / name
    return Path(fallback_dir) / name


def _writable(folder: Path) -> bool:
    """A real test (os.access lies on read-only USB sticks and on Windows)."""
    try:
        fd, probe = tempfile.mkstemp(prefix=".puskesos-", suffix=".tmp", dir=folder)
    except OSError:
        return False
    os.close(fd)
    try:
        os.unlink(probe)
    except OSError:
        pass
    return True
