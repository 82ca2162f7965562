"""`puskesos soak --gui N [--json]`: the real main window, offscreen, through N whole front-office flows and N
back-office flows on a temporary demo village (ui driving: bench/gui_driver.py).

Flows run in child processes (`puskesos soak --child gui …`), a few per child, each child with ``faulthandler``
writing to a file of the work folder. A child that dies (by a signal, or with a non-zero code before reporting all
its flows) is a crash; the flows it did not report are run again in a fresh child. Every flow reports its time and
the longest stall of the UI thread it saw (a 10 ms heartbeat timer; ticks go on inside modal dialogs too).

JSON: ``{"front_office_flows", "back_office_flows", "crashes", "ui_stall_max_ms", "flow_ms": {"p50", "p95"},
"failures": [{"flow", "seed", "index", "error"}]}`` — flows that went through, children that died, the longest stall
over all flows, the time of one flow, and each flow that did not go through: "front"/"back", its child's seed and its
place in that child's plan (``soak --child gui:PLAN --seed SEED`` runs it again), why it stopped and the last message
the person was shown, numbers and the flow's names blanked out (``scrub``).
"""

from __future__ import annotations

import faulthandler
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from puskesos_desktop.devtools.bench import measure

FLOWS_PER_CHILD = 10  # a child's start (~2 s) shared by a few flows; a crash loses only the child's flows
CHILD_TIMEOUT_S = 900
DEMO_RESIDENTS = 600
ACCOUNT = "koordinator"  # every permission: the desk's and the back office's flows and the approval


@dataclass
class SoakResult:
    front_office_flows: int = 0
    back_office_flows: int = 0
    crashes: int = 0
    ui_stall_max_ms: float = 0.0
    ui_stall_max_cpu_ms: float = 0.0  # not in the JSON: the UI thread's own CPU time in that longest stall
    flow_ms: dict[str, float] = field(default_factory=lambda: {"p50": 0.0, "p95": 0.0})
    # Not in the JSON: what explains the figures.
    failed: list[str] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)  # in the JSON, after the keys above
    crash_logs: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "front_office_flows": self.front_office_flows,
            "back_office_flows": self.back_office_flows,
            "crashes": self.crashes,
            "ui_stall_max_ms": self.ui_stall_max_ms,
            "flow_ms": self.flow_ms,
            "failures": self.failures,
        }


def make_village(folder: Path, seed: int) -> Path:
    """A fresh demo village (fictional data) in ``folder``."""
    from puskesos_desktop.config import sqlite_url
    from puskesos_desktop.devtools import demo
    from puskesos_desktop.services.bootstrap import open_office_db

    path = folder / "desa-soak.sqlite3"
    db = open_office_db(sqlite_url(path))
    try:
        demo.fill_demo(db, residents_count=DEMO_RESIDENTS, seed=seed)
    finally:
        db.dispose()
    return path


def _child_command(db_path: Path, plan: str, folder: Path, seed: int) -> list[str]:
    head = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "puskesos_desktop"]
    child = ["--child", f"gui:{plan}", "--workdir", str(folder), "--seed", str(seed)]
    return [*head, "soak", "--db", str(db_path), *child]


