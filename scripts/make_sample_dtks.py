"""Realistic DTKS/DTSEN extract files for tests and benchmarks, as a district sends them (.xlsx or .csv).

    .venv/bin/python scripts/make_sample_dtks.py --rows 100000 --seed 7 --out /tmp/DTKS_100k.xlsx
    .venv/bin/python scripts/make_sample_dtks.py --rows 500 --format csv --encoding cp1252 --delimiter ";" --out x.csv

Households of 1-6 people share a No. KK, an address and an RT/RW; NIKs are real (Kemendagri region prefix,
birth date with +40 for women, serial); most people live in the office's kecamatan, some were registered
elsewhere. With ``--bad-every N`` every N-th row is a bad one, in turn: letters in the NIK, a short NIK,
serial 0000, an impossible birth date in the NIK, an unknown region, an empty name, a NIK repeated from an
earlier row, a NIK stored as a number (xlsx only: imported with a warning), a sex that disagrees with the NIK
(warning), and a name written like a formula (a valid name that must stay text).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from puskesos_desktop.core.identity import make_nik  # noqa: E402

HEADERS = [
    "ID_DTKS", "NIK", "NO_KK", "NAMA", "TEMPAT_LAHIR", "TGL_LAHIR", "JENIS_KELAMIN", "ALAMAT", "RT", "RW",
    "DESIL", "KODE_WILAYAH", "PKH", "BPNT", "PBI", "PIP", "BST", "ASLUT", "RUTILAHU", "PKSA", "KUBE", "ASPDB", "BLT DD",
]  # fmt: skip
PROGRAMMES = ["PKH", "BPNT", "PBI", "PIP", "BST", "ASLUT", "RUTILAHU", "PKSA", "KUBE", "ASPDB", "BLTDD"]
FIRST_M = ["AGUS", "BUDI", "RAHMAT", "JOKO", "SLAMET", "HENDRA", "ANDI", "YUSUF", "IMAM", "DEDI", "RUDI", "ARIF"]
FIRST_F = ["SITI", "DEWI", "NUR", "SRI", "RINA", "AINI", "LESTARI", "WULAN", "YANTI", "FITRI", "MAYA", "ENDANG"]
LAST = ["SANTOSO", "HIDAYAT", "SETIAWAN", "RAHMAN", "WIJAYA", "SAPUTRA", "LUBIS", "NASUTION", "SIREGAR", "ARIFIN"]
PLACES = ["PANGKALAN BUN", "KUMAI", "SAMPIT", "PALANGKA RAYA", "BANJARMASIN", "SURABAYA", "SEMARANG"]
STREETS = ["JL. PANGERAN ANTASARI", "JL. KENANGA", "JL. MELATI", "JL. MERDEKA", "GG. MAWAR", "JL. SUDIRMAN"]
LOCAL_KECAMATAN = "620102"
OTHER_KECAMATAN = ["620101", "620103", "630101", "357801", "337401"]
VILLAGE_CODE = "6201022001"
BAD_KINDS = [
    "letters", "short", "serial0000", "bad_date", "bad_region", "empty_name", "duplicate", "number", "sex_mismatch",
    "formula_name",
]  # fmt: skip
REJECTED_KINDS = frozenset({"letters", "short", "serial0000", "bad_date", "bad_region", "empty_name", "duplicate"})
WARNING_KINDS = frozenset({"number", "sex_mismatch"})


@dataclass
class Sample:
    """What a generated file holds: the NIKs that should go in, and how many rows are bad or warned about."""

    path: Path
    rows: int
    valid_niks: list[str] = field(default_factory=list)
    rejected: int = 0
    warnings: int = 0
    bad: dict[int, str] = field(default_factory=dict)  # Excel row number -> kind


def _person_rows(rows: int, rng: random.Random, today: dt.date) -> list[list[object]]:
    out: list[list[object]] = []
    serials: dict[tuple[str, str], int] = {}
    household = 0
    while len(out) < rows:
        household += 1
        size = rng.choice([1, 2, 3, 3, 4, 4, 4, 5, 5, 6])
        region = LOCAL_KECAMATAN if rng.random() < 0.9 else rng.choice(OTHER_KECAMATAN)
        issued = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(0, 99):02d}"
        kk = f"{region}{issued}{household % 9999 + 1:04d}"
        street = f"{rng.choice(STREETS)} NO. {rng.randint(1, 200)}"
        rt, rw = f"{rng.randint(1, 15):03d}", f"{rng.randint(1, 5):03d}"
        desil = rng.choices(range(1, 11), weights=[14, 14, 13, 12, 11, 10, 9, 7, 6, 4])[0]
        flags = [rng.random() < (0.4 if desil <= 4 else 0.08) for _ in PROGRAMMES]
        last = rng.choice(LAST)
        for i in range(size):
            if len(out) >= rows:
                break
            sex = ("L" if rng.random() < 0.8 else "P") if i == 0 else rng.choice("LP")
            age = rng.randint(25, 80) if i < 2 else rng.randint(0, 30)
            birth = today - dt.timedelta(days=age * 365 + rng.randint(0, 364))
            key = (region, f"{birth:%d%m%y}")
            serials[key] = serials.get(key, 0) + 1
            nik = make_nik(region, birth, sex, serials[key])
            first = rng.choice(FIRST_M if sex == "L" else FIRST_F)
            name = f"{first} {last}" if rng.random() < 0.7 else first
            out.append(
                [
                    f"DTKS{household:07d}{i:02d}", nik, kk, name, rng.choice(PLACES), birth,
                    sex if rng.random() < 0.7 else ("LAKI-LAKI" if sex == "L" else "PEREMPUAN"),
                    street, rt, rw, desil, VILLAGE_CODE,
                    *(("YA" if f else "TIDAK") for f in flags),
                ]
            )  # fmt: skip
    return out


def _spoil(row: list[object], kind: str, rng: random.Random, earlier: list[str], fmt: str) -> None:
    nik = str(row[1])
    if kind == "letters":
        row[1] = nik[:10] + "AB" + nik[12:]
    elif kind == "short":
        row[1] = nik[:15]
    elif kind == "serial0000":
        row[1] = nik[:12] + "0000"
    elif kind == "bad_date":
        row[1] = nik[:6] + "32" + nik[8:]  # day 32: impossible for a man, and below 41 for a woman
    elif kind == "bad_region":
        row[1] = "99" + nik[2:]
    elif kind == "empty_name":
        row[3] = "  "
    elif kind == "duplicate":
        row[1] = rng.choice(earlier)
    elif kind == "number":
        row[1] = int(nik) if fmt == "xlsx" else nik
    elif kind == "sex_mismatch":
        row[6] = "P" if int(nik[6:8]) <= 40 else "L"
    elif kind == "formula_name":
        row[3] = '=HYPERLINK("http://contoh.invalid","' + str(row[3]) + '")'


def generate(
    path: str | Path,
    rows: int = 1000,
    *,
    seed: int = 1,
    fmt: str | None = None,
    bad_every: int = 0,
    encoding: str = "utf-8",
    delimiter: str = ",",
    today: dt.date | None = None,
) -> Sample:
    """Write the extract; returns what it holds. ``fmt`` defaults to the file's suffix (xlsx or csv)."""
    target = Path(path)
    kind = fmt or ("csv" if target.suffix.lower() == ".csv" else "xlsx")
    rng = random.Random(seed)
    today = today or dt.date(2026, 1, 1)
    data = _person_rows(rows, rng, today)
    sample = Sample(target, rows)
    turn = 0
    good: list[str] = []  # NIKs of rows that go in, for the repeated-NIK rows
    for index, row in enumerate(data):
        excel_row = index + 2
        if bad_every and index and index % bad_every == 0:
            bad = BAD_KINDS[turn % len(BAD_KINDS)]
            turn += 1
            if bad == "number" and kind != "xlsx":
                bad = "sex_mismatch"
            if bad == "duplicate" and not good:
                bad = "letters"
            _spoil(row, bad, rng, good, kind)
            sample.bad[excel_row] = bad
            if bad in REJECTED_KINDS:
                sample.rejected += 1
                continue
            if bad in WARNING_KINDS:
                sample.warnings += 1
        sample.valid_niks.append(str(row[1]))
        good.append(str(row[1]))
    if kind == "csv":
        _write_csv(target, data, encoding, delimiter)
    else:
        _write_xlsx(target, data)
    return sample


