"""Who sees a whole NIK/No. KK: the one rule, in one place (UU 27/2022 — share no more than the task needs).

Roles without Permission.SEE_FULL_NIK (the penanggung jawab) see '620102********01' in every list, search result,
page and table. Masking happens here, in the service layer: every service read that hands out an NIK or a No. KK
takes the actor and returns `shield(actor, result)`, so no window, dialog or export can forget it. The command
line acts as the coordinator and sees everything (whoever runs it can read the file anyway).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Mapping
from typing import Any, ParamSpec, TypeVar

from sqlalchemy.orm.base import instance_state

from puskesos_desktop.core import permissions
from puskesos_desktop.core.identity import mask_nik
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.services.context import Actor

# Keys that carry an identity number in the rows the services hand out.
NUMBER_KEYS = ("nik", "kk", "no_kk", "nik_kepala")
# A whole identity number inside free text ("NIK: 6201… → 6201…" in a history line): sixteen digits standing alone.
# Letters on either side mean it is part of something else (a hash, a code), which is left alone.
WHOLE_NUMBER = re.compile(r"(?<![0-9A-Za-z])[0-9]{16}(?![0-9A-Za-z])")


def sees_full_nik(actor: Actor | None) -> bool:
    return actor is None or actor.can(Permission.SEE_FULL_NIK)


def nik_for(actor: Actor | None, nik: str | None) -> str | None:
    """The NIK (or No. KK) as this actor may see it. None means 'no actor': a service's own internal use."""
    if nik is None or sees_full_nik(actor):
        return nik
    return mask_nik(nik)


def mask_text(text: str) -> str:
    """Every whole 16-digit number in a text, masked."""
    return WHOLE_NUMBER.sub(lambda m: mask_nik(m.group(0)), text)


T = TypeVar("T")


def shield(actor: Actor | None, value: T) -> T:
    """What a read hands out, as this actor may see it: for a role without SEE_FULL_NIK every NIK/No. KK in it is
    masked — fields and keys named nik/kk, and any whole 16-digit number in other text — through dataclasses
    (copied with replace), dicts, lists and tuples. For everyone else: `value` itself."""
    if sees_full_nik(actor):
        return value
    return _masked(value, {})  # type: ignore[no-any-return]


P = ParamSpec("P")
R = TypeVar("R")


def shielded(fn: Callable[P, R]) -> Callable[P, R]:
    """A read `fn(db, actor, ...)`: the actor must have READ on their account as it is now, and the result goes
    through the masking of shield() — it cannot be forgotten on any return path. `actor` None is a service's own
    use (whole numbers)."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        actor = kwargs["actor"] if "actor" in kwargs else args[1] if len(args) > 1 else None
        if actor is None:
            return fn(*args, **kwargs)
        assert isinstance(actor, Actor)
        # One look at the account as it is now: a disabled account is refused reads too (AccountRevoked), and
        # the same answer decides the masking.
        role = actor.current_role()
        permissions.require(role, Permission.READ)
        result = fn(*args, **kwargs)
        return result if permissions.allowed(role, Permission.SEE_FULL_NIK) else _masked(result, {})

    return wrapper


def _masked(value: Any, seen: dict[int, Any]) -> Any:
    if isinstance(value, str):
        return mask_text(value)
    if value is None or isinstance(value, (int, float, bool, bytes)):
        return value
    key = id(value)
    if key in seen:
        return seen[key]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            if not f.init:
                continue
            old = getattr(value, f.name)
            new = mask_nik(old) if f.name in NUMBER_KEYS and isinstance(old, str) and old else _masked(old, seen)
            if new is not old:
                changes[f.name] = new
        out = dataclasses.replace(value, **changes) if changes else value
        seen[key] = out
        return out
    if isinstance(value, Mapping):
        masked = {
            k: mask_nik(v) if k in NUMBER_KEYS and isinstance(v, str) and v else _masked(v, seen)
            for k, v in value.items()
        }
        seen[key] = masked
        return masked
    if isinstance(value, list):
        out_list: list[Any] = []
        seen[key] = out_list
        out_list.extend(_masked(v, seen) for v in value)
        return out_list
    if isinstance(value, tuple):
        items = tuple(_masked(v, seen) for v in value)
        out_t = type(value)(*items) if hasattr(value, "_fields") else items
        seen[key] = out_t
        return out_t
    if isinstance(value, (set, frozenset)):
        return type(value)(_masked(v, seen) for v in value)
    try:
        instance_state(value)
    except Exception:  # noqa: BLE001 - not an ORM object: dates, enums, numbers stay as they are
        return value
    # Services hand out frozen dataclasses only (issue 18.3): an ORM object here is a bug, never shown half-masked.
    raise TypeError(f"a read handed out an ORM object ({type(value).__name__})")
