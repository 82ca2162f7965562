from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from msoffcrypto.format.ooxml import OOXMLFile

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel.batch import BatchSummary, ReferralRow, read_feedback, write_batch
from puskesos_desktop.excel.safe import set_text, set_value

NOW = dt.datetime(2025, 1, 31, 10, 0)


def _referral(number: str, status: str = "Dikirim") -> ReferralRow:
    return ReferralRow(number, "RESI-1", dt.date(2025, 1, 6), "6201021205900001", "SITI", "Kesehatan", "PBI-JK",
                       "Dinas Sosial", "Tidak mampu", status, None, "", None, NOW)  # fmt: skip


def _batch(tmp_path: Path) -> Path:
    summary = BatchSummary("6201022001", "Desa", "Kec", "Kab", "2025-01", 1, NOW, "Koordinator")
    referrals = [_referral(f"RJK-{i}") for i in range(1, 6)]
    return write_batch(tmp_path / "keluar", summary, [], referrals, []).path


Answers = dict[int, tuple[object, object, object]]


def _fill(path: Path, target: Path, answers: Answers, extra_sheet: bool = False) -> Path:
    """What the district does: open our batch, fill Status, Tanggal Hasil, Keterangan Hasil, save."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Rujukan"]
    headers = [c.value for c in ws[1]]
    c_status, c_date, c_note = (headers.index(h) + 1 for h in ("Status", "Tanggal Hasil", "Keterangan Hasil"))
    for row, (status, date, note) in answers.items():
        set_value(ws.cell(row=row, column=c_status), status)
        set_value(ws.cell(row=row, column=c_date), date)
        set_value(ws.cell(row=row, column=c_note), note)
    if extra_sheet:
        set_text(wb.create_sheet("Catatan Kabupaten")["A1"], "catatan")
    wb.save(target)
    return target


def test_feedback_rows_statuses_and_issues(tmp_path: Path) -> None:
    answers: Answers = {
        2: ("Disetujui", dt.date(2025, 2, 10), "PBI aktif mulai Maret"),
        3: ("ditolak", "15/02/2025", "=bukan rumus"),
        4: ("Diterima Sebagian", dt.date(2025, 2, 11), ""),  # not a referral status word
        5: ("Ditelaah Lebih Lanjut", "besok", ""),  # not a date
    }
    path = _fill(_batch(tmp_path), tmp_path / "balikan.xlsx", answers, extra_sheet=True)
    feedback = read_feedback(path)
    assert [(r.number, r.status) for r in feedback.referrals] == [
        ("RJK-1", "Disetujui"), ("RJK-2", "Ditolak"), ("RJK-5", "Dikirim"),
    ]  # fmt: skip
    first, second = feedback.referrals[:2]
    assert first.sheet == "Rujukan" and first.row_number == 2
    assert first.outcome_date == dt.date(2025, 2, 10) and first.note == "PBI aktif mulai Maret"
    assert second.outcome_date == dt.date(2025, 2, 15) and second.note == "=bukan rumus"
    issues = {i.row_number: i for i in feedback.issues}
    assert set(issues) == {4, 5}
    assert issues[4].column == "Status (Rujukan)" and issues[4].value == "Diterima Sebagian"
    assert "tidak dikenal" in issues[4].reason and "Disetujui" in issues[4].reason
    assert issues[5].column == "Tanggal Hasil (Rujukan)"
    assert feedback.proposals == []
    assert feedback.unknown_sheets == ["Catatan Kabupaten"]


def test_feedback_with_only_a_proposals_sheet(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Usulan DTKS"
    ws.append(["No Usulan", "Status", "Tanggal Hasil", "Keterangan Hasil"])
    ws.append(["USL-1", "Diterima", dt.date(2025, 3, 1), "Masuk DTKS"])
    ws.append(["USL-1", "Ditolak", None, "dobel"])
    ws.append(["USL-2", "Disetujui", None, ""])  # a referral word, not a proposal word
    path = tmp_path / "usulan.xlsx"
    wb.save(path)
    feedback = read_feedback(path)
    assert feedback.referrals == []
    assert [(r.number, r.status, r.outcome_date) for r in feedback.proposals] == [
        ("USL-1", "Diterima", dt.date(2025, 3, 1)),
    ]  # fmt: skip
    assert sorted(i.row_number for i in feedback.issues) == [3, 4]


def test_feedback_without_known_sheets_or_columns(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Lain"
    ws.append(["x"])
    path = tmp_path / "lain.xlsx"
    wb.save(path)
    with pytest.raises(ValidationError, match="tidak berisi lembar"):
        read_feedback(path)
    ws.title = "Rujukan"
    ws.append(["No Rujukan", "Catatan"])
    wb.save(path)
    with pytest.raises(ValidationError, match="Status"):
        read_feedback(path)


def test_feedback_protected_by_password(tmp_path: Path) -> None:
    filled = _fill(_batch(tmp_path), tmp_path / "isi.xlsx", {2: ("Disetujui", dt.date(2025, 2, 1), "")})
    out = io.BytesIO()
    with open(filled, "rb") as fh:
        OOXMLFile(fh).encrypt("kabupaten", out)
    locked = tmp_path / "balikan-terkunci.xlsx"
    locked.write_bytes(out.getvalue())
    with pytest.raises(ValidationError, match="dilindungi kata sandi"):
        read_feedback(locked)
    with pytest.raises(ValidationError, match="Kata sandi salah"):
        read_feedback(locked, password="salah")
    assert read_feedback(locked, password="kabupaten").referrals[0].status == "Disetujui"


def test_feedback_runs_through_the_guard(tmp_path: Path) -> None:
    path = tmp_path / "balikan.xlsx"
    path.write_text("No Rujukan;Status\nRJK-1;Disetujui\n")
    with pytest.raises(ValidationError, match="teks biasa"):
        read_feedback(path)
