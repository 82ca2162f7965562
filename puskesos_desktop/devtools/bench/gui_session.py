"""The benchmark's scripted session (`bench --child session`): the real window at district scale, watched by a
heartbeat timer on the UI thread from the moment it shows.

Start (signed in as the coordinator, who may do everything), search as the person types (a misspelt name), register
a new resident and a complaint, print its receipt to a PDF printer, open every tab once, then the month's report
(Laporan › Cetak laporan… until its preview shows) and an export (Pengaturan › Pertukaran data › Ekspor batch
bulanan, the month's batch written to a folder) — issue 12 §7. Reported: ``ui_stall_max_ms`` (the longest stall
over the session), ``print_receipt_ui_ms`` (Print pressed → the window answering: the print call on the UI thread,
as bench/gui_driver.print_preview makes it), ``tab_first_show_ms`` (per tab: the longest stall from pressing it
until its lists are on screen), and after the keys that were there before, ``report_ui_ms`` / ``export_ui_ms`` (the
longest stall from pressing the button until the preview shows / the batch is written).

``print_receipt_ui_ms`` is measured here; when the print engineer's bench/print_probe.py is present it is used
instead (it measures the same moment with the printing pipeline it belongs to).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
import time
from collections.abc import Generator
from pathlib import Path
from typing import Any

from puskesos_desktop.devtools.bench import measure

INDEX_TIMEOUT_S = 180.0
REPORT_TIMEOUT_S = 300.0  # the month's report and batch at district scale, on a loaded machine


def run(workdir: Path) -> dict[str, Any]:
    from puskesos_desktop.ui import app as ui_app  # before Qt, as the program imports it (see ui/__init__)

    from puskesos_desktop.devtools.bench import gui_driver as drive  # isort: skip
    from puskesos_desktop.devtools.bench.info import load_info, office_url  # isort: skip
    from puskesos_desktop.services.people import search  # isort: skip
    from puskesos_desktop.services.bootstrap import open_office_db  # isort: skip
    from puskesos_desktop.ui.jobs import jobs  # isort: skip
    from puskesos_desktop.ui.watchdog import install_if_asked, slow_log  # isort: skip

    info = load_info(workdir)
    os.environ["PUSKESOS_BENCH_USER"] = info.usernames["coordinator"]
    os.environ["PUSKESOS_BENCH_PASSWORD"] = info.password
    app = ui_app.make_application()
    slow_log(workdir / "slow-session.log")
    jobs()  # Python's garbage collection on the UI thread only, as the program starts it (ui/app.run_gui)
    db = open_office_db(office_url(info))
    window = ui_app.start(db, start_timers=False)
    if window is None:
        return {"error": "jendela utama tidak terbuka"}
    window.resize(1366, 768)
    window.show()
    watchdog = install_if_asked(app)  # PUSKESOS_SLOW_MS: where each stall of the window was, in slow-session.log
    beat = drive.Heartbeat()
    queries = _UiThreadQueries()  # what waits on the database (a server round trip each) on the window's thread
    app.processEvents()
    messages: list[str] = []
    out: dict[str, Any] = {}
    stalls: dict[str, float] = {}
    stall_cpu: dict[str, float] = {}  # the UI thread's CPU time in each part's longest stall
    rng = random.Random(7)

    def until_index() -> drive.Flow:
        yield drive.until(lambda: search.name_index(db).ready, "indeks nama", INDEX_TIMEOUT_S)

    t0 = time.perf_counter()
    drive.run_flow(until_index(), messages)
    out["index_ready_s"] = round(time.perf_counter() - t0, 1)
    stalls["start_and_index"] = beat.reset()
    stall_cpu["start_and_index"] = beat.worst_cpu_ms
    blocked: dict[str, float] = {"start_and_index": beat.take_blocked_peak()}
    ui_queries = {"start_and_index": queries.take()}
    query_sites = {"start_and_index": queries.take_sites()}
    name = _a_resident(db, rng)
    flow = drive.FlowResult("front", False, 0.0, 0.0)
    # Choosing the resident is the script's, not the window's: its query (a scan of every resident, ~100 ms on the
    # UI thread) was counted as the front-office flow's longest stall.
    queries.take()
    queries.take_sites()
    beat.reset()
    beat.take_blocked_peak()
    error = drive.run_flow(drive.front_office_flow(window, rng, workdir, name, flow), messages)
    stalls["front_office_flow"] = beat.reset()
    stall_cpu["front_office_flow"] = beat.worst_cpu_ms
    blocked["front_office_flow"] = beat.take_blocked_peak()
    ui_queries["front_office_flow"] = queries.take()
    query_sites["front_office_flow"] = queries.take_sites()
    tabs: dict[str, float] = {}
    tabs_cpu: dict[str, float] = {}
    error_tabs = drive.run_flow(drive.first_show_of_tabs(window, beat, tabs, tabs_cpu), messages)
    blocked["tabs"] = beat.take_blocked_peak()
    stalls["tabs"] = max(tabs.values(), default=0.0)
    ui_queries["tabs"] = queries.take()
    query_sites["tabs"] = queries.take_sites()
    report_export: dict[str, float] = {}
    report_export_cpu: dict[str, float] = {}
    error_report = drive.run_flow(report_and_export(window, beat, workdir, report_export, report_export_cpu), messages)
    stalls.update(report_export)
    stall_cpu.update(report_export_cpu)
    blocked["report_export"] = beat.take_blocked_peak()
    ui_queries["report_export"] = queries.take()
    query_sites["report_export"] = queries.take_sites()
    queries.stop()
    print_ms = _print_probe(db, window.ctx.actor, flow.number, workdir) if flow.number else None  # type: ignore[attr-defined]
    out.update(
        {
            "ui_stall_max_ms": max(stalls.values()),
            "print_receipt_ui_ms": print_ms if print_ms is not None else flow.notes.get("print_ms"),
            "print_receipt_source": "print_probe" if print_ms is not None else "gui_session",
            "tab_first_show_ms": tabs,
            "stalls_ms": stalls,
            "stall_cpu_ms": stall_cpu,
            "tab_first_show_cpu_ms": tabs_cpu,  # the UI thread's CPU time in each tab's longest stall
            # The longest wait of the UI thread in each part that was neither its own work nor a wait for a core
            # (Linux): mostly the GIL held by a worker. Unlike wall time it hardly moves with the machine's load.
            "stall_blocked_ms": blocked,
            # SQL statements run through SQLAlchemy on the window's thread, per part (the bare sqlite3/psycopg
            # readers of db/readers.py are not counted): on PostgreSQL each is a wait on the server.
            "ui_thread_queries": ui_queries,
            "ui_thread_query_sites": {k: v for k, v in query_sites.items() if v},  # file:line in ui/ → statements
            "flow_ms": round(flow.ms, 1),
            "errors": [e for e in (error, error_tabs, error_report) if e],
            "messages": messages[:10],
            "rss_mb": measure.peak_rss_mb(),
            "load_average": measure.load_average(),
            "report_ui_ms": report_export.get("report"),
            "export_ui_ms": report_export.get("export"),
        }
    )
    beat.stop()
    if watchdog is not None:
        out["slow_gc"] = watchdog.slow_gc
        watchdog.stop()
    sys.stdout.write(json.dumps(out, default=str) + "\n")
    sys.stdout.flush()
    os._exit(0)  # no closing backup: the measurement is over


class _UiThreadQueries:
    """Counts the statements any SQLAlchemy engine runs on the thread that made this (the window's)."""

    def __init__(self) -> None:
        import threading

        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        self.thread = threading.get_ident()
        self.count = 0
        self.sites: dict[str, int] = {}  # where in the program each statement was asked for (file:line of ui/)
        self._current = threading.get_ident
        event.listen(Engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args: Any) -> None:
        if self._current() == self.thread:
            self.count += 1
            site = _ui_site()
            self.sites[site] = self.sites.get(site, 0) + 1

    def take(self) -> int:
        count, self.count = self.count, 0
        return count

    def take_sites(self) -> dict[str, int]:
        sites, self.sites = self.sites, {}
        return sites

    def stop(self) -> None:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        event.remove(Engine, "before_cursor_execute", self._seen)


def _ui_site() -> str:
    """The innermost frame of the window's code (ui/) that led to a statement: where to move it off the thread."""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if "puskesos_desktop/ui/" in name.replace("\\", "/"):
            return f"{name.rsplit('puskesos_desktop/', 1)[-1]}:{frame.f_lineno}"
        frame = frame.f_back  # type: ignore[assignment]
    return "?"


def report_and_export(
    window: Any, beat: Any, workdir: Path, out: dict[str, float], cpu: dict[str, float]
) -> Generator[Any, Any, None]:
    """Laporan › Cetak laporan… until its preview shows (then closed), and Pengaturan › Pertukaran data › Ekspor
    batch bulanan for the newest month into a folder of the bench's own, until the batch is written: the longest
    stall of each into ``out`` ("report", "export") and its CPU time into ``cpu``."""
    from puskesos_desktop.devtools.bench import gui_driver as drive
    from puskesos_desktop.ui.dialogs.common.pdf_preview import PdfPreviewDialog
    from puskesos_desktop.ui.dialogs.exchange.export_wizard import ExportWizard
    from puskesos_desktop.ui.settings_pages.data_exchange import DataExchangePage
    from puskesos_desktop.ui.tabs.reports import ReportsTab
    from puskesos_desktop.ui.tabs.settings import SettingsTab

    reports_tab = drive.tab_of(window, "ReportsTab")
    assert isinstance(reports_tab, ReportsTab)
    drive.show_tab(window, reports_tab)
    yield drive.idle()
    beat.reset()
    drive.later(reports_tab.button_print.click)
    preview = yield drive.modal(PdfPreviewDialog, "pratinjau laporan bulanan", REPORT_TIMEOUT_S)
    yield drive.pause(30)
    out["report"], cpu["report"] = beat.reset(), beat.worst_cpu_ms
    preview.reject()
    yield drive.gone(preview)

    settings = drive.tab_of(window, "SettingsTab")
    assert isinstance(settings, SettingsTab)
    drive.show_tab(window, settings)
    row = next(i for i, e in enumerate(settings.entries) if e.module == "data_exchange")
    settings.index.setCurrentRow(row)
    page = settings.page_at(row)
    assert isinstance(page, DataExchangePage)
    yield drive.idle()
    folder = workdir / "ekspor-sesi"  # inside the bench's data folder: the batch holds personal data
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    beat.reset()
    drive.later(page.export_button.click)
    wizard = yield drive.modal(ExportWizard, "wizard ekspor")
    wizard._select_folder(str(folder))
    wizard.button_next.click()  # the newest month, no password
    yield drive.until(lambda: wizard.outcome is not None, "batch bulanan ditulis", REPORT_TIMEOUT_S)
    yield drive.pause(30)
    out["export"], cpu["export"] = beat.reset(), beat.worst_cpu_ms
    wizard.done(0)
    yield drive.gone(wizard)
    yield drive.idle()


def _print_probe(db: Any, actor: Any, number: str, workdir: Path) -> float | None:
    """bench/print_probe: Print pressed on the receipt's preview → the window answering, through the real
    preview and a PDF printer (the session's own figure stands if the probe fails)."""
    from puskesos_desktop.devtools.bench import print_probe

    try:
        return float(print_probe.print_receipt_ui_ms(db, actor, number, workdir))
    except Exception:  # noqa: BLE001 - the session's own measure stands
        return None


def _a_resident(db: Any, rng: random.Random) -> str:
    from sqlalchemy import select

    from puskesos_desktop.db.models import Resident

    with db.read() as s:
        names = [n for (n,) in s.execute(select(Resident.name).where(Resident.id % 997 == 0).limit(200))]
    return rng.choice(names) if names else "Siti Aminah"