def _child_env(folder: Path) -> dict[str, str]:
    from puskesos_desktop.devtools import demo

    env = dict(os.environ)
    env.pop("PUSKESOS_DB", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_DATA_HOME"] = str(folder / "xdg-data")  # never the office's own data, settings or backups
    env["XDG_CONFIG_HOME"] = str(folder / "xdg-config")
    env["XDG_CACHE_HOME"] = str(folder / "xdg-cache")
    env["PYTHONUNBUFFERED"] = "1"
    env["PUSKESOS_BENCH_USER"] = ACCOUNT
    env["PUSKESOS_BENCH_PASSWORD"] = demo.DEMO_PASSWORD
    return env


def run_gui_soak(
    flows: int, seed: int | None = None, workdir: Path | None = None, progress: Callable[[str], None] | None = None
) -> SoakResult:
    say = progress or (lambda _t: None)
    began = time.perf_counter()
    seed = random.randrange(10**6) if seed is None else seed
    folder = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="puskesos-soak-gui-"))
    folder.mkdir(parents=True, exist_ok=True)
    result = SoakResult()
    times: list[float] = []
    try:
        say("desa demo…")
        db_path = make_village(folder, seed)
        # Front and back office alternate; a child takes the next few.
        todo = [k for _ in range(flows) for k in ("F", "B")]
        env = _child_env(folder)
        child = 0
        while todo:
            child += 1
            plan, todo = todo[:FLOWS_PER_CHILD], todo[FLOWS_PER_CHILD:]
            reported, code, log = _run_child(db_path, "".join(plan), folder, seed * 1000 + child, env)
            for r in reported:
                if r["ok"]:
                    if r["kind"] == "front":
                        result.front_office_flows += 1
                    else:
                        result.back_office_flows += 1
                    times.append(r["ms"])
                else:
                    error = failure_text(r)
                    result.failed.append(f"{r['kind']}: {error}")
                    result.failures.append(
                        {"flow": r["kind"], "seed": seed * 1000 + child, "index": r.get("index"), "error": error}
                    )
                if r["stall_ms"] > result.ui_stall_max_ms:
                    result.ui_stall_max_ms, result.ui_stall_max_cpu_ms = r["stall_ms"], r.get("stall_cpu_ms", 0.0)
                result.messages.extend(r.get("messages", []))
            if code != 0 or len(reported) < len(plan):
                result.crashes += 1
                result.crash_logs.append(f"anak {child} (kode {code}): {log[-2000:]}")
                died = len(reported)
                if died < len(plan):
                    result.failures.append(
                        {
                            "flow": "front" if plan[died] == "F" else "back",
                            "seed": seed * 1000 + child,
                            "index": died,
                            "error": f"proses anak mati (kode {code})",
                        }
                    )
                todo = plan[len(reported) + 1 :] + todo  # the flow it died in counts as the crash
            say(f"anak {child}: {len(reported)}/{len(plan)} alur, kode {code}")
        if times:
            result.flow_ms = {k: round(v, 1) for k, v in measure.summary(times).items()}
    finally:
        if workdir is None:
            shutil.rmtree(folder, ignore_errors=True)
    result.seconds = round(time.perf_counter() - began, 1)
    return result


def _run_child(
    db_path: Path, plan: str, folder: Path, seed: int, env: dict[str, str]
) -> tuple[list[dict[str, Any]], int, str]:
    try:
        proc = subprocess.run(
            _child_command(db_path, plan, folder, seed),
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT_S,
            check=False,
        )
        out, err, code = proc.stdout, proc.stderr, proc.returncode
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        err, code = "waktu habis", -9
    reported = []
    for line in out.splitlines():
        if line.startswith("{"):
            try:
                reported.append(json.loads(line))
            except ValueError:
                pass
    fault = folder / f"fault-{seed}.log"
    log = (fault.read_text(encoding="utf-8", errors="replace") if fault.exists() else "") + err
    return reported, code, log


_NUMBER = re.compile(r"\d{6,}")  # a NIK, a KK, a phone number: never into the report


def scrub(text: str, names: list[str]) -> str:
    """A flow's error without personal data: long digit runs and the names the flow typed blanked out (the demo's
    people are made up, but a report is pasted into issues)."""
    for name in sorted((n for n in names if n.strip()), key=len, reverse=True):
        text = re.sub(re.escape(name), "<nama>", text, flags=re.IGNORECASE)
    return _NUMBER.sub("<angka>", text)


def failure_text(line: dict[str, Any]) -> str:
    """Why a flow stopped, as the person saw it: the driver's reason and the last message box shown, scrubbed."""
    error = str(line.get("error") or "?")
    shown = [m for m in line.get("messages", []) if m]
    if shown:
        error = f"{error} — pesan terakhir: {shown[-1]}"
    return scrub(error, list(line.get("names", [])))


# --- the child --------------------------------------------------------------------------------------------------


