"""`puskesos musdes`: the sessions, their minutes, the agenda and its printout (issue 5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from tests.services.dx_data import fill_months


def test_sessions_minutes_and_agenda(
    db: Database, db_path: Path, tmp_path: Path, front: Actor, back: Actor, coordinator: Actor,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    month = fill_months(db, front, back, coordinator)
    assert main(["musdes", "sessions", "--db", str(db_path), "--json"]) == 0
    (session,) = json.loads(capsys.readouterr().out)
    assert session["id"] == month.musdes_id and session["agreed"] == 1
    minutes = tmp_path / "ba.pdf"
    assert main(["musdes", "minutes", str(month.musdes_id), "--out", str(minutes), "--db", str(db_path)]) == 0
    assert minutes.read_bytes().startswith(b"%PDF")
    agenda = tmp_path / "agenda.pdf"
    assert main(["musdes", "print-agenda", "--out", str(agenda), "--paper", "F4", "--db", str(db_path)]) == 0
    assert agenda.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert main(["musdes", "agenda", "--db", str(db_path), "--json"]) == 0
    (waiting,) = json.loads(capsys.readouterr().out)  # B's was decided; this one waits for a NIK
    assert waiting["name"] == "Warga Tanpa Dokumen" and waiting["ready"] is False
