"""services/numbering.py: numbers per series and month, never given twice, journalled beside the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import event, update

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import OfficeProfile
from puskesos_desktop.services import numbering
from puskesos_desktop.services.numbering import Prefix
from tests.conftest import VILLAGE_CODE

NOV = dt.date(2026, 11, 23)
OTHER_VILLAGE = "6201022002"


def test_serials_run_per_series_and_month(db: Database) -> None:
    with db.write() as s:
        first = numbering.next_number(s, Prefix.RESI, NOV)
        second = numbering.next_number(s, Prefix.RESI, NOV)
        other = numbering.next_number(s, Prefix.RJK, NOV)
        december = numbering.next_number(s, Prefix.RESI, dt.date(2026, 12, 1))
    assert first == f"RESI/{VILLAGE_CODE}/2026/11/0001" and second.endswith("/2026/11/0002")
    assert other.endswith("/2026/11/0001") and december.endswith("/2026/12/0001")


def test_the_object_way_also_starts_a_new_month(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without UPDATE … RETURNING (SQLite before 3.35) the series is raised through the ORM: a month that has no
    series yet starts one there too."""
    monkeypatch.setattr(numbering, "_RETURNING", False)
    with db.write() as s:
        first = numbering.next_number(s, Prefix.RESI, NOV)
        second = numbering.next_number(s, Prefix.RESI, NOV)
    with db.write() as s:
        third = numbering.next_number(s, Prefix.RESI, NOV)
    assert [n[-4:] for n in (first, second, third)] == ["0001", "0002", "0003"]


@pytest.mark.sqlite_only  # the number journal sits beside an SQLite file
def test_a_rolled_back_number_is_not_journalled_but_a_committed_one_is(db: Database) -> None:
    assert db.path is not None
    try:
        with db.write() as s:
            numbering.next_number(s, Prefix.USL, NOV)
            raise RuntimeError("abandoned")
    except RuntimeError:
        pass
    assert ("USL", 2026, 11) not in numbering.read_journal(db.path)
    with db.write() as s:
        numbering.next_number(s, Prefix.USL, NOV)
    assert numbering.read_journal(db.path)[("USL", 2026, 11)] == 1


def test_journal_skips_damage_and_carry_forward_raises_series(db: Database, tmp_path: Path) -> None:
    fake = tmp_path / "kantor.sqlite3"
    numbering.journal_path(fake).write_text("RESI 2026 11 7\nrusak\nRESI 2026 11 x\nRESI 2026 11 5\n")
    highest = numbering.read_journal(fake)
    assert highest == {("RESI", 2026, 11): 7}
    with db.write() as s:
        assert numbering.carry_forward(s, highest) == 1
        assert numbering.next_number(s, Prefix.RESI, NOV).endswith("/0008")
        assert numbering.carry_forward(s, {("RESI", 2026, 11): 3}) == 0  # never lowered


def test_the_village_code_is_read_once_a_transaction_and_a_profile_change_is_seen(db: Database) -> None:
    """Issue 21 §5: a complaint and its proposal take two numbers in one transaction; the code is read once, and a
    profile changed in the same transaction, or by another PC before the next transaction, numbers the next."""
    reads: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        # On a server the write's first flight reads it with the lock (db/engine.py: _PG_PRELUDE).
        if "office_profile.village_code" in statement or "SELECT village_code FROM office_profile" in statement:
            reads.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        with db.write() as s:
            numbering.next_number(s, Prefix.RESI, NOV)
            numbering.next_number(s, Prefix.USL, NOV)
        assert len(reads) == 1
        with db.write() as s:
            profile = s.get(OfficeProfile, 1)
            assert profile is not None
            profile.village_code = OTHER_VILLAGE
            s.flush()
            changed_here = numbering.next_number(s, Prefix.RESI, NOV)
            profile.village_code = VILLAGE_CODE
        assert changed_here.startswith(f"RESI/{OTHER_VILLAGE}/")
        other_pc = Database(db.url)
        try:
            with other_pc.write() as s:
                s.execute(update(OfficeProfile).values(village_code=OTHER_VILLAGE))
        finally:
            other_pc.dispose()
        with db.write() as s:
            assert numbering.next_number(s, Prefix.RESI, NOV).startswith(f"RESI/{OTHER_VILLAGE}/")
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
