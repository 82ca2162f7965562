from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, A5, A6
from reportlab.lib.units import mm

from puskesos_desktop.printing import page, receipt, write_pdf

from . import samples


def test_paper_sizes() -> None:
    assert page.paper_size("A4") == A4
    assert page.paper_size("a5") == A5
    assert page.paper_size("A6") == A6
    w, h = page.paper_size("F4")
    assert (round(w / mm), round(h / mm)) == (215, 330)
    assert page.paper_size("F4", landscape_=True) == (h, w)
    with pytest.raises(ValueError):
        page.paper_size("Letter")


def test_write_pdf_is_atomic(tmp_path: Path) -> None:
    pdf = receipt.complaint_receipt(samples.receipt())
    target = write_pdf(tmp_path / "sub" / "resi.pdf", pdf)
    assert target.read_bytes() == pdf
    assert [p.name for p in target.parent.iterdir()] == ["resi.pdf"]  # no temporary file left behind
