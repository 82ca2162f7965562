"""Reconciliation (issue 16 §5): every reason appears, JSON shape, --propose makes Draf proposals."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import FamilyDesil, Proposal
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import population, reconcile
from tests.services.dx_data import write_xlsx
from tests.services.fo_data import add_registry, resident

HDR = ["nik", "no_kk", "nama", "tanggallahir", "status_dasar"]
DEAD, MOVED, ALIVE = "6201020303600007", "6201020404600008", "6201021205900001"
KK_DEAD, KK_POOR, KK_ALIVE = "6201021505850004", "6201021303750009", "6201021205900002"


@pytest.fixture
def village(db: Database, coordinator: Actor, front: Actor, tmp_path: Path) -> None:
    born = dt.date(1960, 3, 3)
    add_registry(db, DEAD, "ALMARHUM", kk=KK_DEAD, birth=born)
    add_registry(db, MOVED, "PERANTAU", kk=KK_DEAD, birth=dt.date(1960, 4, 4))
    add_registry(db, ALIVE, "MUHAMMAD YUSUF", kk=KK_ALIVE, desil=7)
    add_registry(db, "6201020505700009", "SITI GANDA", birth=dt.date(1970, 5, 5))
    add_registry(db, "6201020505700010", "SITI GANDA", birth=dt.date(1970, 5, 5))
    add_registry(db, "6201026303750008", "MISKIN TANPA BANSOS", kk=KK_POOR, desil=2, programmes=())
    rows = [HDR, [DEAD, KK_DEAD, "ALMARHUM", "1960-03-03", 2], [MOVED, KK_DEAD, "PERANTAU", "1960-04-04", 3],
            [ALIVE, KK_ALIVE, "MUHAMMAD YUSUF", "1990-05-12", 1],
            ["6201026303750008", KK_POOR, "MISKIN TANPA BANSOS", "1975-03-23", 1]]  # fmt: skip
    population.import_population(db, coordinator, write_xlsx(tmp_path / "p.xlsx", rows), data_date=dt.date(2026, 11, 1))
    asked = resident(db, front, "Belum Terdaftar", "6201024506800003", "6201021205900012", sex="P")
    complaints.register_complaint(db, front, complaints.ComplaintInput(asked, "Sosial", "Butuh bantuan pangan"))
    with db.write() as s:
        s.add(FamilyDesil(kk=KK_POOR, desil=2, data_date=dt.date(2026, 10, 12)))


def test_every_reason_and_propose(db: Database, coordinator: Actor, village: None) -> None:
    found = reconcile.reconcile(db, coordinator)
    by_reason: dict[str, list[reconcile.Finding]] = {}
    for f in found:
        by_reason.setdefault(f.reason, []).append(f)
    assert set(by_reason) == {"meninggal", "pindah", "ganda", "tidak dikenal", "belum menerima", "belum terdaftar"}
    assert [f.nik for f in by_reason["meninggal"]] == [DEAD] and by_reason["meninggal"][0].suggested == "Hapus"
    assert len(by_reason["ganda"]) == 2 and {f.suggested for f in by_reason["ganda"]} == {"Periksa"}
    assert {f.nik for f in by_reason["tidak dikenal"]} == {"6201020505700009", "6201020505700010"}
    assert by_reason["belum menerima"][0].kk == KK_POOR and by_reason["belum menerima"][0].suggested == "Perbarui"
    assert by_reason["belum terdaftar"][0].suggested == "Tambah"
    done = reconcile.propose(db, coordinator, found)
    with db.read() as s:
        kinds = sorted((p.kind, p.status) for p in s.execute(select(Proposal)).scalars())
        reasons = [p.reason for p in s.execute(select(Proposal).where(Proposal.kind != "Tambah")).scalars()]
    assert len(done.made) == len(kinds) >= 3 and ("Tambah", "Draf") in kinds and ("Hapus", "Draf") in kinds
    # (the Tambah draft already existed: registering the complaint proposed the family; the finding joins it)
    assert reasons and all(r.startswith("Rekonsiliasi: ") for r in reasons), reasons
    assert any(f.suggested == "Periksa" for f, _why in done.skipped)


def test_cli_json(village: None, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reconcile", "--db", str(db_path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(list(r) == ["nik", "kk", "name", "reason", "suggested"] for r in rows)
    assert {r["suggested"] for r in rows} <= {"Hapus", "Tambah", "Perbarui", "Periksa"}
    assert main(["reconcile", "--db", str(db_path), "--json", "--propose"]) == 0
    err = capsys.readouterr().err
    assert "usulan Draf dibuat" in err
    # the family the complaint already proposed is said, not joined silently (issue 17 item 7)
    assert "Sudah pernah diusulkan: " in err and "masih Draf, menunggu Musyawarah Desa" in err


def test_belum_menerima_for_a_family_with_a_poverty_complaint(db: Database, coordinator: Actor, front: Actor) -> None:
    """Desil 5 is above the low-desil line, but a complaint about poverty brings the family in (issue 16 §5)."""
    nik, kk, quiet_kk = "6201024506800003", "6201021205900012", "6201021205900013"
    add_registry(db, nik, "SRI RAHAYU", kk=kk, desil=5, programmes=())
    add_registry(db, "6201024506800004", "DIAM SAJA", kk=quiet_kk, desil=5, programmes=())
    rid = resident(db, front, "Sri Rahayu", nik, kk, sex="P")
    resident(db, front, "Diam Saja", "6201024506800004", quiet_kk, sex="P")
    found = [f for f in reconcile.reconcile(db, coordinator) if f.reason == "belum menerima"]
    assert found == []  # desil 5 alone: not flagged
    complaints.register_complaint(
        db, front, complaints.ComplaintInput(rid, "Sosial", "Keluarga tidak mampu, anak tiga")
    )
    found = [f for f in reconcile.reconcile(db, coordinator) if f.reason == "belum menerima"]
    assert [(f.kk, f.suggested) for f in found] == [(kk, "Perbarui")]
    assert "kemiskinan" in found[0].detail and "belum menerima" in found[0].detail
