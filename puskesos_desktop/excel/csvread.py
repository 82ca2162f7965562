"""CSV as the district sends it: UTF-8 (with or without BOM), UTF-16 (Excel 'Unicode text') or Windows-1252;
comma, semicolon (Excel in an Indonesian locale), tab or bar, sniffed from the header row.

The file is read from where it lies, chunk by chunk, and decoded as it is read: memory stays small whatever its
size (a million-row extract is ~200 MB of text).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from typing import BinaryIO

from puskesos_desktop.core.errors import ValidationError

DELIMITERS = (";", ",", "\t", "|")
_SNIFF_BYTES = 256 * 1024
_CHUNK = 1024 * 1024

Opener = Callable[[], BinaryIO]  # opens the file afresh (each pass reads it from the start)


def _opener(source: bytes | Opener) -> Opener:
    if isinstance(source, bytes):
        return lambda: io.BytesIO(source)
    return source


def _decodes(source: bytes | Opener, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with _opener(source)() as fh:
            while chunk := fh.read(_CHUNK):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(source: bytes | Opener) -> str:
    """'utf-8-sig', 'utf-16', 'utf-8', 'cp1252' or, as the last resort that accepts every byte, 'latin-1'."""
    with _opener(source)() as fh:
        head = fh.read(3)
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    for encoding in ("utf-8", "cp1252"):
        if _decodes(source, encoding):
            return encoding
    return "latin-1"


def decode(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name). Never fails."""
    encoding = detect_encoding(data)
    return data.decode(encoding, errors="replace"), encoding


def _sample(data: bytes, encoding: str) -> str:
    text = data[:_SNIFF_BYTES].decode(encoding, errors="ignore")
    if len(data) > _SNIFF_BYTES:
        cut = text.rfind("\n")
        if cut > 0:
            text = text[:cut]
    return text


def _sep_line(sample: str) -> str | None:
    """Excel's 'sep=;' first line names the delimiter."""
    first = sample.split("\n", 1)[0].strip()
    if first.lower().startswith("sep=") and len(first) == 5:
        return first[4]
    return None


def sniff_delimiter(sample: str, is_header: Callable[[Sequence[Sequence[str]]], bool]) -> str:
    """The delimiter with which ``is_header`` recognises a header row; else the one giving the most columns."""
    best, best_columns = ",", 0
    for delimiter in DELIMITERS:
        try:
            rows = list(islice(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter), 12))
        except csv.Error:
            continue
        if is_header(rows):
            return delimiter
        columns = max((len(r) for r in rows), default=0)
        if columns > best_columns:
            best, best_columns = delimiter, columns
    return best


def records(open_file: Opener, encoding: str, delimiter: str, skip: int) -> Iterator[list[str]]:
    with open_file() as fh:
        stream = io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline="")
        reader = csv.reader(stream, delimiter=delimiter)
        number = 0
        try:
            for record in reader:
                number += 1
                if number > skip:
                    yield record
        except csv.Error as exc:
            raise ValidationError(
                "Berkas CSV rusak setelah baris {number}: {exc}.", row=number + 1, number=number, exc=exc
            ) from None


def _lines(open_file: Opener, newline: bytes) -> int:
    """Lines of the file (a last line without its newline counted too), counted chunk by chunk."""
    count, last, carry = 0, b"", b""
    with open_file() as fh:
        while chunk := fh.read(_CHUNK):
            joined = carry + chunk  # a two-byte UTF-16 newline may straddle two chunks
            count += joined.count(newline)
            carry = joined[-(len(newline) - 1) :] if len(newline) > 1 and not joined.endswith(newline) else b""
            last = joined[-len(newline) :]
    return count + (0 if last == newline else 1)


def read_csv(
    source: bytes | Opener, is_header: Callable[[Sequence[Sequence[str]]], bool]
) -> tuple[Iterator[list[str]], str, str, int, int]:
    """(records, encoding, delimiter, estimated record count, row offset) of CSV bytes, or of the file that
    ``source()`` opens (read from where it lies; the records close it when they are exhausted or closed).

    ``row offset`` is 1 when a 'sep=' line was skipped, so that reported row numbers match the file.
    """
    open_file = _opener(source)
    encoding = detect_encoding(open_file)
    with open_file() as fh:
        head = fh.read(_SNIFF_BYTES + 1)
    sample = _sample(head, encoding)
    delimiter = _sep_line(sample)
    offset = 0
    if delimiter is not None:
        offset = 1
    else:
        delimiter = sniff_delimiter(sample, is_header)
    newline = b"\n\x00" if head.startswith(b"\xff\xfe") else b"\x00\n" if head.startswith(b"\xfe\xff") else b"\n"
    estimate = _lines(open_file, newline) - offset
    return records(open_file, encoding, delimiter, offset), encoding, delimiter, estimate, offset
