"""One registry row: the rules that accept, warn about or reject it (see ``registry_reader`` for the policy)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import compress
from typing import Any

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.identity import parse_kk, parse_nik
from puskesos_desktop.core.text import NameKeys, clean_line, has_visible, needs_cleaning, printable, unsafe_at
from puskesos_desktop.excel import headers
from puskesos_desktop.excel.common import (
    EXACT_INT_LIMIT,
    CellValue,
    RowIssue,
    cell_is_blank,
    cell_text,
    excel_length,
    parse_date,
    shorten,
    thousands,
)
from puskesos_desktop.excel.headers import PROGRAMME_CODES, ColumnMap


@dataclass(frozen=True, slots=True)
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


# A staged row: what the import's stage stores of it (services/registry/registry_swap.Stage), in this order.
StagedValues = tuple[Any, ...]


class Staging:
    """A row as the import's stage stores it: its values with the search key of the name and the row's hash
    (``RegistryRow.content_hash``, with the date written once: a test compares the two). Made where the rows are
    checked — in a checking process (``registry_pipe``) too, so that the importing process only inserts them."""

    def __init__(self) -> None:
        self.key = NameKeys()  # the search key of every name (each word's key remembered)
        self._listed: dict[frozenset[str], str] = {}  # a set of programmes as the row's hash writes it

    def values(self, row: RegistryRow) -> StagedValues:
        """(nik, kk, name, name_key, sex, birth_place, birth_date, address, rt, rw, registry_id, desil,
        region_code, row_hash, programmes, row number); ``programmes``: the row's programme codes sorted and joined
        by commas ("" for none), as the row's hash writes them."""
        nik, kk, name, place, birth, sex, address, rt, rw, registry_id, desil, region, programmes = (
            row.nik, row.kk, row.name, row.birth_place, row.birth_date.isoformat() if row.birth_date else None,
            row.sex, row.address, row.rt, row.rw, row.registry_id, row.desil, row.region_code, row.programmes,
        )  # fmt: skip
        listed = self._listed.get(programmes)
        if listed is None:
            listed = self._listed[programmes] = ",".join(sorted(programmes))  # a few dozen sets in a whole file
        row_hash = hashlib.sha256(
            "\x1f".join(
                (nik, kk, name, place, birth or "", sex, address, rt, rw, registry_id,
                 "" if desil is None else str(desil), region, listed)
            ).encode("utf-8")
        ).hexdigest()  # fmt: skip
        return (
            nik, kk, name, self.key(name), sex, place, birth, address, rt, rw, registry_id, desil, region, row_hash,
            listed, row.row_number,
        )  # fmt: skip


def repeated_reason(first: int) -> str:
    """Why a row whose NIK an earlier row (``first``) already has is refused."""
    return f"NIK ini sudah ada di baris {first}; baris pertama yang dipakai."


class Reject(Exception):
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


# The longest text each stored field takes (the columns of registry_records); a longer cell is refused, never cut.
FIELD_MAX: dict[str, int] = {
    headers.NAME: 150,
    headers.BIRTH_PLACE: 100,
    headers.ADDRESS: 300,
    headers.REGISTRY_ID: 60,
    headers.REGION_CODE: 20,
}
SHARED_MAX = 200_000  # distinct values kept for sharing
NIK_PARTS_MAX = 100_000  # NIK beginnings remembered (~15 MB at most)
_UNREAD = dt.date.min  # (not in the dates remembered: no cell's text is read as this)
CLEANED_REASON = "Karakter kontrol atau baris baru (Alt+Enter) diganti spasi; karakter tak terlihat dihapus."


