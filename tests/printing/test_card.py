import pytest
from reportlab.lib.pagesizes import A4, A6

from puskesos_desktop.printing import card
from puskesos_desktop.printing.data import RegistryStatus
from puskesos_desktop.printing.page import PAPERS

from . import helpers, samples

NUMBER = "RJK/6201022001/2026/11/0003"


def _size(paper: tuple[float, float]) -> tuple[float, float]:
    return (round(paper[0], 1), round(paper[1], 1))


def test_one_card_on_a6() -> None:
    pdf = card.referral_card(samples.card())
    assert helpers.sizes(pdf) == [_size(A6)]
    text = helpers.text(pdf)
    for expected in (
        "KARTU RUJUKAN — KESEHATAN",
        NUMBER,
        "24 November 2026",
        "Đặng Thị Ğülşen Rahmawati",
        "6201024507850003",
        "6201020101090017",
        "Pangkalan Bun, 5 Juli 1985",
        "RT 003/RW 001",
        "Terdaftar DTKS/DTSEN, desil 2",
        "PKH, BPNT, PBI-JK",
        "RSUD Sultan Imanuddin",
        "Dana kemitraan rumah sakit",
        "Surat rujukan",
        "Dewi Lestari",
        "Rina Marlina",  # the office's coordinator when the card names none
        "Disetujui",
        "Ditolak",
        "Ditelaah Lebih Lanjut",
        "LEMBAR BALASAN",
    ):
        assert expected in text, expected
    assert "SALINAN" not in text
    assert helpers.qr_texts(pdf) == [NUMBER]


def test_unregistered_resident() -> None:
    data = samples.card(registry=RegistryStatus(registered=False), resident=samples.person(nik=None))
    text = helpers.text(card.referral_card(data))
    assert "Tidak terdaftar" in text
    assert "belum punya NIK" in text


def test_copy_is_marked() -> None:
    text = helpers.text(card.referral_card(samples.card(), copy=True, footer="audit 51be"))
    assert text.count("SALINAN") >= 2
    assert "audit 51be" in text


def _is_blue(r: int, g: int, b: int) -> bool:
    return b > 150 and b > r + 60 and b > g + 40


def _is_pink(r: int, g: int, b: int) -> bool:
    return r > 200 and g < r - 50 and b > 120 and b < r


def _is_yellow(r: int, g: int, b: int) -> bool:
    return r > 200 and g > 170 and b < 90


def _is_grey(r: int, g: int, b: int) -> bool:
    return max(r, g, b) - min(r, g, b) < 12 and 100 < r < 220


@pytest.mark.parametrize(
    ("field", "check"),
    [("Kesehatan", _is_blue), ("Sosial", _is_pink), ("Pendidikan", _is_yellow), ("Lainnya", _is_grey)],
)
def test_card_colour_follows_the_field(field: str, check: object) -> None:
    pdf = card.referral_card(samples.card(field))
    img = helpers.render(pdf, scale=1.5)
    height = A6[1]
    band = helpers.pixel_mm(img, height, 7.0, 11.0)  # the band, left of its title
    frame = helpers.pixel_mm(img, height, 5.9, 70.0)  # the coloured border
    assert check(*band), band  # type: ignore[operator]
    assert check(*frame), frame  # type: ignore[operator]
    assert f"KARTU RUJUKAN — {field.upper()}" in helpers.text(pdf)


def test_any_other_field_is_grey_with_its_own_name() -> None:
    assert card.field_look("Adminduk").fill == card.NEUTRAL
    assert card.field_look("Adminduk").title == "ADMINDUK"
    assert card.field_look(" kesehatan ").title == "KESEHATAN"


def test_four_up_sheets() -> None:
    cards = [
        samples.card(f, number=f"RJK/6201022001/2026/11/{i:04d}")
        for i, f in enumerate(["Kesehatan", "Sosial", "Pendidikan", "Lainnya", "Kesehatan"], start=1)
    ]
    pdf = card.referral_cards_sheet(cards)
    assert helpers.sizes(pdf) == [_size(A4), _size(A4)]
    assert helpers.qr_texts(pdf, 0, scale=2.5) == [f"RJK/6201022001/2026/11/{i:04d}" for i in range(1, 5)]
    assert helpers.qr_texts(pdf, 1, scale=2.5) == ["RJK/6201022001/2026/11/0005"]
    f4 = card.referral_cards_sheet(cards[:2], paper="F4")
    assert helpers.sizes(f4) == [_size(PAPERS["F4"])]
    office_f4 = card.referral_cards_sheet([samples.card(office=samples.office(paper="F4"))])
    assert helpers.sizes(office_f4) == [_size(PAPERS["F4"])]


def test_sheet_needs_cards() -> None:
    with pytest.raises(ValueError):
        card.referral_cards_sheet([])
