"""Issue 19: `puskesos message NUMBER [--json]`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people.consent import ConsentInput
from tests.services.fo_data import resident


@pytest.fixture
def number(db: Database, front: Actor, fixed_now: object) -> str:
    rid = resident(db, front, "Siti Aminah", "6201024506800003", "6201021205900002", phone="0812 3456 7890")
    data = complaints.ComplaintInput(rid, "Sosial", "Rumah bocor", channel="WhatsApp",
                                     consent=ConsentInput(True, True, "WhatsApp"))
    return complaints.register_complaint(db, front, data).number


def test_message_json(number: str, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["message", number.lower(), "--db", str(db_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out)[:7] == ["number", "event", "phone", "channel", "text", "sms_text", "wa_url"]
    assert (out["number"], out["event"], out["phone"], out["channel"]) == (
        number, "keluhan_diterima", "+6281234567890", "WhatsApp"
    )
    assert out["text"].startswith("Yth. Siti Aminah,\n") and len(out["sms_text"]) <= 160
    assert out["wa_url"].startswith("https://wa.me/6281234567890?text=Yth.%20Siti%20Aminah%2C%0A")
    assert "6201024506800003" not in json.dumps(out) and "6201021205900002" not in json.dumps(out)
    assert main(["message", number, "--db", str(db_path), "--language", "en", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["text"].startswith("Dear Siti Aminah,")


def test_message_table_and_refusal(number: str, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["message", number, "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "Keluhan diterima" in out and "SMS (" in out and "https://wa.me/62" in out
    assert main(["message", "RESI/6201022001/2026/11/9999", "--db", str(db_path)]) != 0
    err = capsys.readouterr().err
    assert err.startswith("Galat: ") and "Traceback" not in err
