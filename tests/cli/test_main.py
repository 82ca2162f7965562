from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.devtools import demo

ROOT = Path(__file__).resolve().parents[2]


def test_every_command_creates_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "baru" / "kantor.sqlite3"
    assert main(["list", "residents", "--db", str(target), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert target.exists()


def test_puskesos_db_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "env.sqlite3"
    monkeypatch.setenv("PUSKESOS_DB", str(target))
    assert main(["list", "complaints"]) == 0
    assert target.exists()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["demo", "--db", str(path), "--residents", "120", "--seed", "7", "--json"]) == 0
    return path


def test_demo_village(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["list", "residents", "--db", str(demo_db), "--json"]) == 0
    people = json.loads(capsys.readouterr().out)
    # 120 clients, plus the registry's people the village population register brought in as residents (issue 16)
    assert len(people) >= 120
    assert set(people[0]) >= {"nik", "kk", "name", "sex", "birth_date", "in_registry"}
    assert any(p["nik"] is None for p in people) or len(people) < 200
    assert any(p["in_registry"] for p in people)
    assert main(["list", "complaints", "--db", str(demo_db), "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert items and set(items[0]) >= {"number", "registered_at", "nik", "name", "field", "service", "status"}
    assert main(["list", "registry", "--db", str(demo_db), "--json"]) == 0
    reg = json.loads(capsys.readouterr().out)
    assert reg and set(reg[0]) >= {"nik", "kk", "name", "registry_id", "desil", "programmes"}
    for kind, keys in [
        ("referrals", {"number", "complaint_number", "date", "nik", "name", "field", "destination", "status"}),
        ("proposals", {"number", "date", "kind", "kk", "nik", "name", "status"}),
        ("letters", {"number", "kind", "date", "nik", "name"}),
    ]:
        assert main(["list", kind, "--db", str(demo_db), "--json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        for row in rows:
            assert set(row) >= keys


def test_demo_is_deterministic_and_refuses_a_used_database(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    again = tmp_path / "again.sqlite3"
    assert main(["demo", "--db", str(again), "--residents", "120", "--seed", "7"]) == 0
    capsys.readouterr()
    outputs = []
    for path in (demo_db, again):
        main(["list", "residents", "--db", str(path), "--json"])
        outputs.append([(p["nik"], p["name"]) for p in json.loads(capsys.readouterr().out)])
    assert outputs[0] == outputs[1]
    assert main(["demo", "--db", str(again)]) == 1
    assert "sudah berisi data" in capsys.readouterr().err


def test_month_filter_and_bad_month(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["list", "complaints", "--db", str(demo_db), "--month", "2026-13"]) == 1
    assert "TTTT-BB" in capsys.readouterr().err


def test_self_test_on_a_demo_database_leaves_it_untouched(demo_db: Path) -> None:
    before = demo_db.stat().st_mtime_ns
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--self-test", "--db", str(demo_db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "uji mandiri berhasil" in proc.stdout
    assert demo_db.stat().st_mtime_ns == before


def test_demo_accounts_are_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for username, _, _ in demo.DEMO_ACCOUNTS:
        assert username in readme
    assert demo.DEMO_PASSWORD in readme


# Issue 18.3: the rows are frozen dataclasses now; `list --json` keeps exactly the keys, in the order, it had.
LIST_KEYS = {
    "residents": ["nik", "kk", "name", "sex", "birth_date", "in_registry", "address", "rt", "rw"],
    "registry": [
        "nik", "kk", "name", "registry_id", "desil", "programmes", "address", "rt", "rw", "desil_date",
        "eligible_programmes", "missing_programmes",
    ],
    "complaints": ["number", "registered_at", "nik", "name", "field", "service", "status", "channel", "due_date"],
    "referrals": [
        "number", "complaint_number", "date", "nik", "name", "field", "destination", "status", "outcome_date",
    ],
    "proposals": ["number", "date", "kind", "kk", "nik", "name", "status"],
    "letters": ["number", "kind", "date", "nik", "name"],
}  # fmt: skip


def test_list_json_keys_stay_exact(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    for kind, keys in LIST_KEYS.items():
        assert main(["list", kind, "--db", str(demo_db), "--json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        assert rows, kind
        assert all(list(row) == keys for row in rows), kind
    assert main(["list", "registry", "--db", str(demo_db), "--json"]) == 0
    reg = json.loads(capsys.readouterr().out)
    assert all(isinstance(r["programmes"], list) and isinstance(r["eligible_programmes"], list) for r in reg)
