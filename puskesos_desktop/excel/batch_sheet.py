"""The monthly batch's data sheets, their rows rendered as XML in one pass (issue 21 §5: 10,000 complaints ≤ 1.5 s).

XlsxWriter stores a cell through several Python calls and writes it at close through several more (three quarters
of an export's time was there). ``DataSheet`` takes the data rows whole instead: each value is checked against its
column (the rules of ``excel.batch``: a value the fast path does not recognise goes through the ``check`` it is
given, which converts it or raises naming the row), its text enters the workbook's shared-string table in the order
XlsxWriter would enter it, and its row becomes XML at once. At close the rows go out after the header row, which
XlsxWriter writes itself. The file is byte for byte what writing the cells one by one with XlsxWriter gives
(tests/excel/test_batch_sheet.py compares the two), so the district's tools read exactly what they read before:
every text a shared string (never a formula), NIK and KK text, dates real dates with their format.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate
from operator import attrgetter
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.packager import Packager
from xlsxwriter.sharedstrings import SharedStrings
from xlsxwriter.utility import _datetime_to_excel_datetime, xl_col_to_name
from xlsxwriter.worksheet import Worksheet

from puskesos_desktop.excel import safe
from puskesos_desktop.excel.batch_columns import Column, Kind

# check(column, value, sheet, excel row) -> the value as it goes into the cell, or ValidationError.
Check = Callable[[Column, Any, str, int], Any]

_EPOCH = dt.date(1899, 12, 31).toordinal()
_MARCH_1900 = dt.date(1900, 3, 1)  # before it Excel's serials are off by its phantom 29 February 1900
_MARCH_1900_MOMENT = dt.datetime(1900, 3, 1)
_TEXT, _ID, _DATE, _DATETIME, _INT, _LABEL = range(6)
_CODES = {Kind.TEXT: _TEXT, Kind.ID: _ID, Kind.DATE: _DATE, Kind.DATETIME: _DATETIME, Kind.INT: _INT}
_HALF_MAX = 32767 // 2  # shorter text cannot pass Excel's limit (safe.check_length's own shortcut)
# A shared string XlsxWriter writes as it is: no XML escape, no _xHHHH_ escape, no whitespace to preserve, no rich
# text ("<r>…"). Anything else is left to XlsxWriter's own code.
# zlib's level for the zip: 1 deflates a month's 11 MB of XML in a quarter of the default level's (6) time, for a
# file a third larger (10,000 complaints: 1.8 MB instead of 1.4 MB; measured 0.07 s against 0.28 s of CPU).
ZIP_LEVEL = 1
_NEEDS_CARE = re.compile(r"[\x00-\x1f&<>]|_x[0-9a-fA-F]{4}_|^\s|\s$")
# The same in the strings joined by newlines (none has one of its own): each match starts inside the string at fault.
_NEEDS_CARE_JOINED = re.compile(r"[\x00-\x09\x0b-\x1f&<>]|_x[0-9a-fA-F]{4}_|[^\S\n](?=\n|\Z)|(?:(?<=\n)|\A)[^\S\n]")


def _serial(value: dt.date | dt.datetime) -> str:
    """Excel's serial number of a naive date or date-time, written as XlsxWriter writes it ("%.16G")."""
    if isinstance(value, dt.datetime):
        if value < _MARCH_1900_MOMENT:
            return f"{_datetime_to_excel_datetime(value, False, True):.16G}"
        # XlsxWriter's arithmetic step by step (days, then the fraction of the day, then Excel's 29 February
        # 1900), so that the float is the same to the last bit; microseconds are dropped by the check.
        seconds = value.hour * 3600 + value.minute * 60 + value.second
        return f"{value.toordinal() - _EPOCH + float(seconds) / 86400 + 1:.16G}"
    if value < _MARCH_1900:
        return f"{_datetime_to_excel_datetime(value, False, True):.16G}"
    return str(value.toordinal() - _EPOCH + 1)  # a whole day: "%.16G" of an integral float is its digits


