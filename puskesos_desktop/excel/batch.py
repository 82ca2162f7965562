"""The monthly batch to the district and the district's feedback on it (see ``batch_columns`` for the contract).

``write_batch`` builds the workbook in memory (XlsxWriter, every string a string), optionally encrypts it
(msoffcrypto, OOXML agile: Excel and LibreOffice ask for the password), writes it under a temporary name, fsyncs
and renames it (``core.files.atomic_path``), then READS IT BACK from the stick and checks it: the checksum of the
bytes read against the ones built; the sheets, the summary and the audit chain through calamine; each data sheet's
header, row count and key columns from its XML (``batch_readback``). Only then is ``<file>.sha256`` written beside
it. On any failure nothing is left under the final names. Given the audit chain's digests, the last sheet is
"Rantai Audit" (``batch_chain``: numbers and hashes only, so that the district can check the chain from batch to batch).

``read_feedback`` (in ``feedback``, re-exported here) reads the district's answers on a batch.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from msoffcrypto.format.ooxml import OOXMLFile
from xlsxwriter.worksheet import Worksheet

from puskesos_desktop.core import regions, validate
from puskesos_desktop.core.audit_chain import AuditChain
from puskesos_desktop.core.errors import Message, ValidationError, msg, said
from puskesos_desktop.core.files import FileWriteError, atomic_path
from puskesos_desktop.core.statuses import Field
from puskesos_desktop.excel import guard, safe
from puskesos_desktop.excel.batch_chain import SHEET_CHAIN, parse_chain_rows, write_chain_sheet
from puskesos_desktop.excel.batch_columns import (
    COLUMNS,
    DTKS_LABELS,
    SEX_LABELS,
    SHEET_COMPLAINTS,
    SHEET_PROPOSALS,
    SHEET_REFERRALS,
    SHEET_SUMMARY,
    SHEETS,
    SUMMARY_HEADERS,
    SUMMARY_ROWS,
    BatchSummary,
    Column,
    ComplaintRow,
    Kind,
    ProposalRow,
    ReferralRow,
)
from puskesos_desktop.excel.batch_readback import BatchReadBack, ReadBackError
from puskesos_desktop.excel.batch_sheet import BatchWorkbook, DataSheet
from puskesos_desktop.excel.common import cell_text, shorten
from puskesos_desktop.excel.feedback import Feedback, FeedbackRow, read_feedback

__all__ = [
    "SHEETS",
    "SHEET_CHAIN",
    "AuditChain",
    "BatchFile",
    "BatchSummary",
    "ComplaintRow",
    "Feedback",
    "FeedbackRow",
    "ProposalRow",
    "ReferralRow",
    "batch_filename",
    "checksum_filename",
    "read_feedback",
    "write_batch",
]

_MAX_WIDTH = 60
_SAMPLE_ROWS = 300


@dataclass(frozen=True)
class BatchFile:
    path: Path
    sha256_path: Path
    sha256: str  # of the file as written (encrypted, when a password was given)
    counts: dict[str, int]  # sheet name -> data rows


# --- names ----------------------------------------------------------------------------------------------------


def _period_text(month: str | dt.date) -> str:
    year, mon = validate.parse_month(month, "Periode")
    return f"{year:04d}-{mon:02d}"


def _village_digits(code: str) -> str:
    try:
        return regions.village_code_digits(code)
    except ValueError as exc:
        raise ValidationError(said(exc), "Kode Desa") from None


def batch_filename(village_code: str, month: str | dt.date, seq: int) -> str:
    """'PUSKESOS_6201021001_2025-01_01.xlsx'."""
    if isinstance(seq, bool) or not isinstance(seq, int) or not 1 <= seq <= 99:
        raise ValidationError("Nomor batch harus 1 sampai 99.", "Nomor Batch")
    return f"PUSKESOS_{_village_digits(village_code)}_{_period_text(month)}_{seq:02d}.xlsx"


def checksum_filename(workbook_name: str) -> str:
    """The checksum file beside the workbook: 'PUSKESOS_…_01.xlsx.sha256' (sha256sum format)."""
    return f"{workbook_name}.sha256"


# --- values ---------------------------------------------------------------------------------------------------


def _cell(col: Column, value: Any, sheet: str, row: int) -> Any:
    """The value as it goes into the cell, checked against the column's kind; None for an empty cell."""

    def bad(message: Message) -> ValidationError:
        return ValidationError("{reason} (lembar {sheet}).", col.header, row, reason=message, sheet=sheet)

    if value is None or value == "":
        return None
    kind = col.kind
    if kind is Kind.TEXT:
        if not isinstance(value, str):
            raise bad(msg("Nilai '{value}' harus berupa teks", value=shorten(str(value), 40)))
        return value
    if kind is Kind.ID:
        if not isinstance(value, str) or len(value) != 16 or not value.isdigit() or not value.isascii():
            raise bad(
                msg("{header} harus 16 angka (tertulis '{value}')", header=col.header, value=shorten(str(value), 40))
            )
        return value
    if kind is Kind.DATETIME:
        if isinstance(value, dt.datetime):
            return value.replace(tzinfo=None, microsecond=0)
        if isinstance(value, dt.date):
            return dt.datetime(value.year, value.month, value.day)
        raise bad(msg("Harus berupa tanggal dan jam"))
    if kind is Kind.DATE:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        raise bad(msg("Harus berupa tanggal"))
    if kind is Kind.INT:
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad(msg("Harus berupa bilangan bulat"))
        return value
    if kind is Kind.SEX:
        label = SEX_LABELS.get(str(value), str(value))
        if label not in SEX_LABELS.values():
            raise bad(msg("Jenis kelamin '{value}' tidak dikenal (L/P)", value=value))
        return label
    if kind is Kind.DTKS:
        if not isinstance(value, bool):
            raise bad(msg("Status DTKS harus ya/tidak"))
        return DTKS_LABELS[value]
    if kind is Kind.CHOICE:
        if str(value) not in col.choices:
            raise bad(
                msg(
                    "'{value}' bukan pilihan yang sah ({choices})",
                    value=shorten(str(value), 40),
                    choices=", ".join(col.choices),
                )
            )
        return str(value)
    raise AssertionError(kind)


