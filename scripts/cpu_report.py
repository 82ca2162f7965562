"""Sums what tests/helpers/cpu_report.py recorded: CPU seconds by test folder and module, and the costliest tests.

PUSKESOS_CPU_REPORT=/tmp/cpu QT_QPA_PLATFORM=offscreen .venv/bin/pytest -n 2 …
.venv/bin/python scripts/cpu_report.py /tmp/cpu [--top 40]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    per_test: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for path in sorted(args.folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            per_test[row["test"]][row["phase"]] += row["cpu"] + row["children"]
            per_test[row["test"]]["children"] += row["children"]
    folders: dict[str, float] = defaultdict(float)
    modules: dict[str, float] = defaultdict(float)
    for test, phases in per_test.items():
        total = phases["setup"] + phases["call"] + phases["teardown"]
        module = test.split("::")[0]
        modules[module] += total
        folders[module.rsplit("/", 1)[0]] += total
    grand = sum(folders.values())
    print(f"{len(per_test)} tests, {grand:.1f} CPU-s in tests (collection and start-up not included)\n")
    print("by folder:")
    for name, cpu in sorted(folders.items(), key=lambda kv: -kv[1]):
        print(f"  {cpu:8.1f}  {name}")
    print(f"\nmodules, costliest {args.top}:")
    for name, cpu in sorted(modules.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"  {cpu:8.1f}  {name}")
    print(f"\ntests, costliest {args.top} (set-up / call / teardown / of which started processes):")
    ranked = sorted(per_test.items(), key=lambda kv: -(kv[1]["setup"] + kv[1]["call"] + kv[1]["teardown"]))
    for test, p in ranked[: args.top]:
        print(f"  {p['setup']:6.1f} {p['call']:6.1f} {p['teardown']:5.1f} {p['children']:6.1f}  {test}")


if __name__ == "__main__":
    main()
