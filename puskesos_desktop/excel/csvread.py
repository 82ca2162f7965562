"""CSV as the district sends it: UTF-8 (with or without BOM), UTF-16 (Excel 'Unicode text') or Windows-1252;
comma, semicolon (Excel in an Indonesian locale) or tab, sniffed from the header row."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from itertools import islice

from puskesos_desktop.core.errors import ValidationError

DELIMITERS = (";", ",", "\t", "|")
_SNIFF_CHARS = 256 * 1024


def decode(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name). Never fails: the last resort, Latin-1, accepts every byte."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def _records(text: str, delimiter: str) -> Iterator[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    try:
        for number, record in enumerate(reader, start=1):  # noqa: B007 - number is used after the loop
            yield record
    except csv.Error as exc:
        raise ValidationError(f"Berkas CSV rusak setelah baris {number}: {exc}.", row=number + 1) from None


def _strip_sep_line(text: str) -> tuple[str, str | None, int]:
    """Excel's 'sep=;' first line: (rest of text, delimiter, lines skipped)."""
    first, _, rest = text.partition("\n")
    line = first.strip().lower()
    if line.startswith("sep=") and len(line) == 5:
        return rest, first.strip()[4], 1
    return text, None, 0


def sniff_delimiter(text: str, is_header: Callable[[Sequence[Sequence[str]]], bool]) -> str:
    """The delimiter with which ``is_header`` recognises a header row; else the one giving the most columns."""
    sample = text[:_SNIFF_CHARS]
    cut = sample.rfind("\n")
    if cut > 0 and len(text) > _SNIFF_CHARS:
        sample = sample[:cut]
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


def read_csv(
    data: bytes, is_header: Callable[[Sequence[Sequence[str]]], bool]
) -> tuple[Iterator[list[str]], str, str, int, int]:
    """(records, encoding, delimiter, estimated record count, row offset) of CSV bytes.

    ``row offset`` is 1 when a 'sep=' line was skipped, so that reported row numbers match the file.
    """
    text, encoding = decode(data)
    text, delimiter, offset = _strip_sep_line(text)
    if delimiter is None:
        delimiter = sniff_delimiter(text, is_header)
    estimate = text.count("\n") + (0 if text.endswith("\n") else 1)
    return _records(text, delimiter), encoding, delimiter, estimate, offset
