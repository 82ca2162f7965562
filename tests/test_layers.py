"""The layers, from the import graph (docs/DEVELOPING.md): core <- db <- services <- ui / cli; printing and excel
import only core; nothing below ui/ imports Qt; devtools is imported by nobody but the command line; no cycles.

Every import counts, including those inside functions (a lazy import is still a dependency).
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

# Static checks of the source text: coverage's tracer only slows them (tests/helpers/coverage_scope.py).
pytestmark = pytest.mark.untraced

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "puskesos_desktop"

# layer -> the layers it may import (besides itself). Top-level modules (config, __init__) are shared.
ALLOWED: dict[str, set[str]] = {
    "core": {"top"},
    "db": {"core", "top"},
    "printing": {"core", "top"},
    "excel": {"core", "top"},
    "services": {"core", "db", "printing", "excel", "top"},
    "devtools": {"core", "db", "printing", "excel", "services", "top", "ui", "cli"},
    "ui": {"core", "db", "printing", "excel", "services", "top"},
    "cli": {"core", "db", "printing", "excel", "services", "top", "ui", "devtools"},
    "top": {"core"},
    "entry": {"cli"},  # python -m puskesos_desktop
}
QT_FREE = {"core", "db", "printing", "excel", "services", "top"}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> str:
    parts = module.split(".")
    if len(parts) >= 2 and parts[1] == "__main__":
        return "entry"
    if len(parts) < 2 or parts[1] == "config":
        return "top"
    return parts[1] if parts[1] in ALLOWED else "top"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    me = module_name(path)
    package = me if path.name == "__init__.py" else me.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                mod = ".".join([*base, node.module] if node.module else base)
            else:
                mod = node.module or ""
            found.add(mod)
            found.update(f"{mod}.{a.name}" for a in node.names)
    return found


@functools.cache  # parsed once for the three tests (~2 CPU-s each); they only read it
def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PKG.rglob("*.py") if "migrations" not in p.parts}
    edges: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for imported in imports_of(path):
            if imported.startswith("PySide6") or imported.startswith("shiboken6"):
                targets.add("Qt")
            elif imported in modules:
                targets.add(imported)
        edges[name] = targets
    return edges


def test_layers_import_only_what_they_may() -> None:
    wrong = []
    for module, targets in graph().items():
        mine = layer_of(module)
        for target in targets:
            if target == "Qt":
                if mine in QT_FREE:
                    wrong.append(f"{module} imports Qt")
                continue
            theirs = layer_of(target)
            if theirs != mine and theirs not in ALLOWED[mine]:
                wrong.append(f"{module} ({mine}) imports {target} ({theirs})")
    assert not wrong, "\n".join(sorted(wrong))


def test_the_product_never_imports_devtools() -> None:
    wrong = [
        f"{module} imports {target}"
        for module, targets in graph().items()
        for target in targets
        if target.startswith("puskesos_desktop.devtools")
        and layer_of(module) not in ("devtools", "cli")
    ]
    assert not wrong, "\n".join(sorted(wrong))


def test_no_import_cycles_between_modules() -> None:
    edges = graph()
    edges = {k: {t for t in v if t != "Qt"} for k, v in edges.items()}
    # Python's package __init__ imports are not cycles of meaning: leave out edges into a package's own __init__.
    cycles = _cycles(edges)
    assert not cycles, "\n".join(" -> ".join(c) for c in cycles)


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def strongconnect(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w == v or w.startswith(v + ".") or v.startswith(w + "."):
                continue  # a package and its own modules
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    import sys

    sys.setrecursionlimit(10_000)
    for v in list(edges):
        if v not in index:
            strongconnect(v)
    return found
