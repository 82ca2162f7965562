"""An office on one engine compared with its copy on the other (backups, restore, moving an office)."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import select

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Attachment
from puskesos_desktop.devtools import photos
from puskesos_desktop.services.admin import table_copy
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import attachments as att
from puskesos_desktop.services.people.attachments import Owner
from tests import conftest
from tests.services import bo_helpers as h


def other(db: Database) -> str:
    """The other engine; an SQLite file too when no server is configured (the copy is the same code)."""
    return "sqlite" if db.is_postgresql or conftest._PG is None else "postgresql"


def office(db: Database, front: Actor, coordinator: Actor) -> dict[str, str]:
    """A resident with a complaint (a numbered receipt) and two attachments; returns attachment name → sha256."""
    ids = h.complaint(db, front, service="BPJS-PBI-AKTIF")
    blobs = {"scan.pdf": (photos.scan_pdf(), "Lainnya"), "foto.jpg": (photos.photo(320, 240), "foto-depan")}
    for name, (data, kind) in blobs.items():
        att.attach_bytes(db, coordinator, Owner("complaint", ids.complaint_id), data, name, kind)
    with db.read() as s:
        return {a.filename: hashlib.sha256(a.content).hexdigest() for a in s.execute(select(Attachment)).scalars()}


def attachments(db: Database) -> dict[str, str]:
    with db.read() as s:
        return {a.filename: hashlib.sha256(a.content).hexdigest() for a in s.execute(select(Attachment)).scalars()}


def rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in key order: two databases holding the same office compare equal."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.read() as s:
        for table in table_copy.tables():
            out[table.name] = [tuple(r) for r in s.execute(select(table).order_by(*table.primary_key.columns))]
    return out
