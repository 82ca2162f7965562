"""Reading the SIKS-NG desil workbook (No KK, NIK, Desil; .xlsx, .xls or .csv) into plain rows.

The header row may be anywhere in the first rows, with any of the registry's synonyms ("No. KK", "NOKK", "Desil
Nasional"…); it needs a Desil column and a No. KK or NIK column. NIK and KK may be text or numbers (a number above
2^53 has lost its last digits and is refused, as in the registry import). A row is **rejected** when it has neither
a valid KK nor a valid NIK, when its desil is not 1–10, or when its family already had another desil higher in the
file. A family listed once per member gives one family.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.identity import parse_kk, parse_nik
from puskesos_desktop.excel import guard, headers
from puskesos_desktop.excel.common import CellValue, RowIssue, cell_is_blank, cell_text, shorten, thousands
from puskesos_desktop.excel.registry_reader import open_source
from puskesos_desktop.excel.registry_rows import Reject, _identity_text


@dataclass(frozen=True, slots=True)
class DesilRow:
    row_number: int
    kk: str  # "" when the row had only a NIK
    nik: str  # "" when the row had only a KK
    desil: int


@dataclass(frozen=True)
class DesilReadResult:
    rows: list[DesilRow]
    rejected: list[RowIssue]
    total_rows: int
    sha256: str
    header_row: int
    sheet: str | None


_DESIL = re.compile(r"^(?:DESIL\s*)?(\d{1,2})(?:[.,]0+)?$", re.IGNORECASE)


def _columns(row: Sequence[CellValue]) -> dict[str, int] | None:
    found: dict[str, int] = {}
    for i, value in enumerate(row):
        fld = headers.field_of(cell_text(value).strip())
        if fld in (headers.KK, headers.NIK, headers.DESIL, headers.NAME) and fld not in found:
            found[fld] = i
    if headers.DESIL in found and (headers.KK in found or headers.NIK in found):
        return found
    return None


def _header(rows: Sequence[Sequence[CellValue]]) -> tuple[int, dict[str, int]] | None:
    for i, row in enumerate(rows[: headers.HEADER_SCAN_ROWS]):
        cols = _columns(row)
        if cols is not None:
            return i, cols
    return None


def _desil(value: CellValue) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value) if float(value).is_integer() and 1 <= value <= 10 else None
    match = _DESIL.match(cell_text(value).strip())
    if match is None:
        return None
    number = int(match.group(1))
    return number if 1 <= number <= 10 else None


def _identity(value: CellValue, label: str, column: str) -> str:
    """16 digits of a NIK/KK cell ("" when blank); Reject when it is not a usable number."""
    if cell_is_blank(value):
        return ""
    text, _warning = _identity_text(value, label, column)
    text = text.lstrip("'").strip()
    try:
        return parse_kk(text, label) if label == "No. KK" else parse_nik(text, label).nik
    except ValidationError as exc:
        raise Reject(column, shorten(text), exc.message) from None


def read_desil(
    path: str | Path, *, password: str | None = None, sheet: str | None = None,
    limits: guard.Limits = guard.DEFAULT_LIMITS,
) -> DesilReadResult:  # fmt: skip
    """Read a desil workbook. File-level problems raise ValidationError; row problems are listed."""
    path = Path(path)
    source = open_source(path, password, sheet, None, limits, is_header=lambda rows: _header(rows) is not None)
    try:
        found = _header(source.head)
        if found is None:
            raise ValidationError(
                "Baris judul kolom tidak dikenali di {name}: perlu kolom Desil dan kolom No KK atau NIK "
                "(dicari di 10 baris pertama).",
                name=path.name,
            )
        header_index, cols = found
        titles = [cell_text(v).strip() for v in source.head[header_index]]
        c_kk, c_nik, c_desil = cols.get(headers.KK), cols.get(headers.NIK), cols[headers.DESIL]
        rows: list[DesilRow] = []
        rejected: list[RowIssue] = []
        family_desil: dict[str, tuple[int, int]] = {}  # kk -> (desil, first row)
        total = 0
        data = chain(source.head[header_index + 1 :], source.rows)
        for index, row in enumerate(data, start=header_index + 1):
            if index >= limits.max_rows:
                raise ValidationError(
                    "Berkas {name} ditolak: lebih dari {max_rows} baris.",
                    name=path.name,
                    max_rows=thousands(limits.max_rows),
                )
            if all(cell_is_blank(v) for v in row):
                continue
            total += 1
            number = index + 1 + source.offset

            def cell(col: int | None, row: Sequence[CellValue] = row) -> CellValue:
                return row[col] if col is not None and col < len(row) else None

            try:
                kk = _identity(cell(c_kk), "No. KK", titles[c_kk]) if c_kk is not None else ""
                nik = _identity(cell(c_nik), "NIK", titles[c_nik]) if c_nik is not None else ""
                if not kk and not nik:
                    raise Reject(titles[c_kk if c_kk is not None else c_desil], "", "No. KK dan NIK kosong.")
                desil = _desil(cell(c_desil))
                if desil is None:
                    written = cell_text(cell(c_desil)).strip()
                    raise Reject(titles[c_desil], shorten(written), "Desil harus angka 1 sampai 10.")
                if kk and kk in family_desil and family_desil[kk][0] != desil:
                    first_desil, first_row = family_desil[kk]
                    raise Reject(
                        titles[c_desil], str(desil),
                        f"KK ini sudah tertulis desil {first_desil} di baris {first_row}: satu keluarga satu desil.",
                    )  # fmt: skip
            except Reject as rej:
                column, value, reason = rej.issue
                rejected.append(RowIssue(number, column, value, reason))
                continue
            if kk:
                family_desil.setdefault(kk, (desil, number))
            rows.append(DesilRow(number, kk, nik, desil))
        if total == 0:
            raise guard.empty_sheet_error(path.name, source.sheet)
        return DesilReadResult(
            rows, rejected, total, source.checked.sha256, header_index + 1 + source.offset, source.sheet
        )
    finally:
        source.close()
