"""Loose end of issue 13 §8: on read-only media people sign in, read, print and back up; nothing is recorded
(the audit trail cannot grow there) and the monthly batch, which must be recorded, is refused before any file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from puskesos_desktop.db import engine
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import auth
from puskesos_desktop.services.bootstrap import open_office_db
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import papers
from puskesos_desktop.services.exchange import batch as exchange
from tests.conftest import TEST_PASSWORD
from tests.services.test_data_safety import _complaint


def _entries(db: Database) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count(AuditEntry.id))).scalar_one())


@pytest.mark.sqlite_only  # read-only media: an SQLite file
def test_read_only_media_sign_in_print_and_refuse_the_batch_clearly(
    db: Database, coordinator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = _complaint(db, coordinator)
    db.dispose()
    monkeypatch.setattr(engine, "_writable", lambda _p: False)
    ro = open_office_db(db.url)
    try:
        assert ro.read_only
        before = _entries(ro)
        user = auth.authenticate(ro, coordinator.username, TEST_PASSWORD)  # before: "hanya dapat dibaca"
        actor = user.actor()
        with pytest.raises(auth.AuthError):
            auth.authenticate(ro, coordinator.username, "salah-sandi")
        pdf = papers.receipt_printout(ro, actor, number).recorded("printer")  # before: refused when recorded
        assert pdf.startswith(b"%PDF")
        audit.log(ro, actor, "report.print", "report", "2026-11")  # prints and exports log: nothing, no refusal
        auth.logout(ro, actor)
        stick = tmp_path / "flashdisk"
        stick.mkdir()
        with pytest.raises(engine.ReadOnlyDatabase, match="batch 2026-11 tidak dapat dicatat"):
            exchange.export_month(ro, actor, "2026-11", stick)
        assert list(stick.iterdir()) == []  # refused before any file was written
        assert _entries(ro) == before
    finally:
        ro.dispose()
