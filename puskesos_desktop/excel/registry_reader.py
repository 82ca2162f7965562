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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import chain, islice
from pathlib import Path
from typing import Protocol

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel import guard, headers, registry_pipe
from puskesos_desktop.excel.common import Cancelled, CellValue, RowIssue, cell_is_blank, thousands
from puskesos_desktop.excel.csvread import read_csv
from puskesos_desktop.excel.headers import PROGRAMME_CODES, ColumnDetection
from puskesos_desktop.excel.issue_report import report_path_for, write_issue_report
from puskesos_desktop.excel.registry_rows import (
    RegistryRow,
    RowChecks,
    RowReader,
    StagedValues,
    TooManyRows,
    repeated_reason,
)

__all__ = [
    "PROGRAMME_CODES",
    "Cancelled",
    "ColumnDetection",
    "RegistryReadResult",
    "RegistryRow",
    "RowIssue",
    "RowSink",
    "detect_columns",
    "read_registry",
    "report_path_for",
    "write_issue_report",
]

CHECK_EVERY = 1000

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


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


class RowSink(Protocol):
    """Where accepted rows go as they are read (the import's stage), so that a million rows are never held at once.
    It also finds repeated NIKs: a million NIKs held in memory to refuse a repeat would take ~100 MB."""

    def add(self, row: RegistryRow) -> None: ...

    def add_staged(self, values: list[StagedValues]) -> None:
        """Rows made ready by a checking process (``registry_rows.Staging.values``, in the file's order)."""
        ...

    def drop_repeats(self) -> list[tuple[int, str, int]]:
        """Remove every row whose NIK an earlier row has: (its row number, the NIK, the first row's number)."""
        ...

    def first_rows(self, niks: Sequence[str]) -> dict[str, int]:
        """The row number of the (kept) row of each of these NIKs that the sink holds."""
        ...


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
        close_rows = getattr(self.rows, "close", None)
        if close_rows is not None:
            close_rows()  # a generator reading the file: its file is closed now, not when it is collected
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
    is_header: Callable[[Sequence[Sequence[CellValue]]], bool] | None = None,
) -> _Source:
    """The sheet (or CSV) to read: the first whose first rows ``is_header`` accepts (bawaan: a registry header)."""
    if is_header is None:
        is_header = lambda rows: _has_header(rows, mapping)  # noqa: E731 - the registry's own test
    checked = guard.check(path, password=password, limits=limits, allow_csv=True)
    if checked.kind is guard.Kind.CSV:
        records, encoding, delimiter, estimate, offset = read_csv(
            checked.data if checked.data is not None else checked.open, is_header
        )
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
            if is_header(head):
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


# Other readers (desil, population) open files the same way, with their own idea of a header row.
open_source = _open


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
        rows = source.head + list(islice(source.rows, 3))  # a few rows more for the samples
        return headers.detection_of(rows, source.sheet, mapping)
    finally:
        source.close()


def _settle_repeats(
    sink: RowSink, nik_header: str, rejected: list[RowIssue], warnings: list[RowIssue], late: list[tuple[int, str, int]]
) -> None:
    """What a held read decides row by row, decided once the sink holds every accepted row: a row whose NIK an
    earlier accepted row has is refused (and its warnings go: a refused row has none), also when it was refused for
    a later column first."""
    repeats = sink.drop_repeats()
    if late:
        firsts = sink.first_rows([nik for _, nik, _ in late])
        for at, nik, number in late:
            first = firsts.get(nik)
            if first is not None and first < number:
                rejected[at] = RowIssue(number, nik_header, nik, repeated_reason(first))
    if repeats:
        dropped = {number for number, _, _ in repeats}
        warnings[:] = [w for w in warnings if w.row_number not in dropped]
        rejected.extend(RowIssue(number, nik_header, nik, repeated_reason(first)) for number, nik, first in repeats)
        rejected.sort(key=lambda issue: issue.row_number)


