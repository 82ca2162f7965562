import datetime as dt

import pytest
from reportlab.lib.pagesizes import A5

from puskesos_desktop.printing import receipt
from puskesos_desktop.printing.page import THERMAL_WIDTH

from . import helpers, samples

NUMBER = "RESI/6201022001/2026/11/0007"


def test_a5_receipt_content() -> None:
    pdf = receipt.complaint_receipt(samples.receipt())
    assert helpers.sizes(pdf) == [(round(A5[0], 1), round(A5[1], 1))]
    text = helpers.text(pdf)
    for expected in (
        NUMBER,
        "SURAT RESI KELUHAN",
        "Đặng Thị Ğülşen Rahmawati",
        "6201024507850003",
        "RT 003/RW 001",
        "23 November 2026 pukul 09.41",
        "Kesehatan",
        "Pengaktifan BPJS PBI-JK (KIS)",
        "Fotokopi KTP semua anggota keluarga",
        "Senin, 30 November 2026",
        "0532-21234",
        "Dewi Lestari",
        "PEMERINTAH KABUPATEN KOTAWARINGIN BARAT",
        "PUSAT KESEJAHTERAAN SOSIAL (PUSKESOS)",
    ):
        assert expected in text, expected
    assert "SALINAN" not in text
    assert helpers.qr_texts(pdf) == [NUMBER]


def test_resident_without_nik() -> None:
    data = samples.receipt(resident=samples.person(nik=None))
    assert "belum punya NIK" in helpers.text(receipt.complaint_receipt(data))


def test_copy_is_marked() -> None:
    pdf = receipt.complaint_receipt(samples.receipt(), copy=True, footer="Jejak audit 9f2c")
    text = helpers.text(pdf)
    assert text.count("SALINAN") >= 2  # the header word and the diagonal mark
    assert "Jejak audit 9f2c" in text


def test_thermal_roll_is_80_mm_wide_and_as_long_as_its_content() -> None:
    short = receipt.complaint_receipt(samples.receipt(missing_documents=()), layout="thermal")
    long = receipt.complaint_receipt(samples.receipt(description="keluhan panjang " * 40), layout="thermal")
    (w1, h1), = helpers.sizes(short)
    (w2, h2), = helpers.sizes(long)
    assert w1 == w2 == round(THERMAL_WIDTH, 1)
    assert h2 > h1 > 100 * helpers.MM
    assert NUMBER in helpers.text(short)
    assert helpers.qr_texts(short) == [NUMBER]


def test_long_lists_and_text_stay_on_one_a5_page() -> None:
    data = samples.receipt(
        description="Uraian sangat panjang. " * 300,
        missing_documents=tuple(f"Dokumen nomor {i} yang namanya cukup panjang sekali" for i in range(40)),
        next_steps="Langkah " * 80,
        resident=samples.person(name="Nama Sangat Panjang " * 20, address="Alamat panjang " * 30),
        service="Layanan " * 40,
    )
    pdf = receipt.complaint_receipt(data)
    assert len(helpers.pages(pdf)) == 1
    text = helpers.text(pdf)
    assert "dokumen lainnya" in text
    assert "…" in text


def test_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError):
        receipt.complaint_receipt(samples.receipt(), layout="A4")  # type: ignore[arg-type]


def test_same_data_same_bytes() -> None:
    data = samples.receipt(registered_at=dt.datetime(2026, 1, 2, 3, 4))
    assert receipt.complaint_receipt(data) == receipt.complaint_receipt(data)
