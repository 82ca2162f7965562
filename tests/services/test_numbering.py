"""services/numbering.py: numbers per series and month, never given twice, journalled beside the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import numbering
from puskesos_desktop.services.numbering import Prefix
from tests.conftest import VILLAGE_CODE

NOV = dt.date(2026, 11, 23)


def test_serials_run_per_series_and_month(db: Database) -> None:
    with db.write() as s:
        first = numbering.next_number(s, Prefix.RESI, NOV)
        second = numbering.next_number(s, Prefix.RESI, NOV)
        other = numbering.next_number(s, Prefix.RJK, NOV)
        december = numbering.next_number(s, Prefix.RESI, dt.date(2026, 12, 1))
    assert first == f"RESI/{VILLAGE_CODE}/2026/11/0001" and second.endswith("/2026/11/0002")
    assert other.endswith("/2026/11/0001") and december.endswith("/2026/12/0001")


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
