"""Regenerate the baseline migration from the models (only while no database of ours exists in the field).

Usage: .venv/bin/python scripts/regen_baseline.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from alembic import command

from puskesos_desktop.db.engine import Database, migrations_dir

baseline = migrations_dir() / "versions" / "0001_baseline.py"
baseline.unlink(missing_ok=True)
with tempfile.TemporaryDirectory() as tmp:
    db = Database(f"sqlite:///{Path(tmp) / 'x.sqlite3'}")
    command.revision(db.alembic_config(), message="baseline", autogenerate=True, rev_id="0001")
for f in (migrations_dir() / "versions").glob("0001_*.py"):
    if f != baseline:
        f.rename(baseline)
print(f"wrote {baseline}")
