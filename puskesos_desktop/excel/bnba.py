"""The BNBA list (by name, by address) of the proposals a Musyawarah Desa decided, for the operator's SIKS-NG input.

Columns exactly as the operator types them in: No, NIK, No KK, Nama, Alamat, RT, RW, Jenis usulan, Alasan,
Keputusan. NIK and No KK are text cells; every text goes through excel/safe.py, so nothing becomes a formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from puskesos_desktop.excel.safe import Formats, new_workbook, write_text

BNBA_HEADERS = ("No", "NIK", "No KK", "Nama", "Alamat", "RT", "RW", "Jenis usulan", "Alasan", "Keputusan")
SHEET = "BNBA"
_WIDTHS = (5, 19, 19, 30, 40, 6, 6, 13, 50, 11)


@dataclass(frozen=True)
class BnbaRow:
    nik: str | None
    kk: str | None
    name: str
    address: str
    rt: str
    rw: str
    kind: str  # Tambah / Perbarui / Hapus
    reason: str
    decision: str  # Disahkan / Ditolak


def write_bnba(target: Path | BytesIO, rows: Sequence[BnbaRow]) -> None:
    """One sheet, a header row and one row per proposal, numbered from 1."""
    wb = new_workbook(target)
    try:
        fm = Formats(wb)
        ws = wb.add_worksheet(SHEET)
        for col, header in enumerate(BNBA_HEADERS):
            ws.write_string(0, col, header, fm.header)
        for i, r in enumerate(rows, start=1):
            ws.write_number(i, 0, i)
            values = (r.nik, r.kk, r.name, r.address, r.rt, r.rw, r.kind, r.reason, r.decision)
            for col, value in enumerate(values, start=1):
                write_text(ws, i, col, value or "", fm.text if col <= 2 else None, column=BNBA_HEADERS[col])
        for col, width in enumerate(_WIDTHS):
            ws.set_column(col, col, width)
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(len(rows), 1), len(BNBA_HEADERS) - 1)
    finally:
        wb.close()
