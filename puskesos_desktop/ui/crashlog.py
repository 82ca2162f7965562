"""Crash reports an office can send: stacks only, in the data folder, never personal data.

- ``faulthandler`` writes every thread's stack to ``logs/crash.log`` when the process dies hard (a segfault);
- an unhandled Python exception in a slot or a thread (``sys.excepthook``, ``threading.excepthook``) is written
  there too — type and stack only: an exception's message can hold a name or a NIK, so it is left out — and the
  person gets one message in the UI language instead of the program ending;
- a marker file says the program is running; found at the next start, it means the last run did not end
  normally, and the window offers the report (Bantuan › Laporan galat).
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from puskesos_desktop import __version__
from puskesos_desktop.config import data_dir, sqlite_path

LOG_NAME = "crash.log"
MARKER_NAME = "puskesos.running"
MAX_LOG_BYTES = 512 * 1024

_log_path: Path | None = None
_fault_file: IO[bytes] | None = None
_marker: Path | None = None
_previous_hooks: tuple[Any, Any] | None = None
_ui_reporter: Any = None  # set by the window: shows the message on the UI thread


def logs_dir_for(db_url: str | None) -> Path:
    """``logs/`` beside the office database (its data folder), or the program's data folder for a server."""
    path = sqlite_path(db_url) if db_url else None
    base = path.parent if path is not None else data_dir()
    return base / "logs"


def log_path() -> Path | None:
    return _log_path


def install(db_url: str | None, *, marker: bool = True) -> bool:
    """Start writing crash reports. Returns True when the previous run did not end normally."""
    global _log_path, _fault_file, _marker, _previous_hooks
    folder = logs_dir_for(db_url)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
    except OSError:
        return False  # read-only media: no crash log, the program still runs
    _log_path = folder / LOG_NAME
    _trim(_log_path)
    try:
        fd = os.open(_log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        _fault_file = os.fdopen(fd, "ab", buffering=0)
        faulthandler.enable(_fault_file, all_threads=True)
    except OSError:
        _fault_file = None
    if _previous_hooks is None:
        _previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = _sys_hook
        threading.excepthook = _thread_hook
    crashed = False
    if marker:
        _marker = folder / MARKER_NAME
        crashed = _marker.exists()
        try:
            fd = os.open(_marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.write(fd, f"{os.getpid()} {dt.datetime.now().isoformat(timespec='seconds')}\n".encode())
            os.close(fd)
        except OSError:
            _marker = None
        if crashed:
            _write_line(f"--- {_stamp()} the previous run did not end normally (killed, power cut or crash)")
    return crashed


def clean_exit() -> None:
    """The program ends normally: remove the marker (the next start is then quiet)."""
    global _marker
    if _marker is not None:
        try:
            _marker.unlink()
        except OSError:
            pass
        _marker = None


def uninstall() -> None:
    """Tests: put the hooks back."""
    global _fault_file, _previous_hooks, _log_path
    clean_exit()
    if _previous_hooks is not None:
        sys.excepthook, threading.excepthook = _previous_hooks
        _previous_hooks = None
    if _fault_file is not None:
        faulthandler.disable()
        _fault_file.close()
        _fault_file = None
    _log_path = None


def set_ui_reporter(reporter: Any) -> None:
    """``reporter(exc)`` shows a fault to the person; it is called from any thread and must hand the exception to
    the UI thread itself (ui/errors.py install_fault_reporter). None: nobody is told (the log still has it)."""
    global _ui_reporter
    _ui_reporter = reporter


def read_log(path: Path | None = None) -> str:
    """The crash log (the installed one, or ``path``); "" when there is none yet."""
    path = path or _log_path
    if path is None or not path.exists():
        return ""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    # faulthandler writes whole paths: the user's folder name (often the person's name) stays out of the report.
    home = str(Path.home())
    return text.replace(home, "~") if len(home) > 1 else text


def format_exception(exc_type: type[BaseException], tb: TracebackType | None, where: str) -> str:
    """Type and stack only (file, line, function): no message, no locals, nothing a person typed."""
    lines = [f"--- {_stamp()} {where}: {exc_type.__module__}.{exc_type.__qualname__} (Puskesos {__version__})"]
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{_short(frame.filename)}", line {frame.lineno}, in {frame.name}')
    return "\n".join(lines)


def log_exception(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
                  where: str = "unhandled") -> None:
    _write_line(format_exception(exc_type, tb, where))


def report_exception_in_ui(exc_type: Any, exc: Any, tb: Any) -> None:
    """An exception escaped a slot or callback on the UI thread: log it, tell the person, go on."""
    if exc_type is None:
        return
    log_exception(exc_type, exc, tb, "ui")
    _report(exc)


def _report(exc: BaseException | None) -> None:
    if _ui_reporter is not None and exc is not None:
        try:
            _ui_reporter(exc)
        except Exception:  # noqa: BLE001 - the message itself failed; the log has the fault
            pass


def _sys_hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        if _previous_hooks is not None:
            _previous_hooks[0](exc_type, exc, tb)
        return
    if threading.current_thread() is threading.main_thread():
        report_exception_in_ui(exc_type, exc, tb)
    else:
        log_exception(exc_type, exc, tb, f"thread {threading.current_thread().name}")
        _report(exc)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if issubclass(args.exc_type, SystemExit):
        return  # a thread that ends itself is no fault
    log_exception(args.exc_type, args.exc_value, args.exc_traceback, f"thread {getattr(args.thread, 'name', '?')}")
    _report(args.exc_value)


def _write_line(text: str) -> None:
    if _fault_file is not None:
        try:
            _fault_file.write((text + "\n").encode("utf-8", "replace"))
            return
        except (OSError, ValueError):
            pass
    print(text, file=sys.stderr)


def _stamp() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _short(filename: str) -> str:
    """Paths inside the program only, from the package name on (the user's folder names stay out)."""
    parts = Path(filename).parts
    for anchor in ("puskesos_desktop", "site-packages", "lib"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor):])
    return Path(filename).name


def _trim(path: Path) -> None:
    """Keep the log small: only its last part when it has grown large."""
    try:
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            data = path.read_bytes()[-MAX_LOG_BYTES // 2 :]
            tmp = path.with_suffix(".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
    except OSError:
        pass
