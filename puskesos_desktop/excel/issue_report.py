"""The rejected-rows report: an .xlsx staff open to fix the source file (Baris, Kolom, Nilai, Alasan)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from io import BytesIO
from pathlib import Path

from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.files import FileWriteError, atomic_path
from puskesos_desktop.excel import safe
from puskesos_desktop.excel.common import RowIssue, shorten

REPORT_HEADERS = ("Baris", "Kolom", "Nilai", "Alasan")


def write_issue_report(issues: Iterable[RowIssue], target_path: str | Path, *, title: str = "Baris Ditolak") -> Path:
    """An .xlsx listing issues (Baris, Kolom, Nilai, Alasan), written atomically; every text cell stays text."""
    target = Path(target_path)
    buffer = BytesIO()
    wb = safe.new_workbook(buffer)
    formats = safe.Formats(wb)
    ws = wb.add_worksheet(title[:31])
    widths = [len(h) + 2 for h in REPORT_HEADERS]
    for col, header in enumerate(REPORT_HEADERS):
        safe.write_text(ws, 0, col, header, formats.header)
    n = 0
    for n, issue in enumerate(issues, start=1):  # noqa: B007 - n is the row count after the loop
        ws.write_number(n, 0, issue.row_number)
        cells = (issue.column, shorten(issue.value, 1000), issue.reason)
        for col, text in enumerate(cells, start=1):
            safe.write_text(ws, n, col, text)
            widths[col] = max(widths[col], min(len(text) + 2, 80))
    for col, width in enumerate(widths):
        ws.set_column(col, col, width)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(n, 1), len(REPORT_HEADERS) - 1)
    wb.close()
    with atomic_path(target) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(buffer.getvalue())
    return target


def report_path_for(source_path: str | Path, fallback_dir: str | Path) -> Path:
    """Where the report of ``source_path`` goes: beside it, or in ``fallback_dir`` when that folder is read-only."""
    source = Path(source_path)
    name = f"{source.stem}_baris_ditolak.xlsx"
    if _writable(source.parent):
        return source.parent / name
    return Path(fallback_dir) / name


def write_report_near(
    issues: list[RowIssue], source_path: str | Path, fallback_dir: Path, title: str
) -> tuple[Path | None, str]:
    """An import's report of refused rows: beside its file, else in `fallback_dir` (also when writing beside the
    file failed). (report, "") when written; (None, "") with nothing to report; (None, why) when it could not be
    written — the import itself stands."""
    if not issues:
        return None, ""
    target = report_path_for(source_path, fallback_dir)
    try:
        return write_issue_report(issues, target, title=title), ""
    except FileWriteError as first:
        second = fallback_dir / target.name
        if second == target:
            return None, first.message
        try:
            return write_issue_report(issues, second, title=title), ""
        except PuskesosError as exc:
            return None, exc.message


def _writable(folder: Path) -> bool:
    """A real test (os.access lies on read-only USB sticks and on Windows)."""
    try:
        fd, probe = tempfile.mkstemp(prefix=".puskesos-", suffix=".tmp", dir=folder)
    except OSError:
        return False
    os.close(fd)
    try:
        os.unlink(probe)
    except OSError:
        pass
    return True
