"""scripts/check_pins.py: pins agree with the lock, and what the code imports is declared where it may be used."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import check_pins  # noqa: E402
import pytest  # noqa: E402


def test_imports_that_never_run_do_not_count(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "from __future__ import annotations\n"
        "from typing import TYPE_CHECKING\n"
        "import xlsxwriter.worksheet\n"
        "from . import sibling\n"
        "if TYPE_CHECKING:\n"
        "    from openpyxl.cell.cell import Cell\n"
        "def later() -> None:\n"
        "    import psutil\n",
        encoding="utf-8",
    )
    assert set(check_pins.imported([module])) == {"__future__", "typing", "xlsxwriter", "psutil"}


def test_an_undeclared_import_is_named_with_its_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # A copy of the tree's declarations, with a product module that imports the test-only openpyxl.
    (tmp_path / "puskesos_desktop" / "devtools" / "bench").mkdir(parents=True)
    (tmp_path / "tests").mkdir()
    (tmp_path / "scripts").mkdir()
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "puskesos_desktop" / "reader.py").write_text("import openpyxl\nimport olefile\n", encoding="utf-8")
    monkeypatch.setattr(check_pins, "ROOT", tmp_path)
    found = check_pins.import_problems()
    assert any("the program imports openpyxl (puskesos_desktop/reader.py)" in p for p in found), found
    assert not any("olefile" in p for p in found)
    # Runtime dependencies this tiny program never imports are reported too.
    assert any("reportlab is never imported by the program" in p for p in found)


@pytest.mark.untraced  # reads the source as text (tests/helpers/coverage_scope.py)
def test_the_tree_agrees() -> None:
    assert check_pins.problems() == []
