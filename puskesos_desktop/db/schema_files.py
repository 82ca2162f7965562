"""Which migration the scripts end at, read from their text: no SQLAlchemy or Alembic import, so a cold command
(`puskesos find NIK`) and every ordinary start can tell a current database cheaply."""

from __future__ import annotations

import re
import sys
from pathlib import Path

_REVISION = re.compile(r"^revision\b[^=\n]*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\b[^=\n]*=(.*)$", re.MULTILINE)


def migrations_dir() -> Path:
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "puskesos_desktop" / "db" / "migrations"
    return Path(__file__).resolve().parent / "migrations"


def script_revisions() -> dict[str, set[str]] | None:
    """Every revision of the migration scripts with its parents, read from their text (None: unreadable)."""
    parents: dict[str, set[str]] = {}
    try:
        for script in (migrations_dir() / "versions").glob("*.py"):
            text_ = script.read_text(encoding="utf-8")
            found = _REVISION.search(text_)
            if found is None:
                continue
            down = _DOWN_REVISION.search(text_)
            parents[found.group(1)] = set(re.findall(r"[\"']([^\"']+)[\"']", down.group(1))) if down else set()
    except OSError:
        return None
    return parents or None


def script_heads() -> set[str] | None:
    """The head revision(s) of the migration scripts, read from their text (None when they cannot be read)."""
    parents = script_revisions()
    if not parents:
        return None
    referenced: set[str] = set().union(*parents.values())
    return set(parents) - referenced
