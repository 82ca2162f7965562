"""scripts/update_translations.py keeps translations and finds table headers; build_translations.py compiles."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import build_translations  # noqa: E402
import update_translations  # noqa: E402


def translations(ts: Path) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message.findtext("translation") or ""
    return out


@pytest.mark.untraced  # reads the source as text (tests/helpers/coverage_scope.py)
def test_update_keeps_translations_and_adds_column_headers(tmp_path: Path) -> None:
    ts = tmp_path / "puskesos_en.ts"
    shutil.copy(update_translations.TARGETS["en"], ts)
    update_translations.update("en", ts, quiet=True)
    found = translations(ts)
    assert found[("MainWindow", "&Berkas")] == "&File"  # kept
    assert ("RowTableModel", "NIK") in found  # a Column("nik", "NIK") header, collected for lupdate
    assert not list(tmp_path.glob("*.lst"))


def test_column_headers_are_read_from_the_code(tmp_path: Path) -> None:
    source = tmp_path / "tab.py"
    source.write_text(
        'COLUMNS = [Column("a", "Nama warga"), models.Column("b", "Tanggal", getter), Column("c", header)]\n',
        encoding="utf-8",
    )
    assert update_translations.column_headers([source]) == ["Nama warga", "Tanggal"]


def test_build_compiles_every_ts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    monkeypatch.setattr(build_translations, "TS_DIR", tmp_path)
    assert build_translations.main() == 0
    assert {p.name for p in tmp_path.glob("*.qm")} == {"puskesos_en.qm", "qtbase_id.qm"}
