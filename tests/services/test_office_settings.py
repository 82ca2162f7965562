"""Issue 18.3: the office's settings are one typed dataclass, read by one loader and changed by one audited save."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry, Setting
from puskesos_desktop.services import office
from puskesos_desktop.services.context import Actor


def _setting_audits(db: Database) -> list[str]:
    with db.read() as s:
        return list(
            s.execute(
                select(AuditEntry.entity_id).where(AuditEntry.action == "setting.update").order_by(AuditEntry.id)
            ).scalars()
        )


def test_defaults_until_something_is_stored(db: Database) -> None:
    assert office.load_settings(db) == office.DEFAULT_SETTINGS
    assert office.DEFAULT_SETTINGS.followup_days == 14 and office.DEFAULT_SETTINGS.receipt_layout == "A5"


def test_a_change_is_typed_written_and_audited_field_by_field(db: Database, coordinator: Actor) -> None:
    before = _setting_audits(db)
    saved = office.update_settings(
        db, coordinator, lambda st: dataclasses.replace(st, followup_days=21, referral_approval_required=False)
    )
    assert saved.followup_days == 21 and not saved.referral_approval_required
    loaded = office.load_settings(db)
    assert (loaded.followup_days, loaded.referral_approval_required, loaded.idle_lock_minutes) == (21, False, 10)
    assert sorted(_setting_audits(db)[len(before) :]) == ["followup_days", "referral_approval_required"]
    office.update_settings(db, coordinator, lambda st: st)  # nothing changed: nothing written
    assert len(_setting_audits(db)) == len(before) + 2


def test_unreadable_stored_values_give_the_default(db: Database, coordinator: Actor) -> None:
    with db.write() as s:
        s.add(Setting(key="followup_days", value='"dua minggu"'))
        s.add(Setting(key="referral_approval_required", value="1"))  # not a bool
        s.add(Setting(key="import_column_mapping", value="[1, 2]"))  # not a mapping
        s.add(Setting(key="idle_lock_minutes", value="{not json"))
        s.add(Setting(key="import_max_removed_percent", value="12"))  # a whole number is a fine percentage
    loaded = office.load_settings(db)
    assert loaded.followup_days == 14 and loaded.referral_approval_required is True
    assert loaded.import_column_mapping == {} and loaded.idle_lock_minutes == 10
    assert loaded.import_max_removed_percent == 12.0
