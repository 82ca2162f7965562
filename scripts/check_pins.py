"""`make test`: the dependency pins agree.

pyproject.toml names what the program and its tests import, each pinned exactly (==); constraints.txt is the lock
with every package of the environment (direct and transitive) pinned. This check fails when a pin in pyproject.toml
differs from the lock, when a dependency is missing from the lock, or when a pin is not exact.

It also reads the imports (issue 18 §6): whatever the program imports at run time must be a runtime dependency (the
benchmark's packages may come from the `bench` extra), whatever tests and scripts import must be declared (runtime or
`dev`), and a runtime dependency the program never imports is a mistake unless RUNTIME_UNIMPORTED says why.
Imports under `if TYPE_CHECKING:` do not count: they never run.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from collections.abc import Iterator
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def lock() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[canonical(name)] = version.strip()
    return pins


def declared() -> dict[str, list[str]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    groups = {"dependencies": project.get("dependencies", [])}
    groups.update({f"[{k}]": v for k, v in project.get("optional-dependencies", {}).items()})
    return groups


# Runtime dependencies no module imports by name, and why they are needed anyway.
RUNTIME_UNIMPORTED = {
    "psycopg": "SQLAlchemy loads it for postgresql+psycopg:// URLs",
    "rl-accel": "reportlab loads its C accelerator (_rl_accel) itself when it is installed",
}


def _requirement_name(requirement: str) -> str:
    return canonical(re.split(r"[\[=<>!~;\s]", requirement.strip(), maxsplit=1)[0])


def _statements(body: list[ast.stmt], skipped: bool) -> Iterator[tuple[ast.stmt, bool]]:
    """Every statement, nested ones included, with whether it sits inside an `if TYPE_CHECKING:` block. Imports are
    statements: expressions are not walked (walking every node made this check cost ~6 CPU-s, in make test twice)."""
    for node in body:
        yield node, skipped
        if isinstance(node, ast.If):
            inside = skipped or "TYPE_CHECKING" in ast.unparse(node.test)
            yield from _statements(node.body, inside)
            yield from _statements(node.orelse, skipped)
            continue
        for name in ("body", "orelse", "finalbody"):
            yield from _statements(getattr(node, name, []), skipped)
        for handler in getattr(node, "handlers", []):
            yield from _statements(handler.body, skipped)
        for case in getattr(node, "cases", []):
            yield from _statements(case.body, skipped)


def imported(paths: list[Path]) -> dict[str, Path]:
    """Top-level names of the absolute imports that run, each with one file that imports it."""
    found: dict[str, Path] = {}
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node, skipped in _statements(tree.body, False):
            if skipped or not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            if isinstance(node, ast.ImportFrom):
                names = [node.module] if node.module and node.level == 0 else []
            else:
                names = [a.name for a in node.names]
            for name in names:
                found.setdefault(name.split(".")[0], path)
    return found


def import_problems() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project.get("optional-dependencies", {})
    runtime = {_requirement_name(r) for r in project.get("dependencies", [])}
    bench = {_requirement_name(r) for r in extras.get("bench", [])}
    dev = {_requirement_name(r) for r in extras.get("dev", [])}
    owners = packages_distributions()
    local = {p.stem for p in (ROOT / "scripts").glob("*.py")} | {"puskesos_desktop", "tests", "main"}
    package = ROOT / "puskesos_desktop"
    benchmark = package / "devtools" / "bench"
    product = [p for p in package.rglob("*.py") if benchmark not in p.parents]
    checks = [
        ("the program", product, runtime),
        ("the benchmark", sorted(benchmark.rglob("*.py")), runtime | bench),
        ("a test or script", [*(ROOT / "tests").rglob("*.py"), *(ROOT / "scripts").glob("*.py")], runtime | dev),
    ]
    found: list[str] = []
    used: set[str] = set()
    for who, paths, allowed in checks:
        for name, path in sorted(imported(paths).items()):
            if name in sys.stdlib_module_names or name in local:
                continue
            distributions = {canonical(d) for d in owners.get(name, [])}
            if not distributions:
                found.append(f"{path.relative_to(ROOT)} imports {name}, which no installed package provides")
            elif not distributions & allowed:
                found.append(
                    f"{who} imports {name} ({path.relative_to(ROOT)}) but pyproject.toml does not declare "
                    f"{' or '.join(sorted(distributions))} where {who} may use it"
                )
            if who == "the program":
                used |= distributions
    for name in sorted(runtime - used - set(RUNTIME_UNIMPORTED)):
        found.append(f"dependencies: {name} is never imported by the program (an extra, or RUNTIME_UNIMPORTED)")
    return found


def problems() -> list[str]:
    pins = lock()
    found: list[str] = import_problems()
    for group, requirements in declared().items():
        for requirement in requirements:
            spec = requirement.split(";", 1)[0].strip()
            match = re.fullmatch(r"([A-Za-z0-9_.\-]+)(\[[^\]]*\])?\s*==\s*([^\s,]+)", spec)
            if not match:
                found.append(f"{group}: {requirement!r} is not pinned exactly (name==version)")
                continue
            name, version = canonical(match.group(1)), match.group(3)
            if name not in pins:
                found.append(f"{group}: {match.group(1)} is not in constraints.txt")
            elif pins[name] != version:
                found.append(f"{group}: {match.group(1)}=={version} but constraints.txt has {pins[name]}")
    return found


def main() -> int:
    found = problems()
    for problem in found:
        print(f"check_pins: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
