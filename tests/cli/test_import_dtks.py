"""`puskesos import-dtks` (issue 5)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database
from tests.services.dx_data import HEADER, extract_row, nik_of, write_xlsx

ROOT = Path(__file__).resolve().parents[2]
N1 = nik_of(dt.date(1990, 5, 12), "L", 1)
N2 = nik_of(dt.date(1985, 1, 2), "P", 2)


def _json(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    return dict(json.loads(capsys.readouterr().out))


def test_import_dtks_json_contract(db: Database, db_path: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    path = write_xlsx(tmp_path / "DTKS.xlsx", [HEADER, extract_row(N1), extract_row(N2, "DEWI"), extract_row("1", "X")])
    # One of three rows rejected is past the office's 5 %: refused (exit 1) unless confirmed (issue 13 §2).
    assert main(["import-dtks", str(path), "--db", str(db_path), "--json"]) == 1
    assert _json(capsys)["stopped"] is True
    assert main(["import-dtks", str(path), "--db", str(db_path), "--json", "--allow-shrink"]) == 0
    data = _json(capsys)
    assert list(data)[:7] == ["imported", "updated", "unchanged", "rejected", "warnings", "report", "removed"]
    assert {k: data[k] for k in list(data)[:5]} == {"imported": 2, "updated": 0, "unchanged": 0, "rejected": 1,
                                                     "warnings": 0}  # fmt: skip
    assert data["report"] == str(tmp_path / "DTKS_baris_ditolak.xlsx") and Path(str(data["report"])).exists()
    assert main(["import-dtks", str(path), "--db", str(db_path), "--json", "--allow-shrink"]) == 0
    assert _json(capsys)["unchanged"] == 2
    assert main(["import-dtks", str(path), "--db", str(db_path), "--allow-shrink"]) == 0
    out = capsys.readouterr().out
    assert "2 tidak berubah" in out and "Laporan baris ditolak" in out


def test_import_dtks_mapping_and_refusals(db: Database, db_path: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    path = write_xlsx(tmp_path / "lain.xlsx", [["No Induk", "Nama Kepala"], [N1, "SITI"]])
    assert main(["import-dtks", str(path), "--db", str(db_path)]) == 1
    assert "Galat:" in capsys.readouterr().err
    mapping = json.dumps({"nik": "No Induk", "name": "Nama Kepala"})
    assert main(["import-dtks", str(path), "--db", str(db_path), "--mapping", mapping, "--json"]) == 0
    assert _json(capsys)["imported"] == 1
    assert main(["import-dtks", str(path), "--db", str(db_path), "--mapping", "{bukan json"]) == 1
    assert "--mapping" in capsys.readouterr().err
    fake = tmp_path / "palsu.xlsx"
    fake.write_bytes(b"MZ\x90\x00" + b"\x00" * 500)
    assert main(["import-dtks", str(fake), "--db", str(db_path)]) == 1
    assert "bukan berkas Excel" in capsys.readouterr().err


def test_import_dtks_in_a_subprocess(db: Database, db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "dtks.csv"
    path.write_bytes(f'NIK,NAMA,ALAMAT\r\n{N1},JOSÉ,"Jl. Melati, No. 4"\r\n{N2},DEWI,\r\n'.encode("utf-8-sig"))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "puskesos_desktop", "import-dtks", str(path), "--db", str(db_path), "--json"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["imported"] == 2
