"""Reading the village's population register (OpenSID "format impor penduduk", or any workbook with NIK, No KK,
Nama…) into plain rows — issue 16.

Every rule of the registry import applies to NIK, No. KK, names, dates, sex, RT/RW and bad rows (the same
``RowReader``); on top, the family relation (``kk_level``: codes or words) and the life status (``status_dasar``:
1/HIDUP, 2/MATI, 3/PINDAH, 4/HILANG) are read. A NIK written as 0 (OpenSID's "no NIK") is rejected with its own
reason: such a person is registered at the desk, where a reason for the missing NIK is recorded.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.identity import parse_nik
from puskesos_desktop.core.regions import is_kecamatan
from puskesos_desktop.core.text import unsafe_at
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


_PLAIN_SEX = {"L": "L", "P": "P", "1": "L", "2": "P"}  # as RowReader reads them (registry_rows._SEX)
_PLAIN_CACHE_MAX = 100_000  # NIK beginnings and card numbers remembered (bounded whatever the file)


class PlainRows:
    """A population row written the plain way (NIK and No. KK as 16 digits, ISO date, sex L/P/1/2, RT/RW of three
    digits, short ASCII text with nothing to clean) read as ``RowReader.read`` reads it, in a third of the time: a
    district's register is nearly all such rows (issue 16 §4 asks ≥ 10,000 rows/s). Anything else — a cell that
    would be cleaned, refused or warned about, a number, a repeated NIK — returns None and goes to ``RowReader.read``,
    so the rules stay in one place. (The registry rules' reader could take the same split itself: a plain-row path
    beside the general one.) Files with registry columns (desil, programmes, IDs) never take this path."""

    def __init__(self, reader: RowReader) -> None:
        self.reader = reader
        self.usable = (
            reader.c_desil == reader.c_registry_id == reader.c_region == reader.c_list == -1
            and not reader.programme_cols
        )
        self.quick = reader.quick
        self.quick_lengths = tuple(reader.quick[f] for f in (headers.NAME, headers.BIRTH_PLACE, headers.ADDRESS,
                                                             headers.RT, headers.RW))  # fmt: skip
        self.nik_parts: dict[str, tuple[str, dt.date] | None] = {}  # NIK's first 12 digits -> sex, birth date
        self.shared: dict[str, str] = {}  # equal texts share one object, as RowReader's rows do

    def _text(self, value: CellValue, fld: str) -> str | None:
        if value is None or value == "":
            return ""
        if isinstance(value, str) and len(value) <= self.quick[fld] and unsafe_at(value) is None:
            return value.strip()
        return None

    def read(self, row: list[CellValue], number: int) -> RegistryRow | None:
        r = self.reader
        nik = row[r.c_nik]
        if not (isinstance(nik, str) and len(nik) == 16 and nik.isdigit() and nik.isascii()) or nik[12:] == "0000":
            return None
        key = int(nik)
        if key in r.seen:
            return None  # RowReader refuses it with the row it repeats
        prefix = nik[:12]
        if prefix in self.nik_parts:
            parts = self.nik_parts[prefix]
        else:
            try:
                info = parse_nik(nik, today=r.today)
                parts = (info.sex, info.birth_date)
            except ValidationError:
                parts = None
            if len(self.nik_parts) >= _PLAIN_CACHE_MAX:
                self.nik_parts.clear()
            self.nik_parts[prefix] = parts
        if parts is None:
            return None
        nik_sex, birth = parts
        # The five text cells at once: each short enough as written, and nothing to clean in any of them (one
        # search over the joined text). A cell that is not text (a number, an empty xlsx cell) takes _text.
        name, place, address, rt, rw = (row[r.c_name], row[r.c_birth_place], row[r.c_address], row[r.c_rt],
                                        row[r.c_rw])  # fmt: skip
        quick = self.quick_lengths
        if (
            isinstance(name, str) and isinstance(place, str) and isinstance(address, str) and isinstance(rt, str)
            and isinstance(rw, str) and len(name) <= quick[0] and len(place) <= quick[1] and len(address) <= quick[2]
            and len(rt) <= quick[3] and len(rw) <= quick[4]
        ):  # fmt: skip
            if unsafe_at(name + place + address + rt + rw) is not None:
                return None
            name, place, address, rt, rw = name.strip(), place.strip(), address.strip(), rt.strip(), rw.strip()
        else:
            name = self._text(name, headers.NAME)
            place = self._text(place, headers.BIRTH_PLACE)
            address = self._text(address, headers.ADDRESS)
            rt = self._text(rt, headers.RT)
            rw = self._text(rw, headers.RW)
        if not name or not name.isascii():
            return None
        kk = row[r.c_kk]
        if kk is None or kk == "":
            kk = ""
        elif isinstance(kk, str) and len(kk) == 16 and kk.isdigit() and kk.isascii():
            # What parse_kk still asks of 16 plain digits, as cheap as remembering each card was: a registered
            # kecamatan, a serial other than 0000.
            if kk[12:] == "0000" or not is_kecamatan(kk[:6]):
                return None
        else:
            return None
        sex = row[r.c_sex]
        if sex is not None and sex != "" and (not isinstance(sex, str) or _PLAIN_SEX.get(sex) != nik_sex):
            return None  # another spelling, or a sex the NIK contradicts (a warning)
        given = row[r.c_birth_date]
        if given is not None and given != "":
            if isinstance(given, str) and _ISO_DAY(given):
                try:
                    day = dt.date(int(given[:4]), int(given[5:7]), int(given[8:]))
                except ValueError:
                    return None  # no such day: a warning
            elif isinstance(given, dt.date) and not isinstance(given, dt.datetime):
                day = given
            else:
                return None
            if day.day != birth.day or day.month != birth.month or day.year % 100 != birth.year % 100:
                return None  # the NIK says otherwise: a warning
            birth = day
        if place is None or address is None or rt is None or rw is None:
            return None
        if (rt and not (len(rt) == 3 and rt.isdigit() and rt.isascii())) or (
            rw and not (len(rw) == 3 and rw.isdigit() and rw.isascii())
        ):
            return None  # "1" becomes "001" there
        r.seen[key] = number
        share = self.shared.setdefault
        if len(self.shared) > _PLAIN_CACHE_MAX:
            self.shared.clear()
        address, kk, place = share(address, address), share(kk, kk), share(place, place)
        return RegistryRow(number, nik, kk, name, place, birth, nik_sex, address, share(rt, rt), share(rw, rw), "",
                           None, "", _NO_PROGRAMMES)  # fmt: skip


_NO_PROGRAMMES: frozenset[str] = frozenset()
_ISO_DAY = re.compile(r"\d\d\d\d-\d\d-\d\d", re.ASCII).fullmatch  # what parse_date reads as ISO, plainly written


def read_population(
    path: str | Path, *, password: str | None = None, sheet: str | None = None,
    limits: guard.Limits = guard.DEFAULT_LIMITS, today: dt.date | None = None, plain_rows: bool = True,
) -> PopulationReadResult:  # fmt: skip
    """``plain_rows`` False reads every row through ``RowReader.read`` (tests compare both ways)."""
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
        plain = PlainRows(reader)
        fast = plain_rows and plain.usable
        c_relation = _find(columns.headers, _RELATION_KEYS)
        c_life = _find(columns.headers, _LIFE_KEYS)
        c_dusun = _find(columns.headers, _DUSUN_KEYS)
        nik_col = columns.index[headers.NIK]
        kk_col = columns.index.get(headers.KK)
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
            given_nik = row[nik_col]
            nik_cell = (given_nik if isinstance(given_nik, str) else cell_text(given_nik)).strip().lstrip("'")
            if nik_cell in ("0", "0.0", ""):
                reason = "NIK kosong atau 0: daftarkan warga ini di meja layanan dengan alasan belum punya NIK."
                rejected.append(RowIssue(number, columns.headers[nik_col], nik_cell, reason))
                continue
            if isinstance(given_nik, str):
                row[nik_col] = nik_cell  # OpenSID writes NIK and KK with a leading apostrophe
            if kk_col is not None:
                kk_cell = row[kk_col]
                if isinstance(kk_cell, str):
                    row[kk_col] = kk_cell.strip().lstrip("'")
            try:
                person = (plain.read(row, number) if fast else None) or reader.read(row, number, warnings)
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
            if c_relation is not None and (given := row[c_relation]).__class__ is str and given in RELATIONS:
                relation = RELATIONS[given]  # a code as written: "1"…"11"
            elif c_relation is not None and not cell_is_blank(given):
                relation = RELATIONS.get(_code(given), cell_text(given).strip().title())[:50]
            dusun = ""
            if c_dusun is not None:
                written_dusun = row[c_dusun]
                dusun = (written_dusun if isinstance(written_dusun, str) else cell_text(written_dusun)).strip()[:100]
            rows.append(PopulationRow(person, relation, life, dusun))
        if total == 0:
            raise guard.empty_sheet_error(path.name, source.sheet)
        return PopulationReadResult(rows, rejected, warnings, total, source.checked.sha256)
    finally:
        source.close()
