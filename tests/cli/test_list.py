"""`puskesos list …`: a month filter, a bad month refused, and the --json keys kept to the letter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main

ROOT = Path(__file__).resolve().parents[2]


def test_month_filter_and_bad_month(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["list", "complaints", "--db", str(demo_db), "--month", "2026-13"]) == 1
    assert "TTTT-BB" in capsys.readouterr().err


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
