"""Reconciliation (issue 16 §5): every reason appears, --propose makes Draf proposals (the command: tests/cli)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Proposal
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import reconcile
from tests.services.fo_data import add_registry, resident
from tests.services.registry import reconcile_data
from tests.services.registry.reconcile_data import DEAD, KK_POOR


@pytest.fixture
def village(db: Database, coordinator: Actor, front: Actor, tmp_path: Path) -> None:
    reconcile_data.build(db, coordinator, front, tmp_path)


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
