"""Which views a committed write concerns, and how other PCs and windows hear of it (issue 15 §5).

Every statement a ``Database.write()`` transaction runs is looked at (one regular expression over its text) for
the table it writes; the tables become change topics (the words of ``ui.topics.Topic``). On PostgreSQL the
transaction ends with ``pg_notify`` naming those topics and the writing Database (its ``origin``), delivered by the
server to every listening PC when — and only if — the transaction commits. On SQLite a second window or the command
line is noticed through ``PRAGMA data_version`` (``SqliteChangeCounter``): it says *that* another connection
committed, not what, so such a change refreshes every view; this program's own commits are told apart so that they
do not refresh twice.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

#: The PostgreSQL notification channel.
CHANNEL = "puskesos_changes"
#: Stands for "every topic": a table no topic names, or a change whose tables are unknown (SQLite, a reconnect).
EVERYTHING = "*"
#: Connection.info key of the set of tables the running write transaction has written.
WRITTEN = "puskesos.written"

# Tables -> the topic words of ui.topics.Topic (tests/ui/test_change_watch.py checks both ends). Tables with no
# view of their own (numbering, the audit trail, sign-in failures) name none.
TABLE_TOPICS: dict[str, tuple[str, ...]] = {
    "office_profile": ("office",),
    "office_profile_versions": ("office",),
    "settings": ("settings",),
    "holidays": ("settings",),
    "users": ("users",),
    "number_series": (),
    "audit_entries": (),
    "audit_anchors": (),
    "sign_in_failures": (),
    "alembic_version": (),
    "attachments": ("attachments",),
    "registry_imports": ("registry",),
    "registry_records": ("registry",),
    "registry_programmes": ("registry",),
    "desil_imports": ("registry",),
    "family_desil": ("registry",),
    "cek_bansos_filings": ("residents", "registry"),  # usul/sanggah on the resident page and the worklist
    "family_desil_history": ("registry",),
    "musdes_sessions": ("proposals",),
    "proposals": ("proposals",),
    "proposal_members": ("proposals",),
    "proposal_events": ("proposals",),
    "letters": ("letters",),
    "export_batches": ("exchange",),
    "households": ("residents",),
    "residents": ("residents",),
    "population_imports": ("residents",),
    "population_records": ("residents",),
    "resident_revisions": ("residents",),
    "resident_consents": ("residents",),
    "field_visits": ("visits",),
    "complaints": ("complaints",),
    "complaint_documents": ("complaints",),
    "complaint_events": ("complaints",),
    "village_handlings": ("complaints",),
    "referrals": ("referrals",),
    "referral_events": ("referrals",),
    "programmes": ("catalogue",),
    "partners": ("catalogue",),
    "services": ("catalogue",),
    "service_requirements": ("catalogue",),
}

_WRITES = re.compile(
    r"^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?"
    r"|ALTER\s+TABLE|DROP\s+TABLE(?:\s+IF\s+EXISTS)?|CREATE\s+TABLE(?:\s+IF\s+NOT\s+EXISTS)?)"
    r"\s+(?:ONLY\s+)?[\"`\[]?(\w+)",
    re.IGNORECASE,
)


def written_table(statement: str) -> str | None:
    """The table a statement writes (None for a query, a PRAGMA, a lock…)."""
    found = _WRITES.match(statement)
    return found.group(1).lower() if found else None


def topics_of(tables: Iterable[str]) -> frozenset[str]:
    """The topic words for the tables written; EVERYTHING for a table no topic knows (a staging table, a new one)."""
    out: set[str] = set()
    for table in tables:
        known = TABLE_TOPICS.get(table)
        if known is None:
            return frozenset({EVERYTHING})
        out.update(known)
    return frozenset(out)


def install(engine: Engine) -> None:
    """Record, on the connection of a running write transaction, every table its statements write."""

    @event.listens_for(engine, "before_cursor_execute")
    def _seen(conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool) -> None:
        written: set[str] | None = conn.info.get(WRITTEN)
        if written is not None:
            table = written_table(statement)
            if table is not None:
                written.add(table)


def payload(origin: str, topics: Iterable[str]) -> str:
    """A notification's text (well under PostgreSQL's 8,000 bytes: at most a dozen short words)."""
    return json.dumps({"origin": origin, "topics": sorted(topics)}, separators=(",", ":"))


def parse(text: str) -> tuple[str, frozenset[str]]:
    """(origin, topics) of a notification; anything unreadable counts as a change to everything by someone else."""
    try:
        data = json.loads(text)
        return str(data["origin"]), frozenset(str(t) for t in data["topics"])
    except (ValueError, KeyError, TypeError):
        return "", frozenset({EVERYTHING})


class SqliteChangeCounter:
    """Notices commits to an SQLite database made by any other connection: a second window, the command line.

    ``PRAGMA data_version`` on a connection of its own changes whenever another connection commits; reading it costs
    ~12 µs here, cheap enough for a one-second timer on the UI thread. The Database's own commits would change it
    too: ``Database.write()`` calls ``own_commit()`` around its COMMIT, which reads the counter just before (any
    change until then was someone else's: the write lock is held, nobody else can commit meanwhile) and again just
    after, so that its own commit is not reported. (A commit by another program in the microseconds between our
    COMMIT and that second reading would be taken for ours; it shows with the next change.)
    """

    def __init__(self, path: Path) -> None:
        from urllib.parse import quote

        # Used by the UI thread's poll and by a writing worker thread in turn, never at once (the lock).
        self._conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._seen = self._version()
        self._foreign = False
        self._in_flight = 0

    def _version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def poll(self) -> bool:
        """True once when another connection committed since the last poll."""
        with self._lock:
            if self._in_flight:
                return False  # our own commit is under way: look again at the next tick
            version = self._version()
            if version != self._seen:
                self._seen = version
                self._foreign = True
            foreign, self._foreign = self._foreign, False
            return foreign

    @contextmanager
    def own_commit(self) -> Iterator[None]:
        """Around this program's own COMMIT (the write lock held): it is not reported, a change before it is."""
        with self._lock:
            self._in_flight += 1
            version = self._version()
            if version != self._seen:
                self._seen = version
                self._foreign = True
        try:
            yield
        finally:
            with self._lock:
                self._in_flight -= 1
                self._seen = self._version()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

