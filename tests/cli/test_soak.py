"""`puskesos soak`: the crash soak (kills), and --writers: several processes on one database at once (issue 15), on
the suite's engine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database
from puskesos_desktop.devtools import writers_soak
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from tests import conftest
from tests.services.fo_data import resident


@pytest.mark.pg
def test_two_writers_keep_every_number_and_one_chain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    server = conftest._PG
    name = server.new_name() if server is not None else ""
    url = server.create(name) if server is not None else f"sqlite:///{tmp_path / 'kantor.sqlite3'}"
    try:
        assert main(["soak", "--writers", "2", "--complaints", "3", "--db", url, "--workdir", str(tmp_path / "w"),
                     "--json"]) == 0  # fmt: skip
        out = json.loads(capsys.readouterr().out)
    finally:
        if server is not None:
            server.drop(name)
    assert list(out)[:8] == [
        "engine", "writers", "acknowledged", "missing", "duplicate_numbers", "gaps", "audit_chain_ok", "errors",
    ]  # fmt: skip
    assert out["engine"] == ("postgresql" if server is not None else "sqlite")
    counts = (out["writers"], out["acknowledged"], out["missing"], out["duplicate_numbers"], out["gaps"])
    assert counts == (2, 6, 0, 0, 0)
    assert out["audit_chain_ok"] is True and out["errors"] == []
    # Each writer printed its receipts.
    assert len(list((tmp_path / "w").glob("resi-*/*.pdf"))) == 6


@pytest.mark.pg
def test_the_check_counts_what_went_wrong(db: Database, front: Actor) -> None:
    """A number given to two processes and one never stored are counted."""
    fo = front
    person = resident(db, fo, "Warga Uji", "6201021205900001", "6201021205900002")
    regs = [complaints.register_complaint(db, fo, complaints.ComplaintInput(person, "Sosial", "Uji")) for _ in range(3)]
    result = writers_soak.WritersResult(engine="x", writers=2)
    given = [(regs[0].number, regs[0].id), (regs[0].number, regs[0].id), (regs[1].number, regs[1].id)]
    given.append((regs[2].number.rsplit("/", 1)[0] + "/9999", 12345))
    writers_soak._check(db.url, given, result)
    assert (result.acknowledged, result.missing, result.duplicate_numbers, result.gaps) == (4, 1, 1, 0)
    assert result.audit_chain_ok


def test_soak_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["soak", "--kills", "2", "--seed", "5", "--json", "--workdir", str(tmp_path), "--attacks", "0"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert list(summary)[-6:-2] == ["plaintext_left", "lost_acknowledged", "numbers_reused", "batch_files_missing"]
    assert summary["ok"] and summary["kills"] == 2 and summary["failed_rounds"] == 0
