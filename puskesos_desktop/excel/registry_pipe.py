"""A big CSV extract's rows checked in child processes (issue 21 item 4: a 1,048,575-row extract on two cores).

Checking a row (``registry_rows.RowReader``) and making what the stage stores of it (the name's search key, the
row's hash: ``registry_rows.Staging``) is most of the CPU of a big CSV import; reading the CSV is the csv module's
C and inserting ready rows is SQLite's. So ``CHILDREN`` spawned processes each read the file themselves and check
every ``CHILDREN``-th batch of ``BATCH`` rows; this process takes the batches in the file's order and only inserts
them (``RowSink.add_staged``). The rows, refusals, warnings and counts are exactly what checking here gives (a
test compares them).

* The children touch no Qt and no database: each opens the file again through ``CheckedFile.open`` (refused when
  it is not the file that was checked) and reads it only. They are started with the spawn method, as on Windows
  and in the installed program (``multiprocessing.freeze_support()`` in the entry points).
* Bounded memory: a batch is sent only when its pipe has room, so a child is at most one batch ahead.
* A kill of either side changes nothing: the children only read; when this process goes, a child's next send
  fails and it ends; when a child goes, the reading stops with a refusal here (the import changes nothing).
* Closing the batches (a cancel, a refusal) ends the children at once.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel import csvread, guard
from puskesos_desktop.excel.common import RowIssue
from puskesos_desktop.excel.headers import ColumnMap
from puskesos_desktop.excel.registry_rows import RegistryRow, RowChecks, RowReader, StagedValues, Staging, TooManyRows

ENABLED = True  # tests turn it off to compare with checking in this process
CHILDREN = 2  # two cores: two checkers, this process inserting beside them
BATCH = 1000  # rows a message (and between two looks at Cancel here)
MIN_ROWS = 20_000  # a smaller file is checked here: starting a process costs more than it saves
FIRST_IN_PROCESS = 1000  # rows checked here before the children start
JOIN_SECONDS = 5.0


def worth_it() -> bool:
    """Checking in children costs about a third more CPU in all: it pays only when they run beside this process,
    never on a PC (or a process pinned) with one core."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # Windows, macOS
        cpus = os.cpu_count() or 1
    return cpus >= 2


@dataclass(frozen=True)
class Plan:
    """What a child needs to check its share of the file, as plain picklable data."""

    checked: guard.CheckedFile
    encoding: str
    delimiter: str
    offset: int  # the 'sep=' line skipped
    start: int  # the file's first row (0-based, after the 'sep=' line) that the children check
    columns: ColumnMap
    today: dt.date
    max_chars: int
    max_rows: int


@dataclass(frozen=True)
class Batch:
    """A batch's outcome: the accepted rows ready to stage (their programmes in them), what ``RowChecks`` found in
    it (``late`` indexes ``rejected`` of this batch)."""

    values: list[StagedValues]
    rejected: list[RowIssue]
    warnings: list[RowIssue]
    late: list[tuple[int, str, int]]
    total: int
    scientific: int
    done: int


class ChildFailed(Exception):
    """A checking process stopped (killed, or a fault there)."""


class TooMany(Exception):
    """A row at or past ``Limits.max_rows``: the caller refuses the file, as it does when checking here."""


def _check(checks: RowChecks, staging: Staging, rows: list[Any], start: int) -> Batch:
    values: list[StagedValues] = []
    add, stage = values.append, staging.values

    def accept(row: RegistryRow) -> None:
        add(stage(row))

    checks.rejected, checks.warnings, checks.late = [], [], []
    checks.total = checks.scientific = checks.done = 0
    checks.run(rows, start, accept)
    return Batch(values, checks.rejected, checks.warnings, checks.late, checks.total, checks.scientific, checks.done)


def _child(conn: Connection, plan: Plan, share: int, children: int, size: int) -> None:
    """A child: every ``children``-th batch from the ``share``-th on; ``None`` at the end; a refusal's message or an
    error's name on a fault."""
    try:
        reader = RowReader(plan.columns, plan.today, plan.max_chars, held=False)
        checks = RowChecks(plan.columns, reader, is_csv=True, offset=plan.offset, max_rows=plan.max_rows)
        staging = Staging()
        records = csvread.records(plan.checked.open, plan.encoding, plan.delimiter, plan.offset)
        for _ in islice(records, plan.start):
            pass
        number = 0
        while rows := list(islice(records, size)):
            if number % children == share:
                conn.send(_check(checks, staging, rows, plan.start + number * size))
            number += 1
        conn.send(None)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the importer went away (cancelled, refused or killed): nothing to do
    except TooManyRows:
        _say(conn, ("too many",))
    except ValidationError as exc:  # the file changed, or a damaged CSV line: the same refusal as here
        _say(conn, ("refused", exc.said, exc.field, exc.row))
    except Exception as exc:  # noqa: BLE001 - any other fault is the parent's refusal
        _say(conn, ("fault", type(exc).__name__))
    finally:
        conn.close()


def _say(conn: Connection, message: tuple[Any, ...]) -> None:
    try:
        conn.send(message)
    except OSError:
        pass


def checked_batches(plan: Plan) -> Iterator[Batch]:
    """The rows from ``plan.start`` on, checked by the children, batch by batch in the file's order."""
    ctx = multiprocessing.get_context("spawn")
    started: list[tuple[BaseProcess, Connection]] = []
    try:
        for share in range(CHILDREN):
            receive, send = ctx.Pipe(duplex=False)
            child = ctx.Process(
                target=_child, args=(send, plan, share, CHILDREN, BATCH), name="puskesos-check", daemon=True
            )
            child.start()
            send.close()  # only the child writes: its end closing here lets recv() see the child's exit
            started.append((child, receive))
        number = 0
        while True:
            try:
                batch = started[number % CHILDREN][1].recv()
            except EOFError:
                raise ChildFailed("a checking process ended without finishing") from None
            if batch is None:
                return  # that child has no batch of this number: the file is done
            if isinstance(batch, tuple):
                if batch[0] == "too many":
                    raise TooMany()
                if batch[0] == "refused":
                    raise ValidationError(batch[1], field=batch[2], row=batch[3])
                raise ChildFailed(str(batch[1]))
            yield batch
            number += 1
    finally:
        for process, receive in started:
            receive.close()
            if process.is_alive():
                process.kill()
        for process, _ in started:
            process.join(JOIN_SECONDS)
            if process.exitcode is not None:
                process.close()
