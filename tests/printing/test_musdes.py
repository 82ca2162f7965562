from reportlab.lib.pagesizes import A4, landscape

from puskesos_desktop.printing import musdes
from puskesos_desktop.printing.page import PAPERS

from . import helpers, samples


def _size(paper: tuple[float, float]) -> tuple[float, float]:
    return (round(paper[0], 1), round(paper[1], 1))


def test_proposal_list_is_landscape_and_grouped_by_rt_rw() -> None:
    pdf = musdes.musdes_proposal_list(samples.agenda(8))
    assert helpers.sizes(pdf) == [_size(landscape(A4))]
    text = helpers.text(pdf)
    for expected in (
        "DAFTAR USULAN DTKS/DTSEN UNTUK MUSYAWARAH DESA",
        "Sabtu, 28 November 2026",
        "Balai Desa Sukamaju",
        "RT 001 / RW 002",
        "RT 002 / RW 001",
        "Warga Contoh Nomor 8",
        "6201024507850007",
        "Tambah",
        "Perbarui",
        "Hapus",
        "Keputusan",
        "Setuju",
        "Tidak",
        "Jumlah usulan: 8",
    ):
        assert expected in text, expected
    # RW first, then RT: RT 002/RW 001 comes before RT 001/RW 002.
    assert text.index("RT 002 / RW 001") < text.index("RT 001 / RW 002")


def test_long_list_repeats_its_header_on_every_page() -> None:
    pdf = musdes.musdes_proposal_list(samples.agenda(60), paper="F4")
    sizes = helpers.sizes(pdf)
    assert len(sizes) >= 3
    assert all(s == _size(landscape(PAPERS["F4"])) for s in sizes)
    for page in helpers.pages(pdf):
        assert "No Usulan" in (page.extract_text() or "")
    assert f"Halaman 1 dari {len(sizes)}" in helpers.text(pdf)


def test_minutes() -> None:
    pdf = musdes.musdes_minutes(samples.minutes(6))
    text = helpers.text(pdf)
    for expected in (
        "BERITA ACARA MUSYAWARAH DESA",
        "BA/6201022001/2026/11/0001",
        "Sabtu, tanggal 28 November 2026, pukul 09.00",
        "Balai Desa Sukamaju",
        "37 orang peserta",
        "Bambang Sutrisno (Ketua BPD)",
        "Dari 6 usulan yang dibahas, 4 usulan disahkan dan 2 usulan ditolak",
        "Disahkan",
        "Ditolak",
        "Pimpinan Musyawarah",
        "Perwakilan Masyarakat",
        "Sri Wahyuni",
        "Mengetahui,",
        "Kepala Desa Sukamaju",
        "H. Ahmad Fauzi, S.Sos.",
    ):
        assert expected in text, expected


def test_long_minutes_continue_with_the_table_header() -> None:
    pdf = musdes.musdes_minutes(samples.minutes(70))
    pages = helpers.pages(pdf)
    assert len(pages) >= 3
    for page in pages[:-1]:
        assert "Keputusan" in (page.extract_text() or "")


def test_decision_words() -> None:
    assert musdes.decision_label("Disahkan Musdes") == "Disahkan"
    assert musdes.decision_label("setuju") == "Disahkan"
    assert musdes.decision_label("Tidak") == "Ditolak"
    assert musdes.decision_label("") == "-"


def test_empty_lists_still_print() -> None:
    assert "Belum ada usulan" in helpers.text(musdes.musdes_proposal_list(samples.agenda(0)))
    assert "Tidak ada usulan" in helpers.text(musdes.musdes_minutes(samples.minutes(0)))
