"""A big sheet's XML read in a second process gives the same rows; a fault, a change or a kill there is a refusal."""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
import os
from pathlib import Path

import pytest
import xlsxwriter

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel import guard, xlsx_pipe
from puskesos_desktop.excel.registry_reader import read_registry

STREAM = guard.Limits(stream_cells=0)  # every sheet "big": streamed


def _extract(path: Path, rows: int) -> Path:
    """Rows of several shapes: cells left out, NIKs as numbers, dates as serials with and without a format."""
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False})
    ws = wb.add_worksheet("DTKS")
    day = wb.add_format({"num_format": "dd/mm/yyyy"})
    ws.write_row(0, 0, ["NIK", "Nama", "Tanggal Lahir", "Desil", "PKH"])
    for r in range(1, rows):
        if r % 4:
            ws.write_string(r, 0, f"320101010190{r % 10000:04d}")
        else:
            ws.write_number(r, 0, 3201010101900000 + r % 10000)
        if r % 5:
            ws.write_string(r, 1, f"WARGA {r % 7} {r}")
        if r % 3 == 0:
            ws.write_datetime(r, 2, dt.datetime(1990, 1, 1 + r % 28), day)
        elif r % 3 == 1:
            ws.write_number(r, 2, 32874 + r % 300)
        ws.write_number(r, 3, r % 10 + 1)
        ws.write_string(r, 4, "YA" if r % 2 else "TIDAK")
    wb.close()
    return path


def _small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """The child starts after 7 rows and sends 5 at a time: every path taken with a small workbook."""
    monkeypatch.setattr(xlsx_pipe, "FIRST_IN_PROCESS", 7)
    monkeypatch.setattr(xlsx_pipe, "BATCH", 5)


def _rows(path: Path, piped: bool, monkeypatch: pytest.MonkeyPatch) -> list[list[object]]:
    monkeypatch.setattr(xlsx_pipe, "ENABLED", piped)
    with guard.Workbook(guard.check(path), STREAM) as wb:
        return list(wb.rows(wb.sheet_names[0]))


def test_the_child_gives_the_rows_this_process_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _small_batches(monkeypatch)
    path = _extract(tmp_path / "dtks.xlsx", 80)
    here, piped = _rows(path, False, monkeypatch), _rows(path, True, monkeypatch)
    assert len(piped) == 80
    for a, b in itertools.zip_longest(here, piped):
        assert a == b
        assert [type(v) for v in a] == [type(v) for v in b]
    assert read_registry(path, limits=STREAM) == read_registry(path)  # piped, and calamine's
    assert not multiprocessing.active_children()


def test_a_change_found_by_the_child_is_a_refusal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _small_batches(monkeypatch)
    path = _extract(tmp_path / "dtks.xlsx", 30)
    with guard.Workbook(guard.check(path), STREAM) as wb:
        os.utime(path, ns=(0, 10**9))  # saved again after it was opened: the child sees another file
        rows = wb.rows(wb.sheet_names[0])
        assert len(list(itertools.islice(rows, 7))) == 7  # read here, before the child starts
        with pytest.raises(ValidationError, match="berubah selama dibaca"):
            list(rows)
    assert not multiprocessing.active_children()


def test_a_killed_child_is_a_refusal_and_a_closed_reading_ends_the_child(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small_batches(monkeypatch)
    path = _extract(tmp_path / "dtks.xlsx", 5000)  # more than the pipe holds: the child waits to send
    with guard.Workbook(guard.check(path), STREAM) as wb:
        rows = wb.rows(wb.sheet_names[0])
        list(itertools.islice(rows, 10))  # the child runs now
        (child,) = multiprocessing.active_children()
        child.kill()
        with pytest.raises(ValidationError, match="rusak dan tidak dapat dibaca"):
            list(rows)
        assert not multiprocessing.active_children()
        again = wb.rows(wb.sheet_names[0])
        list(itertools.islice(again, 10))
        (child,) = multiprocessing.active_children()
        pid = child.pid
        assert pid is not None
        again.close()  # a cancel: the child is ended at once (and reaped)
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert not multiprocessing.active_children()
