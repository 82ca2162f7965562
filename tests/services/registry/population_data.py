"""Village population register files (OpenSID's columns) for the tests of the import and of its commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Resident
from tests.services.dx_data import write_xlsx

OPENSID = ["alamat", "dusun", "rw", "rt", "nama", "no_kk", "nik", "sex", "tempatlahir", "tanggallahir", "agama_id",
           "pendidikan_kk_id", "pekerjaan_id", "status_kawin", "kk_level", "warganegara_id", "nama_ayah", "nama_ibu",
           "golongan_darah_id", "status_dasar"]  # fmt: skip
KK1 = "6201021205900002"
KK2 = "6201021505850004"
N_HEAD = "6201021205900001"
N_WIFE = "6201024505850003"
N_CHILD = "6201020101150005"
D1 = dt.date(2026, 10, 12)
D2 = dt.date(2026, 11, 20)


def opensid(**over: object) -> list[object]:
    row: dict[str, object] = dict(zip(OPENSID, ["Jl. Melati 3", "Krajan", "002", "001", "MUHAMMAD YUSUF",
                                                f"'{KK1}", f"'{N_HEAD}", 1, "Sukamaju", "1990-05-12", 1, 5, 2, 2,
                                                1, 1, "AHMAD", "SITI", 13, 1], strict=True))  # fmt: skip
    row.update(over)
    return list(row.values())


def workbook(tmp_path: Path, rows: list[list[object]], name: str = "penduduk.xlsx") -> Path:
    return write_xlsx(tmp_path / name, [OPENSID, *rows])


def people(db: Database) -> dict[str, Resident]:
    with db.read() as s:
        return {r.nik: r for r in s.execute(select(Resident).where(Resident.nik.is_not(None))).scalars() if r.nik}
