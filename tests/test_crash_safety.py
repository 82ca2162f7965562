"""Kill the program (SIGKILL, in a subprocess) in the middle of its work and check nothing was lost or half-made."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from puskesos_desktop.services import soak


def test_a_few_kills_lose_nothing(tmp_path: Path) -> None:
    rounds: list[soak.RoundResult] = []
    summary = soak.run_soak(3, seed=7, workdir=tmp_path, max_delay=0.5, progress=rounds.append)
    assert summary.ok, (summary.problems, summary.stopped_reasons)
    assert summary.kills == 3 and len(rounds) == 3
    assert set(summary.modes) == set(soak.available_modes()) >= {"register", "import", "export"}
    assert summary.acknowledged > 0  # the child did commit work before it was killed
    assert summary.complaints >= 1
    assert soak.check_database(tmp_path / "soak.sqlite3") == []


def test_the_checker_sees_damage(tmp_path: Path) -> None:
    """The checks are not vacuous: plant each kind of damage and see it named."""
    path = tmp_path / "soak.sqlite3"
    soak.run_soak(1, seed=3, workdir=tmp_path, max_delay=1.5)
    ack = soak.Acknowledged()
    conn = sqlite3.connect(str(path))
    complaints = conn.execute("SELECT id, number FROM complaints ORDER BY id").fetchall()
    if len(complaints) < 2:
        pytest.skip("the child was killed before two complaints were made")
    (first_id, first_no), (second_id, second_no) = complaints[0], complaints[1]
    ack.numbers[first_no] = ("complaints", first_id)
    ack.numbers["RESI/6201022001/2026/01/9999"] = ("complaints", 12345)
    ack.residents.add(999_999)
    conn.execute("DELETE FROM complaint_events WHERE complaint_id = ? AND from_status IS NULL", (second_id,))
    conn.execute("UPDATE number_series SET last_serial = 0")
    conn.execute("UPDATE audit_entries SET actor = 'orang lain' WHERE id = 3")
    conn.commit()
    conn.close()
    problems = "\n".join(soak.check_database(path, ack))
    assert f"{second_no} tanpa peristiwa awal" in problems
    assert "nomor bisa terulang" in problems
    assert "RESI/6201022001/2026/01/9999 sudah dikonfirmasi tetapi hilang" in problems
    assert "warga yang sudah dikonfirmasi hilang" in problems
    assert "rantai audit rusak pada entri 3" in problems


@pytest.mark.slow
def test_many_kills(tmp_path: Path) -> None:
    summary = soak.run_soak(40, seed=11, workdir=tmp_path)
    assert summary.ok, (summary.problems, summary.stopped_reasons)


# Found by the soak: a kill between writing a batch and recording it left a file that blocked the month.
def test_export_after_a_kill_between_writing_and_recording(db: object, coordinator: object, tmp_path: Path) -> None:
    from puskesos_desktop.core import clock
    from puskesos_desktop.services import exchange

    month = clock.today().strftime("%Y-%m")
    first = exchange.export_month(db, coordinator, month, tmp_path)  # type: ignore[arg-type]
    # What a kill leaves: the next batch's file under its final name, never recorded.
    orphan = first.path.with_name(first.path.name.replace("_01.xlsx", "_02.xlsx"))
    orphan.write_bytes(first.path.read_bytes())
    again = exchange.export_month(db, coordinator, month, tmp_path)  # type: ignore[arg-type]
    assert again.seq == 2 and again.path == orphan
