"""How the office, places, addresses and people are named on paper."""

from __future__ import annotations

from datetime import date

from puskesos_desktop.core import fmt
from puskesos_desktop.printing.data import OfficeInfo
from puskesos_desktop.printing.text import NBSP, clean

# Region and village names are short in reality; a longer value is a mistake and must not take over the page.
NAME_LIMIT = 60


def kabupaten_label(name: str) -> str:
    """"Kotawaringin Barat" → "Kabupaten Kotawaringin Barat"; "Kota Palangka Raya" stays a city."""
    text = clean(name, limit=NAME_LIMIT)
    lower = text.lower()
    if lower.startswith(("kota ", "kabupaten ")):
        return text[0].upper() + text[1:]
    if lower.startswith("kab. "):
        return "Kabupaten " + text[5:].strip()
    return f"Kabupaten {text}"


def village_label(name: str) -> str:
    """"Sukamaju" → "Desa Sukamaju"; a "Kelurahan …" keeps its own word."""
    text = clean(name, limit=NAME_LIMIT)
    if text.lower().startswith(("desa ", "kelurahan ")):
        return text[0].upper() + text[1:]
    return f"Desa {text}"


def village_place(name: str) -> str:
    """The place written before a date under a letter: the village's bare name."""
    text = clean(name, limit=NAME_LIMIT)
    for prefix in ("desa ", "kelurahan "):
        if text.lower().startswith(prefix):
            return text[len(prefix) :]
    return text


def kecamatan_name(office: OfficeInfo) -> str:
    return clean(office.kecamatan, limit=NAME_LIMIT)


def contact_line(office: OfficeInfo) -> str:
    """Address · Telp. … · e-mail, each cut to a sensible length."""
    parts = [clean(office.address, limit=140)]
    phone, email = clean(office.phone, limit=40), clean(office.email, limit=60)
    if phone:
        parts.append(f"Telp. {phone}")
    if email:
        parts.append(email)
    return " · ".join(p for p in parts if p)


def address_line(address: str, rt: str, rw: str) -> str:
    """"Jl. Melati 4, RT 003/RW 001" — the RT/RW part only when known."""
    parts = [clean(address, limit=200)]
    rt_c, rw_c = clean(rt, limit=5), clean(rw, limit=5)
    if rt_c or rw_c:
        parts.append(f"RT{NBSP}{rt_c or '-'}/RW{NBSP}{rw_c or '-'}")
    return ", ".join(p for p in parts if p) or "-"


def sex_label(code: str) -> str:
    return {"L": "Laki-laki", "P": "Perempuan"}.get(clean(code).upper()[:1], clean(code, limit=20) or "-")


def birth_line(place: str, day: date | None) -> str:
    parts = [p for p in (clean(place, limit=NAME_LIMIT), fmt.tanggal(day, empty="")) if p]
    return ", ".join(parts) or "-"


def office_author(office: OfficeInfo) -> str:
    return f"Puskesos {village_label(office.village_name)}"
