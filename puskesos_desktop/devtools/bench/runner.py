"""The benchmark's parent process: a work folder, one child process per step, the figures gathered and judged.

Steps run one after another (never two at once: on two cores they would measure each other). Each child prints
one JSON line; its peak memory comes from the child itself (`measure.peak_rss_mb`). The parent keeps its own
work small (it only reads JSON), so the peak of the run is the peak of the busiest step.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.devtools.bench import measure, village_pc
from puskesos_desktop.devtools.bench.info import DB_ENV, BuildSpec, load_info
from puskesos_desktop.devtools.bench.steps import StepOptions

STEP_TIMEOUT_S = 900
ORDER = (
    "build",
    "import",
    "search",
    "register",
    "export",
    "cards",
    "attach",
    "gui",
    "session",
    "login",
    "cli",
    "bigimport",
    "population",  # issue 16 §4: last, so that the other steps measure the village without these 10,000 people
)

# Issue 9's targets: (key, figure, limit, lower is better).
TARGETS: dict[str, tuple[str, float, bool]] = {
    "cold_start_s": ("p95", 1.5, True),
    "nik_lookup_ms": ("p95", 5.0, True),
    "name_search_ms": ("p95", 50.0, True),
    "register_complaint_ms": ("p95", 20.0, True),
    "import_rows_per_s": ("", 10_000.0, False),
    "export_10k_s": ("", 3.0, True),
    "card_pdf_ms": ("p95", 30.0, True),
    "peak_rss_mb": ("", 300.0, True),
    "attach_photo_ms": ("p95", 300.0, True),  # issue 20: a 4 MB phone photo
    "population_rows_per_s": ("", 10_000.0, False),  # issue 16 §4: the village population register
}
RAW_FACTOR = 10.0  # NIK lookup within 10× the bare sqlite3 query
# Issue 21's targets (p50 where a spread is measured).
TARGETS_21: dict[str, tuple[str, float, bool]] = {
    "cold_start_s": ("p50", 1.0, True),
    "login_dialog_s": ("p50", 0.6, True),
    "cli_find_s": ("p50", 0.30, True),
    "import_1m_peak_mb": ("", 400.0, True),
    "import_1m_rows_per_s": ("", 15_000.0, False),
}
RAW_FACTOR_21 = 5.0
# What is SQLite's by nature, and so not measured with `bench --db URL` (the JSON's "sqlite_only" says so).
SQLITE_ONLY = {
    "raw_nik_lookup_ms": "batas bawah: kueri sqlite3 langsung pada berkas database (khas SQLite)",
    "bigimport": "impor 1 juta baris ke salinan berkas database SQLite (khas SQLite)",
}


@dataclass
class BenchOptions:
    spec: BuildSpec = field(default_factory=BuildSpec)
    steps: StepOptions = field(default_factory=StepOptions)
    starts: int = 5  # cold starts measured (the last one also waits for the name index)
    keep: Path | None = None
    only: tuple[str, ...] = ()  # re-measure some steps on a kept folder (development)
    big_rows: int = village_pc.BIG_ROWS  # rows of the big extract (issue 21; the tests use a few hundred)
    cpus: int | None = None  # pin every step to this many cores (a stand-in for an old office PC)
    db_url: str | None = None  # an empty PostgreSQL database to fill and measure instead of a temporary SQLite file


Progress = Callable[[str], None]


def program_command() -> list[str]:
    """`puskesos` as staff start it."""
    if getattr(sys, "frozen", False):  # the bundled program is its own interpreter
        return [sys.executable]
    return [sys.executable, "-m", "puskesos_desktop"]


def child_command(step: str, workdir: Path, extra: list[str]) -> list[str]:
    return [*program_command(), "bench", "--child", step, "--workdir", str(workdir), *extra]


def _child_env(workdir: Path, db_url: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PUSKESOS_DB", None)
    env.pop(DB_ENV, None)
    if db_url:
        env[DB_ENV] = db_url  # not on the command line: the process list shows that to everyone
    # Nothing a child does may touch the real data folder, settings or backups.
    env["XDG_DATA_HOME"] = str(workdir / "xdg-data")
    env["XDG_CONFIG_HOME"] = str(workdir / "xdg-config")
    env["XDG_CACHE_HOME"] = str(workdir / "xdg-cache")
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _run_child(step: str, workdir: Path, extra: list[str], env: dict[str, str]) -> tuple[dict[str, Any], float]:
    started = time.time()
    proc = subprocess.run(
        child_command(step, workdir, extra),
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=STEP_TIMEOUT_S,
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    if proc.returncode != 0 or not lines:
        tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-15:])
        raise PuskesosError(f"Langkah '{step}' gagal (kode {proc.returncode}):\n{tail}")
    try:
        data: dict[str, Any] = json.loads(lines[-1])
    except ValueError:
        raise PuskesosError(f"Langkah '{step}' tidak menghasilkan JSON: {lines[-1][:200]}") from None
    if "error" in data:
        raise PuskesosError(f"Langkah '{step}': {data['error']}")
    return data, started


def _extra_args(options: BenchOptions) -> list[str]:
    spec, steps = options.spec, options.steps
    return [
        "--residents", str(spec.residents), "--registry", str(spec.registry), "--complaints", str(spec.complaints),
        "--seed", str(spec.seed), "--queries", str(steps.queries), "--registrations", str(steps.registrations),
        "--cards", str(steps.cards),
    ]  # fmt: skip


def compile_program() -> int:
    """Compile the program's modules to bytecode once, as an installed program has them: with
    PYTHONDONTWRITEBYTECODE set (as on some development machines) a changed module would otherwise be compiled
    anew in every measured process, on the window's thread too. Returns how many failed to compile."""
    import compileall

    import puskesos_desktop

    root = Path(puskesos_desktop.__file__).parent
    return 0 if compileall.compile_dir(str(root), quiet=2, workers=1) else 1


