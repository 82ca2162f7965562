"""Reading the village's population register (OpenSID "format impor penduduk", or any workbook with NIK, No KK,
Nama…) into plain rows — issue 16.

Every rule of the registry import applies to NIK, No. KK, names, dates, sex, RT/RW and bad rows (the same
``RowReader``); on top, the family relation (``kk_level``: codes or words) and the life status (``status_dasar``:
1/HIDUP, 2/MATI, 3/PINDAH, 4/HILANG) are read. A NIK written as 0 (OpenSID's "no NIK") is rejected with its own
reason: such a person is registered at the desk, where a reason for the missing NIK is recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel import guard, headers
from puskesos_desktop.excel.common import CellValue, RowIssue, cell_is_blank, cell_text, thousands
from puskesos_desktop.excel.registry_reader import open_source
from puskesos_desktop.excel.registry_rows import RegistryRow, Reject, RowReader

RELATIONS: dict[str, str] = {
    "1": "Kepala Keluarga", "2": "Suami", "3": "Istri", "4": "Anak", "5": "Menantu", "6": "Cucu",
    "7": "Orang Tua", "8": "Mertua", "9": "Famili Lain", "10": "Pembantu", "11": "Lainnya",
}  # fmt: skip
LIFE: dict[str, str] = {
    "1": "hidup", "HIDUP": "hidup",
    "2": "meninggal", "MATI": "meninggal", "MENINGGAL": "meninggal", "WAFAT": "meninggal",
    "3": "pindah", "PINDAH": "pindah",
    "4": "hilang", "HILANG": "hilang",
}  # fmt: skip
_RELATION_KEYS = ("KKLEVEL", "SHDK", "HUBUNGANKELUARGA", "HUBUNGANDALAMKELUARGA", "STATUSHUBUNGANDALAMKELUARGA",
                  "HUBUNGAN")  # fmt: skip
_LIFE_KEYS = ("STATUSDASAR", "STATUSHIDUP", "STATUSPENDUDUK")
_DUSUN_KEYS = ("DUSUN",)


@dataclass(frozen=True, slots=True)
class PopulationRow:
    person: RegistryRow  # NIK, KK, name, birth, sex, address, RT/RW as the registry rules read them
    relation: str
    life_status: str  # hidup, meninggal, pindah, hilang
    dusun: str


@dataclass(frozen=True)
class PopulationReadResult:
    rows: list[PopulationRow]
    rejected: list[RowIssue]
    warnings: list[RowIssue]
    total_rows: int
    sha256: str


def _find(titles: Sequence[str], keys: tuple[str, ...]) -> int | None:
    found = [headers.header_key(t) for t in titles]
    for key in keys:
        if key in found:
            return found.index(key)
    return None


def _code(value: CellValue) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return headers.header_key(cell_text(value))


def read_population(
    path: str | Path, *, password: str | None = None, sheet: str | None = None,
    limits: guard.Limits = guard.DEFAULT_LIMITS, today: dt.date | None = None,
) -> PopulationReadResult:  # fmt: skip
    path = Path(path)
    source = open_source(path, password, sheet, None, limits)
    try:
        columns = headers.find_columns(source.head)
        if columns is None:
            raise ValidationError(
                "Baris judul kolom tidak dikenali di {name}: perlu kolom NIK dan Nama (dicari di 10 baris "
                "pertama), misalnya format impor penduduk OpenSID.",
                name=path.name,
            )
        reader = RowReader(columns, today or clock.today(), limits.max_cell_chars)
        c_relation = _find(columns.headers, _RELATION_KEYS)
        c_life = _find(columns.headers, _LIFE_KEYS)
        c_dusun = _find(columns.headers, _DUSUN_KEYS)
        nik_col = columns.index[headers.NIK]
        rows: list[PopulationRow] = []
        rejected: list[RowIssue] = []
        warnings: list[RowIssue] = []
        total = 0
        start = columns.header_row + 1
        for index, raw in enumerate(chain(source.head[start:], source.rows), start=start):
            if index >= limits.max_rows:
                raise ValidationError(
                    "Berkas {name} ditolak: lebih dari {max_rows} baris.",
                    name=path.name,
                    max_rows=thousands(limits.max_rows),
                )
            first = raw[nik_col] if nik_col < len(raw) else None
            # A NIK in the cell: not a blank row (the whole row is looked at only when the NIK cell is blank).
            if (first is None or (first.__class__ is str and not first.strip())) and all(cell_is_blank(v) for v in raw):
                continue
            total += 1
            number = index + 1 + source.offset
            row = reader.pad(raw)
            nik_cell = cell_text(row[nik_col]).strip().lstrip("'")
            if nik_cell in ("0", "0.0", ""):
                reason = "NIK kosong atau 0: daftarkan warga ini di meja layanan dengan alasan belum punya NIK."
                rejected.append(RowIssue(number, columns.headers[nik_col], nik_cell, reason))
                continue
            if isinstance(row[nik_col], str):
                row[nik_col] = nik_cell  # OpenSID writes NIK and KK with a leading apostrophe
            kk_col = columns.index.get(headers.KK)
            kk_cell = row[kk_col] if kk_col is not None else None
            if kk_col is not None and isinstance(kk_cell, str):
                row[kk_col] = kk_cell.strip().lstrip("'")
            try:
                person = reader.read(row, number, warnings)
                if c_life is None:
                    life = "hidup"
                else:
                    status = row[c_life]
                    # "1" or "HIDUP" as written: no need to make the key
                    life = (LIFE.get(status) if status.__class__ is str else None) or LIFE.get(_code(status), "")
                if c_life is not None and not life:
                    if cell_is_blank(row[c_life]):
                        life = "hidup"
                    else:
                        written = cell_text(row[c_life]).strip()
                        raise Reject(columns.headers[c_life], written,
                                     "Status dasar tidak dikenal (1 HIDUP, 2 MATI, 3 PINDAH, 4 HILANG).")  # fmt: skip
            except Reject as rej:
                column, value, reason = rej.issue
                rejected.append(RowIssue(number, column, value, reason))
                continue
            relation = ""
            if c_relation is not None and not cell_is_blank(row[c_relation]):
                given = row[c_relation]
                as_written = RELATIONS.get(given) if given.__class__ is str else None  # a code as written: "1"…"11"
                relation = as_written or RELATIONS.get(_code(given), cell_text(given).strip().title())[:50]
            dusun = cell_text(row[c_dusun]).strip()[:100] if c_dusun is not None else ""
            rows.append(PopulationRow(person, relation, life, dusun))
        if total == 0:
            raise guard.empty_sheet_error(path.name, source.sheet)
        return PopulationReadResult(rows, rejected, warnings, total, source.checked.sha256)
    finally:
        source.close()
