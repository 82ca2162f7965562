"""printing/blocks.py: the building blocks every paper shares — a document number broken where it may be, the
office's logo when it can be read."""

import pytest
from reportlab.graphics.barcode.qr import QrCodeWidget
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


@pytest.mark.parametrize(
    "value",
    ["RJK/6201022001/2026/10/0001", "RESI/6201022001/2025/01/9999", "A", "https://contoh.desa.id/" + "x" * 120],
)
def test_qr_masks_derived_from_one_layout_are_reportlabs_own(value: str) -> None:
    """Each of the eight masks, derived from the mask-0 layout by XOR on the data modules, is the matrix reportlab
    lays out for that mask; so the mask chosen (the lowest penalty) and the symbol are the same as before."""
    qr = QrCodeWidget(value, barLevel="M").qr
    qr.version = qr.calculate_version()
    layouts = []
    for mask in range(8):
        qr.makeImpl(True, mask)
        layouts.append([blocks._row_bits(row) for row in qr.modules])
    flips = blocks._mask_flips(qr.version, tuple(qr.dataPosIterator()))
    base = [a ^ f for a, f in zip(layouts[0], flips[0], strict=True)]
    for mask in range(8):
        assert [b ^ f for b, f in zip(base, flips[mask], strict=True)] == layouts[mask], mask
    n = qr.moduleCount
    penalties = [blocks._mask_penalty([format(b, f"0{n}b") for b in rows]) for rows in layouts]
    qr.makeImpl(False, penalties.index(min(penalties)))
    assert blocks.qr_matrix.__wrapped__(value) == tuple(tuple(bool(m) for m in row) for row in qr.modules)