def _number_text(value: int | float, label: str, column: str) -> tuple[str, str]:
    """A NIK/KK stored as a number -> (digits, warning). Refused when its last digits are already lost."""
    shown = cell_text(value)
    if isinstance(value, float) and not value.is_integer():
        raise Reject(column, shown, f"{label} tertulis sebagai angka pecahan, bukan 16 angka.")
    number = int(value)
    if number > EXACT_INT_LIMIT:
        raise Reject(
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
        raise Reject(column, cell_text(value), f"{label} berisi nilai yang bukan angka.")
    if isinstance(value, int | float):
        return _number_text(value, label, column)
    text = cell_text(value).strip()
    if _SCIENTIFIC.match(text.replace(" ", "")):
        raise Reject(
            column,
            text,
            f"{label} tertulis dalam format ilmiah ({text}): angka terakhirnya sudah hilang. "
            f"Ketik ulang {label} ini sebagai teks di berkas asal.",
        )
    return text, None


def nik_lost_digits(value: CellValue) -> bool:
    """A NIK cell whose last digits Excel has already lost: scientific notation ("6,20102E+15"), a number above
    2^53, or a number with a fraction."""
    if isinstance(value, str):
        return "E" in value.upper() and _SCIENTIFIC.match(value.strip().replace(" ", "")) is not None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return value > EXACT_INT_LIMIT or (isinstance(value, float) and not value.is_integer())


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
    if len(text) == 3 and text.isdigit() and text.isascii():
        return text  # "001", as most extracts write it, is what it would become
    if text.isdigit() and text.isascii() and len(text) <= 4 and int(text) < 1000:
        return f"{int(text):03d}"
    return text


class RowReader:
    """Turns one row of cells into a RegistryRow, collecting rejections and warnings.

    Written for speed (100,000 rows in a few seconds): column positions are attributes; ``pad()`` makes every row
    long enough and appends one empty cell, which is where a column the file lacks points (index -1).
    """

    def __init__(self, columns: ColumnMap, today: dt.date, max_chars: int, *, held: bool = True) -> None:
        """``held``: the caller keeps every row, so this reader refuses repeated NIKs and shares equal values. A
        reader whose rows go to a sink (``held`` False) does neither: the sink finds repeated NIKs itself (the
        stage's index, see registry_reader.RowSink), and a row it does not keep has nothing to share."""
        self.today = today
        self.held = held
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
        # NIK (as a number: a million 16-digit strings would hold ~40 MB more) -> its first row
        self.seen: dict[int, int] = {}
        # The NIK of the row being read once it reached the point where a repeated NIK is refused (a sink's caller
        # gives a row rejected after it the repeated-NIK reason, as a held read would have).
        self.checked_nik: str | None = None
        # The longest text of each field that needs no check of its length (see text()).
        short = self.max_chars // 2 - 2
        self.quick = {f: min(FIELD_MAX.get(f, short), short) for f in (*headers.FIELDS, headers.PROGRAMMES)}
        self.cleaned: list[tuple[str, str]] = []  # (field, raw text) of this row's cells that were cleaned
        # Equal values share one object: an extract repeats places, addresses, RT/RW, region codes and programme
        # sets on row after row, and 100,000 rows held as separate copies cost ~50 MB more (puskesos bench).
        self._shared: dict[Any, Any] = {}
        # The first 12 digits of a plain NIK (region and birth date) -> (sex, birth date), as parse_nik derives them
        self._nik_parts: dict[str, tuple[str, dt.date]] = {}
        self._kk_regions: set[str] = set()  # kecamatan codes of the valid KKs read so far
        self._dates: dict[str, dt.date | None] = {}  # a date cell's text -> its date (birth dates repeat)

    def pad(self, row: Sequence[CellValue]) -> list[CellValue]:
        """The row (a fresh list from calamine or csv, changed in place) made long enough, plus the empty cell."""
        if not isinstance(row, list):
            row = list(row)
        if len(row) < self.width:
            row.extend([None] * (self.width - len(row)))
        row.append(None)
        return row

    def text(self, value: CellValue, fld: str) -> str:
        # Nearly every cell: text short enough for every rule below, with nothing to clean (a million rows each
        # pass here seven times).
        if value.__class__ is str and len(value) <= self.quick[fld] and unsafe_at(value) is None:
            return value.strip()
        if value is None or value == "":
            return ""
        raw = value if isinstance(value, str) else cell_text(value)
        # calamine silently cuts longer text to 32,767 UTF-16 units (32,766 when the cut fell inside an emoji):
        # a cell that long was cut, or is junk.
        if len(raw) >= self.max_chars // 2 - 1 and excel_length(raw) >= self.max_chars - 1:
            reason = f"Isi sel terlalu panjang ({thousands(self.max_chars)} karakter atau lebih); baris ditolak."
            raise Reject(self.hdr[fld], shorten(printable(raw)), reason)
        if needs_cleaning(raw):
            self.cleaned.append((fld, raw))
            text = clean_line(raw)
        else:
            text = raw.strip()
        limit = FIELD_MAX.get(fld)
        if limit is not None and len(text) > limit:
            reason = f"Isi terlalu panjang: {thousands(len(text))} karakter (paling banyak {limit}); baris ditolak."
            raise Reject(self.hdr[fld], shorten(printable(text)), reason)
        return text

    def read(self, row: list[CellValue], number: int, warnings: list[RowIssue]) -> RegistryRow:
        warn: list[RowIssue] = []
        hdr = self.hdr
        self.cleaned.clear()
        self.checked_nik = None

        raw = row[self.c_nik]
        parts: tuple[str, dt.date] | None = None
        nik_warning: str | None = None
        if isinstance(raw, str) and len(raw) == 16 and raw.isdigit() and raw.isascii():
            plain, nik_text = True, raw
            # 16 plain digits whose first 12 (region and birth date) an earlier row had: what parse_nik says of
            # them is known; only the serial can still be wrong. (An extract repeats them row after row.)
            if raw[12:] != "0000":
                parts = self._nik_parts.get(raw[:12])
        else:
            plain = False
            nik_text, nik_warning = _identity_text(raw, "NIK", hdr[headers.NIK])
        if parts is not None:
            nik, (nik_sex, nik_birth) = nik_text, parts
        else:
            try:
                info = parse_nik(nik_text, today=self.today)
            except ValidationError as exc:
                raise Reject(hdr[headers.NIK], shorten(nik_text), exc.message) from None
            nik, nik_sex, nik_birth = info.nik, info.sex, info.birth_date
            if plain:
                if len(self._nik_parts) >= NIK_PARTS_MAX:
                    self._nik_parts.clear()  # bounded whatever the file
                self._nik_parts[nik[:12]] = (nik_sex, nik_birth)
            if nik_warning:
                warn.append(RowIssue(number, hdr[headers.NIK], nik, nik_warning))

        name = self.text(row[self.c_name], headers.NAME)
        # Clean ASCII (text() leaves no control character) always draws something: only other text is looked at.
        if not name or not (name.isascii() or has_visible(name)):
            written = cell_text(row[self.c_name])
            if not written.strip():
                raise Reject(hdr[headers.NAME], "", "Nama wajib diisi.")
            reason = "Nama tidak berisi huruf yang terlihat (hanya karakter tak terlihat atau karakter kontrol)."
            raise Reject(hdr[headers.NAME], shorten(printable(written)), reason)

        desil: int | None = None
        raw = row[self.c_desil]
        if raw.__class__ is str and 0 < len(raw) <= 2 and raw.isdigit() and raw.isascii() and 0 < int(raw) <= 10:
            desil = int(raw)  # "3" or "03", as a CSV writes it
        elif raw is not None and raw != "":
            if isinstance(raw, float) and raw.is_integer() and 1 <= raw <= 10:
                desil = int(raw)
            else:
                desil_text = cell_text(raw).strip()
                m = _DESIL.match(desil_text)
                if m and not isinstance(raw, bool) and 1 <= int(m.group(1)) <= 10:
                    desil = int(m.group(1))
                elif desil_text:
                    raise Reject(hdr[headers.DESIL], shorten(desil_text), "Desil harus angka 1 sampai 10.")

        if self.held:
            first = self.seen.get(int(nik))
            if first is not None:
                raise Reject(hdr[headers.NIK], nik, repeated_reason(first))
        else:
            self.checked_nik = nik

        kk = ""
        raw = row[self.c_kk]
        if (
            raw.__class__ is str
            and len(raw) == 16
            and raw.isdigit()
            and raw.isascii()
            and raw[:6] in self._kk_regions
            and raw[12:] != "0000"
        ):
            kk = raw  # 16 plain digits of a kecamatan an earlier KK had: what parse_kk would say of it
        elif not cell_is_blank(raw):
            kk_col = hdr[headers.KK]
            try:
                if isinstance(raw, str) and len(raw) == 16 and raw.isdigit():
                    kk_text, kk_warning = raw, None
                else:
                    kk_text, kk_warning = _identity_text(raw, "No. KK", kk_col)
                kk = parse_kk(kk_text)
                if len(self._kk_regions) < NIK_PARTS_MAX:
                    self._kk_regions.add(kk[:6])
                if kk_warning:
                    warn.append(RowIssue(number, kk_col, kk, kk_warning))
            except Reject as rej:
                warn.append(RowIssue(number, kk_col, rej.issue[1], rej.issue[2] + " No. KK dikosongkan."))
            except ValidationError as exc:
                kk_shown = shorten(cell_text(raw).strip())
                warn.append(RowIssue(number, kk_col, kk_shown, exc.message + " No. KK dikosongkan."))

        sex = nik_sex
        raw = row[self.c_sex]
        given = _SEX.get(raw) if raw.__class__ is str else None
        if given is not None:
            if given != nik_sex:
                reason = f"Jenis kelamin tidak sesuai dengan NIK (menurut NIK: {nik_sex})."
                warn.append(RowIssue(number, hdr[headers.SEX], cell_text(raw), reason))
            sex = given
        elif not cell_is_blank(raw):
            given = _sex_of(raw)
            if given is None:
                reason = "Jenis kelamin tidak dikenal (pakai L/P); diambil dari NIK."
                warn.append(RowIssue(number, hdr[headers.SEX], shorten(cell_text(raw)), reason))
            else:
                if given != nik_sex:
                    reason = f"Jenis kelamin tidak sesuai dengan NIK (menurut NIK: {nik_sex})."
                    warn.append(RowIssue(number, hdr[headers.SEX], cell_text(raw), reason))
                sex = given

        birth: dt.date | None = nik_birth
        raw = row[self.c_birth_date]
        if raw is not None and raw != "":
            try:
                if raw.__class__ is str:
                    given_date = self._dates.get(raw, _UNREAD)
                    if given_date is _UNREAD:
                        given_date = parse_date(raw)
                        if len(self._dates) >= NIK_PARTS_MAX:
                            self._dates.clear()  # bounded whatever the file
                        self._dates[raw] = given_date
                else:
                    given_date = parse_date(raw)
            except ValueError:
                given_date = None
                reason = "Tanggal lahir tidak terbaca; diambil dari NIK."
                warn.append(RowIssue(number, hdr[headers.BIRTH_DATE], shorten(cell_text(raw)), reason))
            if given_date is not None:
                nik_date = nik_birth
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
        place = self.text(row[self.c_birth_place], headers.BIRTH_PLACE)
        address = self.text(row[self.c_address], headers.ADDRESS)
        registry_id = self.text(row[self.c_registry_id], headers.REGISTRY_ID)
        if self.held:
            self.seen[int(nik)] = number
        for fld, raw_text in self.cleaned:
            warn.append(RowIssue(number, hdr[fld], shorten(printable(raw_text)), CLEANED_REASON))
        if warn:
            warnings.extend(warn)
        if len(rt) != 3 or not rt.isdigit() or not rt.isascii():
            rt = _rt(rt)
        if len(rw) != 3 or not rw.isdigit() or not rw.isascii():
            rw = _rt(rw)
        listed_in = frozenset(programmes)
        if not self.held:
            return RegistryRow(
                number, nik, kk, name, place, birth, sex, address, rt, rw, registry_id, desil, region, listed_in
            )
        if len(self._shared) > SHARED_MAX:
            self._shared.clear()  # bounded (a read that goes to a sink shares nothing: see __init__)
        share = self._shared.setdefault  # (value, value): the object already held for an equal value
        return RegistryRow(
            row_number=number,
            nik=nik,
            kk=share(kk, kk),
            name=name,
            birth_place=share(place, place),
            birth_date=share(birth, birth),
            sex=sex,
            address=share(address, address),
            rt=share(rt, rt),
            rw=share(rw, rw),
            registry_id=registry_id,
            desil=desil,
            region_code=share(region, region),
            programmes=share(listed_in, listed_in),
        )


class TooManyRows(Exception):
    """A row at or past ``Limits.max_rows``: the caller refuses the file (it knows its name)."""


class RowChecks:
    """``read_registry``'s loop over the data rows: blank rows skipped, cut CSV rows and bad rows refused, the rest
    read by a ``RowReader`` and handed to ``accept``. The same loop runs in a checking process
    (``registry_pipe``) on a share of a big file's rows; what it found is added up where the rows are staged."""

    def __init__(self, columns: ColumnMap, reader: RowReader, *, is_csv: bool, offset: int, max_rows: int) -> None:
        self.columns = columns
        self.reader = reader
        self.is_csv = is_csv
        self.offset = offset  # added to row numbers (CSV 'sep=' line)
        self.max_rows = max_rows
        self.nik_col = columns.index[headers.NIK]
        # A CSV row with fewer fields than the header was cut (a file cut mid-row): refused, never read with blanks.
        # (A workbook's rows are as wide as the sheet; its trailing empty cells are simply empty.)
        self.width = max((i + 1 for i, h in enumerate(columns.headers) if h.strip()), default=0)
        self.rejected: list[RowIssue] = []
        self.warnings: list[RowIssue] = []
        self.late: list[tuple[int, str, int]] = []  # (index in rejected, NIK, row) of rows refused after the NIK
        self.total = 0  # data rows that were not blank
        self.scientific = 0  # rows whose NIK Excel turned into a number in scientific notation
        self.done = 0  # data rows looked at (blank ones too)

    def run(
        self,
        rows: Iterable[Sequence[CellValue]],
        start: int,
        accept: Callable[[RegistryRow], None],
        tick: Callable[[int], None] | None = None,
        every: int = 1000,
    ) -> None:
        """Check ``rows``, the first being the file's row ``start`` (0-based); ``tick(done)`` every ``every``."""
        reader, nik_col, is_csv, width, offset = self.reader, self.nik_col, self.is_csv, self.width, self.offset
        rejected, warnings, late, max_rows = self.rejected, self.warnings, self.late, self.max_rows
        for index, row in enumerate(rows, start=start):
            self.done += 1
            if tick is not None and self.done % every == 0:
                tick(self.done)
            if index >= max_rows:
                raise TooManyRows()
            if not any(row) or ((nik_col >= len(row) or not row[nik_col]) and all(cell_is_blank(v) for v in row)):
                continue  # blank row (cells that are empty, zero or only spaces)
            self.total += 1
            number = index + 1 + offset
            if nik_col < len(row):
                nik_cell = row[nik_col]
                # (a NIK as written, 16 digits, has lost nothing: the usual cell skips the call)
                if not (nik_cell.__class__ is str and nik_cell.isdigit()) and nik_lost_digits(nik_cell):
                    self.scientific += 1
            if is_csv and len(row) < width:
                missing = self.columns.headers[len(row)]
                reason = (
                    f"Baris terpotong: hanya {len(row)} dari {width} kolom; baris ditolak (berkasnya mungkin "
                    "terpotong — minta berkas utuh)."
                )
                rejected.append(RowIssue(number, missing, "", reason))
                continue
            try:
                accepted = reader.read(reader.pad(row), number, warnings)
            except Reject as rej:
                column, value, reason = rej.issue
                if reader.checked_nik is not None:
                    late.append((len(rejected), reader.checked_nik, number))
                rejected.append(RowIssue(number, column, value, reason))
                continue
            accept(accepted)
