"""The batch's sheet "Rantai Audit" (issue 14 §3): written, read back (also encrypted), and refused when wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from puskesos_desktop.core.audit_chain import AuditChain
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel.batch import write_batch
from puskesos_desktop.excel.batch_chain import SHEET_CHAIN, parse_chain_rows, read_chain
from tests.excel.test_batch import NOW, complaints, proposals, referrals, summary

CHAIN = AuditChain(prev_id=41, prev_hash="ab" * 32, entries=((42, "cd" * 32), (43, "ef" * 32)))


@pytest.mark.parametrize("password", [None, "Sandi-batch-1"])
def test_written_and_read_back(tmp_path: Path, password: str | None) -> None:
    made = write_batch(tmp_path, summary(), complaints(), referrals(), proposals(), password, chain=CHAIN)
    sheet = read_chain(made.path, password)
    assert sheet.chain == CHAIN and (sheet.count, sheet.head) == (43, "ef" * 32)
    assert (sheet.village_code, sheet.period, sheet.batch_no, sheet.created_at) == ("6201022001", "2025-01", "01", NOW)
    assert sheet.label == "batch 2025-01 #01"


def test_a_batch_without_the_sheet_is_named(tmp_path: Path) -> None:
    made = write_batch(tmp_path, summary(), complaints(), referrals(), proposals())
    with pytest.raises(ValidationError, match=SHEET_CHAIN):
        read_chain(made.path)


def _rows() -> list[list[object]]:
    return [
        ["Uraian", "Nilai"],
        ["Kode Desa", "6201022001"],
        ["Periode", "2025-01"],
        ["Nomor Batch", "01"],
        ["Dibuat Pada", NOW],
        ["Jumlah Entri", 43.0],
        ["Hash Terakhir", "ef" * 32],
        ["Entri Batch Sebelumnya", 41.0],
        ["Hash Batch Sebelumnya", "ab" * 32],
        ["", ""],
        ["No Entri", "Hash"],
        [42.0, "cd" * 32],
        [43.0, "ef" * 32],
    ]


def test_parse_refuses_what_is_not_a_chain() -> None:
    assert parse_chain_rows(_rows(), "x.xlsx").chain == CHAIN
    bad_hash = _rows()
    bad_hash[12][1] = "bukan hash"
    with pytest.raises(ValidationError, match="bukan hash SHA-256"):
        parse_chain_rows(bad_hash, "x.xlsx")
    no_table = _rows()[:10]
    with pytest.raises(ValidationError, match="tidak lengkap"):
        parse_chain_rows(no_table, "x.xlsx")
    bad_count = _rows()
    bad_count[5][1] = "banyak"
    with pytest.raises(ValidationError, match="Jumlah Entri bukan bilangan bulat"):
        parse_chain_rows(bad_count, "x.xlsx")
