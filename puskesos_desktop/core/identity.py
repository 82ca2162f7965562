"""Indonesian identity numbers: NIK (Nomor Induk Kependudukan) and No. KK (Kartu Keluarga).

NIK: PP KK CC DDMMYY SSSS — region of registration, birth date (day + 40 for women), serial not 0000.
No. KK: 16 digits with the same region prefix; the rest is issue date and serial.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from puskesos_desktop.core import regions
from puskesos_desktop.core.errors import ValidationError

_SEPARATORS = re.compile(r"[\s.\-_/]+")


def normalise_number(text: str) -> str:
    """What staff type or paste ('6201 0212.0590-0001') -> '6201021205900001'; letters are kept (and refused later)."""
    return _SEPARATORS.sub("", text.strip().replace("\u200b", "")).replace("'", "")


@dataclass(frozen=True)
class NikInfo:
    nik: str
    sex: str  # "L" or "P"
    birth_date: dt.date
    region: regions.Kecamatan
    serial: str


def _century(yy: int, today: dt.date) -> int:
    # A two-digit year after this year is last century's (nobody is born in the future).
    return 2000 + yy if 2000 + yy <= today.year else 1900 + yy


def parse_nik(text: str, field: str = "NIK", today: dt.date | None = None) -> NikInfo:
    """Validate a NIK and derive sex and birth date. Raises ValidationError saying exactly what is wrong."""
    today = today or dt.date.today()
    # 16 plain digits, as nearly every NIK in an extract is written, need no cleaning.
    nik = text if len(text) == 16 and text.isdigit() and text.isascii() else normalise_number(text)
    if not nik:
        raise ValidationError("NIK wajib diisi.", field)
    if not nik.isdigit() or not nik.isascii():
        raise ValidationError("NIK hanya boleh berisi angka.", field)
    if len(nik) != 16:
        raise ValidationError("NIK harus 16 angka (tertulis {n_nik} angka).", field, n_nik=len(nik))
    region = regions.kecamatan(nik[:6])
    if region is None:
        raise ValidationError(
            "Kode wilayah NIK {nik} bukan kecamatan yang terdaftar di Kemendagri.", field, nik=regions.dotted(nik[:6])
        )
    day, month, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    sex = "L"
    if day > 40:
        sex, day = "P", day - 40
    try:
        birth = dt.date(_century(yy, today), month, day)
    except ValueError:
        raise ValidationError(
            "Tanggal lahir dalam NIK ({nik}-{nik2}-{nik3}) bukan tanggal yang ada.",
            field,
            nik=nik[6:8],
            nik2=nik[8:10],
            nik3=nik[10:12],
        ) from None
    if nik[12:] == "0000":
        raise ValidationError("Nomor urut NIK (4 angka terakhir) tidak boleh 0000.", field)
    return NikInfo(nik=nik, sex=sex, birth_date=birth, region=region, serial=nik[12:])


def parse_kk(text: str, field: str = "No. KK") -> str:
    """Validate a family-card number; return its 16 digits."""
    kk = text if len(text) == 16 and text.isdigit() and text.isascii() else normalise_number(text)
    if not kk:
        raise ValidationError("Nomor KK wajib diisi.", field)
    if not kk.isdigit() or not kk.isascii():
        raise ValidationError("Nomor KK hanya boleh berisi angka.", field)
    if len(kk) != 16:
        raise ValidationError("Nomor KK harus 16 angka (tertulis {n_kk} angka).", field, n_kk=len(kk))
    if not regions.is_kecamatan(kk[:6]):
        raise ValidationError(
            "Kode wilayah No. KK {kk} bukan kecamatan yang terdaftar di Kemendagri.", field, kk=regions.dotted(kk[:6])
        )
    if kk[12:] == "0000":
        raise ValidationError("Nomor urut KK (4 angka terakhir) tidak boleh 0000.", field)
    return kk


def is_valid_nik(text: str) -> bool:
    try:
        parse_nik(text)
    except ValidationError:
        return False
    return True


def make_nik(kecamatan_code: str, birth: dt.date, sex: str, serial: int) -> str:
    """Build a NIK (for demo data and tests)."""
    day = birth.day + (40 if sex == "P" else 0)
    return f"{kecamatan_code}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


def mask_nik(nik: str | None) -> str:
    """'6201021205900001' -> '620102********01': enough to tell people apart, not enough to misuse."""
    if not nik:
        return ""
    return nik[:6] + "*" * (len(nik) - 8) + nik[-2:] if len(nik) > 8 else "*" * len(nik)
