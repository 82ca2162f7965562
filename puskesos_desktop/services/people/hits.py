"""What a search answers (``SearchHit``) and the whole-NIK answer read on a bare sqlite3 connection, with no
SQLAlchemy: the desk's commonest query and `puskesos find NIK` (whose cold process must not pay for SQLAlchemy's
import) go through `exact_nik`, the same function, so the two cannot answer differently."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import namedtuple
from dataclasses import asdict, dataclass
from typing import Any

from puskesos_desktop.services.registry import standing

DEFAULT_LIMIT = 50
NIK_DIGITS = 16


def is_whole_nik(text: str) -> bool:
    return len(text) == NIK_DIGITS and text.isdigit() and text.isascii()


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "resident" (a client), "registry" (in DTKS/DTSEN, not yet a client), "complaint" (receipt number)
    name: str
    nik: str | None
    kk: str | None
    address: str
    rt: str
    rw: str
    sex: str
    birth_date: dt.date | None
    resident_id: int | None
    registry_record_id: int | None
    in_registry: bool
    is_client: bool
    desil: int | None
    registry_id: str
    programmes: tuple[str, ...]
    score: float
    matched: str  # "resi", "nik", "kk", "nama"
    facilitator: str = ""  # the facilitator who registered the person in the field
    complaint_number: str | None = None
    complaint_status: str | None = None
    # Issue 16: the desil's data date (the family's imported desil when newer), what it qualifies for, what is missing.
    desil_date: dt.date | None = None
    eligible_programmes: tuple[str, ...] = ()
    missing_programmes: tuple[str, ...] = ()

    @property
    def desil_text(self) -> str:
        """ "Desil 3 (data 12 Oktober 2026): memenuhi batas desil PKH, BPNT, PBI-JK — belum menerima PBI-JK"."""
        return standing.Standing(self.desil, self.desil_date, self.eligible_programmes, self.missing_programmes).text

    @property
    def rt_rw(self) -> str:
        return f"{self.rt or '-'}/{self.rw or '-'}" if (self.rt or self.rw) else ""

    @property
    def registry_label(self) -> str:
        if not self.in_registry:
            return "Tidak terdaftar"
        return f"DTKS/DTSEN desil {self.desil}" if self.desil is not None else "DTKS/DTSEN"

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["programmes"] = list(self.programmes)
        data["score"] = round(self.score, 1)
        data["eligible_programmes"] = list(self.eligible_programmes)
        data["missing_programmes"] = list(self.missing_programmes)
        return data


_ResRow = namedtuple("_ResRow", "id nik name address rt rw sex birth_date kk facilitator")  # noqa: PYI024
_RegRow = namedtuple("_RegRow", "id nik kk name address rt rw sex birth_date registry_id desil")  # noqa: PYI024

# A whole NIK typed or scanned at the desk, in one statement: the resident, their registry row and its
# programmes, and whether the digits are also a KK (then the general path answers, with the household).
_EXACT_NIK = (
    "SELECT r.id, r.nik, r.name, r.address, r.rt, r.rw, r.sex, r.birth_date, h.kk, u.full_name, "
    "g.id, g.nik, g.kk, g.name, g.address, g.rt, g.rw, g.sex, g.birth_date, g.registry_id, g.desil, "
    "(SELECT group_concat(code, char(31)) FROM (SELECT p.code FROM registry_programmes rp "
    "JOIN programmes p ON p.id = rp.programme_id WHERE rp.record_id = g.id ORDER BY p.code)), "
    "EXISTS (SELECT 1 FROM households WHERE kk = :d) OR EXISTS (SELECT 1 FROM registry_records WHERE kk = :d) "
    "FROM (SELECT :d AS nik) q LEFT JOIN residents r ON r.nik = q.nik "
    "LEFT JOIN households h ON h.id = r.household_id LEFT JOIN users u ON u.id = r.facilitator_id "
    "LEFT JOIN registry_records g ON g.nik = q.nik AND g.active = 1"
)


# The same statement for PostgreSQL's own driver (psycopg, prepared once per connection): booleans are booleans
# there, string_agg orders inside the aggregate, and the typed parameter keeps the NIK index in use.
_EXACT_NIK_PG = (
    "SELECT r.id, r.nik, r.name, r.address, r.rt, r.rw, r.sex, r.birth_date, h.kk, u.full_name, "
    "g.id, g.nik, g.kk, g.name, g.address, g.rt, g.rw, g.sex, g.birth_date, g.registry_id, g.desil, "
    "(SELECT string_agg(p.code, chr(31) ORDER BY p.code) FROM registry_programmes rp "
    "JOIN programmes p ON p.id = rp.programme_id WHERE rp.record_id = g.id), "
    "EXISTS (SELECT 1 FROM households WHERE kk = %(d)s) OR EXISTS (SELECT 1 FROM registry_records WHERE kk = %(d)s) "
    "FROM (SELECT %(d)s::varchar AS nik) q LEFT JOIN residents r ON r.nik = q.nik "
    "LEFT JOIN households h ON h.id = r.household_id LEFT JOIN users u ON u.id = r.facilitator_id "
    "LEFT JOIN registry_records g ON g.nik = q.nik AND g.active"
)


def exact_nik(raw: Any, digits: str) -> list[SearchHit] | None:
    """The hits `_assemble(_number_refs(…))` gives for a whole NIK, or None where that path must answer: the digits
    are (also) a KK, nobody has that NIK (it looks for the digits inside
    other numbers). `raw`: a bare sqlite3 connection, or a psycopg one on PostgreSQL (db/readers.py)."""
    if isinstance(raw, sqlite3.Connection):
        rows = raw.execute(_EXACT_NIK, {"d": digits}).fetchall()
    else:
        rows = raw.execute(_EXACT_NIK_PG, {"d": digits}, prepare=True).fetchall()
    if len(rows) != 1 or rows[0][22]:
        return None
    row = rows[0]
    res = _ResRow._make(row[:7] + (_date(row[7]),) + row[8:10]) if row[0] is not None else None
    rec = _RegRow._make(row[10:18] + (_date(row[18]),) + row[19:21]) if row[10] is not None else None
    if res is None and rec is None:
        return None
    programmes = {rec.id: tuple(row[21].split("\x1f"))} if rec is not None and row[21] else {}
    # The family's desil standing (issue 16), as _assemble adds it: desil judges both paths.
    kk = res.kk if res is not None else (rec.kk or None) if rec is not None else None
    family = standing.Family(kk, rec.id if rec is not None else None)
    st = standing.standing_raw(raw, family)
    if res is not None:
        return [_resident_hit(res, rec, programmes, 100.0, "nik", st)]
    assert rec is not None
    return [_registry_hit(rec, programmes, 100.0, "nik", st)]


def _date(value: str | dt.date | None) -> dt.date | None:
    """SQLite keeps dates as ISO text; psycopg and SQLAlchemy give date objects."""
    if isinstance(value, str):
        return dt.date.fromisoformat(value) if value else None
    return value


def _resident_hit(
    r: Any,
    rec: Any | None,
    programmes: dict[int, tuple[str, ...]],
    score: float,
    what: str,
    st: standing.Standing = standing.NO_STANDING,
) -> SearchHit:
    return SearchHit(
        kind="resident",
        name=r.name,
        nik=r.nik,
        kk=r.kk,
        address=r.address or (rec.address if rec else ""),
        rt=r.rt or (rec.rt if rec else ""),
        rw=r.rw or (rec.rw if rec else ""),
        sex=r.sex,
        birth_date=r.birth_date,
        resident_id=r.id,
        registry_record_id=rec.id if rec else None,
        in_registry=rec is not None,
        is_client=True,
        desil=st.desil if st.desil is not None else (rec.desil if rec else None),
        desil_date=st.desil_date,
        eligible_programmes=st.eligible,
        missing_programmes=st.missing,
        registry_id=rec.registry_id if rec else "",
        programmes=programmes.get(rec.id, ()) if rec else (),
        score=score,
        matched=what,
        facilitator=r.facilitator or "",
    )


def _registry_hit(
    rec: Any,
    programmes: dict[int, tuple[str, ...]],
    score: float,
    what: str,
    st: standing.Standing = standing.NO_STANDING,
) -> SearchHit:
    return SearchHit(
        kind="registry",
        name=rec.name,
        nik=rec.nik,
        kk=rec.kk or None,
        address=rec.address,
        rt=rec.rt,
        rw=rec.rw,
        sex=rec.sex,
        birth_date=rec.birth_date,
        resident_id=None,
        registry_record_id=rec.id,
        in_registry=True,
        is_client=False,
        desil=st.desil if st.desil is not None else rec.desil,
        desil_date=st.desil_date,
        eligible_programmes=st.eligible,
        missing_programmes=st.missing,
        registry_id=rec.registry_id,
        programmes=programmes.get(rec.id, ()),
        score=score,
        matched=what,
    )