def child_main(db_url: str | None, plan: str, folder: Path, seed: int) -> int:
    """Run the flows of ``plan`` ("F" front office, "B" back office) in the real main window; one JSON line each."""
    fault = open(folder / f"fault-{seed}.log", "w", encoding="utf-8")  # noqa: SIM115 - open until the process ends
    faulthandler.enable(fault, all_threads=True)
    from puskesos_desktop.ui import app as ui_app  # before Qt, as the program imports it (see ui/__init__)

    from puskesos_desktop.devtools.bench import gui_driver as drive  # isort: skip
    from puskesos_desktop.config import resolve_db_url  # isort: skip
    from puskesos_desktop.services.bootstrap import open_office_db  # isort: skip
    from puskesos_desktop.ui.jobs import jobs  # isort: skip
    from puskesos_desktop.ui.watchdog import install_if_asked, slow_log  # isort: skip

    app = ui_app.make_application()
    slow_log(folder / f"slow-{seed}.log")
    jobs()  # Python's garbage collection on the UI thread only, as the program starts it (ui/app.run_gui)
    db = open_office_db(resolve_db_url(db_url))
    window = ui_app.start(db, start_timers=False)
    if window is None:
        print("Galat: jendela utama tidak terbuka", file=sys.stderr)
        return 2
    window.resize(1366, 768)
    window.show()
    watchdog = install_if_asked(app)  # PUSKESOS_SLOW_MS: where each stall of the window was, in slow-{seed}.log
    heartbeat = drive.Heartbeat()
    rng = random.Random(seed)
    names = _known_names(db, rng, len(plan))
    prints = folder / "cetak"
    prints.mkdir(exist_ok=True)
    app.processEvents()
    for n, kind in enumerate(plan):
        messages: list[str] = []
        out = drive.FlowResult("front" if kind == "F" else "back", False, 0.0, 0.0)
        heartbeat.reset()
        t0 = time.perf_counter()
        if kind == "F":
            flow = drive.front_office_flow(window, rng, prints, names[n % len(names)], out)
        else:
            flow = drive.back_office_flow(window, rng, prints, out)
        error = drive.run_flow(flow, messages)
        out.ms = round((time.perf_counter() - t0) * 1000, 1)
        out.stall_ms = heartbeat.reset()
        out.stall_cpu_ms = heartbeat.worst_cpu_ms
        out.ok, out.error = error is None, error
        typed = out.notes.pop("typed_names", [])
        line = asdict(out)
        line["messages"] = messages
        line["index"] = n
        line["names"] = [names[n % len(names)], *typed]  # what scrub() blanks out of the error, in the parent
        sys.stdout.write(json.dumps(line, default=str) + "\n")
        sys.stdout.flush()
    heartbeat.stop()
    if watchdog is not None:
        watchdog.stop()
    window.close()
    jobs().shutdown()
    db.dispose()
    return 0


def _known_names(db: Any, rng: random.Random, n: int) -> list[str]:
    from sqlalchemy import select

    from puskesos_desktop.db.models import Resident

    with db.read() as s:
        names = [name for (name,) in s.execute(select(Resident.name).limit(400))]
    return [rng.choice(names) for _ in range(max(n, 1))] if names else ["Siti Aminah"]


def summary_text(r: SoakResult, flows: int) -> str:
    lines = [
        f"Alur front office selesai: {r.front_office_flows}/{flows}; back office: {r.back_office_flows}/{flows}.",
        f"Proses anak yang mati (crash): {r.crashes}.",
        f"Jendela paling lama tidak menanggapi: {r.ui_stall_max_ms} ms (CPU jendela {r.ui_stall_max_cpu_ms} ms); "
        f"satu alur p50 {r.flow_ms['p50']} ms, p95 {r.flow_ms['p95']} ms. Waktu total {r.seconds} detik.",
    ]
    for f in r.failed[:10]:
        lines.append(f"  alur gagal: {f}")
    for c in r.crash_logs[:3]:
        lines.append(f"  crash: {c[-600:]}")
    return "\n".join(lines)
