"""Modules with logic (at least one function) that no test module is named after: tests mirror the tree by name,
`puskesos_desktop/top/…/name.py` ↔ `tests/top/…/test_name.py` (in the same top folder: `excel/feedback.py` is not
tested by `tests/services/exchange/test_feedback.py`). Prints one path per line; --count prints the number.

    python scripts/untested_modules.py [--count]

Devtools (demo, soak, bench) and migrations are left out: they are exercised by their own commands. A module whose
only functions are private helpers its own top-level code calls while it is imported (building a table of columns,
say) holds declarations, not logic: the tests of the modules that use the table exercise it.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def has_logic(tree: ast.Module) -> bool:
    """A function or method other than a private helper that only the module's own top-level statements call."""
    functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
    top = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("_")}
    # Names used inside any function body: a helper used there runs when something is called, not at import.
    used_in_bodies = {n.id for f in functions for stmt in f.body for n in ast.walk(stmt) if isinstance(n, ast.Name)}
    builders = {name for name in top if name not in used_in_bodies}
    return any(f.name not in builders or f not in tree.body for f in functions)


def untested() -> list[Path]:
    # (top folder, module name) of every test module: tests/excel/x/test_safe.py → ("excel", "safe").
    tested = set()
    for test in (ROOT / "tests").rglob("test_*.py"):
        parts = test.relative_to(ROOT / "tests").parts
        tested.add((parts[0] if len(parts) > 1 else "", test.stem.removeprefix("test_")))
    found = []
    for path in sorted((ROOT / "puskesos_desktop").rglob("*.py")):
        rel = path.relative_to(ROOT)
        parts = path.relative_to(ROOT / "puskesos_desktop").parts
        top = parts[0] if len(parts) > 1 else ""
        if path.name == "__init__.py" or {"migrations", "devtools"} & set(rel.parts) or (top, path.stem) in tested:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if has_logic(tree):
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
