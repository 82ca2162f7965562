"""Who sees a whole NIK/No. KK: the one rule, in one place (UU 27/2022 — share no more than the task needs).

Roles without Permission.SEE_FULL_NIK (the penanggung jawab) see '620102********01' in every list, search result
and table; the command line acts as the coordinator and sees everything (whoever runs it can read the file anyway).
Call nik_for()/mask_row() wherever a list leaves the service layer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from puskesos_desktop.core.identity import mask_nik
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.services.context import Actor

# Keys that carry an identity number in the rows the services hand out.
NUMBER_KEYS = ("nik", "kk", "no_kk", "nik_kepala")


def sees_full_nik(actor: Actor | None) -> bool:
    return actor is None or actor.can(Permission.SEE_FULL_NIK)


def nik_for(actor: Actor | None, nik: str | None) -> str | None:
    """The NIK (or No. KK) as this actor may see it. None means 'no actor': a service's own internal use."""
    if nik is None or sees_full_nik(actor):
        return nik
    return mask_nik(nik)


def mask_row(actor: Actor | None, row: Mapping[str, Any], keys: Iterable[str] = NUMBER_KEYS) -> dict[str, Any]:
    out = dict(row)
    if sees_full_nik(actor):
        return out
    for key in keys:
        if key in out and isinstance(out[key], str):
            out[key] = mask_nik(out[key])
    return out


def mask_rows(actor: Actor | None, rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    if sees_full_nik(actor):
        return [dict(r) for r in rows]
    return [mask_row(actor, r) for r in rows]


T = TypeVar("T")


def mask_objects(actor: Actor | None, items: Iterable[T], keys: Iterable[str] = ("nik", "kk")) -> list[T]:
    """Frozen dataclass rows (search hits, queue items) with their identity numbers masked for this actor."""
    rows = list(items)
    if sees_full_nik(actor):
        return rows
    names = tuple(keys)
    out: list[T] = []
    for item in rows:
        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            changes = {k: mask_nik(getattr(item, k)) for k in names if isinstance(getattr(item, k, None), str)}
            item = dataclasses.replace(item, **changes)
        out.append(item)
    return out
