"""Recognising the columns of a registry extract (DTKS/DTSEN) whatever the case, spacing or synonym used."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel.common import CellValue, cell_text

# Canonical fields of a registry row.
NIK = "nik"
KK = "kk"
NAME = "name"
BIRTH_PLACE = "birth_place"
BIRTH_DATE = "birth_date"
SEX = "sex"
ADDRESS = "address"
RT = "rt"
RW = "rw"
REGISTRY_ID = "registry_id"
DESIL = "desil"
REGION_CODE = "region_code"
PROGRAMMES = "programmes"  # one column listing several programmes ("PKH, BPNT")

PROGRAMME_CODES: tuple[str, ...] = (
    "PKH", "BPNT", "PBI", "PIP", "BST", "ASLUT", "RUTILAHU", "PKSA", "KUBE", "ASPDB", "BLTDD",
)  # fmt: skip

FIELDS: tuple[str, ...] = (
    NIK, KK, NAME, BIRTH_PLACE, BIRTH_DATE, SEX, ADDRESS, RT, RW, REGISTRY_ID, DESIL, REGION_CODE, PROGRAMMES,
)  # fmt: skip
REQUIRED: tuple[str, ...] = (NIK, NAME)

FIELD_LABELS: dict[str, str] = {
    NIK: "NIK",
    KK: "No. KK",
    NAME: "Nama",
    BIRTH_PLACE: "Tempat Lahir",
    BIRTH_DATE: "Tanggal Lahir",
    SEX: "Jenis Kelamin",
    ADDRESS: "Alamat",
    RT: "RT",
    RW: "RW",
    REGISTRY_ID: "ID DTKS/DTSEN",
    DESIL: "Desil",
    REGION_CODE: "Kode Wilayah",
    PROGRAMMES: "Daftar Program",
    **{code: f"Program {code}" for code in PROGRAMME_CODES},
}

# DTKS-era names first; DTSEN exports (issue 16 §9) name the same columns "ID_DTSEN", "NIK_INDIVIDU", "NAMA_INDIVIDU",
# "DESIL_NASIONAL", "PERINGKAT_KESEJAHTERAAN", "ALAMAT_DOMISILI", "BANSOS_PKH"…
_FIELD_SYNONYMS: dict[str, tuple[str, ...]] = {
    NIK: ("NIK", "NIKART", "NONIK", "NOMORNIK", "NOMORINDUKKEPENDUDUKAN", "NIKINDIVIDU", "NIKANGGOTA"),
    KK: ("NOKK", "KK", "NOMORKK", "NOKARTUKELUARGA", "NOMORKARTUKELUARGA", "NKK", "NOKKKELUARGA"),
    NAME: ("NAMA", "NAMALENGKAP", "NAMAART", "NAMAANGGOTA", "NAMAANGGOTAKELUARGA", "NAMAPENERIMA", "NAMAINDIVIDU"),
    BIRTH_PLACE: ("TEMPATLAHIR", "TMPLAHIR", "TEMPATLHR", "TMPTLAHIR"),
    BIRTH_DATE: ("TGLLAHIR", "TANGGALLAHIR", "TGLLHR", "TANGGALLHR"),
    SEX: ("JENISKELAMIN", "JK", "KELAMIN", "JNSKELAMIN", "JNSKEL", "SEX"),
    ADDRESS: ("ALAMAT", "ALAMATLENGKAP", "ALAMATDOMISILI", "ALAMATTEMPATTINGGAL"),
    RT: ("RT", "NORT", "RTDOMISILI"),
    RW: ("RW", "NORW", "RWDOMISILI"),
    REGISTRY_ID: (
        "IDDTKS",
        "IDDTSEN",
        "IDBDT",
        "IDARTDTKS",
        "IDARTDTSEN",
        "IDINDIVIDUDTSEN",
        "IDDTSENINDIVIDU",
        "IDINDIVIDU",
    ),
    DESIL: (
        "DESIL",
        "DESILNASIONAL",
        "DESILKESEJAHTERAAN",
        "PERINGKATDESIL",
        "DESILDTSEN",
        "PERINGKATKESEJAHTERAAN",
        "PERINGKATKESEJAHTERAANNASIONAL",
    ),
    REGION_CODE: ("KODEWILAYAH", "KODEDESA", "KODEDESAKELURAHAN", "KODEKELURAHAN", "KDDESA", "KDWILAYAH"),
    PROGRAMMES: ("PROGRAM", "PROGRAMBANSOS", "BANSOS", "JENISBANTUAN", "BANTUAN", "PROGRAMBANTUAN"),
}

# Names a programme goes by, in column headers and in lists ("PKH, Sembako").
PROGRAMME_SYNONYMS: dict[str, str] = {
    "PKH": "PKH",
    "BPNT": "BPNT", "SEMBAKO": "BPNT", "BPNTSEMBAKO": "BPNT", "PROGRAMSEMBAKO": "BPNT", "KARTUSEMBAKO": "BPNT",
    "PBI": "PBI", "PBIJK": "PBI", "PBIJKN": "PBI", "KIS": "PBI", "PBIKIS": "PBI",
    "PIP": "PIP", "KIP": "PIP", "PIPKIP": "PIP",
    "BST": "BST",
    "ASLUT": "ASLUT",
    "RUTILAHU": "RUTILAHU", "RTLH": "RUTILAHU",
    "PKSA": "PKSA",
    "KUBE": "KUBE",
    "ASPDB": "ASPDB", "ODKB": "ASPDB", "ASPDBODKB": "ASPDB",
    "BLTDD": "BLTDD", "BLTDANADESA": "BLTDD", "BLTDESA": "BLTDD",
}  # fmt: skip
_PROGRAMME_PREFIXES = ("STATUS", "PENERIMA", "FLAG", "KPM", "BANSOS", "STATUSPENERIMA")

_NON_ALNUM = re.compile(r"[^A-Z0-9]+")

HEADER_SCAN_ROWS = 10


def header_key(text: str) -> str:
    """'No. KK' / 'NO_KK' / 'nokk' / ' No  Kk ' -> 'NOKK'."""
    return _NON_ALNUM.sub("", text.upper())


_KEY_TO_FIELD: dict[str, str] = {key: fld for fld, keys in _FIELD_SYNONYMS.items() for key in keys}


def programme_code(text: str) -> str | None:
    """The canonical programme code of a header or list item, or None."""
    key = header_key(text)
    if key in PROGRAMME_SYNONYMS:
        return PROGRAMME_SYNONYMS[key]
    for prefix in _PROGRAMME_PREFIXES:
        if key.startswith(prefix) and key[len(prefix) :] in PROGRAMME_SYNONYMS:
            return PROGRAMME_SYNONYMS[key[len(prefix) :]]
    return None


def field_of(header: str) -> str | None:
    """The canonical field (or programme code) a header names, or None when unknown."""
    key = header_key(header)
    if not key:
        return None
    return _KEY_TO_FIELD.get(key) or programme_code(header)


@dataclass(frozen=True)
class ColumnDetection:
    """What was recognised in a file's header row; a wizard shows ``unknown`` and lets staff map columns."""

    sheet: str | None  # None for CSV
    header_row: int | None  # 1-based row number; None when no row had both a NIK and a name column
    headers: tuple[str, ...]  # every header text of that row (or of the first non-empty row), in order
    found: dict[str, str]  # canonical field or programme code -> header text as written
    unknown: tuple[str, ...]  # header texts no field claims
    missing: tuple[str, ...]  # required fields not found
    samples: tuple[tuple[str, ...], ...] = ()  # up to 3 rows under the headers, as text, to show in a wizard

    @property
    def ok(self) -> bool:
        return self.header_row is not None and not self.missing


