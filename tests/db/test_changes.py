"""Which views a write concerns (db/changes.py): tables to topics, the PostgreSQL notification, SQLite's counter."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from puskesos_desktop.db import changes
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Base, Setting
from puskesos_desktop.services import office
from puskesos_desktop.services.context import Actor
from tests.conftest import PG_URL


def test_every_table_is_mapped() -> None:
    assert sorted(set(Base.metadata.tables) - set(changes.TABLE_TOPICS)) == []


@pytest.mark.parametrize(
    ("statement", "table"),
    [
        ("INSERT INTO complaints (id) VALUES (1)", "complaints"),
        ('UPDATE "users" SET name = 1', "users"),
        ("DELETE FROM residents WHERE id = 1", "residents"),
        ("INSERT OR REPLACE INTO settings VALUES (1)", "settings"),
        ("ALTER TABLE registry_records RENAME TO registry_records__old", "registry_records"),
        ("CREATE TABLE IF NOT EXISTS registry_records__new (id INTEGER)", "registry_records__new"),
        ("SELECT * FROM complaints", None),
        ("SELECT pg_advisory_xact_lock(1)", None),
        ("PRAGMA user_version = 3", None),
    ],
)
def test_written_table(statement: str, table: str | None) -> None:
    assert changes.written_table(statement) == table


def test_topics_of_tables() -> None:
    assert changes.topics_of(["complaints", "complaint_events", "audit_entries", "number_series"]) == {"complaints"}
    assert changes.topics_of(["audit_entries"]) == frozenset()
    # A table no topic knows (the registry import's staging copy): every view.
    assert changes.topics_of(["registry_records__new"]) == {changes.EVERYTHING}


def test_payload_round_trip() -> None:
    text = changes.payload("abc", {"residents", "complaints"})
    assert changes.parse(text) == ("abc", {"complaints", "residents"})
    assert changes.parse("not json") == ("", {changes.EVERYTHING})
    assert changes.parse('{"origin": 1}') == ("", {changes.EVERYTHING})


def test_a_write_records_the_tables_it_wrote(db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[set[str]] = []
    announce = Database._announce

    def spy(self: Database, session: Session, written: set[str]) -> None:
        seen.append(set(written))
        announce(self, session, written)

    monkeypatch.setattr(Database, "_announce", spy)
    office.update_settings(db, coordinator, lambda st: dataclasses.replace(st, followup_days=7))
    assert {"settings", "audit_entries"} <= seen[-1]
    with db.read() as s:  # a read records nothing, and leaves nothing on its connection
        s.execute(select(Setting.key)).all()
        assert changes.WRITTEN not in s.connection().info


@pytest.mark.sqlite_only
def test_sqlite_counter_tells_own_commits_from_others(db: Database, coordinator: Actor) -> None:
    assert db.path is not None
    counter = changes.SqliteChangeCounter(db.path)
    db.commit_guards.append(counter.own_commit)
    try:
        assert counter.poll() is False
        office.update_settings(
            db, coordinator, lambda st: dataclasses.replace(st, followup_days=7)
        )  # this program's own commit
        assert counter.poll() is False
        other = Database(db.url)  # a second window, the command line
        try:
            office.update_settings(other, coordinator, lambda st: dataclasses.replace(st, followup_days=8))
        finally:
            other.dispose()
        assert counter.poll() is True
        assert counter.poll() is False  # reported once
        # Another program's commit just before one of ours is still reported.
        other = Database(db.url)
        try:
            office.update_settings(other, coordinator, lambda st: dataclasses.replace(st, followup_days=9))
        finally:
            other.dispose()
        office.update_settings(db, coordinator, lambda st: dataclasses.replace(st, followup_days=10))
        assert counter.poll() is True
    finally:
        db.commit_guards.remove(counter.own_commit)
        counter.close()


@pytest.mark.skipif(not PG_URL, reason="PostgreSQL only (PUSKESOS_TEST_PG)")
def test_postgresql_write_notifies_its_topics_on_commit_only(db: Database, coordinator: Actor) -> None:
    raw = db.engine.raw_connection()
    listener = raw.driver_connection
    raw.detach()
    listener.rollback()
    listener.autocommit = True
    listener.execute(f"LISTEN {changes.CHANNEL}")
    try:
        with pytest.raises(RuntimeError), db.write() as s:  # rolled back: nobody hears of it
            s.add(Setting(key="x", value="1"))
            raise RuntimeError
        office.update_settings(db, coordinator, lambda st: dataclasses.replace(st, followup_days=7))
        notes = list(listener.notifies(timeout=5, stop_after=1))
        assert [changes.parse(n.payload) for n in notes] == [(db.origin, {"settings"})]
        assert list(listener.notifies(timeout=0.2)) == []
    finally:
        listener.close()
