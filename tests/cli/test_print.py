"""`puskesos print card|receipt NUMBER --out FILE.pdf` reprints a referral card or a receipt marked SALINAN."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry
from puskesos_desktop.services.casework import referrals
from puskesos_desktop.services.context import Actor
from tests.printing import helpers
from tests.services import bo_helpers as h
from tests.services.fo_data import pdf_qr_codes, pdf_text

ROOT = Path(__file__).resolve().parents[2]


def _referral(db: Database, front: Actor, back: Actor, partner: str) -> str:
    ids = h.complaint(db, front)
    return referrals.create_referral(
        db, back, ids.complaint_id, referrals.ReferralInput("Kesehatan", h.partner_id(db, partner), "Periksa")
    ).number


def test_print_card_command(
    db: Database,
    db_path: Path,
    front: Actor,
    back: Actor,
    coordinator: Actor,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    number = _referral(db, front, back, "Puskesmas Arut Selatan")  # outside the village: waits
    out = tmp_path / "kartu.pdf"
    assert main(["print", "card", number, "--out", str(out), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Galat:") and "persetujuan koordinator" in err
    assert not out.exists()
    referrals.approve_referral(db, coordinator, number)
    assert main(["print", "card", number.lower(), "--out", str(out), "--db", str(db_path)]) == 0
    assert f"Tersimpan: {out}" in capsys.readouterr().out
    pdf = out.read_bytes()
    assert "SALINAN" in helpers.text(pdf) and helpers.qr_texts(pdf) == [number]
    with db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "card.reprint")).scalar_one()
    assert entry.actor.startswith("cli:") and entry.entity_id == number
    assert main(["print", "card", "RJK/6201022001/2026/11/9999", "--out", str(out), "--db", str(db_path)]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err


def test_print_card_subprocess(db: Database, db_path: Path, front: Actor, back: Actor, tmp_path: Path) -> None:
    number = _referral(db, front, back, "Pemerintah Desa")  # in the village: sent at once
    out = tmp_path / "salinan.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "puskesos_desktop",
            "print",
            "card",
            number,
            "--out",
            str(out),
            "--db",
            str(db_path),
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert f'"number": "{number}"' in done.stdout
    assert helpers.qr_texts(out.read_bytes()) == [number]


@pytest.mark.pg
def test_print_receipt_reprint(filled: str, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "resi.pdf"
    assert main(["print", "receipt", filled, "--out", str(out), "--db", str(db_path)]) == 0
    pdf = out.read_bytes()
    assert "SALINAN" in pdf_text(pdf) and pdf_qr_codes(pdf) == [filled]
    assert main(["print", "letter", "REK/6201022001/2026/11/0009", "--out", str(out), "--db", str(db_path)]) == 1
    assert "Galat:" in capsys.readouterr().err
