"""The resident's own copy of their data (UU 27/2022): sections numbered in order, field lines and ruled tables,
a section with nothing in it says so, line breaks kept, on the office's paper."""

from __future__ import annotations

import datetime as dt

from puskesos_desktop.printing.resident_data import TITLE, resident_data
from puskesos_desktop.printing.resident_sheet import Fields, Grid, ResidentDataSheet, Section
from tests.printing import samples
from tests.printing.helpers import MM, pages, sizes, text


def sheet(paper: str = "A4", rows: int = 3) -> ResidentDataSheet:
    return ResidentDataSheet(
        office=samples.office(paper=paper),
        resident_name="Siti Aminah",
        reference="Warga #42",
        printed_at=dt.datetime(2026, 12, 3, 9, 30),
        officer_name="Rina Marlina",
        sections=(
            Section(
                "Data diri",
                (Fields((("Nama", "Siti Aminah"), ("Alamat", "Jl. Melati\nGg. Kenanga No. 4"), ("Surel", ""))),),
                note="Dari formulir pendaftaran warga.",
            ),
            Section(
                "Keluhan dan layanan",
                (
                    Grid(
                        ("Nomor", "Tanggal", "Status"),
                        tuple(
                            (f"RESI/6201022001/2026/11/{i:04d}", "03-12-2026", "Selesai") for i in range(1, rows + 1)
                        ),
                        (0.5, 0.25, 0.25),
                        heading="Keluhan",
                    ),
                ),
            ),
            Section("Lampiran", (), empty="Tidak ada lampiran."),
        ),
    )


def test_every_section_is_numbered_in_order_with_its_contents() -> None:
    words = text(resident_data(sheet(), footer="Dicetak oleh Rina Marlina"))
    assert TITLE in words and "Siti Aminah — Warga #42" in words
    assert words.index("1. Data diri") < words.index("2. Keluhan dan layanan") < words.index("3. Lampiran")
    for expected in (
        "Dari formulir pendaftaran warga.",
        "Jl. Melati Gg. Kenanga No. 4",  # a line break inside a value is kept (the text reader joins lines)
        "RESI/6201022001/2026/11/0003",
        "Tidak ada lampiran.",
        "Pasal 7 Undang-Undang Nomor 27 Tahun 2022",
        "Rina Marlina",
        "Dicetak oleh Rina Marlina",
    ):
        assert expected in words, expected
    assert "Surel : -" in words  # an empty value prints as a dash, not as nothing


def test_a_long_table_continues_on_the_next_page_with_its_header() -> None:
    pdf = resident_data(sheet(rows=120))
    assert len(pages(pdf)) >= 3
    last = " ".join((pages(pdf)[-2].extract_text() or "").split())
    assert "Nomor" in last and "Status" in last  # the header row repeats


def test_the_office_paper() -> None:
    assert sizes(resident_data(sheet("F4")))[0] == (round(215 * MM, 1), round(330 * MM, 1))
    assert sizes(resident_data(sheet("A4")))[0] == (round(210 * MM, 1), round(297 * MM, 1))
