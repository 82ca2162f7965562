"""Benchmark of the excel package: registry read speed and monthly batch write+verify time.

    .venv/bin/python scripts/bench_excel.py [--rows 100000] [--complaints 10000] [--repeat 2]

Generates its files in a temporary folder (deleted at the end). Prints wall-clock and CPU times: on a shared
machine the CPU time is the steadier figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import xlsxwriter

from puskesos_desktop.core.identity import make_nik
from puskesos_desktop.core.statuses import Channel, ComplaintStatus, Field, ProposalKind, ProposalStatus, ReferralStatus
from puskesos_desktop.excel.batch import BatchSummary, ComplaintRow, ProposalRow, ReferralRow, write_batch
from puskesos_desktop.excel.registry_reader import read_registry

HEADERS = [
    "ID_DTKS", "NIK", "NO_KK", "NAMA", "TEMPAT_LAHIR", "TGL_LAHIR", "JENIS_KELAMIN", "ALAMAT", "RT", "RW",
    "DESIL", "KODE_WILAYAH", "PKH", "BPNT", "PBI", "PIP", "BST", "ASLUT", "RUTILAHU", "PKSA", "KUBE", "ASPDB", "BLT DD",
]  # fmt: skip
NAMES = ["SITI", "AMINAH", "BUDI", "SANTOSO", "RAHMAT", "HIDAYAT", "NUR", "AINI", "AGUS", "SETIAWAN", "DEWI", "LESTARI"]
KECAMATAN = ["620102", "620101", "620103", "620104"]

T = TypeVar("T")


def make_registry(path: Path, rows: int, rng: random.Random) -> None:
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False})
    ws = wb.add_worksheet("DTKS")
    date_fmt = wb.add_format({"num_format": "dd/mm/yyyy"})
    ws.write_row(0, 0, HEADERS)
    for i in range(1, rows + 1):
        sex = rng.choice("LP")
        birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(30000))
        kec = rng.choice(KECAMATAN)
        ws.write_string(i, 0, f"DTKS{i:09d}")
        ws.write_string(i, 1, make_nik(kec, birth, sex, i % 9999 + 1))
        ws.write_string(i, 2, f"{kec}1203{i % 999999 + 1:06d}")
        ws.write_string(i, 3, " ".join(rng.sample(NAMES, 3)))
        ws.write_string(i, 4, "PANGKALAN BUN")
        ws.write_datetime(i, 5, birth, date_fmt)
        ws.write_string(i, 6, sex)
        ws.write_string(i, 7, f"JL. PANGERAN ANTASARI NO {i % 300}")
        ws.write_string(i, 8, f"{i % 20 + 1:03d}")
        ws.write_string(i, 9, f"{i % 7 + 1:03d}")
        ws.write_number(i, 10, rng.randint(1, 10))
        ws.write_string(i, 11, "6201021001")
        for j in range(11):
            ws.write_string(i, 12 + j, "YA" if rng.random() < 0.2 else "TIDAK")
    wb.close()


def make_batch_rows(n: int, rng: random.Random) -> tuple[list[ComplaintRow], list[ReferralRow], list[ProposalRow]]:
    now = dt.datetime(2025, 1, 31, 15, 30)
    complaints, referrals, proposals = [], [], []
    fields = [Field.KESEHATAN, Field.SOSIAL, Field.PENDIDIKAN]
    for i in range(1, n + 1):
        sex = rng.choice("LP")
        birth = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(25000))
        nik = make_nik("620102", birth, sex, i % 9999 + 1)
        complaints.append(
            ComplaintRow(
                f"RESI/2025/01/{i:05d}",
                dt.date(2025, 1, 1 + i % 28),
                nik,
                f"62010212030{i % 99999:05d}",
                " ".join(rng.sample(NAMES, 2)),
                sex,
                birth,
                "JL. MERDEKA NO 1",
                "001",
                "002",
                rng.random() < 0.5,
                rng.randint(1, 10),
                rng.choice(list(Channel)).value,
                rng.choice(fields).value,
                "Pendaftaran PBI-JK",
                "Warga membutuhkan bantuan biaya berobat",
                ComplaintStatus.DIRUJUK.value,
                "Petugas FO",
                None,
                now,
            )  # fmt: skip
        )
        if i % 5 == 0:
            referrals.append(
                ReferralRow(
                    f"RJK/2025/01/{i:05d}",
                    f"RESI/2025/01/{i:05d}",
                    dt.date(2025, 1, 2),
                    nik,
                    "NAMA",
                    fields[i % 3],
                    "Layanan",
                    "Dinas Sosial",
                    "Alasan",
                    ReferralStatus.DIKIRIM.value,
                    None,
                    "",
                    None,
                    now,
                )  # fmt: skip
            )
        if i % 20 == 0:
            proposals.append(
                ProposalRow(
                    f"USL/2025/01/{i:05d}",
                    dt.date(2025, 1, 3),
                    ProposalKind.TAMBAH.value,
                    nik,
                    None,
                    "NAMA",
                    sex,
                    "PANGKALAN BUN",
                    birth,
                    "JL",
                    "001",
                    "002",
                    "6201022001",
                    "Belum terdaftar",
                    dt.date(2025, 1, 10),
                    ProposalStatus.DISAHKAN_MUSDES.value,
                    None,
                    "",
                    now,
                )  # fmt: skip
            )
    return complaints, referrals, proposals


def timed(fn: Callable[[], T], repeat: int) -> tuple[T, float, float]:
    """(result, best wall seconds, best CPU seconds)."""
    best_wall = best_cpu = float("inf")
    result: T | None = None
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        best_wall = min(best_wall, time.perf_counter() - w0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    assert result is not None
    return result, best_wall, best_cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--complaints", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    rng = random.Random(20250131)
    with tempfile.TemporaryDirectory(prefix="bench_excel_") as tmp:
        folder = Path(tmp)
        source = folder / "dtks.xlsx"
        t0 = time.perf_counter()
        make_registry(source, args.rows, rng)
        print(f"generated {args.rows:,} registry rows in {time.perf_counter() - t0:.1f} s "
              f"({source.stat().st_size / 1e6:.1f} MB)")  # fmt: skip
        result, wall, cpu = timed(lambda: read_registry(source), args.repeat)
        print(f"read_registry: {result.total_rows:,} rows, {len(result.rows):,} kept, {len(result.rejected):,} "
              f"rejected, {len(result.warnings):,} warnings")  # fmt: skip
        print(f"  wall {wall:.2f} s = {result.total_rows / wall:,.0f} rows/s; CPU {cpu:.2f} s = "
              f"{result.total_rows / cpu:,.0f} rows/s")  # fmt: skip

        complaints, referrals, proposals = make_batch_rows(args.complaints, rng)
        seq = iter(range(1, 100))

        def batch(password: str | None = None) -> object:
            summary = BatchSummary(
                "6201022001", "Desa Contoh", "Arut Selatan", "Kotawaringin Barat", "2025-01", next(seq),
                dt.datetime(2025, 2, 1, 8, 0), "koordinator", letters_issued=3, residents_served=900,
                audit_hash="0" * 64,
            )  # fmt: skip
            return write_batch(folder, summary, complaints, referrals, proposals, password)

        _, wall, cpu = timed(batch, args.repeat)
        print(f"write_batch (incl. read-back verification): {len(complaints):,} complaints, {len(referrals):,} "
              f"referrals, {len(proposals):,} proposals: wall {wall:.2f} s, CPU {cpu:.2f} s")  # fmt: skip
        _, wall, cpu = timed(lambda: batch("rahasia"), args.repeat)
        print(f"  with password (encrypt + decrypt to verify): wall {wall:.2f} s, CPU {cpu:.2f} s")


if __name__ == "__main__":
    main()