def _summary_values(summary: BatchSummary, referrals: Sequence[ReferralRow], counts: dict[str, int]) -> list[Any]:
    by_field = {f.value: 0 for f in Field}
    for r in referrals:
        by_field[str(r.field)] = by_field.get(str(r.field), 0) + 1
    values: dict[str, Any] = {
        "village_code": _village_digits(summary.village_code),
        "village_name": summary.village_name,
        "kecamatan": summary.kecamatan,
        "kabupaten": summary.kabupaten,
        "period": _period_text(summary.period),
        "batch_no": f"{summary.batch_no:02d}",
        "created_at": summary.created_at.replace(tzinfo=None, microsecond=0),
        "created_by": summary.created_by,
        "app_version": summary.app_version,
        "complaints": counts[SHEET_COMPLAINTS],
        "referrals": counts[SHEET_REFERRALS],
        "referrals_health": by_field[Field.KESEHATAN.value],
        "referrals_social": by_field[Field.SOSIAL.value],
        "referrals_education": by_field[Field.PENDIDIKAN.value],
        "referrals_adminduk": by_field[Field.ADMINDUK.value],
        "referrals_other": by_field[Field.LAINNYA.value],
        "proposals": counts[SHEET_PROPOSALS],
        "letters_issued": summary.letters_issued,
        "residents_served": summary.residents_served,
        "audit_hash": summary.audit_hash,
    }
    out = []
    for label, attr, kind in SUMMARY_ROWS:
        value = values[attr]
        if kind is Kind.INT and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise ValidationError("{label} harus bilangan bulat tidak negatif.", label, label=label)
        out.append(value)
    return out


# --- building -------------------------------------------------------------------------------------------------


def _finish_sheet(ws: Worksheet, widths: list[int], rows: int) -> None:
    for col, width in enumerate(widths):
        ws.set_column(col, col, min(max(width, 6), _MAX_WIDTH))
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(rows, 1), len(widths) - 1)


def _width(value: Any) -> int:
    if isinstance(value, dt.datetime):
        return 19
    if isinstance(value, dt.date):
        return 11
    return len(str(value)) + 2


