"""`puskesos demo`: the demo village, the same for the same seed, never over data; its accounts in the README."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.devtools import demo

ROOT = Path(__file__).resolve().parents[2]


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


def test_demo_accounts_are_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for username, _, _ in demo.DEMO_ACCOUNTS:
        assert username in readme
    assert demo.DEMO_PASSWORD in readme
