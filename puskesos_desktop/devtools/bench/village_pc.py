"""Issue 21's figures: the sign-in dialog's first paint, a cold `puskesos find NIK`, the spreadsheet program beside
it, and a million-row extract imported in bounded memory.

* `login_dialog_s` — `bench --child login`: the real `ui.app.run_gui` offscreen without the benchmark account, so
  the sign-in dialog shows; from `subprocess` start to its first paint.
* `cli_find_s` — the parent starts `puskesos find NIK --json --db …` as a new process, as staff would at a
  terminal, and times it to its exit (the answer checked: the person's NIK first).
* `spreadsheet_find_s` — only when LibreOffice is installed: `soffice --headless --convert-to csv` of the district
  extract and a scan for the same NIK (what an office does without the program).
* `import_1m_*` — `bench --child bigfiles` writes an extract of `--big-rows` rows (1,048,575: Excel's last row) as
  .xlsx and as .csv; `bench --child bigimport --file xlsx|csv` imports each through the real import into a copy of
  the benchmark database (the extract continues the district's: its first rows are the people already listed).
"""

from __future__ import annotations

import csv
import json
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from puskesos_desktop.devtools.bench import measure
from puskesos_desktop.devtools.bench.info import DB_ENV, BuildInfo, load_info, office_url

BIG_ROWS = 1_048_575  # the last row of an Excel sheet, minus its header
BIG_XLSX, BIG_CSV = "DTKS_besar.xlsx", "DTKS_besar.csv"
SOFFICE_TIMEOUT_S = 120


