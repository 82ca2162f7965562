from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from puskesos_desktop.core import identity, regions
from puskesos_desktop.core.errors import ValidationError


def test_nik_woman_derives_sex_and_birth_date() -> None:
    info = identity.parse_nik("6201025205900001")
    assert info.sex == "P"
    assert info.birth_date == dt.date(1990, 5, 12)
    assert info.region.kabupaten == "Kab. Kotawaringin Barat"


def test_nik_man_and_century() -> None:
    info = identity.parse_nik("6201021205100001", today=dt.date(2026, 11, 23))
    assert info.sex == "L" and info.birth_date == dt.date(2010, 5, 12)
    old = identity.parse_nik("6201021205300001", today=dt.date(2026, 11, 23))
    assert old.birth_date.year == 1930


def test_normalises_what_staff_type() -> None:
    assert identity.parse_nik(" 6201.0212-0590 0001 ").nik == "6201021205900001"
    assert identity.parse_kk("6201-0212-0590-0002") == "6201021205900002"


def test_kalimantan_utara_is_a_real_region() -> None:
    # python-stdnum rejects 65…; the Kemendagri list has it.
    code = next(k.code for k in regions.all_kecamatan() if k.code.startswith("65"))
    assert identity.parse_nik(f"{code}0101900001").region.province.startswith("Kalimantan Utara")


@pytest.mark.parametrize(
    ("nik", "fragment"),
    [
        ("620102120590000", "16 angka"),
        ("62010212059000011", "16 angka"),
        ("62010212O5900001", "hanya boleh berisi angka"),
        ("9901021205900001", "bukan kecamatan"),
        ("6201023205900001", "bukan tanggal"),
        ("6201021213900001", "bukan tanggal"),
        ("6201027205900001", "bukan tanggal"),  # 72 - 40 = 32
        ("6201021205900000", "0000"),
        ("", "wajib"),
    ],
)
def test_bad_nik_says_why(nik: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as err:
        identity.parse_nik(nik)
    assert fragment in err.value.message
    assert err.value.field == "NIK"


def test_bad_kk() -> None:
    for kk in ("123", "9901021205900002", "6201021205900000", "62010212059000x2"):
        with pytest.raises(ValidationError):
            identity.parse_kk(kk)


def test_mask() -> None:
    assert identity.mask_nik("6201021205900001") == "620102********01"
    assert identity.mask_nik(None) == ""


KEC = [k.code for k in regions.all_kecamatan()]


@given(
    st.sampled_from(KEC),
    st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2025, 12, 31)),
    st.sampled_from(["L", "P"]),
    st.integers(min_value=1, max_value=9999),
)
def test_make_then_parse_round_trips(code: str, birth: dt.date, sex: str, serial: int) -> None:
    nik = identity.make_nik(code, birth, sex, serial)
    info = identity.parse_nik(nik, today=dt.date(2026, 11, 23))
    assert (info.sex, info.birth_date, info.region.code) == (sex, birth, code)


@given(st.text(max_size=40))
def test_any_text_is_refused_or_valid_never_crashes(text: str) -> None:
    try:
        info = identity.parse_nik(text)
    except ValidationError as err:
        assert err.message
    else:
        assert len(info.nik) == 16 and info.nik.isdigit()
