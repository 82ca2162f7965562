"""The district's DTKS/DTSEN extract as an .xlsx workbook, written row by row, for the import benchmark.

XlsxWriter needs ~20 s of CPU for 100,000 × 23 cells here: more than the import it feeds. The workbook is plain
OOXML (one sheet, a shared-strings table as Excel writes it, dates as serial numbers in a dd/mm/yyyy format), so
this writer streams the sheet's XML into the zip itself: ~2 s. The columns are those of
scripts/make_sample_dtks.py (what districts send).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from types import TracebackType
from xml.sax.saxutils import escape

from puskesos_desktop.devtools.bench.people import PROGRAMMES, VILLAGE_CODE, Family

HEADERS = (
    "ID_DTKS", "NIK", "NO_KK", "NAMA", "TEMPAT_LAHIR", "TGL_LAHIR", "JENIS_KELAMIN", "ALAMAT", "RT", "RW",
    "DESIL", "KODE_WILAYAH", "PKH", "BPNT", "PBI", "PIP", "BST", "ASLUT", "RUTILAHU", "PKSA", "KUBE", "ASPDB", "BLT DD",
)  # fmt: skip
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_COLUMNS = [chr(ord("A") + i) for i in range(26)]

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/styles.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
<Override PartName="/xl/sharedStrings.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
</Relationships>"""
_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
<sheets><sheet name="DTKS" sheetId="1" r:id="rId1"/></sheets></workbook>"""
_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
<Relationship Id="rId3" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
</Relationships>"""
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>\
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill>\
<fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
</styleSheet>"""
_SHEET_HEAD = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""
_SHEET_TAIL = "</sheetData></worksheet>"


class ExtractWriter:
    """`with ExtractWriter(path) as w: w.add_family(f)`; the file appears complete when the block ends."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.rows = 0
        self._strings: dict[str, int] = {}
        self._zip = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1)
        self._raw = self._zip.open("xl/worksheets/sheet1.xml", "w", force_zip64=True)
        self._sheet = io.TextIOWrapper(self._raw, encoding="utf-8", newline="", write_through=False)
        self._sheet.write(_SHEET_HEAD)
        self._row(list(HEADERS))

    def _index(self, text: str) -> int:
        found = self._strings.get(text)
        if found is None:
            found = self._strings[text] = len(self._strings)
        return found

    def _row(self, values: list[str | int | dt.date]) -> None:
        r = self.rows + 1
        cells = []
        for c, value in enumerate(values):
            ref = f"{_COLUMNS[c]}{r}"
            if isinstance(value, str):
                cells.append(f'<c r="{ref}" t="s"><v>{self._index(value)}</v></c>')
            elif isinstance(value, dt.date):
                cells.append(f'<c r="{ref}" s="1"><v>{(value - _EXCEL_EPOCH).days}</v></c>')
            else:
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
        self._sheet.write(f'<row r="{r}">{"".join(cells)}</row>')
        self.rows += 1

    def add_family(self, family: Family, members: int | None = None, first_id: int = 0) -> int:
        """Write the family's first `members` people (all by default); returns how many were written."""
        people = family.members[:members] if members is not None else family.members
        flags = ["YA" if p in family.programmes else "TIDAK" for p in PROGRAMMES]
        for i, person in enumerate(people):
            self._row(
                [
                    f"DTKS{first_id + i:09d}", person.nik, family.kk, person.name.upper(), person.birth_place,
                    person.birth_date, person.sex, family.address.upper(), family.rt, family.rw, family.desil,
                    VILLAGE_CODE, *flags,
                ]
            )  # fmt: skip
        return len(people)

    def close(self) -> None:
        self._sheet.write(_SHEET_TAIL)
        self._sheet.close()
        zf = self._zip
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        zf.writestr("xl/styles.xml", _STYLES)
        count = len(self._strings)
        with zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as raw:
            out = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            out.write(
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{count}" '
                f'uniqueCount="{count}">'
            )
            for text in self._strings:  # insertion order is index order
                out.write(f"<si><t>{escape(text)}</t></si>")
            out.write("</sst>")
            out.flush()
            out.detach()
        zf.close()
        self._strings.clear()

    def __enter__(self) -> ExtractWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if kind is None:
            self.close()
        else:
            self._sheet.close()
            self._zip.close()
            self.path.unlink(missing_ok=True)
