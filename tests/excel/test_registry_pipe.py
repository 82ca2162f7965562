"""A big CSV checked by child processes gives what checking here gives; a kill, a cancel or a refusal there ends
them and changes nothing."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path
from typing import Any

import pytest

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel import guard, headers, registry_pipe
from puskesos_desktop.excel.common import Cancelled
from puskesos_desktop.excel.registry_reader import RegistryReadResult, read_registry
from puskesos_desktop.services.registry import registry_swap
from tests.services.dx_data import sample_module


def _small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Children for any file, after 7 rows checked here, 5 rows a batch: every path taken with a small file."""
    monkeypatch.setattr(registry_pipe, "MIN_ROWS", 0)
    monkeypatch.setattr(registry_pipe, "FIRST_IN_PROCESS", 7)
    monkeypatch.setattr(registry_pipe, "BATCH", 5)
    monkeypatch.setattr(registry_pipe, "worth_it", lambda: True)  # the tests look at the children on any PC


def _cells(line: str, col: int, value: str) -> str:
    cells = line.split(",")
    cells[col] = value
    return ",".join(cells)


def _shaped(tmp_path: Path, rows: int = 120) -> Path:
    """A demo extract with every kind of row the checks treat apart, spread over many batches, after a 'sep=' line
    (row numbers shift by one)."""
    path = sample_module().generate(tmp_path / "DTKS_demo.csv", rows, seed=3).path
    header, *body = path.read_text(encoding="utf-8").splitlines()
    sex = body[9].split(",")[6]
    body[9] = _cells(body[9], 6, "P" if sex.startswith("L") else "L")  # sex against the NIK: a warning
    body[10] = _cells(body[10], 2, "123")  # a KK that is no KK: a warning, the KK left empty
    body[11] = _cells(body[11], 1, "6.20102E+15")  # scientific notation: refused
    body[12] = _cells(body[12], 3, "SITI\x07AMINAH")  # a control character cleaned: a warning
    odd = {
        5: _cells(body[2], 0, "DTKS-ULANG"),  # the NIK of row 5 again: refused for the repeat
        17: _cells(body[3], 7, "X" * 400),  # a repeat refused first for its address (the repeat's reason wins)
        23: _cells(body[7], 1, "12345"),  # not a NIK
        31: ",".join(body[8].split(",")[:5]),  # cut mid-row
        40: "",  # blank line
        41: ",,,,,,",  # blank cells
    }
    for at in sorted(odd, reverse=True):
        body.insert(at, odd[at])
    path.write_text("sep=,\n" + "\n".join([header, *body]) + "\n", encoding="utf-8")
    return path


def _staged(path: Path, folder: Path, **kw: Any) -> tuple[RegistryReadResult, list[Any], list[Any]]:
    stage = registry_swap.Stage(folder)
    try:
        result = read_registry(path, sink=stage, today=clock.today(), **kw)
        stage.finish()
        rows = stage.conn.execute("SELECT * FROM rows ORDER BY seq").fetchall()
        sets = stage.conn.execute("SELECT codes, code FROM sets ORDER BY codes, code").fetchall()
        return result, rows, sets
    finally:
        stage.close()


def test_the_children_check_as_this_process_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _small_batches(monkeypatch)
    path = _shaped(tmp_path)
    monkeypatch.setattr(registry_pipe, "ENABLED", False)
    here = _staged(path, tmp_path / "here")
    monkeypatch.setattr(registry_pipe, "ENABLED", True)
    seen: list[int] = []
    piped = _staged(path, tmp_path / "piped", progress=lambda done, total: seen.append(done))
    assert piped == here
    result, rows, sets = piped
    assert len(rows) == result.total_rows - len(result.rejected) > 100
    numbers = [row[-1] for row in rows]
    assert numbers == sorted(numbers)  # staged in the file's order (seq: the stage's own numbering)
    reasons = {issue.row_number: issue.reason for issue in result.rejected}
    assert "sudah ada di baris 5" in reasons[8] and "sudah ada di baris 6" in reasons[21]
    assert "16 angka" in reasons[28] and "terpotong" in reasons[37] and "ilmiah" in reasons[15]
    assert {issue.column for issue in result.warnings} >= {"JENIS_KELAMIN", "NO_KK", "NAMA"}
    assert sets and {code for _, code in sets} <= set(headers.PROGRAMME_CODES)
    assert {codes for codes, _ in sets} == {row[15] for row in rows} - {""}  # every row's set of programmes
    assert seen == sorted(seen) and len(seen) > 10  # progress after every batch
    # and what a held read decides, row for row
    held = read_registry(path, today=clock.today())
    assert (held.rejected, held.warnings, held.total_rows) == (result.rejected, result.warnings, result.total_rows)
    assert not multiprocessing.active_children()


