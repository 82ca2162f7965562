"""`puskesos audit verify | list | export | hash | anchors | check-batches` (issue 14 §3)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import delete

from puskesos_desktop.cli.main import main
from puskesos_desktop.core import clock
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditAnchor, AuditEntry
from puskesos_desktop.services import audit
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.exchange import batch as exchange
from tests.cli.processes import run_puskesos


def _batch(db: Database, actor: Actor, folder: Path, when: dt.datetime, entries: int, password: str = "") -> Path:
    for i in range(entries):
        audit.log(db, actor, "resident.update", "resident", i)
    clock.set_clock(lambda: when)
    return exchange.export_month(db, actor, f"{when:%Y-%m}", folder, password or None).path


@pytest.fixture
def batches(db: Database, coordinator: Actor, tmp_path: Path) -> list[Path]:
    folder = tmp_path / "FLASHDISK"
    folder.mkdir()
    return [
        _batch(db, coordinator, folder, dt.datetime(2026, 10, 30, 10, 0), 40),
        _batch(db, coordinator, folder, dt.datetime(2026, 11, 27, 10, 0), 30, password="Sandi-batch-1"),
    ]


def test_verify_reports_a_trimmed_tail_and_anchors_lists_it(
    db: Database, db_path: Path, batches: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    count, _ = audit.head(db)
    assert main(["audit", "verify", "--db", str(db_path)]) == 0
    assert "2 jangkar diperiksa" in capsys.readouterr().out
    with db.write() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.id > count - 30))
    assert main(["audit", "verify", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert f"entri sesudah #{count - 30} hilang; batch 2026-11 #01 mencatat {count} entri" in err
    assert main(["audit", "verify", "--db", str(db_path), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and data["anchors_checked"] == 2 and len(data["anchor_problems"]) == 1
    assert list(data)[-3:] == ["anchors_checked", "anchor_problems", "restores"]  # new keys after the existing ones
    assert main(["audit", "anchors", "--db", str(db_path), "--json"]) == 1
    marks = json.loads(capsys.readouterr().out)
    assert [(m["kind"], m["label"], m["entry"], m["status"]) for m in marks] == [
        ("batch", "batch 2026-10 #01", count - 31, "cocok"),
        ("batch", "batch 2026-11 #01", count, "hilang"),
    ]
    assert main(["audit", "anchors", "--db", str(db_path)]) == 1
    assert "batch 2026-11 #01" in capsys.readouterr().out


def test_check_batches_outside_the_office_and_against_the_database(
    db: Database, db_path: Path, batches: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [str(p) for p in reversed(batches)]
    # At the district: no database, and none is created.
    assert main(["audit", "check-batches", *files, "--password", "Sandi-batch-1"]) == 0
    out = capsys.readouterr().out
    assert "2 batch membentuk satu rantai utuh" in out and "batch 2026-10 #01 sampai batch 2026-11 #01" in out
    assert main(["audit", "check-batches", *files]) == 1  # the second batch is locked
    assert "Galat:" in capsys.readouterr().err
    assert (
        main(["audit", "check-batches", files[0], "--db", str(tmp_path / "tidak-ada.sqlite3"), "--password", "x"]) == 1
    )
    assert "tidak ditemukan" in capsys.readouterr().err and not (tmp_path / "tidak-ada.sqlite3").exists()
    # In the office: the trail was rewritten and recomputed, the anchors too; the batches still know.
    with db.write() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.id > 20))
        s.execute(delete(AuditAnchor))
    assert main(["audit", "verify", "--db", str(db_path)]) == 0  # nothing left in the office to compare with
    capsys.readouterr()
    args = ["audit", "check-batches", *files, "--password", "Sandi-batch-1", "--db", str(db_path), "--json"]
    assert main(args) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and data["database_checked"] is True and data["entry"] == 21
    assert data["problem"].startswith("entri sesudah #20 hilang; batch 2026-10 #01 mencatat")
    assert [b["batch"] for b in data["batches"]] == ["batch 2026-10 #01", "batch 2026-11 #01"]
    assert data["batches"][1]["from_entry"] == data["batches"][0]["to_entry"] + 1


def test_audit_verify_names_the_first_broken_entry(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    h = audit.latest_hash(db)
    assert main(["audit", "verify", "--db", str(db_path), "--expect", h]) == 0
    assert "Rantai audit utuh" in capsys.readouterr().out
    assert main(["audit", "verify", "--db", str(db_path), "--expect", "ab" * 32]) == 1
    assert "TIDAK ADA di rantai" in capsys.readouterr().err
    conn = sqlite3.connect(str(db_path))
    conn.execute("UPDATE audit_entries SET actor = 'penyusup' WHERE id = 4")
    conn.commit()
    conn.close()
    done = run_puskesos("audit", "verify", "--db", str(db_path))
    assert done.returncode == 1 and "entri #4" in done.stderr
    assert main(["audit", "verify", "--db", str(db_path), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert (data["ok"], data["first_broken_id"]) == (False, 4)


def test_audit_list_and_export(db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "list", "--db", str(db_path), "--action", "user.", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 5 and {r["action"] for r in rows} == {"user.create"}
    assert main(["audit", "export", "--db", str(db_path), "--out", str(tmp_path / "a.csv")]) == 0
    assert (tmp_path / "a.csv").exists()
    assert main(["audit", "hash", "--db", str(db_path)]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()[-1]) == 64
