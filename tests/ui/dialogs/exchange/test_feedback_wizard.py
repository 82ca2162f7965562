"""The district's feedback wizard (issue 5): a preview, then applied."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from puskesos_desktop.db.engine import Database
from puskesos_desktop.excel import safe
from puskesos_desktop.services.casework import referrals
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.exchange import batch as exchange
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.exchange.feedback_wizard import FeedbackWizard
from tests.helpers.driving import Screen
from tests.helpers.jobs import wait_for_jobs
from tests.services.dx_data import fill_months


def test_feedback_wizard_preview_then_apply(
    qtbot: QtBot, db: Database, front: Actor, back: Actor, coordinator: Actor, tmp_path: Path, screen: Screen
) -> None:
    month = fill_months(db, front, back, coordinator)
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    batch = exchange.export_month(db, coordinator, "2026-11", stick)
    wb = openpyxl.load_workbook(batch.path)
    ws = wb["Rujukan"]
    safe.set_text(ws["J2"], "Ditelaah Lebih Lanjut")
    safe.set_text(ws["L2"], "Menunggu verifikasi dinas")
    safe.set_text(ws["A3"], "RJK/0000000000/2026/11/0042")
    safe.set_text(ws["J3"], "Disetujui")
    answer = stick / "balasan.xlsx"
    wb.save(answer)
    w = FeedbackWizard(AppContext(db, coordinator))
    qtbot.addWidget(w)
    w.show()
    w.file.edit.setText(str(answer))
    w.button_next.click()
    wait_for_jobs(qtbot)
    assert w.stack.currentIndex() == 1 and w.changes.source.rowCount() == 1
    assert w.problems.source.rowCount() == 1 and "1 nomor tidak dikenal" in w.preview_summary.text()
    assert referrals.get_referral(db, month.referral).status == "Dikirim"  # nothing saved yet
    w.button_next.click()  # Terapkan
    wait_for_jobs(qtbot)
    assert w.stack.currentIndex() == 2 and "1 rujukan" in w.summary.text()
    assert referrals.get_referral(db, month.referral).status == "Ditelaah Lebih Lanjut"
