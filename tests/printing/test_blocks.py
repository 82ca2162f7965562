"""printing/blocks.py: the building blocks every paper shares — a document number broken where it may be, the
office's logo when it can be read."""

from reportlab.lib.units import mm

from puskesos_desktop.printing import blocks, page, receipt

from . import helpers, samples


def test_code_cell_breaks_after_a_slash() -> None:
    st = page.styles(8.8)
    cell = blocks.code_cell("USL/6201022001/2026/10/0001", st.cell, 30 * mm)
    assert "<br/>" in cell.text and cell.text.startswith("USL/6201022001/")


def test_logo_is_optional_and_a_broken_one_is_skipped() -> None:
    for logo in (None, b"not a png"):
        pdf = receipt.complaint_receipt(samples.receipt(office=samples.office(logo_png=logo)))
        assert "DESA SUKAMAJU" in helpers.text(pdf)
    assert blocks.logo_reader(b"not a png") is None