def _write_xlsx(target: Path, data: list[list[object]]) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(
        str(target), {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False,
                      "constant_memory": True}
    )  # fmt: skip
    ws = wb.add_worksheet("DTKS")
    date_fmt = wb.add_format({"num_format": "dd/mm/yyyy"})
    ws.write_row(0, 0, HEADERS)
    for r, row in enumerate(data, start=1):
        for c, value in enumerate(row):
            if isinstance(value, str):
                ws.write_string(r, c, value)
            elif isinstance(value, dt.date):
                ws.write_datetime(r, c, value, date_fmt)
            else:
                ws.write_number(r, c, value)  # type: ignore[arg-type]
    wb.close()


def _write_csv(target: Path, data: list[list[object]], encoding: str, delimiter: str) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for row in data:
        writer.writerow([v.strftime("%d-%m-%Y") if isinstance(v, dt.date) else v for v in row])
    target.write_bytes(buf.getvalue().encode(encoding, errors="replace"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Membuat berkas contoh ekstrak DTKS/DTSEN.")
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--format", choices=("xlsx", "csv"), default=None)
    parser.add_argument("--bad-every", type=int, default=0, help="setiap baris ke-N dibuat salah (0: tidak ada)")
    parser.add_argument("--encoding", default="utf-8", help="CSV: utf-8, utf-8-sig atau cp1252")
    parser.add_argument("--delimiter", default=",", help="CSV: , atau ;")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    sample = generate(
        args.out, args.rows, seed=args.seed, fmt=args.format, bad_every=args.bad_every, encoding=args.encoding,
        delimiter=args.delimiter,
    )  # fmt: skip
    print(f"{sample.path}: {sample.rows} baris, {sample.rejected} ditolak, {sample.warnings} peringatan")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