class DataSheet(Worksheet):  # type: ignore[misc]  # XlsxWriter is partly typed
    """A worksheet whose header row XlsxWriter writes and whose data rows ``write_rows`` renders."""

    def __init__(self) -> None:
        super().__init__()
        self._rows_xml = ""
        # Markers for the style index of date cells: XlsxWriter numbers formats when it first writes one, at
        # close; the markers keep that order (sheet XML holds only numbers and references, never text).
        self._markers: dict[str, Format] = {}

    def write_rows(
        self, columns: Sequence[Column], rows: Sequence[Any], formats: safe.Formats, sheet: str, check: Check
    ) -> None:
        """Rows 2… of the sheet: one object a row, its values read by the columns' attribute names."""
        get = attrgetter(*(c.attr for c in columns))
        table = self.str_table
        index_of = table.string_table  # the workbook's shared strings: text -> index, in the order first used
        strings: dict[str, str] = {}  # text -> the cell's XML after its reference (index into the shared strings)
        labels: list[dict[tuple[type, Any], str]] = [{} for _ in columns]
        plan = [
            (c, _CODES.get(c.kind, _LABEL), f'<c r="{xl_col_to_name(col)}', labels[col])
            for col, c in enumerate(columns)
        ]
        width = len(columns)
        date_tail = self._marker(formats.date)
        datetime_tail = self._marker(formats.datetime)
        serials: dict[Any, str] = {}
        used = 0
        rendered: list[tuple[int, str, int, int]] = []
        for r, item in enumerate(rows, start=2):  # r: the row's number in Excel
            values = get(item) if width > 1 else (get(item),)
            rs = str(r)
            cells: list[str] = []
            for (c, code, start, known), v in zip(plan, values, strict=True):
                if v is None or v == "":
                    continue
                if code == _TEXT:
                    if type(v) is not str:
                        v = check(c, v, sheet, r)
                    if len(v) > _HALF_MAX:
                        safe.check_length(v, c.header, r)
                elif code == _ID:
                    if type(v) is not str or len(v) != 16 or not v.isdigit() or not v.isascii():
                        v = check(c, v, sheet, r)  # raises with the row number
                elif code == _LABEL:
                    key = (type(v), v)
                    label = known.get(key)
                    if label is None:
                        label = known[key] = check(c, v, sheet, r)
                    v = label
                else:
                    if code == _INT:
                        if type(v) is not int:
                            v = check(c, v, sheet, r)
                        cells.append(f'{start}{rs}"><v>{v:.16G}</v></c>')
                        continue
                    if code == _DATE:
                        if type(v) is not dt.date:
                            v = check(c, v, sheet, r)
                    elif type(v) is not dt.datetime or v.tzinfo is not None or v.microsecond:
                        v = check(c, v, sheet, r)
                    serial = serials.get(v)
                    if serial is None:
                        serial = serials[v] = _serial(v)
                    cells.append(f"{start}{rs}{date_tail if code == _DATE else datetime_tail}{serial}</v></c>")
                    continue
                used += 1
                shared = strings.get(v)
                if shared is None:
                    text = safe.not_rich(v) if v[:3] == "<r>" else v
                    index = index_of.get(text)
                    if index is None:
                        index = index_of[text] = len(index_of)
                    shared = strings[v] = f'" t="s"><v>{index}</v></c>'
                cells.append(f"{start}{rs}{shared}")
            if cells:
                # The columns used, first and last, for the spans (a value's emptiness never changes above).
                first, last = (0, width - 1) if len(cells) == width else _bounds(values)
                rendered.append((r, "".join(cells), first, last))
        # XlsxWriter's counts, as its _get_shared_string_index keeps them: every use, and the distinct texts.
        table.count += used
        table.unique_count = len(index_of)
        if rendered:
            self._check_dimensions(rendered[-1][0] - 1, 0)
        self._rows_xml = _join_rows(rendered, width)

    def _marker(self, fmt: Format) -> str:
        marker = f"\x00{len(self._markers)}\x00"
        self._markers[marker] = fmt
        return f'" s="{marker}"><v>'

    def _write_sheet_data(self) -> None:
        if not self._rows_xml:
            super()._write_sheet_data()
            return
        self._xml_start_tag("sheetData")
        self._write_rows()  # the header row, XlsxWriter's own
        xml = self._rows_xml
        # In the order XlsxWriter would first meet each format: row by row, left to right.
        used = sorted((xml.find(m), m) for m in self._markers if m in xml)
        for _, marker in used:
            xml = xml.replace(marker, str(self._markers[marker]._get_xf_index()))
        self.fh.write(xml)
        self._xml_end_tag("sheetData")


