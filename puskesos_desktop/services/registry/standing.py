"""What a family's desil qualifies for (issue 16), with no SQLAlchemy: the rules themselves, and the reader of one
family's facts on a bare sqlite3 connection that the desk's whole-NIK fast path and `puskesos find NIK` use.
services/registry/desil.py reads the same facts for many families through SQLAlchemy; `judge` decides for both."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from puskesos_desktop.core import fmt

# How a programme is named in a sentence where its catalogue code is shorter than its usual name.
PROGRAMME_LABELS: dict[str, str] = {"PBI": "PBI-JK"}


def programme_label(code: str) -> str:
    return PROGRAMME_LABELS.get(code, code)


@dataclass(frozen=True)
class Standing:
    """A family's desil, the date of that data, the programmes its desil qualifies for and those it does not get."""

    desil: int | None
    desil_date: dt.date | None
    eligible: tuple[str, ...]  # programme codes, in catalogue order
    missing: tuple[str, ...]  # eligible but not received by anyone of the family in the registry

    @property
    def text(self) -> str:
        """ "Desil 3 (data 12 Oktober 2026): memenuhi batas desil PKH, BPNT, PBI-JK — belum menerima PBI-JK"."""
        if self.desil is None:
            return ""
        head = f"Desil {self.desil}" + (f" (data {fmt.tanggal(self.desil_date)})" if self.desil_date else "")
        if not self.eligible:
            return f"{head}: di atas batas desil program yang tercatat"
        text = f"{head}: memenuhi batas desil {', '.join(programme_label(c) for c in self.eligible)}"
        if self.missing:
            return f"{text} — belum menerima {', '.join(programme_label(c) for c in self.missing)}"
        return f"{text} — sudah menerima semuanya"


NO_STANDING = Standing(None, None, (), ())


@dataclass(frozen=True)
class Family:
    """What a caller knows of a person: their family card and registry record (either may be missing)."""

    kk: str | None
    record_id: int | None = None


@dataclass
class Facts:
    """What the database holds about some families, read by either reader below and judged by `judge` alone."""

    ceilings: list[tuple[str, int]]
    imported: dict[str, tuple[int, dt.date]] = field(default_factory=dict)  # family_desil
    received: dict[str, set[str]] = field(default_factory=dict)  # programmes anyone of the family gets
    by_family: dict[str, tuple[int | None, dt.date | None]] = field(default_factory=dict)  # newest registry desil
    listed: dict[int, tuple[int | None, dt.date | None, set[str]]] = field(default_factory=dict)  # own record

    def note_registry_desil(self, kk: str, value: int | None, day: dt.date | None) -> None:
        seen = self.by_family.get(kk)
        if seen is None or (day or dt.date.min) > (seen[1] or dt.date.min):
            self.by_family[kk] = (value, day)


def judge(families: Sequence[Family], facts: Facts) -> list[Standing]:
    out: list[Standing] = []
    for f in families:
        value: int | None = None
        day: dt.date | None = None
        gets: set[str] = set(facts.received.get(f.kk, ())) if f.kk else set()
        if f.record_id is not None and f.record_id in facts.listed:
            value, day, own = facts.listed[f.record_id]
            gets |= own
        if value is None and f.kk and f.kk in facts.by_family:
            value, day = facts.by_family[f.kk]
        if value is None:
            day = None
        if f.kk and f.kk in facts.imported:
            family_value, family_day = facts.imported[f.kk]
            if value is None or day is None or family_day >= day:
                value, day = family_value, family_day
        if value is None:
            out.append(NO_STANDING)
            continue
        eligible = tuple(code for code, top in facts.ceilings if value <= top)
        out.append(Standing(value, day, eligible, tuple(c for c in eligible if c not in gets)))
    return out


# The same facts for one family in one statement on a bare sqlite3 connection: the whole-NIK fast path at the desk
# (services/people/search.py) answers in a few hundredths of a millisecond, and SQLAlchemy would cost ten times
# that. Each part mirrors a query of `standings_in`; `judge` decides for both (tests/services compare them).
_ONE_FAMILY_SQL = (
    "SELECT 0, code, desil_max, id FROM programmes WHERE active = 1 AND desil_max IS NOT NULL "
    "UNION ALL SELECT 1, desil, data_date, 0 FROM family_desil WHERE kk = :kk "
    "UNION ALL SELECT 2, p.code, NULL, 0 FROM registry_records g "
    "JOIN registry_programmes rp ON rp.record_id = g.id JOIN programmes p ON p.id = rp.programme_id "
    "WHERE g.kk = :kk AND g.active = 1 "
    "UNION ALL SELECT 3, desil, extract_date, id FROM registry_records "
    "WHERE kk = :kk AND active = 1 AND desil IS NOT NULL "
    "UNION ALL SELECT 4, desil, extract_date, id FROM registry_records WHERE id = :rid "
    "UNION ALL SELECT 5, p.code, NULL, 0 FROM registry_programmes rp JOIN programmes p ON p.id = rp.programme_id "
    "WHERE rp.record_id = :rid"
)


# The same for psycopg on PostgreSQL: a UNION's columns need one type there, so the values travel as text and are
# read back below (to_char: the date's text whatever the server's DateStyle).
_ONE_FAMILY_PG = (
    "SELECT 0, code, desil_max::text, id FROM programmes WHERE active AND desil_max IS NOT NULL "
    "UNION ALL SELECT 1, desil::text, to_char(data_date, 'YYYY-MM-DD'), 0 FROM family_desil WHERE kk = %(kk)s "
    "UNION ALL SELECT 2, p.code, NULL, 0 FROM registry_records g "
    "JOIN registry_programmes rp ON rp.record_id = g.id JOIN programmes p ON p.id = rp.programme_id "
    "WHERE g.kk = %(kk)s AND g.active "
    "UNION ALL SELECT 3, desil::text, to_char(extract_date, 'YYYY-MM-DD'), id FROM registry_records "
    "WHERE kk = %(kk)s AND active AND desil IS NOT NULL "
    "UNION ALL SELECT 4, desil::text, to_char(extract_date, 'YYYY-MM-DD'), id FROM registry_records "
    "WHERE id = %(rid)s "
    "UNION ALL SELECT 5, p.code, NULL, 0 FROM registry_programmes rp JOIN programmes p ON p.id = rp.programme_id "
    "WHERE rp.record_id = %(rid)s"
)


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _number(value: str | int | None) -> int | None:
    return int(value) if value is not None else None