def run_bench(options: BenchOptions, progress: Progress | None = None) -> dict[str, Any]:
    say = progress or (lambda _text: None)
    began = time.perf_counter()
    loads: list[list[float]] = []
    workdir = Path(options.keep) if options.keep else Path(tempfile.mkdtemp(prefix="puskesos-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    pinned = pin_cpus(options.cpus)
    say("bytecode…")
    compile_program()
    try:
        env = _child_env(workdir, options.db_url)
        extra = _extra_args(options)
        steps: dict[str, dict[str, Any]] = {}
        wanted = options.only or ORDER
        for step in ORDER:
            if step not in wanted:
                continue
            if step == "gui":
                steps[step] = _cold_starts(workdir, env, options.starts, say, loads)
                continue
            if step == "session":
                steps[step] = _session(workdir, env, say, loads)
                continue
            if step == "login":
                steps[step] = _logins(workdir, env, options.starts, say, loads)
                continue
            if step == "cli":
                steps[step] = _cli(workdir, env, options, say, loads)
                continue
            if step == "bigimport":
                if options.db_url:
                    say(f"bigimport: {SQLITE_ONLY['bigimport']}")
                    continue
                steps[step] = _big_imports(workdir, env, options, say, loads)
                continue
            say(f"{step}…")
            load = measure.load_average()
            t0 = time.perf_counter()
            data, _ = _run_child(step, workdir, extra, env)
            data["wall_s"] = round(time.perf_counter() - t0, 1)
            data["load_before"] = load
            if load:
                loads.append(load)
            if data.get("load_average"):
                loads.append(data["load_average"])
            steps[step] = data
            say(f"{step}: {data['wall_s']} s")
        out = assemble(steps, options, workdir, loads, time.perf_counter() - began)
        out["machine"]["engine"] = "postgresql" if options.db_url else "sqlite"
        if options.db_url:  # after every other key (the SQLite run's keys keep their places)
            out["engine"] = "postgresql"
            out["sqlite_only"] = dict(SQLITE_ONLY)
            out["machine"]["postgresql"] = _server_version(options.db_url)
        out["machine"]["pinned_cpus"] = pinned
        return out
    finally:
        if options.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)


def _server_version(url: str) -> str | None:
    from sqlalchemy import create_engine

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return str(conn.exec_driver_sql("SHOW server_version").scalar())
    except Exception:  # noqa: BLE001 - only for the record
        return None
    finally:
        engine.dispose()


def _cold_starts(
    workdir: Path, env: dict[str, str], starts: int, say: Progress, loads: list[list[float]]
) -> dict[str, Any]:
    info = load_info(workdir)
    runs: list[dict[str, Any]] = []
    for i in range(max(starts, 1)):
        last = i == max(starts, 1) - 1
        child_env = dict(env)
        child_env["QT_QPA_PLATFORM"] = "offscreen"
        child_env["PUSKESOS_BENCH_USER"] = info.usernames["front"]
        child_env["PUSKESOS_BENCH_PASSWORD"] = info.password
        load = measure.load_average()
        if load:
            loads.append(load)
        data, started = _run_child("gui", workdir, ["--wait-index"] if last else [], child_env)
        data["cold_start_wall_s"] = round(data["shown_at"] - started, 3)
        # The person's typing is not the program's time (gui_probe.py): what it did meanwhile is.
        data["cold_start_s"] = round(data["cold_start_wall_s"] - data.get("typing_s", 0.0), 3)
        data["load_before"] = load
        runs.append(data)
        say(f"gui {i + 1}/{starts}: {data['cold_start_s']} s")
    return {"runs": runs}


def pin_cpus(cpus: int | None) -> list[int] | None:
    """Pin this process, and so every child it starts, to the first `cpus` cores (Linux); the cores used."""
    if not cpus:
        return None
    if not hasattr(os, "sched_setaffinity"):
        raise PuskesosError("--cpus hanya dapat dipakai di Linux (os.sched_setaffinity).")
    chosen = sorted(os.sched_getaffinity(0))[:cpus]
    os.sched_setaffinity(0, chosen)
    return chosen


def _gui_env(env: dict[str, str]) -> dict[str, str]:
    child_env = dict(env)
    child_env["QT_QPA_PLATFORM"] = "offscreen"
    return child_env


def _logins(workdir: Path, env: dict[str, str], starts: int, say: Progress, loads: list[list[float]]) -> dict[str, Any]:
    """Process start to the sign-in dialog's first paint (no benchmark account: the dialog shows)."""
    runs: list[dict[str, Any]] = []
    for i in range(max(starts, 1)):
        load = measure.load_average()
        if load:
            loads.append(load)
        data, started = _run_child("login", workdir, [], _gui_env(env))
        data["login_dialog_s"] = round(data["painted_at"] - started, 3)
        data["load_before"] = load
        runs.append(data)
        say(f"login {i + 1}/{starts}: {data['login_dialog_s']} s")
    return {"runs": runs}


def _cli(
    workdir: Path, env: dict[str, str], options: BenchOptions, say: Progress, loads: list[list[float]]
) -> dict[str, Any]:
    """Cold `puskesos find NIK --json` processes; LibreOffice on the same NIKs when it is installed."""
    info = load_info(workdir)
    niks = village_pc.sample_niks(info, max(options.starts * 2, 1), options.steps.seed, env)
    load = measure.load_average()
    if load:
        loads.append(load)
    out: dict[str, Any] = {
        "find": village_pc.cli_finds(program_command(), info, niks, env),
        "load_before": load,
    }
    say(f"cli find: {out['find']['wall']}")
    program = village_pc.soffice()
    if program:
        out["spreadsheet"] = village_pc.spreadsheet_finds(program, Path(info.extract_path), niks[:3], workdir)
        say(f"spreadsheet: {out['spreadsheet']['wall']}")
    return out


def _big_imports(
    workdir: Path, env: dict[str, str], options: BenchOptions, say: Progress, loads: list[list[float]]
) -> dict[str, Any]:
    """The big extract written once, then imported as .xlsx and as .csv, each in a process of its own."""
    say(f"bigfiles ({options.big_rows} baris)…")
    rows = ["--big-rows", str(options.big_rows), "--seed", str(options.spec.seed)]
    files, _ = _run_child("bigfiles", workdir, rows, env)
    out: dict[str, Any] = {"files": files}
    for kind in ("xlsx", "csv"):
        load = measure.load_average()
        if load:
            loads.append(load)
        data, _ = _run_child("bigimport", workdir, ["--file", kind], env)
        data["load_before"] = load
        out[kind] = data
        say(f"bigimport {kind}: {data['rows_per_s']} baris/s, puncak {data['rss_mb']} MB")
    return out


def _session(workdir: Path, env: dict[str, str], say: Progress, loads: list[list[float]]) -> dict[str, Any]:
    """The scripted session in the real window (bench/gui_session.py): stalls of the UI thread, print, tabs."""
    say("session…")
    child_env = dict(env)
    child_env["QT_QPA_PLATFORM"] = "offscreen"
    load = measure.load_average()
    if load:
        loads.append(load)
    t0 = time.perf_counter()
    data, _ = _run_child("session", workdir, [], child_env)
    data["wall_s"] = round(time.perf_counter() - t0, 1)
    data["load_before"] = load
    say(f"session: {data['wall_s']} s, stall terlama {data.get('ui_stall_max_ms')} ms")
    return data


def _wall(step: dict[str, Any] | None, key: str) -> dict[str, float] | None:
    if not step or key not in step:
        return None
    value: dict[str, float] = step[key]["wall"]
    return value


def _cpu(step: dict[str, Any] | None, key: str) -> dict[str, float] | None:
    if not step or key not in step:
        return None
    value: dict[str, float] = step[key]["cpu"]
    return value


def assemble(
    steps: dict[str, dict[str, Any]], options: BenchOptions, workdir: Path, loads: list[list[float]], total: float
) -> dict[str, Any]:
    """The one JSON object: the contract's keys first, then what explains them."""
    search, register, cards = steps.get("search"), steps.get("register"), steps.get("cards")
    gui = steps.get("gui")
    starts = [r["cold_start_s"] for r in gui["runs"]] if gui else []
    out: dict[str, Any] = {
        "cold_start_s": measure.summary(starts, 3) if starts else None,
        "nik_lookup_ms": _wall(search, "nik"),
        "nik_prefix_ms": _wall(search, "nik_prefix"),
        "name_search_ms": _wall(search, "name_typo"),
        "receipt_lookup_ms": _wall(search, "receipt"),
        "raw_nik_lookup_ms": _wall(search, "raw_nik"),
        "register_complaint_ms": _wall(register, "ms"),
        "card_pdf_ms": _wall(cards, "ms"),
        "import_rows_per_s": steps["import"]["rows_per_s"] if "import" in steps else None,
        "export_10k_s": steps["export"]["seconds"] if "export" in steps else None,
        "peak_rss_mb": None,
        # Issue 16 §4, after the keys other tools already read.
        "population_rows_per_s": steps["population"]["rows_per_s"] if "population" in steps else None,
    }
    rss: dict[str, float] = {}
    for name, data in steps.items():
        if name == "session":
            rss[name] = data.get("rss_mb", 0.0)
        elif name == "gui":
            rss["gui"] = max(r.get("rss_mb", r.get("shown_rss_mb", 0.0)) for r in data["runs"])
        elif name == "login":
            rss["login"] = max(r["rss_mb"] for r in data["runs"])
        elif name == "bigimport":
            rss["bigimport"] = max(data["xlsx"]["rss_mb"], data["csv"]["rss_mb"])
        elif name == "cli":
            continue  # its processes are not ours to measure from inside
        else:
            rss[name] = data["rss_mb"]
    # Building the data is not a user's action; the scripted session (issue 12) came later and is kept apart.
    # The million-row import (issue 21) has its own figure and limit.
    measured = {k: v for k, v in rss.items() if k not in ("build", "session", "bigimport")}
    out["peak_rss_mb"] = max(measured.values()) if measured else None
    out["cpu_ms"] = {
        "nik_lookup_ms": _cpu(search, "nik"),
        "nik_prefix_ms": _cpu(search, "nik_prefix"),
        "name_search_ms": _cpu(search, "name_typo"),
        "receipt_lookup_ms": _cpu(search, "receipt"),
        "raw_nik_lookup_ms": _cpu(search, "raw_nik"),
        "register_complaint_ms": _cpu(register, "ms"),
        "card_pdf_ms": _cpu(cards, "ms"),
    }
    if "import" in steps:
        out["cpu_ms"]["import_rows_per_cpu_s"] = steps["import"]["rows_per_cpu_s"]
    if "export" in steps:
        out["cpu_ms"]["export_cpu_s"] = steps["export"]["cpu_s"]
    if starts and gui:
        out["cpu_ms"]["cold_start_cpu_s"] = measure.summary([r["shown_cpu_s"] for r in gui["runs"]])
    out["ratio_to_raw"] = _ratio(out["nik_lookup_ms"], out["raw_nik_lookup_ms"])
    out["met"] = judge(out)
    out["rss_mb"] = rss
    flat = [x for la in loads for x in la[:1]]
    out["load_average"] = {
        "min_1m": min(flat) if flat else None,
        "max_1m": max(flat) if flat else None,
        "samples": loads,
    }
    out["machine"] = measure.machine()
    info = None
    if (workdir / "bench.json").exists():
        info = load_info(workdir)
    out["scale"] = {
        "residents": options.spec.residents,
        "households": info.households if info else None,
        "registry_rows": steps["import"]["rows"] if "import" in steps else (info.registry_rows if info else None),
        "complaints": options.spec.complaints,
        "referrals": info.referrals if info else None,
    }
    out["details"] = _details(steps)
    out["seconds_total"] = round(total, 1)
    if options.keep:
        out["workdir"] = str(workdir)
    # Issue 12's keys, after the others.
    session = steps.get("session") or {}
    out["ui_stall_max_ms"] = session.get("ui_stall_max_ms")
    out["print_receipt_ui_ms"] = session.get("print_receipt_ui_ms")
    out["tab_first_show_ms"] = session.get("tab_first_show_ms")
    _village_pc_keys(out, steps)
    # Issue 20's key, after those.
    out["attach_photo_ms"] = _wall(steps.get("attach"), "ms")
    out["cpu_ms"]["attach_photo_ms"] = _cpu(steps.get("attach"), "ms")
    out["met"] = {**judge(out), **judge_village_pc(out)}  # again, now that every key is in (the dict keeps its place)
    return out


def _village_pc_keys(out: dict[str, Any], steps: dict[str, dict[str, Any]]) -> None:
    """Issue 21's keys, after the others; their CPU time beside the other CPU figures."""
    login, cli, big = steps.get("login"), steps.get("cli") or {}, steps.get("bigimport")
    logins = [r["login_dialog_s"] for r in login["runs"]] if login else []
    out["login_dialog_s"] = measure.summary(logins, 3) if logins else None
    out["cli_find_s"] = cli["find"]["wall"] if "find" in cli else None
    if "spreadsheet" in cli:  # only where LibreOffice is installed
        out["spreadsheet_find_s"] = cli["spreadsheet"]["wall"]
    out["import_1m_peak_mb"] = max(big["xlsx"]["rss_mb"], big["csv"]["rss_mb"]) if big else None
    out["import_1m_rows_per_s"] = min(big["xlsx"]["rows_per_s"], big["csv"]["rows_per_s"]) if big else None
    gui = steps.get("gui")
    if gui:  # the sign-in typed into the dialog: the wall time with the typing, and the keystrokes' longest wait
        out["cold_start_wall_s"] = measure.summary([r["cold_start_wall_s"] for r in gui["runs"]], 3)
        lags = [r["key_lag_ms"]["max"] for r in gui["runs"] if "key_lag_ms" in r]
        out["sign_in_key_lag_max_ms"] = max(lags) if lags else None
    cpu = out["cpu_ms"]
    if logins and login:
        cpu["login_dialog_cpu_s"] = measure.summary([r["cpu_s"] for r in login["runs"]], 3)
    if "find" in cli:
        cpu["cli_find_cpu_s"] = cli["find"]["cpu"]
    if big:
        cpu["import_1m_rows_per_cpu_s"] = min(big["xlsx"]["rows_per_cpu_s"], big["csv"]["rows_per_cpu_s"])
    out["met"].update(judge_village_pc(out))


def _ratio(nik: dict[str, float] | None, raw: dict[str, float] | None) -> dict[str, float] | None:
    if not nik or not raw:
        return None
    return {k: round(nik[k] / raw[k], 1) if raw[k] else float("inf") for k in ("p50", "p95")}


def judge(out: dict[str, Any]) -> dict[str, bool | None]:
    met: dict[str, bool | None] = {}
    for key, (figure, limit, lower) in TARGETS.items():
        value = out.get(key)
        if isinstance(value, dict):
            value = value.get(figure)
        met[key] = None if value is None else (value <= limit if lower else value >= limit)
    ratio = out.get("ratio_to_raw")
    met["nik_within_10x_raw"] = None if not ratio else ratio["p95"] <= RAW_FACTOR
    return met


def judge_village_pc(out: dict[str, Any]) -> dict[str, bool | None]:
    met: dict[str, bool | None] = {}
    for key, (figure, limit, lower) in TARGETS_21.items():
        value = out.get(key)
        if isinstance(value, dict):
            value = value.get(figure)
        met[f"{key}_issue_21"] = None if value is None else (value <= limit if lower else value >= limit)
    ratio = out.get("ratio_to_raw")
    met["nik_within_5x_raw"] = None if not ratio else max(ratio["p50"], ratio["p95"]) <= RAW_FACTOR_21
    return met


def _details(steps: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Per step: wall and CPU time, memory, load, and what the step found out besides its figure."""
    keep = ("wall_s", "cpu_s", "rss_mb", "load_before", "load_average", "seconds", "found", "name_index", "typing",
            "first_ms", "counts", "size_kb", "rows", "imported", "rejected", "warnings", "with_proposal", "pdf_kb",
            "rows_per_cpu_s", "photo_kb")  # fmt: skip
    out: dict[str, Any] = {}
    for name, data in steps.items():
        if name == "gui":
            out[name] = data["runs"]
        elif name in ("session", "cli", "bigimport"):
            out[name] = data
        elif name == "login":
            out[name] = data["runs"]
        else:
            out[name] = {k: data[k] for k in keep if k in data}
    return out


# --- the table ------------------------------------------------------------------------------------------------

LABELS = {
    "cold_start_s": ("Mulai program sampai jendela tampil (tanpa mengetik sandi)", "s"),
    "nik_lookup_ms": ("Cari NIK lengkap", "ms"),
    "nik_prefix_ms": ("Cari awal NIK (4–15 angka)", "ms"),
    "name_search_ms": ("Cari nama dengan salah ketik", "ms"),
    "receipt_lookup_ms": ("Cari nomor resi", "ms"),
    "raw_nik_lookup_ms": ("Batas bawah: kueri sqlite3 NIK", "ms"),
    "register_complaint_ms": ("Mendaftarkan keluhan", "ms"),
    "card_pdf_ms": ("Kartu rujukan PDF (per kartu)", "ms"),
    "attach_photo_ms": ("Melampirkan foto ponsel 4 MB", "ms"),
    "import_rows_per_s": ("Impor DTKS (baris per detik)", "baris/s"),
    "population_rows_per_s": ("Impor data penduduk desa (baris per detik)", "baris/s"),
    "export_10k_s": ("Ekspor batch bulanan", "s"),
    "peak_rss_mb": ("Memori tertinggi satu proses", "MB"),
    "login_dialog_s": ("Mulai program sampai dialog masuk tampil", "s"),
    "cli_find_s": ("puskesos find NIK (proses baru)", "s"),
    "spreadsheet_find_s": ("LibreOffice: buka ekstrak, cari NIK", "s"),
    "import_1m_peak_mb": ("Impor ekstrak 1 juta baris: memori", "MB"),
    "import_1m_rows_per_s": ("Impor ekstrak 1 juta baris", "baris/s"),
}


def table_rows(out: dict[str, Any]) -> list[list[object]]:
    rows: list[list[object]] = []
    cpu = out.get("cpu_ms", {})
    for key, (label, unit) in LABELS.items():
        value = out.get(key)
        if value is None:
            continue
        target = TARGETS.get(key)
        limit = ""
        if target:
            limit = f"{'≤' if target[2] else '≥'} {target[1]:g}"
        if key == "nik_lookup_ms":
            limit += f", ≤ {RAW_FACTOR:g}× batas bawah"
        ok = out["met"].get(key)
        if key == "nik_lookup_ms" and ok is not None:
            ok = ok and bool(out["met"].get("nik_within_10x_raw"))
        mark = "" if ok is None else ("ya" if ok else "TIDAK")
        if isinstance(value, dict):
            c = cpu.get(key) or cpu.get(key.replace("_s", "_cpu_s"))
            rows.append([label, unit, value["p50"], value["p95"], c["p95"] if c else "", limit, mark])
            ratio = out.get("ratio_to_raw")
            if key == "raw_nik_lookup_ms" and ratio:
                rows.append(["Cari NIK ÷ batas bawah", "×", ratio["p50"], ratio["p95"], "", f"≤ {RAW_FACTOR:g}", ""])
        else:
            rows.append([label, unit, "", value, "", limit, mark])
    return rows
