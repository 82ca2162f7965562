import datetime as dt

import pytest
from reportlab.lib.pagesizes import A4

from puskesos_desktop.printing import letters
from puskesos_desktop.printing.data import HouseholdMember, RegistryStatus, Signer
from puskesos_desktop.printing.page import PAPERS

from . import helpers, samples


def _size(paper: tuple[float, float]) -> tuple[float, float]:
    return (round(paper[0], 1), round(paper[1], 1))


def test_recommendation_to_dukcapil() -> None:
    pdf = letters.dukcapil_recommendation(samples.recommendation())
    assert helpers.sizes(pdf) == [_size(A4)]
    text = helpers.text(pdf)
    for expected in (
        "REK/6201022001/2026/11/0002",
        "Kepada Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kotawaringin Barat",
        "Yohanes Paulus Ngongo",
        "Laki-laki",
        "Waingapu, 2 Maret 1979",
        "Maria Goreti",
        "Istri",
        "Agustinus",
        "belum memiliki NIK dan Kartu Keluarga (KK)",
        "penerbitan Nomor Induk Kependudukan (NIK) dan Kartu Keluarga (KK)",
        "Kepala Desa Sukamaju",
        "H. Ahmad Fauzi, S.Sos.",
        "Sukamaju, 23 November 2026",
    ):
        assert expected in text, expected
    assert "SALINAN" not in text


def test_recommendation_on_f4_from_the_office_or_the_caller() -> None:
    data = samples.recommendation(office=samples.office(paper="F4"))
    assert helpers.sizes(letters.dukcapil_recommendation(data)) == [_size(PAPERS["F4"])]
    assert helpers.sizes(letters.dukcapil_recommendation(samples.recommendation(), paper="F4")) == [
        _size(PAPERS["F4"])
    ]


def test_recommendation_signer_and_city() -> None:
    data = samples.recommendation(
        office=samples.office(kabupaten="Kota Palangka Raya"),
        signer=Signer(title="Sekretaris Desa Sukamaju", name="Yuliana", caption="a.n. Kepala Desa"),
    )
    text = helpers.text(letters.dukcapil_recommendation(data, copy=True))
    assert "Pencatatan Sipil Kota Palangka Raya" in text
    assert "PEMERINTAH KOTA PALANGKA RAYA" in text
    assert "Sekretaris Desa Sukamaju" in text and "Yuliana" in text
    assert "SALINAN" in text


def test_head_title_gets_the_village_name() -> None:
    assert letters.head_signer(samples.office(head_title="Kepala Desa")).title == "Kepala Desa Sukamaju"
    assert letters.head_signer(samples.office(head_title="Lurah Sukamaju")).title == "Lurah Sukamaju"


def test_registry_certificate() -> None:
    pdf = letters.registry_certificate(samples.certificate())
    text = helpers.text(pdf)
    for expected in (
        "SURAT KETERANGAN TERDAFTAR DTKS/DTSEN",
        "SKT/6201022001/2026/11/0011",
        "Đặng Thị Ğülşen Rahmawati",
        "6201024507850003",
        "6201020101090017",
        "DTSEN-62010200123",
        "Desil kesejahteraan : 2",
        "PKH",
        "BPNT / Program Sembako",
        "PBI-JK (KIS)",
        "berdasarkan data DTKS/DTSEN per tanggal 1 Oktober 2026",
        "persyaratan pendaftaran KIP Kuliah",
        "Kepala Desa Sukamaju",
        "H. Ahmad Fauzi, S.Sos.",
    ):
        assert expected.lower() in text.lower(), expected
    assert len(helpers.pages(pdf)) == 1


def test_certificate_without_extract_date_or_programmes() -> None:
    data = samples.certificate(registry=RegistryStatus(registered=True, desil=None, registry_id="X1"), purpose="")
    text = helpers.text(letters.registry_certificate(data))
    assert "Belum ada" in text
    assert "sebagaimana mestinya" in text


def test_certificate_refuses_an_unregistered_person() -> None:
    with pytest.raises(ValueError):
        letters.registry_certificate(samples.certificate(registry=RegistryStatus(registered=False)))


def test_many_household_members_continue_on_the_next_page() -> None:
    members = tuple(
        HouseholdMember(f"Anggota {i}", "Anak", "L", "Sampit", dt.date(2010, 1, 1)) for i in range(60)
    )
    pdf = letters.dukcapil_recommendation(samples.recommendation(members=members))
    assert len(helpers.pages(pdf)) >= 2
    text = helpers.text(pdf)
    assert "Anggota 59" in text and "Halaman 1 dari" in text
