"""The district's answers on a batch: the Rujukan and/or Usulan DTKS sheets with Status, Tanggal Hasil and
Keterangan Hasil filled in. Status words are checked against the closed lists of ``core.statuses``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.statuses import ProposalStatus, ReferralStatus
from puskesos_desktop.excel import guard
from puskesos_desktop.excel.batch_columns import SHEET_PROPOSALS, SHEET_REFERRALS, SHEETS
from puskesos_desktop.excel.common import CellValue, RowIssue, cell_is_blank, cell_text, parse_date, shorten


@dataclass(frozen=True)
class FeedbackRow:
    sheet: str  # "Rujukan" or "Usulan DTKS"
    row_number: int
    number: str  # No Rujukan / No Usulan
    status: str  # a canonical word of core.statuses
    outcome_date: dt.date | None
    note: str


@dataclass(frozen=True)
class Feedback:
    referrals: list[FeedbackRow]
    proposals: list[FeedbackRow]
    unknown_sheets: list[str]
    issues: list[RowIssue]  # column reads "Status (Rujukan)": the sheet is in brackets
    sha256: str = ""


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


_FEEDBACK_SHEETS: dict[str, tuple[str, tuple[str, ...]]] = {
    SHEET_REFERRALS: ("No Rujukan", tuple(s.value for s in ReferralStatus)),
    SHEET_PROPOSALS: ("No Usulan", tuple(s.value for s in ProposalStatus)),
}


def _feedback_rows(rows: list[list[CellValue]], sheet: str, issues: list[RowIssue]) -> list[FeedbackRow]:
    number_header, statuses = _FEEDBACK_SHEETS[sheet]
    canonical = {_fold(s): s for s in statuses}
    header_row: int | None = None
    positions: dict[str, int] = {}
    for i, row in enumerate(rows[:10]):
        folded = [_fold(cell_text(v)) for v in row]
        if _fold(number_header) in folded:
            header_row, positions = i, {h: n for n, h in reversed(list(enumerate(folded)))}
            break
    if header_row is None:
        raise ValidationError(
            "Lembar {sheet} tidak memiliki kolom '{number_header}'.",
            number_header,
            sheet=sheet,
            number_header=number_header,
        )
    if _fold("Status") not in positions:
        raise ValidationError("Lembar {sheet} tidak memiliki kolom 'Status'.", "Status", sheet=sheet)
    c_number = positions[_fold(number_header)]
    c_status = positions[_fold("Status")]
    c_date = positions.get(_fold("Tanggal Hasil"))
    c_note = positions.get(_fold("Keterangan Hasil"))

    def get(row: list[CellValue], col: int | None) -> CellValue:
        return row[col] if col is not None and col < len(row) else None

    out: list[FeedbackRow] = []
    seen: dict[str, int] = {}
    for i in range(header_row + 1, len(rows)):
        row, number_of_row = rows[i], i + 1
        number = cell_text(get(row, c_number)).strip()
        if not number:
            if any(not cell_is_blank(v) for v in row):
                reason = "Nomor kosong; baris dilewati."
                issues.append(RowIssue(number_of_row, f"{number_header} ({sheet})", "", reason))
            continue
        if number in seen:
            reason = f"Nomor ini sudah ada di baris {seen[number]}; baris ini dilewati."
            issues.append(RowIssue(number_of_row, f"{number_header} ({sheet})", number, reason))
            continue
        seen[number] = number_of_row
        raw_status = cell_text(get(row, c_status)).strip()
        status = canonical.get(_fold(raw_status))
        if status is None:
            reason = f"Status tidak dikenal. Pilihan: {', '.join(statuses)}." if raw_status else "Status kosong."
            issues.append(RowIssue(number_of_row, f"Status ({sheet})", shorten(raw_status), reason))
            continue
        raw_date = get(row, c_date)
        try:
            outcome = parse_date(raw_date)
        except ValueError:
            reason = "Tanggal Hasil bukan tanggal (pakai TTTT-BB-HH atau HH-BB-TTTT)."
            issues.append(RowIssue(number_of_row, f"Tanggal Hasil ({sheet})", shorten(cell_text(raw_date)), reason))
            continue
        note = cell_text(get(row, c_note)).strip()
        out.append(FeedbackRow(sheet, number_of_row, number, status, outcome, note))
    return out


def read_feedback(
    path: str | Path, password: str | None = None, *, limits: guard.Limits = guard.DEFAULT_LIMITS
) -> Feedback:
    """Read the district's answers: the Rujukan and/or Usulan DTKS sheets with Status, Tanggal Hasil, Keterangan Hasil.

    Unknown status words and bad dates become issues with their row number; the file goes through guard.py first.
    """
    checked = guard.check(path, password=password, limits=limits)
    with guard.Workbook(checked, limits) as wb:
        names = wb.sheet_names
        by_fold = {_fold(n): n for n in names}
        issues: list[RowIssue] = []
        result: dict[str, list[FeedbackRow]] = {SHEET_REFERRALS: [], SHEET_PROPOSALS: []}
        found = False
        for sheet in (SHEET_REFERRALS, SHEET_PROPOSALS):
            actual = by_fold.get(_fold(sheet))
            if actual is None:
                continue
            found = True
            rows = list(wb.rows(actual))
            if rows:
                result[sheet] = _feedback_rows(rows, sheet, issues)
        if not found:
            raise ValidationError(
                "Berkas {name} tidak berisi lembar '{sheet_referrals}' atau '{sheet_proposals}'.",
                name=checked.path.name,
                sheet_referrals=SHEET_REFERRALS,
                sheet_proposals=SHEET_PROPOSALS,
            )
        known = {_fold(s) for s in SHEETS}
        unknown = [n for n in names if _fold(n) not in known]
    return Feedback(result[SHEET_REFERRALS], result[SHEET_PROPOSALS], unknown, issues, checked.sha256)
