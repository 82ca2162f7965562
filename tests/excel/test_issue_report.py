"""excel/issue_report.py: the rejected rows' workbook (text stays text) and where it goes: beside the source, or the
data folder when the source's folder is read-only."""

from __future__ import annotations

import errno
from pathlib import Path

import openpyxl
import pytest

from puskesos_desktop.excel import issue_report
from puskesos_desktop.excel.common import RowIssue
from puskesos_desktop.excel.issue_report import report_path_for, write_issue_report


def test_issue_report(tmp_path: Path) -> None:
    issues = [RowIssue(5, "NIK", "=1+1", "NIK harus 16 angka."), RowIssue(9, "NAMA", "", "Nama wajib diisi.")]
    target = write_issue_report(issues, tmp_path / "laporan" / "ditolak.xlsx")
    ws = openpyxl.load_workbook(target).active
    assert ws is not None
    assert [c.value for c in ws[1]] == ["Baris", "Kolom", "Nilai", "Alasan"]
    assert [c.value for c in ws[2]] == [5, "NIK", "=1+1", "NIK harus 16 angka."]
    assert ws["C2"].data_type == "s" and ws["A2"].data_type == "n"
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    assert [p.name for p in target.parent.iterdir()] == ["ditolak.xlsx"]


def test_report_path_beside_source_or_fallback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    source = stick / "DTKS Januari.xlsx"
    fallback = tmp_path / "data"
    assert report_path_for(source, fallback) == stick / "DTKS Januari_baris_ditolak.xlsx"
    real_mkstemp = issue_report.tempfile.mkstemp

    def read_only(*args: object, dir: object = None, **kw: object) -> tuple[int, str]:  # noqa: A002
        if Path(str(dir)) == stick:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_mkstemp(*args, dir=dir, **kw)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(issue_report.tempfile, "mkstemp", read_only)
    assert report_path_for(source, fallback) == fallback / "DTKS Januari_baris_ditolak.xlsx"
    assert list(stick.iterdir()) == []