def _bounds(values: Sequence[Any]) -> tuple[int, int]:
    """The first and the last column of a row that holds a value."""
    filled = [i for i, v in enumerate(values) if v is not None and v != ""]
    return filled[0], filled[-1]


def _join_rows(rendered: list[tuple[int, str, int, int]], width: int) -> str:
    """The rows' XML with XlsxWriter's "spans" (first:last column used in each block of 16 rows; the header,
    row 1, uses every column of block 0)."""
    block_first: dict[int, int] = {0: 0}
    block_last: dict[int, int] = {0: width - 1}
    for r, _cells, first, last in rendered:
        block = (r - 1) >> 4
        if block in block_first:
            if first < block_first[block]:
                block_first[block] = first
            if last > block_last[block]:
                block_last[block] = last
        else:
            block_first[block], block_last[block] = first, last
    spans = {block: f'" spans="{first + 1}:{block_last[block] + 1}">' for block, first in block_first.items()}
    return "".join(f'<row r="{r}{spans[(r - 1) >> 4]}{cells}</row>' for r, cells, _f, _l in rendered)


class _SharedStrings(SharedStrings):  # type: ignore[misc]
    def _write_sst_strings(self) -> None:
        strings = self.string_table.string_array
        # The strings joined by newlines and searched once (one regex call per string was most of this part); a
        # string with a newline of its own needs care anyway, and then every string is looked at alone.
        joined = "\n".join(strings)
        if joined.count("\n") != len(strings) - 1:
            careful = [i for i, string in enumerate(strings) if _NEEDS_CARE.search(string)]
        else:
            starts = list(accumulate(map(len, strings), lambda at, n: at + n + 1, initial=0))
            careful = sorted({bisect_right(starts, m.start()) - 1 for m in _NEEDS_CARE_JOINED.finditer(joined)})
        write, done = self.fh.write, 0
        for i in [*careful, len(strings)]:
            if i > done:
                write("<si><t>" + "</t></si><si><t>".join(strings[done:i]) + "</t></si>")
            if i < len(strings):
                self._write_si(strings[i])
            done = i + 1


class _Packager(Packager):  # type: ignore[misc]
    def _write_shared_strings_file(self) -> None:
        if not self.workbook.str_table.count:
            return
        sst = _SharedStrings()
        sst.string_table = self.workbook.str_table
        sst._set_xml_writer(self._filename("xl/sharedStrings.xml"))
        sst._assemble_xml_file()


class BatchWorkbook(xlsxwriter.Workbook):  # type: ignore[misc]
    """``safe.new_workbook``'s in-memory workbook (every string a string) whose shared strings are written in one
    pass; the file is the same."""

    def __init__(self, buffer: io.BytesIO) -> None:
        super().__init__(buffer, {**safe.SAFE_OPTIONS, "in_memory": True})

    def _get_packager(self) -> Packager:
        return _Packager()

    def _store_workbook(self) -> None:
        """XlsxWriter's own steps for an in-memory workbook, its parts deflated at ``ZIP_LEVEL`` instead of zlib's
        default: the parts are the same, the zip around them differs only in its compressed bytes."""
        zipped = zipfile.ZipFile(self.filename, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=self.allow_zip64)
        packager = self._get_packager()
        if not self.worksheets():
            self.add_worksheet()
        if self.worksheet_meta.activesheet == 0:
            self.worksheets_objs[0].selected = 1
            self.worksheets_objs[0].hidden = 0
        for sheet in self.worksheets():
            if sheet.index == self.worksheet_meta.activesheet:
                sheet.active = 1
        self._prepare_sst_string_data()
        self._prepare_vml()
        self._prepare_defined_names()
        self._prepare_drawings()
        self._add_chart_data()
        self._prepare_tables()
        self._prepare_metadata()
        packager._add_workbook(self)
        packager._set_tmpdir(self.tmpdir)
        packager._set_in_memory(True)
        for part, name, is_binary in packager._create_package():
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))  # Excel's own time stamp, as XlsxWriter sets it
            info.compress_type = zipfile.ZIP_DEFLATED
            data = part.getvalue()
            zipped.writestr(info, data if is_binary else data.encode("utf-8"), compresslevel=ZIP_LEVEL)
        zipped.close()
