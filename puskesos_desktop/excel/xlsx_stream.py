"""A big worksheet read row by row straight from the zip, in bounded memory (issue 21: a 1,048,575-row extract).

python-calamine builds the whole sheet as one rectangle of cells before the first row comes out: ~80 bytes a
cell, 2 GB for a million rows. This reader inflates the sheet's XML in chunks and hands out each row as it is
read; the shared strings are kept as one UTF-8 blob with offsets (a third of what a list of ``str`` takes).

It gives exactly what ``guard.Workbook`` gives with calamine (tests/excel/test_xlsx_stream.py compares both on
the same workbooks): rows from row 1 on, every row as wide as the sheet from its first used column, empty cells
and errors as "", numbers as float, dates by the cell's number format (date, datetime, time, timedelta),
booleans, shared and inline strings (rich text joined, phonetic runs left out, ``_xHHHH_`` and entities decoded).
The XML is matched with byte patterns, not parsed into elements: an element tree takes ~10× as long.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from array import array
from collections.abc import Generator, Iterator
from itertools import accumulate
from posixpath import join, normpath
from xml.etree import ElementTree

from puskesos_desktop.excel.common import CellValue

CHUNK = 1 << 20
MAX_PLANS = 1024  # row shapes remembered (see StreamingBook.rows)
SEEN_MAX = 20_000  # shared strings remembered while a sheet is read

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"

_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?row>)", re.S)
_ROW_NUMBER = re.compile(rb"""\sr\s*=\s*["'](\d+)""")
# A cell: its column letters when ``r`` comes first (as every writer puts it), the other attributes, the content.
_CELL = re.compile(
    rb"""<(?:\w+:)?c(?:\s+r="([A-Z]{1,3})\d+")?((?:\s+[\w:]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(?:/>|>(.*?)</(?:\w+:)?c>)""",
    re.S,
)
_PLAIN_CELL = re.compile(rb'<c r="([A-Z]{1,3})\d+"((?: [st]="\w+")*)(?:/>|><v>([^<]*)</v></c>)')
_PLAIN_SI = re.compile(rb'<si><t(?: xml:space="preserve")?>([^<]*)</t></si>')
_INLINE = re.compile(rb"<(?:\w+:)?is\b[^>]*>(.*?)</(?:\w+:)?is>", re.S)
_ATTR = re.compile(rb"""([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_VALUE = re.compile(rb"<(?:\w+:)?v(?:\s[^>]*)?>(.*?)</(?:\w+:)?v>", re.S)
_TEXT = re.compile(rb"<(?:\w+:)?t(?:\s[^>]*)?>(.*?)</(?:\w+:)?t>|<(?:\w+:)?t(?:\s[^>]*)?/>", re.S)
_PHONETIC = re.compile(rb"<(?:\w+:)?rPh\b.*?</(?:\w+:)?rPh>", re.S)
_SI = re.compile(rb"<(?:\w+:)?si\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?si>)", re.S)
_ENTITY = re.compile(r"&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);")
_ESCAPED = re.compile(r"_x([0-9a-fA-F]{4})_")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_BUILTIN_DATES = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 47})
_BUILTIN_DURATIONS = frozenset({46})
_DURATION_CODE = re.compile(r"\[(h+|m+|s+)\]", re.I)
_FORMAT_NOISE = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
_DATE_LETTERS = frozenset("dmyhsDMYHS")
_EPOCH_1900 = dt.datetime(1899, 12, 30)
_EPOCH_1904 = dt.datetime(1904, 1, 1)
NUMBER, DATE, DURATION = 0, 1, 2


def _entity(m: re.Match[str]) -> str:
    name = m.group(1)
    if name[0] == "#":
        return chr(int(name[2:], 16) if name[1] in "xX" else int(name[1:]))
    return _NAMED[name]


def unescape(raw: bytes) -> str:
    """XML text as calamine reads it: line ends normalised (as every XML parser does), entities and Excel's
    ``_xHHHH_`` escapes decoded."""
    if b"\r" in raw:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    text = raw.decode("utf-8", errors="replace")
    if "&" in text:
        text = _ENTITY.sub(_entity, text)
    if "_x" in text:
        text = _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)
    return text


def _rich_text(inner: bytes) -> str:
    """The text of ``<si>`` or ``<is>``: every ``<t>`` joined, phonetic guides (``<rPh>``) left out."""
    if inner.startswith(b"<t>") and inner.endswith(b"</t>") and inner.count(b"<") == 2:
        return unescape(inner[3:-4])
    if b"rPh" in inner:
        inner = _PHONETIC.sub(b"", inner)
    return "".join(unescape(m.group(1) or b"") for m in _TEXT.finditer(inner))


def format_kind(code: str) -> int:
    """NUMBER, DATE or DURATION for a custom number format, as calamine judges it."""
    if _DURATION_CODE.search(code):
        return DURATION
    plain = _FORMAT_NOISE.sub("", code)
    return DATE if any(ch in _DATE_LETTERS for ch in plain) else NUMBER


class SharedStrings:
    """The workbook's shared strings as one UTF-8 blob and the offset where each begins (a third of what a list of
    ``str`` takes); string ``i`` is ``blob[offsets[i]:offsets[i + 1]]``, decoded when a cell asks for it."""

    def __init__(self) -> None:
        self.blob = bytearray()
        self.offsets = array("Q", [0])

    def add(self, text: str) -> None:
        self.blob += text.encode("utf-8")
        self.offsets.append(len(self.blob))

    def add_encoded(self, texts: list[bytes]) -> None:
        """Strings already in valid UTF-8 with nothing to decode (see StreamingBook._shared_strings)."""
        end = len(self.blob)
        self.blob += b"".join(texts)
        self.offsets.extend(accumulate((len(t) for t in texts), initial=end))
        del self.offsets[-len(texts) - 1]  # ``initial`` repeated the last end already there

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, index: int) -> str:
        if not 0 <= index < len(self.offsets) - 1:
            raise IndexError(index)
        return self.blob[self.offsets[index] : self.offsets[index + 1]].decode("utf-8")


def _utf8(data: bytes) -> bool:
    if data.isascii():
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False  # read string by string, damaged bytes replaced as before
    return True


def _chunks(zf: zipfile.ZipFile, part: str, root: bytes, element: bytes) -> Iterator[bytes]:
    """The part's bytes in pieces that each end right after a closing ``element`` tag (the rest carried on)."""
    rest = b""
    splitter: bytes | None = None
    with zf.open(part) as member:
        while chunk := member.read(CHUNK):
            buf = rest + chunk
            if splitter is None:
                m = re.search(rb"<(\w+:)?" + root + rb"\b", buf)
                if m is None and len(buf) < CHUNK * 4:
                    rest = buf
                    continue
                splitter = b"</" + ((m.group(1) or b"") if m else b"") + element + b">"
            cut = buf.rfind(splitter)
            if cut < 0:
                rest = buf
                continue
            cut += len(splitter)
            rest = buf[cut:]
            yield buf[:cut]
    if rest:
        yield rest