def _build(
    summary: BatchSummary,
    tables: dict[str, Sequence[Any]],
    summary_values: list[Any],
    chain: AuditChain | None = None,
) -> bytes:
    buffer = io.BytesIO()
    wb = BatchWorkbook(buffer)
    fm = safe.Formats(wb)

    ws = wb.add_worksheet(SHEET_SUMMARY)
    for col, header in enumerate(SUMMARY_HEADERS):
        safe.write_text(ws, 0, col, header, fm.header)
    widths = [len(SUMMARY_HEADERS[0]) + 2, len(SUMMARY_HEADERS[1]) + 2]
    for i, ((label, _attr, _kind), value) in enumerate(zip(SUMMARY_ROWS, summary_values, strict=True), start=1):
        safe.write_text(ws, i, 0, label)
        safe.write_value(ws, i, 1, value, fm, column=label)
        widths[0] = max(widths[0], len(label) + 2)
        widths[1] = max(widths[1], _width(value))
    _finish_sheet(ws, widths, len(SUMMARY_ROWS))

    for sheet in SHEETS[1:]:
        columns = COLUMNS[sheet]
        rows = tables[sheet]
        data = wb.add_worksheet(sheet, worksheet_class=DataSheet)
        assert isinstance(data, DataSheet)
        widths = [len(c.header) + 2 for c in columns]
        for col, c in enumerate(columns):
            safe.write_text(data, 0, col, c.header, fm.header)
        for r, item in enumerate(rows[:_SAMPLE_ROWS], start=1):
            for col, c in enumerate(columns):
                value = _cell(c, getattr(item, c.attr), sheet, r + 1)
                if value is not None:
                    widths[col] = max(widths[col], _width(value))
        # The rows' values are checked as they are written (the sample above checked only the first ones).
        data.write_rows(columns, rows, fm, sheet, _cell)
        _finish_sheet(data, widths, len(rows))
    if chain is not None:
        village, period = _village_digits(summary.village_code), _period_text(summary.period)
        write_chain_sheet(wb, fm, village, period, f"{summary.batch_no:02d}", summary.created_at, chain)
    wb.close()
    return buffer.getvalue()


def _encrypt(data: bytes, password: str) -> bytes:
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt(password, out)
    return out.getvalue()


def _write_bytes(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)


# --- verification ---------------------------------------------------------------------------------------------


def _verify(path: Path, expected_sha: str, password: str | None, tables: dict[str, Sequence[Any]],
            summary_values: list[Any], chain: AuditChain | None = None) -> None:  # fmt: skip
    def fail(what: str | Message) -> FileWriteError:
        return FileWriteError(
            "Berkas {name} gagal diperiksa setelah ditulis ({what}). "
            "Flashdisk mungkin rusak atau tercabut; berkas dihapus. Ulangi ekspor, bila perlu ke flashdisk lain.",
            name=path.name,
            what=what,
        )

    try:
        on_disk = path.read_bytes()
    except OSError as exc:
        raise fail(f"tidak dapat dibaca kembali: {exc.strerror or exc}") from None
    if hashlib.sha256(on_disk).hexdigest() != expected_sha:
        raise fail("isi berkas berbeda dari yang ditulis")
    try:
        if password:
            checked = guard.check(path, password=password)  # decrypted with the password, as the district will
            assert checked.data is not None  # a protected workbook is decrypted in memory
            plain = checked.data
        else:
            # The bytes on the stick are the ones built (same checksum): no second reading, no hostile-file scan.
            plain = on_disk
            checked = guard.CheckedFile(path, guard.Kind.XLSX, expected_sha, len(on_disk), False, on_disk)
        sheets = [*SHEETS, *([SHEET_CHAIN] if chain is not None else [])]
        with guard.Workbook(checked) as wb:
            if wb.sheet_names != sheets:
                raise fail("urutan atau nama lembar kerja berbeda")
            rows = list(wb.rows(SHEET_SUMMARY))
            if [cell_text(v) for v in rows[0][:2]] != list(SUMMARY_HEADERS):
                raise fail("judul kolom Ringkasan berbeda")
            got = [r[1] for r in rows[1:]]
            if len(got) != len(SUMMARY_ROWS):
                raise fail("jumlah baris Ringkasan berbeda")
            for (label, _attr, kind), want, value in zip(SUMMARY_ROWS, summary_values, got, strict=True):
                if kind in (Kind.INT, Kind.TEXT) and value != want:
                    raise fail(f"nilai '{label}' berbeda")
            if chain is not None:
                read = parse_chain_rows(list(wb.rows(SHEET_CHAIN)), path.name)
                if read.chain != chain or (read.count, read.head) != (chain.count, chain.head):
                    raise fail(f"lembar {SHEET_CHAIN} berbeda")
        # The data sheets: header, rows and key columns from their XML (calamine would turn every cell into Python).
        back = BatchReadBack(plain)
        if back.sheet_names != sheets:
            raise fail("urutan atau nama lembar kerja berbeda")
        for sheet in SHEETS[1:]:
            _verify_sheet(back, sheet, tables[sheet], fail)
    except (ValidationError, ReadBackError) as exc:
        raise fail(said(exc)) from None


