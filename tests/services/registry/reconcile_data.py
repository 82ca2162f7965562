"""A village with every finding the reconciliation knows: the dead, the moved, twins of name and birth date, a poor
family without aid, a resident asking who is not in the registry (tests of the service and of `puskesos reconcile`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import FamilyDesil
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import population
from tests.services.dx_data import write_xlsx
from tests.services.fo_data import add_registry, resident

HDR = ["nik", "no_kk", "nama", "tanggallahir", "status_dasar"]
DEAD, MOVED, ALIVE = "6201020303600007", "6201020404600008", "6201021205900001"
KK_DEAD, KK_POOR, KK_ALIVE = "6201021505850004", "6201021303750009", "6201021205900002"


def build(db: Database, coordinator: Actor, front: Actor, tmp_path: Path) -> None:
    born = dt.date(1960, 3, 3)
    add_registry(db, DEAD, "ALMARHUM", kk=KK_DEAD, birth=born)
    add_registry(db, MOVED, "PERANTAU", kk=KK_DEAD, birth=dt.date(1960, 4, 4))
    add_registry(db, ALIVE, "MUHAMMAD YUSUF", kk=KK_ALIVE, desil=7)
    add_registry(db, "6201020505700009", "SITI GANDA", birth=dt.date(1970, 5, 5))
    add_registry(db, "6201020505700010", "SITI GANDA", birth=dt.date(1970, 5, 5))
    add_registry(db, "6201026303750008", "MISKIN TANPA BANSOS", kk=KK_POOR, desil=2, programmes=())
    rows = [HDR, [DEAD, KK_DEAD, "ALMARHUM", "1960-03-03", 2], [MOVED, KK_DEAD, "PERANTAU", "1960-04-04", 3],
            [ALIVE, KK_ALIVE, "MUHAMMAD YUSUF", "1990-05-12", 1],
            ["6201026303750008", KK_POOR, "MISKIN TANPA BANSOS", "1975-03-23", 1]]  # fmt: skip
    population.import_population(db, coordinator, write_xlsx(tmp_path / "p.xlsx", rows), data_date=dt.date(2026, 11, 1))
    asked = resident(db, front, "Belum Terdaftar", "6201024506800003", "6201021205900012", sex="P")
    complaints.register_complaint(db, front, complaints.ComplaintInput(asked, "Sosial", "Butuh bantuan pangan"))
    with db.write() as s:
        s.add(FamilyDesil(kk=KK_POOR, desil=2, data_date=dt.date(2026, 10, 12)))
