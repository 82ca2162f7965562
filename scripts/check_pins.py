"""`make test`: the dependency pins agree.

pyproject.toml names what the program and its tests import, each pinned exactly (==); constraints.txt is the lock
with every package of the environment (direct and transitive) pinned. This check fails when a pin in pyproject.toml
differs from the lock, when a dependency is missing from the lock, or when a pin is not exact.
"""

from __future__ import annotations

import re
import sys
import tomllib
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


def problems() -> list[str]:
    pins = lock()
    found: list[str] = []
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
