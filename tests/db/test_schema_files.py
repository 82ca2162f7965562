"""db/schema_files.py: the head revision read from the migration scripts' text (no Alembic), the same as Alembic's;
branches, merges and scripts without a revision line; None when the scripts cannot be read."""

from __future__ import annotations

from pathlib import Path

import pytest

from puskesos_desktop.db import schema_files
from puskesos_desktop.db.engine import open_database
from puskesos_desktop.db.schema_files import script_heads


def test_heads_read_from_the_scripts_match_alembic(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    assert script_heads() == {db.head_revision()}
    assert db.stored_revisions() == script_heads()
    db.dispose()


def _scripts(folder: Path, **revisions: str) -> Path:
    (folder / "versions").mkdir(parents=True)
    for name, text in revisions.items():
        (folder / "versions" / f"{name}.py").write_text(text, encoding="utf-8")
    return folder


def test_branches_and_merges_from_the_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _scripts(
        tmp_path / "migrations",
        a='"""dasar"""\nrevision = "0001"\ndown_revision = None\n',
        b="revision: str = '0002'\ndown_revision: str | None = '0001'\n",
        c='revision = "0003"\ndown_revision = "0001"\n',  # a second branch from 0001
        d="# no revision line: not a migration script\nx = 1\n",
    )
    monkeypatch.setattr(schema_files, "migrations_dir", lambda: folder)
    assert schema_files.script_revisions() == {"0001": set(), "0002": {"0001"}, "0003": {"0001"}}
    assert script_heads() == {"0002", "0003"}
    (folder / "versions" / "e.py").write_text('revision = "0004"\ndown_revision = ("0002", "0003")\n', encoding="utf-8")
    assert script_heads() == {"0004"}  # the merge joins both branches


def test_no_readable_scripts_is_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema_files, "migrations_dir", lambda: tmp_path / "tidak-ada")
    assert schema_files.script_revisions() is None and script_heads() is None
    empty = _scripts(tmp_path / "kosong")
    monkeypatch.setattr(schema_files, "migrations_dir", lambda: empty)
    assert script_heads() is None
