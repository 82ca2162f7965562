from reportlab.lib.pagesizes import A5

from puskesos_desktop.printing import slips

from . import helpers, samples


def test_missing_documents_slip() -> None:
    pdf = slips.missing_documents_slip(samples.missing_slip())
    assert helpers.sizes(pdf) == [(round(A5[0], 1), round(A5[1], 1))]
    text = helpers.text(pdf)
    for expected in (
        "DAFTAR DOKUMEN YANG MASIH KURANG",
        "RESI/6201022001/2026/11/0007",
        "Đặng Thị Ğülşen Rahmawati",
        "SKTM dari desa",
        "Stopmap",
        "Senin, 30 November 2026",
        "Bawa dokumen asli",
        "Dewi Lestari",
    ):
        assert expected in text, expected


def test_missing_documents_slip_with_nothing_missing() -> None:
    text = helpers.text(slips.missing_documents_slip(samples.missing_slip(documents=(), return_date=None)))
    assert "Dokumen sudah lengkap" in text


def test_requirements_slip() -> None:
    pdf = slips.requirements_slip(samples.requirements(), copy=True)
    assert helpers.sizes(pdf) == [(round(A5[0], 1), round(A5[1], 1))]
    text = helpers.text(pdf)
    for expected in (
        "PERSYARATAN LAYANAN",
        "Pendaftaran / Pengaktifan BPJS PBI-JK",
        "Dinas Sosial Kabupaten Kotawaringin Barat",
        "Terdaftar di DTKS/DTSEN atau diusulkan",
        "SPTJM bermeterai Rp 10.000",
        "☐",
        "SALINAN",
    ):
        assert expected in text, expected


def test_requirements_of_a_programme() -> None:
    text = helpers.text(slips.requirements_slip(samples.requirements(kind="Program", name="PKH", criteria=())))
    assert "PERSYARATAN PROGRAM" in text and "PKH" in text
