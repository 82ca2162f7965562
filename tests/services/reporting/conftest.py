"""The reports' village: every kind of row the monthly report and the dashboard count (report_data.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from tests.services import report_data
from tests.services.report_data import Village


@pytest.fixture
def village(db: Database, front: Actor, facilitator: Actor, fixed_now: dt.datetime) -> Village:
    return report_data.build(db, front, facilitator)
