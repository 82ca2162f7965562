"""Speed of the population import (issue 16 §4 asks ≥ 10,000 rows/s in bench); slow, so only on request."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
import xlsxwriter

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import population
from tests.services.dx_data import nik_of

HEADER = ["alamat", "dusun", "rw", "rt", "nama", "no_kk", "nik", "sex", "tempatlahir", "tanggallahir", "kk_level",
          "status_dasar"]  # fmt: skip


def write_population(path: Path, n: int) -> Path:
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False})
    ws = wb.add_worksheet()
    for c, h in enumerate(HEADER):
        ws.write_string(0, c, h)
    for i in range(n):
        born = dt.date(1950, 1, 1) + dt.timedelta(days=i % 20000)
        values = ["Jl. Melati", "Krajan", "002", "001", f"WARGA {i}", f"'62010212059{i // 4:05d}",
                  "'" + nik_of(born, "L", 1 + i // 20000), "1", "Sukamaju", born.isoformat(), "1", "1"]  # fmt: skip
        for c, v in enumerate(values):
            ws.write_string(i + 1, c, v)
    wb.close()
    return path


@pytest.mark.slow
def test_ten_thousand_rows(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    path = write_population(tmp_path / "penduduk.xlsx", 10_000)
    started = time.perf_counter()
    result = population.import_population(db, coordinator, path)
    first = time.perf_counter() - started
    started = time.perf_counter()
    again = population.import_population(db, coordinator, path)
    second = time.perf_counter() - started
    print(f"population_rows_per_s first={10_000 / first:.0f} again={10_000 / second:.0f}")
    assert result.imported == 10_000 and again.unchanged == 10_000
