"""CSV as the district sends it: UTF-8 (with or without BOM), UTF-16 (Excel 'Unicode text') or Windows-1252;
comma, semicolon (Excel in an Indonesian locale), tab or bar, sniffed from the header row.

The text is decoded as it is read (never the whole file as one string), so memory stays near the file's size.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator, Sequence
from itertools import islice

from puskesos_desktop.core.errors import ValidationError

DELIMITERS = (";", ",", "\t", "|")
_SNIFF_BYTES = 256 * 1024
_CHUNK = 1024 * 1024


def _decodes(data: bytes, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        for start in range(0, len(data), _CHUNK):
            decoder.decode(data[start : start + _CHUNK])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(data: bytes) -> str:
    """'utf-8-sig', 'utf-16', 'utf-8', 'cp1252' or, as the last resort that accepts every byte, 'latin-1'."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    for encoding in ("utf-8", "cp1252"):
        if _decodes(data, encoding):
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


def _records(data: bytes, encoding: str, delimiter: str, skip: int) -> Iterator[list[str]]:
    stream = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, errors="replace", newline="")
    reader = csv.reader(stream, delimiter=delimiter)
    number = 0
    try:
        for record in reader:
            number += 1
            if number > skip:
                yield record
    except csv.Error as exc:
        raise ValidationError(f"Berkas CSV rusak setelah baris {number}: {exc}.", row=number + 1) from None


def read_csv(
    data: bytes, is_header: Callable[[Sequence[Sequence[str]]], bool]
) -> tuple[Iterator[list[str]], str, str, int, int]:
    """(records, encoding, delimiter, estimated record count, row offset) of CSV bytes.

    ``row offset`` is 1 when a 'sep=' line was skipped, so that reported row numbers match the file.
    """
    encoding = detect_encoding(data)
    sample = _sample(data, encoding)
    delimiter = _sep_line(sample)
    offset = 0
    if delimiter is not None:
        offset = 1
    else:
        delimiter = sniff_delimiter(sample, is_header)
    newline = b"\n\x00" if data.startswith(b"\xff\xfe") else b"\x00\n" if data.startswith(b"\xfe\xff") else b"\n"
    estimate = data.count(newline) + (0 if data.endswith(newline) else 1) - offset
    return _records(data, encoding, delimiter, offset), encoding, delimiter, estimate, offset
