"""Kill the program (SIGKILL, in a subprocess) in the middle of its work and check nothing was lost or half-made."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from puskesos_desktop.devtools import soak


def test_a_few_kills_lose_nothing(tmp_path: Path) -> None:
    rounds: list[soak.RoundResult] = []
    summary = soak.run_soak(3, seed=7, workdir=tmp_path, max_delay=0.5, progress=rounds.append, attacks=0)
    assert summary.ok, (summary.problems, summary.stopped_reasons)
    assert summary.kills == 3 and len(rounds) == 3
    assert set(summary.modes) == set(soak.available_modes()) >= {"register", "import", "export"}
    assert summary.acknowledged > 0  # the child did commit work before it was killed
    assert summary.complaints >= 1
    assert soak.check_database(tmp_path / "soak.sqlite3") == []


def test_the_checker_sees_damage(tmp_path: Path) -> None:
    """The checks are not vacuous: plant each kind of damage and see it named."""
    path = tmp_path / "soak.sqlite3"
    soak.run_soak(1, seed=3, workdir=tmp_path, max_delay=1.5, attacks=0)
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


def test_the_attacks_of_issue_13(tmp_path: Path) -> None:
    """Kills during an encrypted backup, a restore during registration, two exports of one month at once."""
    summary = soak.run_soak(1, seed=5, workdir=tmp_path, max_delay=0.4, attacks=1)
    assert summary.attack_trials == 1
    assert summary.plaintext_left == 0, summary.attack_notes
    assert summary.lost_acknowledged == 0, summary.attack_notes
    assert summary.numbers_reused == 0, summary.attack_notes
    assert summary.batch_files_missing == 0, summary.attack_notes
    keys = list(summary.as_dict())
    assert keys[-6:] == [*soak.SoakSummary.ATTACK_KEYS, "attack_trials", "attack_notes"]
    assert keys.index("ok") < keys.index("plaintext_left")
    # The restore attack really restored (and kept the replaced database aside) between its two registrations.
    assert list((tmp_path / "serangan-pulih").glob("soak.sebelum-pulih-*.sqlite3"))


def test_the_plaintext_measure_sees_what_the_old_backup_left(tmp_path: Path) -> None:
    """Not vacuous: the plain snapshot the old code left beside the target is counted; a private working copy in
    the data folder is cleared by the next start and not counted."""
    data = tmp_path / "data"
    data.mkdir()
    db_path = data / "soak.sqlite3"
    soak.prepare_database(db_path)
    stick = tmp_path / soak.STICK
    stick.mkdir()
    plain = db_path.read_bytes()[:4096]
    (stick / ".cadangan-1.enc.k3j4h5g6.tmp.plain").write_bytes(plain)  # what a kill left before
    (stick / "cadangan-2.enc").write_bytes(b"PUSKESOS-CADANGAN-TERENKRIPSI\n" + bytes(100))
    (data / ".soak.sqlite3.sementara-cadangan-x1y2z3.sqlite3").write_bytes(plain)
    left, notes = soak.plaintext_after_start(db_path, stick)
    assert left == 1 and ".cadangan-1.enc.k3j4h5g6.tmp.plain" in notes[0]


@pytest.mark.slow
def test_many_kills(tmp_path: Path) -> None:
    summary = soak.run_soak(40, seed=11, workdir=tmp_path)
    assert summary.ok, (summary.problems, summary.stopped_reasons)


# Found by the soak: a kill between writing a batch and recording it left a file that blocked the month.
def test_export_after_a_kill_between_writing_and_recording(db: object, coordinator: object, tmp_path: Path) -> None:
    from puskesos_desktop.core import clock
    from puskesos_desktop.services.exchange import batch as exchange

    month = clock.today().strftime("%Y-%m")
    first = exchange.export_month(db, coordinator, month, tmp_path)  # type: ignore[arg-type]
    # What a kill leaves: the next batch's file under its final name, never recorded.
    orphan = first.path.with_name(first.path.name.replace("_01.xlsx", "_02.xlsx"))
    orphan.write_bytes(first.path.read_bytes())
    again = exchange.export_month(db, coordinator, month, tmp_path)  # type: ignore[arg-type]
    assert again.seq == 2 and again.path == orphan