@dataclass(frozen=True)
class ColumnMap:
    header_row: int  # 0-based index into the rows
    headers: tuple[str, ...]
    index: dict[str, int]  # field -> column index
    found: dict[str, str]
    unknown: tuple[str, ...]


def _auto_map(headers: Sequence[str]) -> tuple[dict[str, int], list[str]]:
    index: dict[str, int] = {}
    unknown: list[str] = []
    for i, header in enumerate(headers):
        if not header.strip():
            continue
        fld = field_of(header)
        if fld is None or fld in index:
            unknown.append(header)
        else:
            index[fld] = i
    return index, unknown


def check_mapping(mapping: Mapping[str, str]) -> None:
    for fld in mapping:
        if fld not in FIELDS and fld not in PROGRAMME_CODES:
            raise ValidationError("Kolom tujuan '{fld}' tidak dikenal.", fld=fld)


def _apply_mapping(headers: Sequence[str], mapping: Mapping[str, str]) -> tuple[dict[str, int], list[str]] | None:
    keys = [header_key(h) for h in headers]
    index, _unknown = _auto_map(headers)
    for fld, header in mapping.items():
        key = header_key(header)
        if key not in keys:
            return None
        col = keys.index(key)
        index = {f: c for f, c in index.items() if c != col and f != fld}
        index[fld] = col
    claimed = set(index.values())
    unknown = [h for i, h in enumerate(headers) if h.strip() and i not in claimed]
    return index, unknown


def find_columns(rows: Sequence[Sequence[CellValue]], mapping: Mapping[str, str] | None = None) -> ColumnMap | None:
    """Scan the first rows for the header row: the one with a NIK and a name column (after ``mapping``)."""
    if mapping:
        check_mapping(mapping)
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        headers = tuple(cell_text(v).strip() for v in row)
        if mapping:
            mapped = _apply_mapping(headers, mapping)
            if mapped is None:
                continue
            index, unknown = mapped
        else:
            index, unknown = _auto_map(headers)
        if all(f in index for f in REQUIRED):
            found = {f: headers[c] for f, c in index.items()}
            return ColumnMap(i, headers, index, found, tuple(unknown))
    return None


def _samples(rows: Sequence[Sequence[CellValue]], after: int) -> tuple[tuple[str, ...], ...]:
    out = []
    for row in rows[after + 1 :]:
        texts = tuple(cell_text(v).strip() for v in row)
        if any(texts):
            out.append(texts)
        if len(out) == 3:
            break
    return tuple(out)


def detection_of(
    rows: Sequence[Sequence[CellValue]], sheet: str | None, mapping: Mapping[str, str] | None
) -> ColumnDetection:
    """``rows``: the first rows of the sheet (at least ``HEADER_SCAN_ROWS`` when the sheet has them)."""
    found_map = find_columns(rows, mapping)
    if found_map is not None:
        return ColumnDetection(
            sheet=sheet,
            header_row=found_map.header_row + 1,
            headers=found_map.headers,
            found=found_map.found,
            unknown=found_map.unknown,
            missing=(),
            samples=_samples(rows, found_map.header_row),
        )
    # Nothing recognised: offer the first non-empty row (within the scan) as the headers to map.
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        headers = tuple(cell_text(v).strip() for v in row)
        if any(headers):
            index, unknown = _auto_map(headers)
            return ColumnDetection(
                sheet=sheet,
                header_row=None,
                headers=headers,
                found={f: headers[c] for f, c in index.items()},
                unknown=tuple(unknown),
                missing=tuple(f for f in REQUIRED if f not in index),
                samples=_samples(rows, i),
            )
    return ColumnDetection(sheet, None, (), {}, (), REQUIRED)
