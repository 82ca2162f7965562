"""Field checks shared by every service: dates, phone numbers, lengths, RT/RW."""

from __future__ import annotations

import datetime as dt
import re

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import ValidationError

# Account passwords (services/admin/users.py checks them; the window's password fields stop at the maximum).
MIN_PASSWORD = 8
MAX_PASSWORD = 256  # argon2 takes any length; a bound keeps a pasted novel from costing seconds

_PHONE = re.compile(r"^(\+62|62|0)8[1-9][0-9]{6,11}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def text(value: str | None, field: str, *, required: bool = False, max_len: int = 200, multiline: bool = False) -> str:
    """Trimmed text; control characters refused (they break prints and exports), length bounded."""
    value = (value or "").strip()
    if required and not value:
        raise ValidationError("Wajib diisi.", field)
    if _CONTROL.search(value) or (not multiline and ("\n" in value or "\r" in value)):
        raise ValidationError("Berisi karakter kontrol yang tidak diperbolehkan.", field)
    if len(value) > max_len:
        raise ValidationError(
            "Terlalu panjang: maksimal {max_len} karakter (tertulis {n_value}).",
            field,
            max_len=max_len,
            n_value=len(value),
        )
    return value


def phone(value: str | None, field: str = "Telepon") -> str:
    raw = (value or "").strip()
    if not raw:
        return ""
    digits = re.sub(r"[\s\-().]", "", raw)
    if not _PHONE.match(digits):
        raise ValidationError("Nomor telepon harus diawali +62 atau 08, 10–14 angka.", field)
    return digits


def birth_date(value: dt.date | None, field: str = "Tanggal lahir", *, required: bool = False) -> dt.date | None:
    if value is None:
        if required:
            raise ValidationError("Wajib diisi.", field)
        return None
    today = clock.today()
    if value > today:
        raise ValidationError("Tanggal lahir tidak boleh di masa depan.", field)
    if value.year < today.year - 120:
        raise ValidationError("Tanggal lahir tidak masuk akal (lebih dari 120 tahun lalu).", field)
    return value


def past_date(value: dt.date | None, field: str, *, required: bool = False, max_years_back: int = 5) -> dt.date | None:
    if value is None:
        if required:
            raise ValidationError("Wajib diisi.", field)
        return None
    today = clock.today()
    if value > today:
        raise ValidationError("Tanggal tidak boleh di masa depan.", field)
    if value.year < today.year - max_years_back:
        raise ValidationError(
            "Tanggal terlalu lama (lebih dari {max_years_back} tahun lalu).", field, max_years_back=max_years_back
        )
    return value


def rt_rw(value: str | None, field: str) -> str:
    raw = (value or "").strip()
    if not raw:
        return ""
    if not raw.isdigit() or len(raw) > 3:
        raise ValidationError("RT/RW berupa angka, maksimal 3 digit.", field)
    return raw.zfill(3)


def parse_date(text_value: str, field: str) -> dt.date:
    """'23-11-2026', '23/11/2026', '2026-11-23', or eight digits '23112026' as clerks copy them from a KTP."""
    raw = text_value.strip()
    if re.fullmatch(r"\d{8}", raw):
        raw = f"{raw[:2]}-{raw[2:4]}-{raw[4:]}"
    for fmt in ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise ValidationError("Tanggal tidak dikenali; tulis HH-BB-TTTT, misalnya 23-11-2026.", field)


def parse_month(text_value: str | dt.date, field: str = "--month") -> tuple[int, int]:
    """'2026-11' (or any day of it) -> (2026, 11): the one reader of a month for reports, batches and the CLI."""
    if isinstance(text_value, dt.date):
        return text_value.year, text_value.month
    m = re.fullmatch(r"(\d{4})-(\d{2})", text_value.strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValidationError("Bulan ditulis TTTT-BB, misalnya 2026-11.", field)
    return int(m.group(1)), int(m.group(2))
