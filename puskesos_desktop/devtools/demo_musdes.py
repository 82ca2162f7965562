"""The demo village's deliberations, batches and the district's answers, as steps on the demo's timeline.

Two deliberations: one half a year ago, whose batch went to the district and came back answered (the district's
feedback file, applied through the same feedback import staff use: Diusulkan, Diverifikasi, Diterima and Ditolak);
one in the month before last, whose agreed proposals still wait (Disahkan Musdes). Drafts made since wait for the
next one (Draf), and the deliberation turns a few down (Ditolak): every proposal status appears.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from python_calamine import CalamineWorkbook

from puskesos_desktop.core import clock
from puskesos_desktop.core.statuses import ProposalStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.devtools.demo_common import Step
from puskesos_desktop.excel import safe
from puskesos_desktop.services import office as office_profile
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.exchange import batch as exchange
from puskesos_desktop.services.registry import musdes

REJECT_REASONS = [
    "Sudah menerima bantuan lain dari desa.",
    "Kondisi ekonomi keluarga dinilai mampu.",
    "Data alamat belum sesuai KK; diusulkan lagi setelah diperbaiki.",
]
# The district's answers, in the order they are handed out (the first four once each, so every status appears).
ANSWERS: list[tuple[ProposalStatus, str]] = [
    (ProposalStatus.DITERIMA, "Masuk DTSEN; bantuan menyusul sesuai desil."),
    (ProposalStatus.DIVERIFIKASI, "Sudah diverifikasi lapangan; menunggu penetapan."),
    (ProposalStatus.DIUSULKAN, "Sudah diinput ke SIKS-NG."),
    (ProposalStatus.DITOLAK, "Hasil verifikasi: kondisi rumah dan penghasilan di atas kriteria."),
]
FEEDBACK_WEIGHTS = [40, 25, 20, 15]


def session(
    db: Database, rng: random.Random, coordinator: Actor, month: dt.date, batch_dir: Path, summary: dict[str, int],
    *, answered: bool,
) -> Step:  # fmt: skip
    """A deliberation in the middle of ``month``, that month's batch early the next month, and — when
    ``answered`` — the district's feedback three weeks later."""
    day = musdes.next_weekday(month + dt.timedelta(days=14))
    yield dt.datetime.combine(day, dt.time(13, 0))
    ready = [i for i in musdes.agenda(db, None) if i.proposed_at.date() <= day]
    if not ready:
        return
    decisions = []
    for n, item in enumerate(ready):
        # At least one turned down when there are several, and at least four agreed for the district to answer.
        agreed = n < 4 or (rng.random() < 0.85 and n != 4)
        decisions.append(musdes.Decision(item.proposal_id, agreed, "" if agreed else rng.choice(REJECT_REASONS)))
    profile = office_profile.get_profile(db)
    info = musdes.record_session(db, coordinator, musdes.SessionInput(
        held_on=day,
        place=f"Balai Desa {profile.village_name}" if profile else "Balai Desa",
        attendees=rng.randint(25, 60),
        chair="Syahrani, S.Pd. (Ketua BPD)",
        decisions=tuple(decisions),
        notes="Musyawarah desa khusus pemutakhiran data DTSEN.",
    ))  # fmt: skip
    summary["musdes_agreed"] = summary.get("musdes_agreed", 0) + info.agreed
    summary["musdes_rejected"] = summary.get("musdes_rejected", 0) + info.rejected
    agreed_ids = {d.proposal_id for d in decisions if d.agreed}
    numbers = [i.number for i in ready if i.proposal_id in agreed_ids]
    export_day = musdes.next_weekday((month + dt.timedelta(days=32)).replace(day=1))
    yield dt.datetime.combine(export_day, dt.time(10, 0))
    batch_dir.mkdir(parents=True, exist_ok=True)
    result = exchange.export_month(db, coordinator, month, batch_dir)
    summary["batches"] = summary.get("batches", 0) + 1
    if not answered:
        return
    yield dt.datetime.combine(musdes.next_weekday(export_day + dt.timedelta(days=21)), dt.time(9, 30))
    answers = {}
    for n, number in enumerate(numbers):
        status, note = ANSWERS[n] if n < len(ANSWERS) else rng.choices(ANSWERS, FEEDBACK_WEIGHTS)[0]
        answers[number] = (status.value, clock.today() - dt.timedelta(days=rng.randint(1, 10)), note)
    path = district_answers(result.path, batch_dir / f"UMPAN_BALIK_{month:%Y-%m}.xlsx", answers)
    applied = exchange.apply_feedback(db, coordinator, path)
    summary["feedback_applied"] = summary.get("feedback_applied", 0) + applied.proposals


def district_answers(batch: Path, target: Path, answers: dict[str, tuple[str, dt.date, str]]) -> Path:
    """What the district sends back: the batch's proposals sheet with Status, Tanggal Hasil and Keterangan Hasil
    filled in (the other sheets left out: the district answers the proposals only). Read with calamine and written
    with XlsxWriter, as the program does (openpyxl is for tests only)."""
    rows: list[list[object]] = [
        list(r) for r in CalamineWorkbook.from_path(str(batch)).get_sheet_by_name("Usulan DTKS").to_python()
    ]
    col = {str(name): i for i, name in enumerate(rows[0])}
    for row in rows[1:]:
        number = str(row[col["No Usulan"]])
        if number in answers:
            status, day, note = answers[number]
            for header, value in (("Status", status), ("Tanggal Hasil", day), ("Keterangan Hasil", note)):
                row[col[header]] = value
    workbook = safe.new_workbook(target)
    formats = safe.Formats(workbook)
    sheet = workbook.add_worksheet("Usulan DTKS")
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            # calamine reads an empty cell as "": an empty cell again, as in the batch.
            safe.write_value(sheet, r, c, cell if cell != "" else None, formats)
    workbook.close()
    return target
