"""printing/message_slip.py: the status slip handed to a resident, on A6 or an 80 mm roll, every line of the message
on it; an unknown layout refused."""

import datetime as dt

import pytest
from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm

from puskesos_desktop.printing import message_slip, page

from . import helpers, samples

TEXT = "Yth. Bapak Muhammad Yusuf,\nrujukan Anda ke Dinas Sosial DISETUJUI.\nSilakan datang hari Senin."


def _slip() -> message_slip.StatusSlip:
    return message_slip.StatusSlip(
        office=samples.office(),
        number="RJK/6201022001/2026/11/0003",
        complaint_number="PSK/6201022001/2026/11/0001",
        resident_name="Muhammad Yusuf",
        title="Rujukan disetujui",
        text=TEXT,
        printed_on=dt.date(2026, 11, 20),
        officer_name="Rina",
    )


@pytest.mark.parametrize("layout", ["A6", "80mm"])
def test_every_line_of_the_message_is_printed(layout: str) -> None:
    pdf = message_slip.status_slip(_slip(), layout=layout)
    text = " ".join(helpers.text(pdf).split())
    for expected in ("Rujukan disetujui", "RJK/6201022001/2026/11/0003", "DISETUJUI", "Silakan datang hari Senin"):
        assert expected in text, expected
    (width, height), *more = helpers.sizes(pdf)
    assert not more  # one slip, one page
    if layout == "A6":
        assert (round(width), round(height)) == (round(A6[0]), round(A6[1]))
    else:
        assert round(width) == round(page.THERMAL_WIDTH) and height < 200 * mm  # cut to what it holds


def test_an_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError, match="ukuran slip tidak dikenal"):
        message_slip.status_slip(_slip(), layout="A4")