def _staged(
    batches: Iterator[registry_pipe.Batch], checks: RowChecks, sink: RowSink, tick: Callable[[int], None]
) -> None:
    """The children's batches added up in the file's order (as ``checks.run`` would have found them here), their
    rows staged; ``tick`` after every batch (Cancel closes the batches: the children end)."""
    try:
        for batch in batches:
            at = len(checks.rejected)
            checks.rejected.extend(batch.rejected)
            checks.late.extend((at + i, nik, number) for i, nik, number in batch.late)
            checks.warnings.extend(batch.warnings)
            checks.total += batch.total
            checks.scientific += batch.scientific
            checks.done += batch.done
            sink.add_staged(batch.values)
            tick(checks.done)
    finally:
        close = getattr(batches, "close", None)
        if close is not None:
            close()


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
    sink: RowSink | None = None,
) -> RegistryReadResult:
    """Read a registry extract. File-level problems raise ValidationError; row problems are listed in the result.

    ``mapping`` ({field or programme code: header text}) overrides what is recognised automatically.
    ``progress(done, total)`` and ``cancelled()`` are called every 1,000 rows; ``Cancelled`` is raised on request.
    With ``sink``, every accepted row goes to it as it is read and ``rows`` stays empty (a million rows are never
    held at once); the sink refuses repeated NIKs (``RowSink``), with the same rows and reasons as a held read.
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
                "Baris judul kolom tidak dikenali di {name}: kolom {missing} tidak ditemukan "
                "(dicari di 10 baris pertama). Pilih kolomnya secara manual.",
                name=path.name,
                missing=missing,
            )
        today = today or clock.today()
        reader = RowReader(columns, today, limits.max_cell_chars, held=sink is None)
        is_csv = source.checked.kind is guard.Kind.CSV
        checks = RowChecks(columns, reader, is_csv=is_csv, offset=source.offset, max_rows=limits.max_rows)
        result_rows: list[RegistryRow] = []
        data_start = columns.header_row + 1
        total_estimate = max(source.estimate - data_start, 0)

        def tick(done: int) -> None:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(done, max(total_estimate, done))

        # A big CSV on disk is checked by child processes while this one stages (excel/registry_pipe.py).
        piped = (
            sink is not None and is_csv and source.checked.data is None and registry_pipe.ENABLED
            and total_estimate >= registry_pipe.MIN_ROWS and registry_pipe.worth_it()
        )  # fmt: skip
        data_rows: Iterable[Sequence[CellValue]] = chain(source.head[data_start:], source.rows)
        if piped:
            data_rows = chain(source.head[data_start:], islice(source.rows, registry_pipe.FIRST_IN_PROCESS))
        accept = result_rows.append if sink is None else sink.add
        try:
            checks.run(data_rows, data_start, accept, tick, CHECK_EVERY)
            if piped:
                assert sink is not None and source.encoding is not None and source.delimiter is not None
                source.close()  # the children read the file themselves
                plan = registry_pipe.Plan(
                    source.checked, source.encoding, source.delimiter, source.offset, data_start + checks.done,
                    columns, today, limits.max_cell_chars, limits.max_rows,
                )  # fmt: skip
                _staged(registry_pipe.checked_batches(plan), checks, sink, tick)
        except (TooManyRows, registry_pipe.TooMany):
            raise ValidationError(
                "Berkas {name} ditolak: lebih dari {max_rows} baris.",
                name=path.name,
                max_rows=thousands(limits.max_rows),
            ) from None
        except registry_pipe.ChildFailed:
            raise ValidationError(
                "Pemeriksaan berkas {name} berhenti sebelum selesai; tidak ada yang diubah. Ulangi impor.",
                name=path.name,
            ) from None
        rejected, warnings, late, total, scientific, done = (
            checks.rejected, checks.warnings, checks.late, checks.total, checks.scientific, checks.done
        )  # fmt: skip
        nik_col = columns.index[headers.NIK]
        if sink is not None:
            _settle_repeats(sink, columns.headers[nik_col], rejected, warnings, late)
        if total == 0:
            raise guard.empty_sheet_error(path.name, source.sheet)
        if scientific * 2 > total:  # the column itself was converted (one mistyped cell is a rejected row)
            raise ValidationError(
                "Kolom NIK di {name} berisi angka dalam format ilmiah (misalnya 6,20102E+15) pada "
                "{scientific} dari {total} baris: Excel sudah membuang angka terakhirnya, "
                "jadi berkas ini tidak diimpor. Simpan ulang ekstrak dari berkas asal dengan kolom NIK (dan No. KK) "
                "sebagai Teks: di Excel pilih kolom itu › Format Cells › Text sebelum data ditempel, atau buka CSV "
                "lewat Data › From Text/CSV dan pilih tipe Text untuk kolom NIK. Jangan simpan ulang CSV yang "
                "sudah menampilkan E+15.",
                "Berkas",
                name=path.name,
                scientific=thousands(scientific),
                total=thousands(total),
            )
        if progress is not None:
            progress(done, done)
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
        )
    finally:
        source.close()
