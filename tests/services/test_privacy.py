from __future__ import annotations

from pathlib import Path

import pytest

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import privacy
from puskesos_desktop.services.context import Actor, cli_actor
from puskesos_desktop.services.people import residents
from puskesos_desktop.services.reporting import lists

NIK = "6201025205900001"
KK = "6201021205900002"


def test_nik_for(front: Actor, head: Actor, coordinator: Actor, back: Actor, facilitator: Actor) -> None:
    assert privacy.nik_for(head, NIK) == "620102********01"
    for actor in (front, coordinator, back, facilitator, cli_actor(), None):
        assert privacy.nik_for(actor, NIK) == NIK
    assert privacy.nik_for(head, None) is None


def test_lists_mask_for_the_penanggung_jawab(db: Database, front: Actor, head: Actor) -> None:
    residents.create_resident(db, front, residents.ResidentInput(name="Siti Aminah", nik=NIK, kk=KK))
    full = lists.list_records(db, "residents", actor=front)[0]
    masked = lists.list_records(db, "residents", actor=head)[0]
    assert isinstance(full, lists.ResidentRow) and isinstance(masked, lists.ResidentRow)
    assert (full.nik, full.kk) == (NIK, KK)
    assert (masked.nik, masked.kk) == ("620102********01", "620102********02")
    assert masked.name == "Siti Aminah"
    assert lists.list_records(db, "residents")[0].nik == NIK  # no actor: a service's own use


# Backs up too: SQLite only until PostgreSQL backups (issue 15, item 6).
@pytest.mark.sqlite_only
def test_no_personal_data_in_log_records(
    db: Database, front: Actor, coordinator: Actor, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    """The program logs no names or NIKs (it writes no log file at all; this guards anything that logs)."""
    import logging

    from puskesos_desktop.core.errors import AuthError
    from puskesos_desktop.services.admin import auth, backup
    from puskesos_desktop.services.casework import complaints

    caplog.set_level(logging.DEBUG)
    r = residents.create_resident(db, front, residents.ResidentInput(name="Siti Aminah", nik=NIK, kk=KK))
    complaints.register_complaint(db, front, complaints.ComplaintInput(r.id, "Sosial", "Rumah bocor"))
    with pytest.raises(AuthError):
        auth.authenticate(db, "fo", "salah-sekali-1")
    backup.create_backup(db, coordinator, tmp_path / "c.sqlite3")
    text = "\n".join(rec.getMessage() for rec in caplog.records)
    assert NIK not in text and KK not in text and "Siti Aminah" not in text


def test_shield_hides_numbers_from_the_head_of_village(head: object, front: object) -> None:
    import dataclasses

    from puskesos_desktop.services import privacy

    @dataclasses.dataclass(frozen=True)
    class Row:
        nik: str | None
        kk: str | None
        name: str

    rows = [Row("6201025205900001", "6201021205900002", "Siti"), Row(None, None, "Tanpa NIK")]
    masked = privacy.shield(head, rows)  # type: ignore[arg-type]
    assert masked[0].nik == "620102********01" and masked[0].kk == "620102********02"
    assert masked[1].nik is None and masked[0].name == "Siti"
    assert privacy.shield(front, rows) == rows  # type: ignore[arg-type]
