"""Issue 20.5: `puskesos attach`, `list attachments`, `print attachment` — the JSON keys are a contract."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database
from puskesos_desktop.devtools import photos
from puskesos_desktop.services.context import Actor
from tests.services import bo_helpers as h

KEYS = ["id", "owner", "kind", "bytes", "sha256", "taken_at", "gps"]


def test_attach_list_and_print(
    db: Database, front: Actor, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = h.complaint(db, front)
    photo = tmp_path / "rumah.jpg"
    photo.write_bytes(photos.photo(1200, 900, taken_at=dt.datetime(2026, 11, 3, 8, 0), gps=(-2.2, 113.9)))
    code = main(["attach", ids.complaint_number, str(photo), "--kind", "foto-depan", "--db", str(db_path), "--json"])
    assert code == 0
    row = json.loads(capsys.readouterr().out)
    assert list(row) == KEYS  # exactly the keys, in its order
    assert row["owner"] == ids.complaint_number and row["kind"] == "Foto rumah depan"
    assert row["taken_at"] == "2026-11-03T08:00:00" and row["gps"] == pytest.approx([-2.2, 113.9], abs=1e-5)

    scan = tmp_path / "ktp.pdf"
    scan.write_bytes(photos.scan_pdf())
    assert main(["attach", h.NIK, str(scan), "--kind", "KTP", "--db", str(db_path)]) == 0
    assert "tersimpan" in capsys.readouterr().out

    assert main(["list", "attachments", "--db", str(db_path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [list(r) for r in rows] == [KEYS, KEYS]
    assert {r["owner"] for r in rows} == {ids.complaint_number, h.NIK}
    assert main(["list", "attachments", "--db", str(db_path)]) == 0
    assert "Foto rumah depan" in capsys.readouterr().out

    out = tmp_path / "keluar.jpg"
    assert main(["print", "attachment", str(row["id"]), "--out", str(out), "--db", str(db_path)]) == 0
    assert hashlib.sha256(out.read_bytes()).hexdigest() == row["sha256"]


def test_refusals_are_one_line(
    db: Database, front: Actor, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rid = h.resident(db, front)
    fake = tmp_path / "KTP.jpg"
    fake.write_bytes(b"MZ" + b"\x00" * 500)
    assert main(["attach", f"#{rid}", str(fake), "--kind", "ktp", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Galat: ") and "program" in err and "Traceback" not in err
    assert main(["attach", f"#{rid}", str(fake), "--kind", "paspor", "--db", str(db_path)]) == 1
    assert "tidak dikenal" in capsys.readouterr().err
    assert main(["attach", "RESI/XX", str(fake), "--kind", "ktp", "--db", str(db_path)]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    assert main(["print", "attachment", "99", "--out", str(tmp_path / "x"), "--db", str(db_path)]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err


def test_print_card_with_attachments_and_a_proposal(
    db: Database,
    front: Actor,
    back: Actor,
    coordinator: Actor,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`print card NUMBER --with-attachments`: the card, then every scan on the referral; `print proposal USL/…`:
    the proposal with its house photos."""
    from pypdf import PdfReader

    from puskesos_desktop.services.casework import referrals
    from puskesos_desktop.services.casework.referrals import ReferralInput
    from puskesos_desktop.services.people import attachments
    from puskesos_desktop.services.registry import proposals
    from tests.services.fo_data import pdf_text

    ids = h.complaint(db, front)
    ref = referrals.create_referral(
        db, back, ids.complaint_id, ReferralInput("Kesehatan", h.partner_id(db, "Puskesmas Arut Selatan"), "Berobat")
    )
    referrals.approve_referral(db, coordinator, ref.number)
    owner = attachments.Owner("referral", ref.id)
    attachments.attach_bytes(db, back, owner, photos.photo(900, 1200), "ktp.jpg", "ktp")
    attachments.attach_bytes(db, back, owner, photos.scan_pdf(), "sktm.pdf", "sktm")
    plain, full = tmp_path / "kartu.pdf", tmp_path / "kartu-lampiran.pdf"
    assert main(["print", "card", ref.number, "--out", str(plain), "--db", str(db_path)]) == 0
    assert main(["print", "card", ref.number, "--with-attachments", "--out", str(full), "--db", str(db_path)]) == 0
    assert len(PdfReader(plain).pages) == 1 and len(PdfReader(full).pages) == 3
    assert "SURAT KETERANGAN TIDAK MAMPU" in pdf_text(full.read_bytes())
    assert main(["print", "receipt", ids.complaint_number, "--with-attachments", "--out", str(plain),
                 "--db", str(db_path)]) == 1  # fmt: skip
    assert "hanya untuk 'print card'" in capsys.readouterr().err

    rid = h.resident(db, front, "Budi", "6201020101700006", "6201020101700007")
    prop = proposals.propose_addition(db, front, rid, "Rumah tidak layak huni")
    attachments.attach_bytes(
        db, front, attachments.Owner("proposal", prop.id), photos.photo(800, 600, gps=(-2.2, 113.9)), "d.jpg",
        "foto-depan",
    )  # fmt: skip
    sheet = tmp_path / "usulan.pdf"
    assert main(["print", "proposal", prop.number, "--out", str(sheet), "--db", str(db_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == "proposal"
    text = " ".join(pdf_text(sheet.read_bytes()).split())
    assert prop.number in text and "LAMPIRAN FOTO RUMAH" in text and "-2.20000, 113.90000" in text
