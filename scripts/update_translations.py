"""Refresh resources/translations/puskesos_en.ts from the source (pyside6-lupdate), keeping every translation.

    .venv/bin/python scripts/update_translations.py   (then translate in pyside6-linguist; `make translations`)

Indonesian is the source language: the strings in `self.tr("…")`, `QCoreApplication.translate(ctx, "…")` and
`QT_TRANSLATE_NOOP(ctx, "…")` under puskesos_desktop/ui. lupdate merges: translations of strings still in the code
are kept, strings that vanished from the code are dropped (git keeps their history). qtbase_id.ts (Qt's own
buttons in Indonesian) is kept by hand and never touched here.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "puskesos_desktop" / "ui"
TS_DIR = ROOT / "resources" / "translations"
TARGETS = {"en": TS_DIR / "puskesos_en.ts"}


def lupdate() -> str:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    return str(exe) if exe.exists() else (shutil.which("pyside6-lupdate") or "pyside6-lupdate")


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def update(language: str, ts: Path, quiet: bool = False) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    # A list file keeps the command line short on Windows however many modules the UI grows to.
    listing = ts.with_suffix(".lst")
    listing.write_text("\n".join(str(p) for p in source_files()) + "\n", encoding="utf-8")
    try:
        cmd = [
            lupdate(),
            "-extensions",
            "py",
            "-locations",
            "relative",
            "-no-obsolete",
            "-source-language",
            "id_ID",
            "-target-language",
            language,
            f"@{listing}",
            "-ts",
            str(ts),
        ]
        if quiet:
            cmd.insert(1, "-silent")
        subprocess.run(cmd, check=True, cwd=ROOT)
    finally:
        listing.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    for language, ts in TARGETS.items():
        update(language, ts, quiet=args.quiet)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
