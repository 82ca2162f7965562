"""Dates, times and money written the Indonesian way, for documents and the interface.

Never depends on the machine's locale: a Windows PC set to English still prints "23 November 2026".
"""

from __future__ import annotations

import datetime as dt

BULAN: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

# Monday first, as date.weekday() counts.
HARI: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

KOSONG = "-"


def tanggal(day: dt.date | None, empty: str = KOSONG) -> str:
    """23 November 2026 (no leading zero on the day)."""
    if day is None:
        return empty
    return f"{day.day} {BULAN[day.month - 1]} {day.year}"


def tanggal_pendek(day: dt.date | None, empty: str = KOSONG) -> str:
    """23-11-2026, for narrow table columns."""
    if day is None:
        return empty
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def hari(day: dt.date) -> str:
    return HARI[day.weekday()]


def hari_tanggal(day: dt.date | None, empty: str = KOSONG) -> str:
    """Senin, 23 November 2026."""
    if day is None:
        return empty
    return f"{hari(day)}, {tanggal(day)}"


def jam(moment: dt.datetime | dt.time) -> str:
    """14.05 — Indonesian spelling uses a full stop between hours and minutes."""
    return f"{moment.hour:02d}.{moment.minute:02d}"


def tanggal_jam(moment: dt.datetime | None, empty: str = KOSONG) -> str:
    """23 November 2026 pukul 14.05."""
    if moment is None:
        return empty
    return f"{tanggal(moment.date())} pukul {jam(moment)}"


def bulan_tahun(when: dt.date | tuple[int, int] | None, empty: str = KOSONG) -> str:
    """November 2026, from a date or a (year, month) pair."""
    if when is None:
        return empty
    if isinstance(when, tuple):
        year, month = when
    else:
        year, month = when.year, when.month
    if not 1 <= month <= 12:
        raise ValueError(f"bulan tidak sah: {month}")
    return f"{BULAN[month - 1]} {year}"


def angka(value: int) -> str:
    """1.500.000 — dots group thousands."""
    sign = "-" if value < 0 else ""
    return sign + f"{abs(int(value)):,}".replace(",", ".")


def rupiah(value: int | None, empty: str = KOSONG) -> str:
    """Rp 1.500.000; negative amounts as -Rp 1.500.000. Whole rupiah only (the office never deals in sen)."""
    if value is None:
        return empty
    sign = "-" if value < 0 else ""
    return f"{sign}Rp {angka(abs(int(value)))}"


def ukuran(n: int | None, empty: str = "?") -> str:
    """A file or disk size: 12 KB, 3,4 MB, 1,2 GB (decimal comma; at least 1 KB)."""
    if n is None:
        return empty
    if n >= 1_073_741_824:
        return f"{n / 1_073_741_824:.1f} GB".replace(".", ",")
    if n >= 1_048_576:
        return f"{n / 1_048_576:.1f} MB".replace(".", ",")
    return f"{max(1, n // 1024)} KB"
