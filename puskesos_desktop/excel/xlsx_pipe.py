"""A big worksheet's XML read in a second process (issue 21: a 1,048,575-row extract on two cores).

Matching a sheet's XML (``excel/xlsx_stream.py``) is about half of the CPU of a big .xlsx import; the other half is
checking the rows and staging them. Here a child process reads the sheet from the file and hands its rows over in
batches through a pipe, while this process checks and stages the batch before: on two cores the two halves run side
by side. The rows are exactly what ``StreamingBook.rows`` gives in this process (a test compares them).

* The child touches no Qt and no database: it opens the file again, checks it is the file that was checked
  (size and modification time, as ``CheckedFile.open`` does), and reads only the zip. It is started with the spawn
  method, as on Windows and in the installed program (``multiprocessing.freeze_support()`` in the entry points).
* Bounded memory: a batch is sent only when the pipe has room, so the child is at most one batch ahead.
* A kill of either process changes nothing: the child reads only; when this process goes, the child's next send
  fails and it ends; when the child goes, the reading stops with a refusal here (the import changes nothing).
* Closing the iterator (a cancel, a refusal) ends the child at once.
"""

from __future__ import annotations

import multiprocessing
import os
import zipfile
from collections.abc import Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from puskesos_desktop.excel import xlsx_stream
from puskesos_desktop.excel.common import CellValue

ENABLED = True  # tests turn it off to compare with the in-process reading
BATCH = 2000  # rows a message: large enough that pickling is a few calls a row, small enough to stay ahead
FIRST_IN_PROCESS = 1000  # rows read here before the child starts (header scans and small sheets never start one)
JOIN_SECONDS = 5.0


class ChildFailed(OSError):
    """The reading process stopped (killed, or the file could not be read there): read as a damaged sheet."""


def _produce(
    conn: Connection, path: str, stamp: tuple[int, int], part: str, first: int, width: int, skip: int, size: int
) -> None:
    """The child: the sheet's rows after the first ``skip``, in batches; ``None`` at the end; an error's name on a
    fault (the parent refuses the sheet as damaged)."""
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            if (st.st_size, st.st_mtime_ns) != stamp:
                conn.send(("changed",))
                return
            book = xlsx_stream.StreamingBook(zipfile.ZipFile(fh))
            batch: list[list[CellValue]] = []
            for n, row in enumerate(book.rows(part, first, width)):
                if n < skip:
                    continue
                batch.append(row)
                if len(batch) >= size:
                    conn.send(batch)
                    batch = []
            if batch:
                conn.send(batch)
        conn.send(None)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the reader went away (cancelled, refused or killed): nothing to do
    except Exception as exc:  # noqa: BLE001 - any fault of the file is the parent's refusal
        try:
            conn.send(("fault", type(exc).__name__))
        except OSError:
            pass
    finally:
        conn.close()


class FileChanged(Exception):
    """The file is not the one that was checked (saved again meanwhile)."""


def piped_rows(
    book: xlsx_stream.StreamingBook, path: Path, stamp: tuple[int, int], part: str, first: int, width: int
) -> Iterator[list[CellValue]]:
    """The sheet's rows as ``book.rows(part, first, width)`` gives them: the first ones read here, the rest read by
    a child process from ``path`` (``stamp``: its size and mtime when checked)."""
    local = book.rows(part, first, width)
    done = 0
    for row in local:
        yield row
        done += 1
        if done >= FIRST_IN_PROCESS:
            break
    else:
        return  # a small sheet: read whole here
    local.close()
    book.release_strings()  # the child holds its own copy (a million names: tens of MB)
    yield from _from_child(str(path), stamp, part, first, width, done)


def _from_child(path: str, stamp: tuple[int, int], part: str, first: int, width: int, skip: int) -> Iterator[Any]:
    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(
        target=_produce, args=(send, path, stamp, part, first, width, skip, BATCH), name="puskesos-xlsx", daemon=True
    )
    child.start()
    send.close()  # only the child writes: its end closing here lets recv() see the child's exit
    try:
        while True:
            try:
                batch = receive.recv()
            except EOFError:
                raise ChildFailed("the reading process ended without finishing") from None
            if batch is None:
                return
            if isinstance(batch, tuple):
                if batch[0] == "changed":
                    raise FileChanged()
                raise ChildFailed(str(batch[1]))
            yield from batch
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join(JOIN_SECONDS)
        if child.exitcode is not None:
            child.close()