def _killing_sink(folder: Path) -> registry_swap.Stage:
    """A stage that kills a checking process when the first batch arrives."""
    stage = registry_swap.Stage(folder)
    add_staged = stage.add_staged

    def add(values: list[Any]) -> None:
        for child in multiprocessing.active_children():
            child.kill()
        add_staged(values)

    stage.add_staged = add  # type: ignore[method-assign]
    return stage


def test_a_killed_child_is_a_refusal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _small_batches(monkeypatch)
    path = sample_module().generate(tmp_path / "DTKS_demo.csv", 3000, seed=3).path  # more than the pipes hold
    stage = _killing_sink(tmp_path)
    try:
        with pytest.raises(ValidationError, match="berhenti sebelum selesai"):
            read_registry(path, sink=stage)
    finally:
        stage.close()
    assert not multiprocessing.active_children()


def test_cancel_ends_the_children(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _small_batches(monkeypatch)
    path = sample_module().generate(tmp_path / "DTKS_demo.csv", 3000, seed=3).path
    pids: list[int] = []

    def cancelled() -> bool:
        pids.extend(p.pid for p in multiprocessing.active_children() if p.pid is not None)
        return bool(pids)

    stage = registry_swap.Stage(tmp_path)
    try:
        with pytest.raises(Cancelled):
            read_registry(path, sink=stage, cancelled=cancelled)
    finally:
        stage.close()
    assert len(pids) == registry_pipe.CHILDREN
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)  # ended and reaped
    assert not multiprocessing.active_children()


def test_a_refusal_in_a_child_is_the_same_refusal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _small_batches(monkeypatch)
    path = sample_module().generate(tmp_path / "DTKS_demo.csv", 200, seed=3).path
    for kw, words in (({"max_rows": 150}, "lebih dari 150 baris"),):
        stage = registry_swap.Stage(tmp_path)
        try:
            with pytest.raises(ValidationError, match=words):
                read_registry(path, sink=stage, **kw)
        finally:
            stage.close()
    # the file saved again after it was checked: each child refuses to read another file
    checked = guard.check(path, allow_csv=True)
    os.utime(path, ns=(0, 10**9))
    columns = headers.find_columns([path.read_text(encoding="utf-8").splitlines()[0].split(",")], None)
    assert columns is not None
    plan = registry_pipe.Plan(checked, "utf-8", ",", 0, 1, columns, clock.today(), 32_767, 10**6)
    with pytest.raises(ValidationError, match="berubah selama dibaca"):
        list(registry_pipe.checked_batches(plan))
    assert not multiprocessing.active_children()


def test_a_child_ends_when_the_importer_is_gone(tmp_path: Path) -> None:
    """The importing process killed: its ends of the pipes close, the child's next send fails and it ends."""
    path = sample_module().generate(tmp_path / "DTKS_demo.csv", 3000, seed=3).path
    checked = guard.check(path, allow_csv=True)
    columns = headers.find_columns([path.read_text(encoding="utf-8").splitlines()[0].split(",")], None)
    assert columns is not None
    plan = registry_pipe.Plan(checked, "utf-8", ",", 0, 1, columns, clock.today(), 32_767, 10**6)
    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=registry_pipe._child, args=(send, plan, 0, 1, 5), daemon=True)
    child.start()
    send.close()
    receive.recv()  # it runs
    receive.close()  # as when this process dies
    child.join(30)
    assert child.exitcode == 0


def test_children_are_used_only_beside_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """On one core the children's extra CPU would only slow the import down."""
    monkeypatch.setattr(registry_pipe.os, "sched_getaffinity", lambda _pid: {0}, raising=False)
    assert not registry_pipe.worth_it()
    monkeypatch.setattr(registry_pipe.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    assert registry_pipe.worth_it()
