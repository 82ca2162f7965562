"""Modules with logic (at least one function) that no test module is named after: tests mirror the tree by name,
`puskesos_desktop/x/y/name.py` ↔ `tests/…/test_name.py`. Prints one path per line; --count prints the number.

    python scripts/untested_modules.py [--count]

Devtools (demo, soak, bench) and migrations are left out: they are exercised by their own commands.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def untested() -> list[Path]:
    tested = {p.stem.removeprefix("test_") for p in (ROOT / "tests").rglob("test_*.py")}
    found = []
    for path in sorted((ROOT / "puskesos_desktop").rglob("*.py")):
        rel = path.relative_to(ROOT)
        if path.name == "__init__.py" or {"migrations", "devtools"} & set(rel.parts) or path.stem in tested:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) for n in ast.walk(tree)):
            found.append(rel)
    return found


def main() -> int:
    found = untested()
    if "--count" in sys.argv:
        print(len(found))
    else:
        print("\n".join(str(p) for p in found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
