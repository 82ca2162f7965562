"""db/pg_cursor.py: on a server, large results become rows a slice at a time (issue 15 §10: a worker's fetchall
held the GIL for all of its rows and stalled the window), with exactly fetchall's rows."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from puskesos_desktop.db.engine import Database


def _server_only(db: Database) -> None:
    if not db.is_postgresql:
        pytest.skip("PostgreSQL only (PUSKESOS_TEST_PG)")


def test_fetchall_converts_in_slices_and_gives_psycopgs_rows(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _server_only(db)
    import psycopg

    from puskesos_desktop.db import pg_cursor

    monkeypatch.setattr(pg_cursor, "CHUNK_ROWS", 7)
    sizes: list[int] = []
    fetchmany = psycopg.Cursor.fetchmany

    def counted(self: psycopg.Cursor[object], size: int = 0) -> list[object]:
        rows = fetchmany(self, size)
        sizes.append(len(rows))
        return rows

    monkeypatch.setattr(psycopg.Cursor, "fetchmany", counted)
    sql = (
        "SELECT g, 'nama ' || g, timestamptz '2026-01-02 03:04:05+07' + g * interval '1 hour', g % 2 = 0, NULL::date"
        " FROM generate_series(1, 30) g ORDER BY g"
    )
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, psycopg.Connection)
        with raw.cursor() as cur:
            assert isinstance(cur, pg_cursor.ChunkedCursor)
            cur.execute(sql)
            first = cur.fetchone()  # a fetchall after a fetchone gives the rest, as psycopg's does
            rest = cur.fetchall()
            assert cur.fetchall() == []
        # SQLAlchemy's .all() goes through the same cursor.
        via_engine = [tuple(r) for r in conn.execute(text(sql)).all()]
    with psycopg.connect(raw.info.dsn, password=db.engine.url.password) as plain, plain.cursor() as cur:
        assert type(cur) is psycopg.Cursor
        cur.execute(sql)
        expected = cur.fetchall()
    assert [first, *rest] == expected
    assert via_engine == expected
    assert sizes and max(sizes) <= 7  # never the whole result in one conversion


def test_the_searchs_bare_reader_uses_it_too(db: Database) -> None:
    _server_only(db)
    from puskesos_desktop.db.pg_cursor import ChunkedCursor

    raw = db.nik_reader()
    assert raw is not None
    with raw.cursor() as cur:  # type: ignore[union-attr]
        assert isinstance(cur, ChunkedCursor)
        assert len(cur.execute("SELECT generate_series(1, 600)").fetchall()) == 600
