"""The file claim beside an SQLite database: shared claims counted per process, the records that name who has the
database open, a restore's exclusive claim refused while another program holds it, and nothing left behind."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from puskesos_desktop.db import claim

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def other_program(db_path: Path, label: str = "jendela Puskesos Desktop") -> Iterator[subprocess.Popen[str]]:
    """Another process holding a shared claim on db_path until the block ends (then killed, as a crash would)."""
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from puskesos_desktop.db import claim\n"
        f"claim.program_label = {label!r}\n"
        f"assert claim.acquire_shared(Path({str(db_path)!r}))\n"
        "print('HELD', flush=True)\n"
        "sys.stdin.read()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert "HELD" in line, proc.stderr.read() if proc.stderr else ""
        yield proc
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "kantor.sqlite3"
    path.write_bytes(b"")
    yield path
    while claim._key(path) in claim._held:  # a failed test must not leave its claim to the next one
        claim.release_shared(path)


def own_records(db_path: Path) -> list[Path]:
    return sorted(claim.holders_dir(db_path).glob("*.json"))


def test_a_shared_claim_is_counted_within_one_process(db_path: Path) -> None:
    assert claim.acquire_shared(db_path)
    assert claim.acquire_shared(db_path)
    assert len(own_records(db_path)) == 1  # one program, one record, however many claims
    claim.release_shared(db_path)
    assert len(own_records(db_path)) == 1
    claim.release_shared(db_path)
    assert own_records(db_path) == []
    claim.release_shared(db_path)  # releasing what is not held is harmless


def test_the_record_says_which_program_holds_the_database(db_path: Path) -> None:
    assert claim.acquire_shared(db_path)
    record = json.loads(own_records(db_path)[0].read_text(encoding="utf-8"))
    assert record["pid"] == os.getpid() and record["program"] == claim.program_label
    assert set(record) == {"program", "host", "pid", "account", "since"}
    assert claim.holders(db_path) == []  # one's own record is not "someone else"


def test_first_runs_only_for_the_first_program_to_open(db_path: Path) -> None:
    calls: list[str] = []
    assert claim.acquire_shared(db_path, first=lambda: calls.append("first"))
    claim.release_shared(db_path)
    assert calls == ["first"]
    with other_program(db_path):
        assert claim.acquire_shared(db_path, first=lambda: calls.append("again"))
        claim.release_shared(db_path)
    assert calls == ["first"]  # another program had it open: not the moment to clear what crashed programs left


def test_a_restore_is_refused_naming_the_other_program(db_path: Path) -> None:
    with other_program(db_path, label="perintah `puskesos list`") as proc:
        others = claim.holders(db_path)
        assert len(others) == 1 and "perintah `puskesos list`" in others[0] and f"proses {proc.pid}" in others[0]
        with pytest.raises(claim.DatabaseInUse) as refused, claim.exclusive(db_path):
            pytest.fail("the exclusive claim must be refused")
        assert "perintah `puskesos list`" in refused.value.message
        assert "Tutup program itu" in refused.value.message


def test_a_killed_program_holds_nothing_and_its_record_is_cleared(db_path: Path) -> None:
    with other_program(db_path):
        pass  # killed on leaving the block, as a crash would end it
    assert len(list(claim.holders_dir(db_path).iterdir())) == 1  # its record is still on disk …
    assert claim.holders(db_path) == []  # … but nobody holds it: removed on the way
    assert list(claim.holders_dir(db_path).iterdir()) == []
    entered = False
    with claim.exclusive(db_path):
        entered = True
    assert entered


def test_the_own_claim_is_set_aside_during_a_restore_and_taken_again(db_path: Path) -> None:
    assert claim.acquire_shared(db_path)
    with claim.exclusive(db_path):
        pass
    # Still held afterwards: another process's restore is refused.
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from puskesos_desktop.db import claim\n"
        "try:\n"
        f"    with claim.exclusive(Path({str(db_path)!r})):\n"
        "        print('ALONE')\n"
        "except claim.DatabaseInUse:\n"
        "    print('REFUSED')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert out.stdout.strip() == "REFUSED", out.stderr
    claim.release_shared(db_path)


def test_forget_files_removes_the_lock_file_only_when_nothing_holds_it(db_path: Path) -> None:
    assert claim.acquire_shared(db_path)
    claim.forget_files(db_path)
    assert claim.lock_path(db_path).exists()  # held: kept
    claim.release_shared(db_path)
    claim.forget_files(db_path)
    assert not claim.lock_path(db_path).exists()
    assert not claim.holders_dir(db_path).exists()
