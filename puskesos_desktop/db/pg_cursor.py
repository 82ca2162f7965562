"""psycopg cursors that let the window's thread in while a worker turns a large result into Python rows (issue 15 §10).

psycopg's ``fetchall`` converts every row of a result in one C call that holds the GIL throughout: 10,000 rows of a
month's complaints are ~35 ms of a worker's CPU during which the window's thread cannot run one line of Python
(on a loaded PC several times as long in wall time). sqlite3 lets go of the GIL at every row, which is why the
same lists stalled the window less on SQLite. Here ``fetchall`` takes the rows a slice at a time: between slices
the interpreter may hand the GIL to the window (its switch interval, 5 ms). The rows, their order and their types
are exactly ``fetchall``'s. Imported only where psycopg is in use (it imports psycopg).
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.rows import Row

CHUNK_ROWS = 256  # ~0.5 ms of conversion a slice; the loop around it costs ~1 µs a slice


class ChunkedCursor(psycopg.Cursor[Row]):
    """A client-side cursor whose ``fetchall`` converts its rows in slices of CHUNK_ROWS."""

    def fetchall(self) -> list[Row]:
        rows: list[Row] = []
        while True:
            part = self.fetchmany(CHUNK_ROWS)
            if not part:
                return rows
            rows.extend(part)


def connect_kwargs() -> dict[str, Any]:
    """What ``psycopg.connect`` takes to hand out ChunkedCursors (SQLAlchemy's connect_args too)."""
    return {"cursor_factory": ChunkedCursor}
