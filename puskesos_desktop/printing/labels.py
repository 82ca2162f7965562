"""How the office, places, addresses and people are named on paper."""

from __future__ import annotations

from datetime import date

from puskesos_desktop.core import fmt
from puskesos_desktop.printing.data import OfficeInfo
from puskesos_desktop.printing.text import NBSP, clean

# --- office names ---------------------------------------------------------------------------------------


def kabupaten_label(name: str) -> str:
    """"Kotawaringin Barat" → "Kabupaten Kotawaringin Barat"; "Kota Palangka Raya" stays a city."""
    text = clean(name)
    lower = text.lower()
    if lower.startswith(("kota ", "kabupaten ")):
        return text[0].upper() + text[1:]
    if lower.startswith("kab. "):
        return "Kabupaten " + text[5:].strip()
    return f"Kabupaten {text}"


def village_label(name: str) -> str:
    """"Sukamaju" → "Desa Sukamaju"; a "Kelurahan …" keeps its own word."""
    text = clean(name)
    if text.lower().startswith(("desa ", "kelurahan ")):
        return text[0].upper() + text[1:]
    return f"Desa {text}"


def village_place(name: str) -> str:
    """The place written before a date under a letter: the village's bare name."""
    text = clean(name)
    for prefix in ("desa ", "kelurahan "):
        if text.lower().startswith(prefix):
            return text[len(prefix) :]
    return text


def contact_line(office: OfficeInfo) -> str:
    parts = [clean(office.address)]
    if clean(office.phone):
        parts.append(f"Telp. {clean(office.phone)}")
    if clean(office.email):
        parts.append(clean(office.email))
    return " · ".join(p for p in parts if p)


def address_line(address: str, rt: str, rw: str) -> str:
    """"Jl. Melati 4, RT 003/RW 001" — the RT/RW part only when known."""
    parts = [clean(address)]
    rt_c, rw_c = clean(rt), clean(rw)
    if rt_c or rw_c:
        parts.append(f"RT{NBSP}{rt_c or '-'}/RW{NBSP}{rw_c or '-'}")
    return ", ".join(p for p in parts if p) or "-"


def sex_label(code: str) -> str:
    return {"L": "Laki-laki", "P": "Perempuan"}.get(clean(code).upper()[:1], clean(code) or "-")


def birth_line(place: str, day: date | None) -> str:
    parts = [p for p in (clean(place), fmt.tanggal(day, empty="")) if p]
    return ", ".join(parts) or "-"


def office_author(office: OfficeInfo) -> str:
    return f"Puskesos {village_label(office.village_name)}"