def standing_raw(conn: Any, family: Family) -> Standing:
    """`standings_in(…, [family])[0]` read through a bare sqlite3 connection, or a psycopg one on PostgreSQL (see
    _ONE_FAMILY_SQL)."""
    if not family.kk and family.record_id is None:
        return NO_STANDING
    # NULL matches nothing: an empty KK must not pull in every record that has none.
    kk, rid = family.kk or None, family.record_id if family.record_id is not None else -1
    if isinstance(conn, sqlite3.Connection):
        rows = conn.execute(_ONE_FAMILY_SQL, {"kk": kk, "rid": rid})
    else:
        rows = conn.execute(_ONE_FAMILY_PG, {"kk": kk, "rid": rid}, prepare=True)
    facts = Facts([])
    ceilings: list[tuple[int, str, int]] = []
    registry_desil: list[tuple[int, int | None, dt.date | None]] = []
    for part, a, b, ident in rows:
        if part == 0:
            ceilings.append((ident, a, int(b)))
        elif part == 1:
            facts.imported[family.kk or ""] = (int(a), _day(b))  # type: ignore[assignment]
        elif part == 2:
            facts.received.setdefault(family.kk or "", set()).add(a)
        elif part == 3:
            registry_desil.append((ident, _number(a), _day(b)))
        elif part == 4:
            own = facts.listed.get(ident)
            facts.listed[ident] = (_number(a), _day(b), own[2] if own else set())
        else:
            facts.listed.setdefault(rid, (None, None, set()))[2].add(a)
    facts.ceilings = [(code, top) for _, code, top in sorted(ceilings)]
    for _, value, day in sorted(registry_desil, key=lambda r: r[0]):
        facts.note_registry_desil(family.kk or "", value, day)
    return judge([family], facts)[0]


standing_sqlite = standing_raw  # the name services/registry/desil.py and its tests know


# `standings_in` for a page of search hits on PostgreSQL's own driver (the search's reader, db/readers.py): every
# query of `standings_in` in one statement, one round trip for all the families. Typed arrays keep the statement
# prepared once and the KK and id indexes in use.
_FAMILIES_PG = (
    "SELECT 0, code, desil_max::text, id, NULL::text FROM programmes WHERE active AND desil_max IS NOT NULL "
    "UNION ALL SELECT 1, desil::text, to_char(data_date, 'YYYY-MM-DD'), 0, kk FROM family_desil "
    "WHERE kk = ANY(%(kks)s::text[]) "
    "UNION ALL SELECT 2, p.code, NULL, 0, g.kk FROM registry_records g "
    "JOIN registry_programmes rp ON rp.record_id = g.id JOIN programmes p ON p.id = rp.programme_id "
    "WHERE g.kk = ANY(%(kks)s::text[]) AND g.active "
    "UNION ALL SELECT 3, desil::text, to_char(extract_date, 'YYYY-MM-DD'), id, kk FROM registry_records "
    "WHERE kk = ANY(%(kks)s::text[]) AND active AND desil IS NOT NULL "
    "UNION ALL SELECT 4, desil::text, to_char(extract_date, 'YYYY-MM-DD'), id, NULL FROM registry_records "
    "WHERE id = ANY(%(ids)s::int[]) "
    "UNION ALL SELECT 5, p.code, NULL, rp.record_id, NULL FROM registry_programmes rp "
    "JOIN programmes p ON p.id = rp.programme_id WHERE rp.record_id = ANY(%(ids)s::int[])"
)


def standings_pg(conn: Any, families: Sequence[Family]) -> list[Standing]:
    """`standings_in(…, families)` read through a bare psycopg connection: the same facts, judged by `judge`."""
    kks = sorted({f.kk for f in families if f.kk})
    ids = sorted({f.record_id for f in families if f.record_id is not None})
    if not kks and not ids:
        return [NO_STANDING for _ in families]
    facts = Facts([])
    ceilings: list[tuple[int, str, int]] = []
    registry_desil: list[tuple[int, str, int | None, dt.date | None]] = []
    listed_codes: list[tuple[int, str]] = []
    for part, a, b, ident, kk in conn.execute(_FAMILIES_PG, {"kks": kks, "ids": ids}, prepare=True):
        if part == 0:
            ceilings.append((ident, a, int(b)))
        elif part == 1:
            facts.imported[kk] = (int(a), _day(b))  # type: ignore[assignment]
        elif part == 2:
            facts.received.setdefault(kk, set()).add(a)
        elif part == 3:
            registry_desil.append((ident, kk, _number(a), _day(b)))
        elif part == 4:
            facts.listed[ident] = (_number(a), _day(b), set())
        else:
            listed_codes.append((ident, a))
    for rid, code in listed_codes:  # standings_in adds a record's programmes to the record it read
        if rid in facts.listed:
            facts.listed[rid][2].add(code)
    facts.ceilings = [(code, top) for _, code, top in sorted(ceilings)]
    for _, kk, value, day in sorted(registry_desil, key=lambda r: r[0]):
        facts.note_registry_desil(kk, value, day)
    return judge(families, facts)