class StreamingBook:
    """The parts of an xlsx needed to stream its sheets: names, styles' date formats, shared strings."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        names = set(zf.namelist())
        workbook = ElementTree.fromstring(zf.read("xl/workbook.xml"))
        rels = _relations(zf)
        by_type = {kind: path for kind, path in rels.values()}
        self.parts: dict[str, str] = {}  # worksheet name -> part
        self._hidden: set[str] = set()
        for sheet in workbook.iter(f"{_MAIN}sheet"):
            rel = rels.get(sheet.get(_R_ID, ""))
            if rel is not None and rel[0] == "worksheet":
                name = sheet.get("name", "")
                self.parts[name] = rel[1]
                if sheet.get("state", "visible") != "visible":
                    self._hidden.add(name)
        pr = workbook.find(f"{_MAIN}workbookPr")
        self.epoch = _EPOCH_1904 if pr is not None and pr.get("date1904") in ("1", "true") else _EPOCH_1900
        styles = by_type.get("styles", "xl/styles.xml")
        self.kinds = self._style_kinds(styles) if styles in names else []
        self._sst = sst = by_type.get("sharedStrings", "xl/sharedStrings.xml")
        self._strings: SharedStrings | None = self._shared_strings(sst) if sst in names else SharedStrings()

    @property
    def strings(self) -> SharedStrings:
        if self._strings is None:
            self._strings = self._shared_strings(self._sst) if self._sst in self.zf.namelist() else SharedStrings()
        return self._strings

    def release_strings(self) -> None:
        """Let the shared strings go (read again if asked for): a second process reads the rest of the sheet."""
        self._strings = None

    def sheet_names(self) -> list[str]:
        """Worksheets in workbook order, visible ones first (as ``guard.Workbook`` lists calamine's)."""
        return [n for n in self.parts if n not in self._hidden] + [n for n in self.parts if n in self._hidden]

    def _style_kinds(self, part: str) -> list[int]:
        root = ElementTree.fromstring(self.zf.read(part))
        custom = {int(f.get("numFmtId", "0")): f.get("formatCode", "") for f in root.iter(f"{_MAIN}numFmt")}
        kinds = []
        xfs = root.find(f"{_MAIN}cellXfs")
        for xf in xfs.iter(f"{_MAIN}xf") if xfs is not None else ():
            fmt = int(xf.get("numFmtId", "0") or 0)
            if fmt in custom:
                kinds.append(format_kind(custom[fmt]))
            else:
                kinds.append(DATE if fmt in _BUILTIN_DATES else DURATION if fmt in _BUILTIN_DURATIONS else NUMBER)
        return kinds

    def _shared_strings(self, part: str) -> SharedStrings:
        strings = SharedStrings()
        add = strings.add
        for piece in _chunks(self.zf, part, b"sst", b"si"):
            # As most writers put them: <si><t>text</t></si> with no entity, escape or line end to decode — the
            # text's bytes are the string's UTF-8, taken as they are.
            if not (b"&" in piece or b"_x" in piece or b"\r" in piece or b":si" in piece or b"<si " in piece):
                texts = _PLAIN_SI.findall(piece)
                if texts and len(texts) == piece.count(b"<si") and _utf8(piece):
                    strings.add_encoded(texts)
                    continue
            for m in _SI.finditer(piece):
                add(_rich_text(m.group(1) or b""))
        return strings

    def rows(self, part: str, first_column: int, width: int) -> Generator[list[CellValue], None, None]:
        """The sheet's rows from row 1 on (empty rows between), each ``width`` cells from ``first_column`` (0-based)."""
        strings, kinds = self.strings, self.kinds
        n_kinds = len(kinds)
        attrs_of: dict[bytes, tuple[bytes, int, int]] = {}  # other attributes -> (type, style kind, column or -1)
        empty: list[CellValue] = [""] * width
        plans: dict[tuple[tuple[bytes, ...], tuple[bytes, ...]], list[tuple[int, bytes | None, int]]] = {}
        blob, offsets, count = strings.blob, strings.offsets, len(strings)
        # Shared strings by their number as written: most cells of an extract repeat a few (YA, TIDAK, the region
        # code, RT/RW, places), decoded once.
        seen: dict[bytes, str] = {}
        row_no = 0  # rows handed out
        for piece in _chunks(self.zf, part, b"worksheet", b"row"):
            for head, body in _row_parts(piece):
                num = _ROW_NUMBER.search(head)
                number = int(num.group(1)) if num else row_no + 1
                while row_no < number - 1:
                    row_no += 1
                    yield empty.copy()
                row = empty.copy()
                row_no = number
                if not body:
                    yield row
                    continue
                cells = _PLAIN_CELL.findall(body)
                if cells and len(cells) == body.count(b"<c"):  # every cell plain: <c r="B7" s="1" t="s"><v>12</v></c>
                    refs, rests, values = zip(*cells, strict=True)
                    # The rows of a sheet have a few shapes (the same columns, types and styles): each is worked
                    # out once, and a row is then its values put where the plan says.
                    shape = (refs, rests)
                    plan = plans.get(shape)
                    if plan is None:
                        if len(plans) >= MAX_PLANS:
                            plans.clear()  # bounded: a sheet whose every row differs only pays this each row
                        plan = plans[shape] = self._plan(refs, rests, first_column, width, kinds, n_kinds)
                    for (index, typ, kind), value in zip(plan, values, strict=True):
                        if not value or index < 0:
                            continue
                        if typ is None:  # a shared string (inline: the hottest lines of a big import)
                            text = seen.get(value)
                            if text is None:
                                number = int(value)
                                if not 0 <= number < count:
                                    raise IndexError(number)
                                text = blob[offsets[number] : offsets[number + 1]].decode("utf-8")
                                if len(seen) >= SEEN_MAX:
                                    seen.clear()
                                seen[value] = text
                            row[index] = text
                        else:
                            self._put(row, index, typ, kind, value)
                    yield row
                    continue
                col = first_column - 1
                for cm in _CELL.finditer(body):
                    letters, rest, inner = cm.groups()
                    info = attrs_of.get(rest)
                    if info is None:
                        info = _cell_attrs(rest, kinds, n_kinds)
                        if info[2] < 0:  # no ``r`` among them: the same attributes mean the same thing
                            attrs_of[rest] = info
                    typ, kind, at = info
                    if letters is not None:
                        col = _column(letters)
                    elif at >= 0:
                        col = at
                    else:
                        col += 1
                    index = col - first_column
                    if not inner or not 0 <= index < width:
                        continue
                    if inner.startswith(b"<v>") and inner.endswith(b"</v>"):
                        value = inner[3:-4]
                    elif typ == b"inlineStr":
                        found = _INLINE.search(inner)
                        row[index] = _rich_text(found.group(1)) if found else ""
                        continue
                    else:
                        vm = _VALUE.search(inner)
                        if vm is None:
                            continue
                        value = vm.group(1)
                    self._put(row, index, typ, kind, value)
                yield row

    def _plan(
        self, letters: tuple[bytes, ...], rests: tuple[bytes, ...], first_column: int, width: int, kinds: list[int],
        n_kinds: int,
    ) -> list[tuple[int, bytes | None, int]]:  # fmt: skip
        """For each cell of a plain row: (index in the row or -1 when outside it, its type or None for a shared
        string, its style's kind)."""
        plan: list[tuple[int, bytes | None, int]] = []
        for at, rest in zip(letters, rests, strict=True):
            index = _column(at) - first_column
            typ, kind, _ = _cell_attrs(rest, kinds, n_kinds)
            plan.append((index if 0 <= index < width else -1, None if typ == b"s" else typ, kind))
        return plan

    def _put(self, row: list[CellValue], index: int, typ: bytes, kind: int, value: bytes) -> None:
        """One cell's value, converted as calamine converts it."""
        if typ == b"s":
            row[index] = self.strings[int(value)]
        elif not typ or typ == b"n":
            if value:
                row[index] = _number(float(value), kind, self.epoch)
        elif typ == b"b":
            row[index] = value.strip() in (b"1", b"true")
        elif typ == b"str" or typ == b"inlineStr":
            row[index] = unescape(value)
        elif typ == b"d":
            row[index] = _iso(value.decode("ascii", errors="replace").strip())
        # "e" (an error such as #DIV/0!): calamine gives an empty cell


def _row_parts(piece: bytes) -> Iterator[tuple[bytes, bytes | None]]:
    """(the row tag's attributes, its content) of each row in a piece: split at ``</row>`` (fast) where the rows
    are written plainly, else matched one by one."""
    if b"<row" not in piece or b":row" in piece:
        for m in _ROW.finditer(piece):
            yield m.group(1), m.group(2)
        return
    for seg in piece.split(b"</row>"):
        start = seg.find(b"<row")
        if start < 0:
            continue
        gt = seg.find(b">", start)
        if gt < 0 or seg[gt - 1 : gt] == b"/" or seg.find(b"<row", gt) >= 0:
            for m in _ROW.finditer(seg + b"</row>"):  # empty rows (<row r="5"/>) before this one
                yield m.group(1), m.group(2)
            continue
        yield seg[start + 4 : gt], seg[gt + 1 :]


def _cell_attrs(rest: bytes, kinds: list[int], n_kinds: int) -> tuple[bytes, int, int]:
    typ, style, at = b"n", 0, -1
    for name, dq, sq in _ATTR.findall(rest):
        value = dq or sq
        local = name.rsplit(b":", 1)[-1]
        if local == b"t":
            typ = value
        elif local == b"s" and value.isdigit():
            style = int(value)
        elif local == b"r":
            letters = re.match(rb"[A-Z]+", value)
            at = _column(letters.group(0)) if letters else -1
    kind = kinds[style] if style < n_kinds else NUMBER
    return typ, kind, at


def _column(letters: bytes) -> int:
    """0-based column of 'A', 'AB', …"""
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n - 1


def _number(value: float, kind: int, epoch: dt.datetime) -> CellValue:
    if kind == NUMBER:
        return value
    if kind == DURATION:
        return dt.timedelta(days=value)
    moment = epoch + dt.timedelta(days=value)
    if epoch is _EPOCH_1900 and value < 60:  # Excel's 1900 leap-year bug: serials before March 1900 are a day off
        moment += dt.timedelta(days=1)
    if value < 1:
        return moment.time()
    if value.is_integer():
        return moment.date()
    return moment


def _iso(text: str) -> CellValue:
    try:
        if "T" in text or " " in text:
            moment = dt.datetime.fromisoformat(text.replace("Z", ""))
            return moment.date() if moment.time() == dt.time(0) and "T" not in text else moment
        return dt.date.fromisoformat(text)
    except ValueError:
        return text


def _relations(zf: zipfile.ZipFile) -> dict[str, tuple[str, str]]:
    """The workbook's relationships: id -> (type's last word, part path in the zip)."""
    rels = "xl/_rels/workbook.xml.rels"
    if rels not in zf.namelist():
        return {}
    out: dict[str, tuple[str, str]] = {}
    for rel in ElementTree.fromstring(zf.read(rels)).iter(f"{_REL}Relationship"):
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else normpath(join("xl", target))
        out[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], path)
    return out
