"""excel/csvread.py: a CSV's encoding and delimiter found from the bytes, Excel's 'sep=' line honoured (and its row
counted), the number of records estimated without reading them, a broken file named by its row."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import pytest

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel import csvread


def _has_nik(rows: Sequence[Sequence[str]]) -> bool:
    return any("NIK" in (c.strip().upper() for c in row) for row in rows)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("NIK;Nama\n1;José\n".encode("utf-8-sig"), "utf-8-sig"),
        ("NIK\tNama\n1\tJosé\n".encode("utf-16"), "utf-16"),
        ("NIK,Nama\n1,José\n".encode(), "utf-8"),
        ("NIK;Nama\n1;José – Ibu\n".encode("cp1252"), "cp1252"),
        (b"NIK;Nama\n1;\x81\x8d\x8f\x90\x9d\n", "latin-1"),  # bytes cp1252 leaves undefined: the last resort
    ],
)
def test_encoding_from_the_bytes(data: bytes, encoding: str) -> None:
    assert csvread.detect_encoding(data) == encoding
    text, used = csvread.decode(data)
    assert used == encoding and "NIK" in text


def test_delimiter_is_the_one_that_shows_a_header() -> None:
    # Commas inside the names would win a plain count; the header row decides.
    sample = "NIK;NAMA\n1;SITI, AMINAH, BINTI, ABDUL\n2;BUDI, S\n"
    assert csvread.sniff_delimiter(sample, _has_nik) == ";"
    # Without a recognised header the delimiter giving the most columns is taken.
    assert csvread.sniff_delimiter("a|b|c\n1|2|3\n", lambda rows: False) == "|"
    assert csvread.sniff_delimiter("", lambda rows: False) == ","


def test_read_csv_with_a_sep_line_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "dtks.csv"
    path.write_bytes('sep=,\r\nNIK,NAMA\r\n6201021205900001,SITI\r\n6201024505850003,"DEWI, S"'.encode("cp1252"))
    records, encoding, delimiter, estimate, offset = csvread.read_csv(lambda: open(path, "rb"), _has_nik)
    assert (encoding, delimiter, offset) == ("utf-8", ",", 1)
    assert estimate == 3  # the last line has no newline and is counted all the same
    assert list(records) == [["NIK", "NAMA"], ["6201021205900001", "SITI"], ["6201024505850003", "DEWI, S"]]


def test_utf16_lines_are_counted_across_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csvread, "_CHUNK", 7)  # odd: a two-byte newline falls across two chunks
    data = "NIK\tNAMA\n" + "".join(f"{i}\tWARGA {i}\n" for i in range(25))
    records, encoding, delimiter, estimate, offset = csvread.read_csv(b"\xff\xfe" + data.encode("utf-16-le"), _has_nik)
    assert (encoding, delimiter, estimate, offset) == ("utf-16", "\t", 26, 0)
    assert len(list(records)) == 26


def test_a_broken_file_names_the_row() -> None:
    data = b'NIK,NAMA\n1,SITI\n2,"DEWI' + b"x" * 140_000 + b"\n"  # an open quote: one field past csv's limit
    records, *_ = csvread.read_csv(data, _has_nik)
    with pytest.raises(ValidationError) as caught:
        list(records)
    assert "Berkas CSV rusak setelah baris 2" in caught.value.message


def test_bytes_or_an_opener_give_the_same(tmp_path: Path) -> None:
    data = b"NIK;NAMA\n1;A\n"
    from_bytes = csvread.read_csv(data, _has_nik)
    from_opener = csvread.read_csv(lambda: io.BytesIO(data), _has_nik)
    assert list(from_bytes[0]) == list(from_opener[0]) == [["NIK", "NAMA"], ["1", "A"]]
    assert from_bytes[1:] == from_opener[1:]
