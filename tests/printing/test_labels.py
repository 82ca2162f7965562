"""printing/labels.py: region names as printed (Kabupaten/Kota, Desa/Kelurahan), a person's lines on a paper."""

import datetime as dt

from puskesos_desktop.printing import labels


def test_region_labels() -> None:
    assert labels.kabupaten_label("Kotawaringin Barat") == "Kabupaten Kotawaringin Barat"
    assert labels.kabupaten_label("Kab. Seruyan") == "Kabupaten Seruyan"
    assert labels.kabupaten_label("kota Palangka Raya") == "Kota Palangka Raya"
    assert labels.village_label("Sukamaju") == "Desa Sukamaju"
    assert labels.village_label("Kelurahan Baru") == "Kelurahan Baru"
    assert labels.village_place("Desa Sukamaju") == "Sukamaju"
    assert labels.address_line("Jl. Melati", "", "") == "Jl. Melati"
    assert labels.address_line("", "", "") == "-"


def test_a_persons_lines() -> None:
    nbsp = "\u00a0"  # RT and its number never part at a line end
    assert labels.address_line("Jl. Melati 4", "003", "") == f"Jl. Melati 4, RT{nbsp}003/RW{nbsp}-"
    assert labels.address_line("", "", "1") == f"RT{nbsp}-/RW{nbsp}1"
    assert [labels.sex_label(c) for c in ("L", "p", "Perempuan", "X", "")] == [
        "Laki-laki", "Perempuan", "Perempuan", "X", "-",
    ]  # fmt: skip
    assert labels.birth_line("Pangkalan Bun", dt.date(1990, 5, 12)) == "Pangkalan Bun, 12 Mei 1990"
    assert labels.birth_line("", None) == "-"
    assert labels.birth_line("", dt.date(1990, 5, 12)) == "12 Mei 1990"
