"""Timing helpers shared by the benchmark's processes: percentiles, wall and CPU clocks, peak memory, the machine."""

from __future__ import annotations

import math
import os
import platform
import sqlite3
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0–100): a value that was actually measured, no interpolation."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def summary(values: Sequence[float], digits: int = 2) -> dict[str, float]:
    return {"p50": round(percentile(values, 50), digits), "p95": round(percentile(values, 95), digits)}


@dataclass
class Series:
    """Wall-clock and CPU milliseconds of one kind of operation, repeated."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def time(self, fn: Callable[[], T]) -> T:
        c0, t0 = time.process_time_ns(), time.perf_counter_ns()
        result = fn()
        t1, c1 = time.perf_counter_ns(), time.process_time_ns()
        self.wall.append((t1 - t0) / 1e6)
        self.cpu.append((c1 - c0) / 1e6)
        return result

    def as_json(self) -> dict[str, Any]:
        return {"wall": summary(self.wall), "cpu": summary(self.cpu), "n": len(self.wall)}


def peak_rss_mb() -> float:
    """The highest resident memory of this process so far."""
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return round(peak / (2**20 if sys.platform == "darwin" else 1024), 1)  # bytes on macOS, KiB on Linux
    except ImportError:  # Windows
        try:
            import psutil
        except ImportError:  # the `bench` extra is not installed
            return float("nan")
        info = psutil.Process().memory_info()
        return round(getattr(info, "peak_wset", info.rss) / 2**20, 1)


def rss_mb() -> float:
    """Resident memory now (psutil is the `bench` extra; Linux reads /proc without it)."""
    try:
        import psutil
    except ImportError:
        try:
            with open("/proc/self/statm", encoding="ascii") as f:
                pages = int(f.read().split()[1])
            return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)
        except (OSError, ValueError, AttributeError):
            return float("nan")
    return round(psutil.Process().memory_info().rss / 2**20, 1)


def cpu_seconds() -> float:
    return time.process_time()


def load_average() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):  # Windows
        return None


def machine() -> dict[str, Any]:
    """What the figures came from: the other sessions on a shared machine show in the load average."""
    cpu_model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    cpu_model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        import psutil

        ram_gb: float | None = round(psutil.virtual_memory().total / 2**30, 1)
    except Exception:  # noqa: BLE001 - the figure is informative only
        ram_gb = None
    return {
        "nproc": os.cpu_count(),
        "cpu_model": cpu_model,
        "ram_gb": ram_gb,
        "os": platform.platform(terse=True),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }
