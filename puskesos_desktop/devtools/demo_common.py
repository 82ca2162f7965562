"""What the demo village's stages share: the summary they fill, the type of a stage, the clock set for a while."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from puskesos_desktop.core import clock
from puskesos_desktop.db.engine import Database


@dataclass
class DemoSummary:
    residents: int = 0
    households: int = 0
    registry_records: int = 0
    complaints: int = 0
    extra: dict[str, int] = field(default_factory=dict)


DemoStage = Callable[[Database, random.Random, DemoSummary, list[dt.date]], None]

clock_at = clock.frozen_at  # the stages' name for the one clock override (core/clock.py)
