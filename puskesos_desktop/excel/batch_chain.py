"""The batch's sheet "Rantai Audit": the audit chain's digests since the previous batch (issue 14).

It holds no content and nothing personal — only entry numbers and SHA-256 hashes — so that the district can keep
every batch and anyone can check, without the office's database, that the batches of one village form one unbroken
chain. The last entry listed is the batch's own export entry: its number is the count of entries and its hash the
head of the chain when the batch was made.

Layout (one sheet): a two-column block "Uraian | Nilai" (CHAIN_ROWS), a blank row, then the table "No Entri | Hash".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xlsxwriter.workbook import Workbook as XlsxWorkbook

from puskesos_desktop.core.audit_chain import AuditChain
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel import guard, safe
from puskesos_desktop.excel.common import CellValue, cell_text

SHEET_CHAIN = "Rantai Audit"
CHAIN_HEADERS = ("Uraian", "Nilai")
ENTRY_HEADERS = ("No Entri", "Hash")
# (label, attribute); numbers for the two counts, text for the rest.
CHAIN_ROWS: tuple[tuple[str, str], ...] = (
    ("Kode Desa", "village_code"),
    ("Periode", "period"),
    ("Nomor Batch", "batch_no"),
    ("Dibuat Pada", "created_at"),
    ("Jumlah Entri", "count"),
    ("Hash Terakhir", "head"),
    ("Entri Batch Sebelumnya", "prev_id"),
    ("Hash Batch Sebelumnya", "prev_hash"),
)
_NUMBERS = {"count", "prev_id"}


@dataclass(frozen=True)
class BatchChain:
    """The sheet read back from a batch file."""

    file: str
    village_code: str
    period: str
    batch_no: str
    created_at: dt.datetime | None  # batches are checked in the order they were made
    count: int
    head: str
    chain: AuditChain

    @property
    def label(self) -> str:
        return f"batch {self.period} #{self.batch_no}"


def write_chain_sheet(
    wb: XlsxWorkbook,
    fm: safe.Formats,
    village_code: str,
    period: str,
    batch_no: str,
    created_at: dt.datetime,
    chain: AuditChain,
) -> None:
    ws = wb.add_worksheet(SHEET_CHAIN)
    values: dict[str, Any] = {
        "village_code": village_code,
        "period": period,
        "batch_no": batch_no,
        "created_at": created_at.replace(tzinfo=None, microsecond=0),
        "count": chain.count,
        "head": chain.head,
        "prev_id": chain.prev_id,
        "prev_hash": chain.prev_hash,
    }
    for col, header in enumerate(CHAIN_HEADERS):
        safe.write_text(ws, 0, col, header, fm.header)
    for r, (label, attr) in enumerate(CHAIN_ROWS, start=1):
        safe.write_text(ws, r, 0, label)
        if attr in _NUMBERS:
            ws.write_number(r, 1, int(values[attr]))
        elif attr == "created_at":
            ws.write_datetime(r, 1, values[attr], fm.datetime)
        else:
            safe.write_text(ws, r, 1, str(values[attr]))
    top = len(CHAIN_ROWS) + 2
    for col, header in enumerate(ENTRY_HEADERS):
        safe.write_text(ws, top, col, header, fm.header)
    for r, (number, digest) in enumerate(chain.entries, start=top + 1):
        ws.write_number(r, 0, number)
        ws.write_string(r, 1, digest)
    ws.set_column(0, 0, 24)
    ws.set_column(1, 1, 68)
    ws.freeze_panes(1, 0)
    ws.autofilter(top, 0, top + max(1, len(chain.entries)), 1)


def _number(value: CellValue, what: str, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or int(value) != value or value < 0:
        raise ValidationError(
            "Lembar {sheet_chain} di {name}: {what} bukan bilangan bulat.",
            what,
            sheet_chain=SHEET_CHAIN,
            name=name,
            what=what,
        )
    return int(value)


def _digest(value: CellValue, what: str, name: str) -> str:
    text = cell_text(value).strip().lower()
    if len(text) != 64 or any(ch not in "0123456789abcdef" for ch in text):
        raise ValidationError(
            "Lembar {sheet_chain} di {name}: {what} bukan hash SHA-256.",
            what,
            sheet_chain=SHEET_CHAIN,
            name=name,
            what=what,
        )
    return text


def parse_chain_rows(rows: list[list[Any]], name: str) -> BatchChain:
    """The sheet's rows (as calamine gives them) → BatchChain; ValidationError naming what is wrong."""
    if not rows or [cell_text(v) for v in rows[0][:2]] != list(CHAIN_HEADERS):
        raise ValidationError(
            "Lembar {sheet_chain} di {name} tidak dikenali (judul kolom berbeda).",
            SHEET_CHAIN,
            sheet_chain=SHEET_CHAIN,
            name=name,
        )
    block: dict[str, CellValue] = {}
    table_at: int | None = None
    for i, row in enumerate(rows[1:], start=1):
        first = cell_text(row[0]).strip() if row else ""
        if first == ENTRY_HEADERS[0] and len(row) > 1 and cell_text(row[1]).strip() == ENTRY_HEADERS[1]:
            table_at = i
            break
        if first:
            block[first] = row[1] if len(row) > 1 else None
    missing = [label for label, _ in CHAIN_ROWS if label not in block]
    if missing or table_at is None:
        what = ", ".join(missing) if missing else "tabel No Entri | Hash"
        raise ValidationError(
            "Lembar {sheet_chain} di {name} tidak lengkap: {what} tidak ada.",
            SHEET_CHAIN,
            sheet_chain=SHEET_CHAIN,
            name=name,
            what=what,
        )
    entries = []
    for row in rows[table_at + 1 :]:
        if not row or all(cell_text(v).strip() == "" for v in row[:2]):
            continue
        entries.append((_number(row[0], "No Entri", name), _digest(row[1], "Hash", name)))
    made = block["Dibuat Pada"]
    prev_id = _number(block["Entri Batch Sebelumnya"], "Entri Batch Sebelumnya", name)
    prev_hash = _digest(block["Hash Batch Sebelumnya"], "Hash Batch Sebelumnya", name)
    return BatchChain(
        file=name,
        village_code=cell_text(block["Kode Desa"]).strip(),
        period=cell_text(block["Periode"]).strip(),
        batch_no=cell_text(block["Nomor Batch"]).strip(),
        created_at=made if isinstance(made, dt.datetime) else None,
        count=_number(block["Jumlah Entri"], "Jumlah Entri", name),
        head=_digest(block["Hash Terakhir"], "Hash Terakhir", name),
        chain=AuditChain(prev_id, prev_hash, tuple(entries)),
    )


def read_chain(path: str | Path, password: str | None = None) -> BatchChain:
    """The "Rantai Audit" sheet of a batch file (password-protected batches need the password)."""
    p = Path(path)
    checked = guard.check(p, password=password)
    with guard.Workbook(checked) as wb:
        if SHEET_CHAIN not in wb.sheet_names:
            raise ValidationError(
                "Berkas {name} tidak memuat lembar {sheet_chain} (batch dari versi lama program?).",
                SHEET_CHAIN,
                name=p.name,
                sheet_chain=SHEET_CHAIN,
            )
        return parse_chain_rows(list(wb.rows(SHEET_CHAIN)), p.name)