def _verify_sheet(
    back: BatchReadBack, sheet: str, expected: Sequence[Any], fail: Callable[[str | Message], FileWriteError]
) -> None:
    columns = COLUMNS[sheet]
    keys = [i for i, c in enumerate(columns) if c.key]
    read = back.scan(sheet, keys)
    if read.header != [c.header for c in columns]:
        raise fail(f"judul kolom lembar {sheet} berbeda")
    if read.rows != len(expected):
        raise fail(f"jumlah baris lembar {sheet}: {read.rows}, seharusnya {len(expected)}")
    for i in keys:
        c = columns[i]
        want = [str(getattr(item, c.attr) or "") for item in expected]
        if read.keys[i] != want:
            r = next(r for r, (a, b) in enumerate(zip(read.keys[i], want, strict=True), start=2) if a != b)
            raise fail(f"lembar {sheet} baris {r} kolom {c.header} berbeda")


# --- writing --------------------------------------------------------------------------------------------------


def write_batch(
    target_dir: str | Path,
    summary: BatchSummary,
    complaints: Sequence[ComplaintRow],
    referrals: Sequence[ReferralRow],
    proposals: Sequence[ProposalRow],
    password: str | None = None,
    *,
    overwrite: bool = False,
    chain: AuditChain | None = None,
) -> BatchFile:
    """Write, verify and checksum the month's batch. Bad data → ValidationError; disk trouble → FileWriteError.

    An existing batch with the same name is never replaced or deleted: this run claims the final names with an
    exclusive create (O_EXCL), so a file another run is writing or has delivered is left alone, and on failure
    only the files this run created are removed. ``overwrite`` (for a caller holding the month's export lock,
    to whom an existing file can only be a left-over never recorded) moves such a file aside under a
    ``.tidak-tercatat-…`` name instead of refusing.
    ``chain``: the audit chain's digests since the previous batch, written as the sheet "Rantai Audit".
    """
    name = batch_filename(summary.village_code, summary.period, summary.batch_no)
    folder = Path(target_dir)
    target = folder / name
    sha_path = folder / checksum_filename(name)
    if overwrite:
        _move_aside(target, sha_path)
    tables: dict[str, Sequence[Any]] = {
        SHEET_COMPLAINTS: list(complaints),
        SHEET_REFERRALS: list(referrals),
        SHEET_PROPOSALS: list(proposals),
    }
    counts = {sheet: len(rows) for sheet, rows in tables.items()}
    summary_values = _summary_values(summary, tables[SHEET_REFERRALS], counts)
    data = _build(summary, tables, summary_values, chain)
    if password:
        data = _encrypt(data, password)
    digest = hashlib.sha256(data).hexdigest()

    _claim(target, name, folder)
    try:
        _claim(sha_path, name, folder)
    except BaseException:
        target.unlink(missing_ok=True)  # ours: created empty a moment ago
        raise
    try:
        # The renames replace the empty files this run claimed, nothing else.
        with atomic_path(target) as tmp:
            _write_bytes(tmp, data)
        _verify(target, digest, password or None, tables, summary_values, chain)
        with atomic_path(sha_path) as tmp:
            _write_bytes(tmp, f"{digest}  {name}\n".encode("ascii"))
    except BaseException:
        target.unlink(missing_ok=True)
        sha_path.unlink(missing_ok=True)
        raise
    return BatchFile(path=target, sha256_path=sha_path, sha256=digest, counts=counts)


def _claim(path: Path, name: str, folder: Path) -> None:
    """Create ``path`` empty, or fail if it exists (O_EXCL: two runs can never both claim one name)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise ValidationError(
            "Berkas {name} sudah ada di {folder}: ekspor lain bulan ini baru saja berjalan, atau batch itu sudah "
            "diserahkan. Periksa daftar batch, lalu ulangi ekspor (nomor berikutnya) atau pilih folder lain.",
            "Nomor Batch",
            name=name,
            folder=folder,
        ) from None
    except OSError as exc:
        raise FileWriteError(
            "Berkas {path} tidak dapat dibuat: {value}.", path=path, value=exc.strerror or exc
        ) from exc
    os.close(fd)


def _move_aside(*paths: Path) -> None:
    """Left-over files of a run that died before recording its batch: kept for inspection, out of the way."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for path in paths:
        if path.exists():
            try:
                os.replace(path, path.with_name(f"{path.name}.tidak-tercatat-{stamp}"))
            except OSError as exc:
                raise FileWriteError(
                    "Berkas lama {path} tidak dapat dipindahkan: {value}.", path=path, value=exc.strerror or exc
                ) from exc
