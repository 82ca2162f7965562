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


def test_the_village_head_signs_the_minutes_once() -> None:
    """Issue 17.10: chaired by the BPD, the head only acknowledges; when the head chaired, he signs once as both."""
    by_bpd = helpers.text(musdes.musdes_minutes(samples.minutes(3)))
    assert by_bpd.count("H. Ahmad Fauzi, S.Sos.") == 1 and "Bambang Sutrisno (Ketua BPD)" in by_bpd
    by_head = helpers.text(musdes.musdes_minutes(samples.minutes(3, chair="H. Ahmad Fauzi, S.Sos")))
    signatures = by_head[by_head.index("Demikian berita acara") :]
    assert signatures.count("H. Ahmad Fauzi") == 1
    assert "Pimpinan Musyawarah, Kepala Desa Sukamaju" in signatures and "Mengetahui" not in signatures


def test_package_attendance_names_every_rt_and_rw_on_the_agenda() -> None:
    parties = musdes.attendance_parties(samples.package(8).minutes)
    unsur = [u for _, u in parties]
    assert unsur[0] == "Kepala Desa Sukamaju" and "Pimpinan Musyawarah (BPD)" in unsur
    assert {"Ketua RW 001", "Ketua RW 002", "Ketua RT 001 / RW 002", "Ketua RT 002 / RW 001"} <= set(unsur)
    assert "Pendamping PKH" in unsur and "Koordinator Puskesos" in unsur
    assert len(parties) >= 37  # room for everyone the minutes count (37 present)


def test_group_heading_never_ends_a_page() -> None:
    """Issue 17.10: an RT/RW heading row goes to the next page with its first proposal (26 and 56 rows left one
    alone at a page foot before)."""
    for n in (26, 56):
        pdf = musdes.musdes_proposal_list(samples.agenda(n))
        for page in helpers.pages(pdf)[:-1]:
            lines = [line for line in (page.extract_text() or "").splitlines() if line.strip()]
            last = [line for line in lines if not line.startswith("Halaman")][-1]
            assert not ("usulan" in last and "RT" in last), (n, last)