def _emit(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # the measurement is over: no closing backup


# --- the sign-in dialog -----------------------------------------------------------------------------------------


def run_login(workdir: Path) -> dict[str, Any]:
    """Start the program until the sign-in dialog has painted once; never returns when it does."""
    from puskesos_desktop.ui import app as ui_app  # first, as the program imports it (before Qt: see ui/__init__)

    from PySide6.QtCore import QEvent, QObject, QTimer  # isort: skip

    info = load_info(workdir)
    make = ui_app.make_application

    class Watch(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            # By class name: importing the dialog here would move its import cost out of the figure.
            if not self.seen and event.type() == QEvent.Type.Paint and type(watched).__name__ == "LoginDialog":
                self.seen = True
                QTimer.singleShot(0, self.painted)  # after the paint in progress is done
            return False

        def painted(self) -> None:
            _emit({"painted_at": time.time(), "cpu_s": round(measure.cpu_seconds(), 3),
                   "rss_mb": measure.peak_rss_mb()})  # fmt: skip

    def watched_make(argv: list[str] | None = None) -> Any:
        app = make(argv)
        watch = Watch(app)
        app.installEventFilter(watch)
        return app

    ui_app.make_application = watched_make
    code = ui_app.run_gui(office_url(info))
    return {"error": f"the program ended without showing the sign-in dialog (exit {code})"}


# --- the command line and the spreadsheet program ----------------------------------------------------------------


def sample_niks(info: BuildInfo, n: int, seed: int, env: dict[str, str]) -> list[str]:
    """NIKs of people in the extract, half of them residents (as the search step picks them)."""
    sql = "SELECT nik FROM registry_records WHERE active = true ORDER BY id LIMIT 20000"
    if info.engine == "sqlite":
        conn = sqlite3.connect(f"file:{info.db_path}?mode=ro", uri=True)
        try:
            niks = [r[0] for r in conn.execute(sql.replace("true", "1"))]
        finally:
            conn.close()
    else:
        from sqlalchemy import create_engine, text

        engine = create_engine(office_url(info, env))
        try:
            with engine.connect() as c:
                niks = [str(r[0]) for r in c.execute(text(sql))]
        finally:
            engine.dispose()
    return random.Random(seed).sample(niks, min(n, len(niks)))


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cli_finds(command: list[str], info: BuildInfo, niks: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Each NIK in a new `puskesos find NIK --json` process: wall time to its exit, and its CPU time."""
    if info.engine == "sqlite":
        where = ["--db", info.db_path]
    else:  # a server's URL may hold a password: in the environment, as an office PC would set it, not in argv
        env = {**env, "PUSKESOS_DB": env[DB_ENV]}
        where = []
    wall: list[float] = []
    cpu: list[float] = []
    found = 0
    for nik in niks:
        cpu0 = _children_cpu()
        t0 = time.perf_counter()
        proc = subprocess.run(
            [*command, "find", nik, "--json", *where],
            env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        wall.append(time.perf_counter() - t0)
        cpu.append(_children_cpu() - cpu0)
        if proc.returncode != 0:
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
            raise RuntimeError("puskesos find gagal: " + " / ".join(tail))
        hits = json.loads(proc.stdout)
        found += bool(hits) and hits[0]["nik"] == nik
    return {
        "wall": measure.summary(wall, 3),
        "cpu": measure.summary(cpu, 3),
        "n": len(niks),
        "found": f"{found}/{len(niks)}",
    }


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def spreadsheet_finds(program: str, extract: Path, niks: list[str], workdir: Path) -> dict[str, Any]:
    """LibreOffice converts the extract (as opening it does) and the NIK is looked for in what it read."""
    wall: list[float] = []
    found = 0
    profile = (workdir / "lo-profile").resolve().as_uri()  # never the user's own LibreOffice profile
    for nik in niks:
        with tempfile.TemporaryDirectory(dir=workdir) as out:
            t0 = time.perf_counter()
            subprocess.run(
                [program, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "csv", "--outdir", out,
                 str(extract)],
                stdin=subprocess.DEVNULL, capture_output=True, timeout=SOFFICE_TIMEOUT_S, check=False,
            )  # fmt: skip
            for converted in Path(out).glob("*.csv"):
                with converted.open(encoding="utf-8", errors="replace") as f:
                    found += any(nik in line for line in f)
            wall.append(time.perf_counter() - t0)
    return {"wall": measure.summary(wall, 3), "n": len(niks), "found": f"{found}/{len(niks)}"}


# --- a million rows ----------------------------------------------------------------------------------------------


def write_big_files(workdir: Path, rows: int, seed: int) -> dict[str, Any]:
    """The extract of `rows` people as .xlsx and .csv, continuing the district's extract from its first person."""
    from puskesos_desktop.devtools.bench.extract import HEADERS, ExtractWriter
    from puskesos_desktop.devtools.bench.people import PROGRAMMES, VILLAGE_CODE, families

    info = load_info(workdir)
    start = info.residents - info.registry_residents  # where build._people started the extract's people
    t0 = time.perf_counter()
    xlsx, text = workdir / BIG_XLSX, workdir / BIG_CSV
    written = index = 0
    with ExtractWriter(xlsx) as book, text.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(HEADERS)
        for family in families(seed):
            size = len(family.members)
            if index + size > start:
                people = family.members[max(start - index, 0) : max(start - index, 0) + rows - written]
                book.add_family(replace(family, members=people), None, written)
                flags = ["YA" if p in family.programmes else "TIDAK" for p in PROGRAMMES]
                for i, p in enumerate(people):
                    out.writerow(
                        [f"DTKS{written + i:09d}", p.nik, family.kk, p.name.upper(), p.birth_place,
                         f"{p.birth_date:%d/%m/%Y}", p.sex, family.address.upper(), family.rt, family.rw,
                         family.desil, VILLAGE_CODE, *flags]
                    )  # fmt: skip
                written += len(people)
            index += size
            if written >= rows:
                break
    return {
        "rows": written,
        "seconds": round(time.perf_counter() - t0, 1),
        "xlsx_mb": round(xlsx.stat().st_size / 2**20, 1),
        "csv_mb": round(text.stat().st_size / 2**20, 1),
    }


def import_big(workdir: Path, kind: str) -> dict[str, Any]:
    """The big extract through `registry_import.import_registry`, into a copy of the benchmark database."""
    from puskesos_desktop.excel import registry_pipe
    from puskesos_desktop.services.admin import users
    from puskesos_desktop.services.bootstrap import open_office_db
    from puskesos_desktop.services.registry import registry_import

    info = load_info(workdir)
    folder = workdir / f"besar-{kind}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    copy = folder / "bench.sqlite3"
    shutil.copyfile(info.db_path, copy)  # the district's database stays as the other steps left it
    db = open_office_db(f"sqlite:///{copy}")
    actor = users.get_user(db, info.usernames["coordinator"]).actor()
    path = workdir / (BIG_XLSX if kind == "xlsx" else BIG_CSV)
    before = measure.peak_rss_mb()
    cpu0 = measure.cpu_seconds() + _children_cpu()
    t0 = time.perf_counter()
    # Confirmed, as a person would: the bench's file is whole, whatever the limits think of its size.
    result = registry_import.import_registry(db, actor, path, report_dir=folder, allow_shrink=True)
    wall = time.perf_counter() - t0
    # The import's own processes (the xlsx reader, excel/xlsx_pipe.py; the CSV's checkers, excel/registry_pipe.py)
    # count: their CPU, and their peak on top of this process's (as if all peaked at once). The system gives the
    # largest child's peak only: counted once for each child that runs at the same time.
    cpu = measure.cpu_seconds() + _children_cpu() - cpu0
    children = registry_pipe.CHILDREN if kind == "csv" and registry_pipe.ENABLED else 1
    child_mb = round(children * resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    db.dispose()
    shutil.rmtree(folder, ignore_errors=True)
    return {
        "file": kind, "rows": result.total_rows, "imported": result.imported, "rejected": result.rejected,
        "seconds": round(wall, 1), "rows_per_s": round(result.total_rows / wall),
        "rows_per_cpu_s": round(result.total_rows / cpu) if cpu else None, "rss_before_mb": before,
        "rss_mb": round(measure.peak_rss_mb() + child_mb, 1), "cpu_s": round(cpu, 1),
        "load_average": measure.load_average(), "child_rss_mb": child_mb,
    }  # fmt: skip
