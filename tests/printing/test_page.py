from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, A5, A6
from reportlab.lib.units import mm

from puskesos_desktop.printing import blocks, labels, page, receipt, write_pdf

from . import helpers, samples


def test_paper_sizes() -> None:
    assert page.paper_size("A4") == A4
    assert page.paper_size("a5") == A5
    assert page.paper_size("A6") == A6
    w, h = page.paper_size("F4")
    assert (round(w / mm), round(h / mm)) == (215, 330)
    assert page.paper_size("F4", landscape_=True) == (h, w)
    with pytest.raises(ValueError):
        page.paper_size("Letter")


def test_region_labels() -> None:
    assert labels.kabupaten_label("Kotawaringin Barat") == "Kabupaten Kotawaringin Barat"
    assert labels.kabupaten_label("Kab. Seruyan") == "Kabupaten Seruyan"
    assert labels.kabupaten_label("kota Palangka Raya") == "Kota Palangka Raya"
    assert labels.village_label("Sukamaju") == "Desa Sukamaju"
    assert labels.village_label("Kelurahan Baru") == "Kelurahan Baru"
    assert labels.village_place("Desa Sukamaju") == "Sukamaju"
    assert labels.address_line("Jl. Melati", "", "") == "Jl. Melati"
    assert labels.address_line("", "", "") == "-"


def test_code_cell_breaks_after_a_slash() -> None:
    st = page.styles(8.8)
    cell = blocks.code_cell("USL/6201022001/2026/10/0001", st.cell, 30 * mm)
    assert "<br/>" in cell.text and cell.text.startswith("USL/6201022001/")


def test_write_pdf_is_atomic(tmp_path: Path) -> None:
    pdf = receipt.complaint_receipt(samples.receipt())
    target = write_pdf(tmp_path / "sub" / "resi.pdf", pdf)
    assert target.read_bytes() == pdf
    assert [p.name for p in target.parent.iterdir()] == ["resi.pdf"]  # no temporary file left behind


def test_logo_is_optional_and_a_broken_one_is_skipped() -> None:
    for logo in (None, b"not a png"):
        pdf = receipt.complaint_receipt(samples.receipt(office=samples.office(logo_png=logo)))
        assert "DESA SUKAMAJU" in helpers.text(pdf)
    assert blocks.logo_reader(b"not a png") is None
