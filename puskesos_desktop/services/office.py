"""The office profile and the office's settings."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select

from puskesos_desktop.core import regions
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Holiday, OfficeProfile, Setting
from puskesos_desktop.services import audit
from puskesos_desktop.services.context import Actor

# Settings with their defaults; values are stored as JSON text.
DEFAULTS: dict[str, Any] = {
    "referral_approval_required": True,  # referrals leaving the village wait for the coordinator
    "idle_lock_minutes": 10,
    "followup_days": 14,  # referrals with no outcome after this many days are listed for follow-up
    "receipt_layout": "A5",  # or "80mm"
    "language": "id",
    "backup_second_folder": "",
    "import_column_mapping": {},
}


@dataclass(frozen=True)
class OfficeData:
    village_name: str
    village_code: str
    kecamatan_name: str
    kabupaten_name: str
    province_name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    head_name: str = ""
    head_title: str = "Kepala Desa"
    coordinator_name: str = ""
    paper_size: str = "A4"
    logo_png: bytes | None = None


def get_profile(db: Database) -> OfficeData | None:
    with db.read() as s:
        row = s.get(OfficeProfile, 1)
        if row is None:
            return None
        return OfficeData(**{f.name: getattr(row, f.name) for f in fields(OfficeData)})


def save_profile(db: Database, actor: Actor, data: OfficeData) -> OfficeData:
    actor.require(Permission.SETTINGS)
    if not data.village_name.strip():
        raise ValidationError("Nama desa wajib diisi.", "Nama desa")
    try:
        code = regions.village_code_digits(data.village_code)
    except ValueError as exc:
        raise ValidationError(str(exc), "Kode desa") from None
    if data.paper_size not in ("A4", "F4"):
        raise ValidationError("Ukuran kertas harus A4 atau F4.", "Ukuran kertas")
    kec = regions.kecamatan(code[:6])
    assert kec is not None  # village_code_digits checked it
    values = {f.name: getattr(data, f.name) for f in fields(OfficeData)}
    values["village_code"] = code
    values["kecamatan_name"] = data.kecamatan_name.strip() or kec.kecamatan
    values["kabupaten_name"] = data.kabupaten_name.strip() or kec.kabupaten
    values["province_name"] = data.province_name.strip() or kec.province
    with db.write() as s:
        row = s.get(OfficeProfile, 1)
        old = {} if row is None else {k: getattr(row, k) for k in values if k != "logo_png"}
        if row is None:
            row = OfficeProfile(id=1, **values)
            s.add(row)
        else:
            for k, v in values.items():
                setattr(row, k, v)
        changes = {k: [old.get(k), v] for k, v in values.items() if k != "logo_png" and old.get(k) != v}
        audit.record(s, actor, "office.update" if old else "office.create", "office_profile", 1, changes)
    return OfficeData(**values)


def get_setting(db: Database, key: str) -> Any:
    with db.read() as s:
        row = s.get(Setting, key)
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row.value)


def set_setting(db: Database, actor: Actor, key: str, value: Any) -> None:
    actor.require(Permission.SETTINGS)
    if key not in DEFAULTS:
        raise ValidationError(f"Pengaturan '{key}' tidak dikenal.", key)
    text = json.dumps(value, ensure_ascii=False)
    with db.write() as s:
        row = s.get(Setting, key)
        old = None if row is None else json.loads(row.value)
        if row is None:
            s.add(Setting(key=key, value=text))
        else:
            row.value = text
        audit.record(s, actor, "setting.update", "setting", key, {"old": old, "new": value})


def holidays(db: Database) -> set[dt.date]:
    with db.read() as s:
        return set(s.execute(select(Holiday.day)).scalars())


def set_holidays(db: Database, actor: Actor, days: dict[dt.date, str]) -> None:
    """Replace the list of holidays (the coordinator keeps it; Indonesian public holidays are offered)."""
    actor.require(Permission.SETTINGS)
    with db.write() as s:
        s.query(Holiday).delete()
        for day, name in sorted(days.items()):
            s.add(Holiday(day=day, name=name[:200]))
        audit.record(s, actor, "holidays.update", "holiday", "", {"count": len(days)})


def indonesian_public_holidays(years: list[int]) -> dict[dt.date, str]:
    """Indonesia's public holidays from the `holidays` package, as a starting list for the coordinator."""
    import holidays as hol

    out: dict[dt.date, str] = {}
    for year in years:
        for day, name in hol.country_holidays("ID", years=year, language="id").items():
            out[day] = str(name)
    return out
