"""Check a built bundle the way an office would use it: self-test, a demo village, a printed receipt and card.

    .venv/bin/python scripts/check_bundle.py dist/puskesos/puskesos        (`make dist` runs this)
    python scripts/check_bundle.py dist\\puskesos\\puskesos.exe            (the Windows workflow)

Everything runs in a temporary folder with its own HOME/APPDATA/ProgramData, so the bundle never sees the
data of the machine it is checked on. Exit 0 only if every step worked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUNDLED = [
    "docs/PANDUAN.md",
    "docs/images/main-window.png",
    "resources/translations/puskesos_en.qm",
    "resources/translations/qtbase_id.qm",
    "resources/icons/puskesos-256.png",
    "resources/icons/arrow-down@2x.png",
    "resources/styles/puskesos.qss",
    "resources/fonts/DejaVuSans.ttf",
    "puskesos_desktop/db/migrations/env.py",
]
STEP_TIMEOUT = 600  # seconds; the demo village is the slowest step (a few seconds here)


def run(exe: Path, args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    started = time.perf_counter()
    proc = subprocess.run(
        [str(exe), *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=STEP_TIMEOUT,
    )
    seconds = time.perf_counter() - started
    status = "ok   " if proc.returncode == 0 else "GAGAL"
    print(f"{status} {' '.join(args[:3])} ({seconds:.1f} s)")
    if proc.returncode != 0:
        sys.stdout.write(proc.stdout[-4000:])
        sys.stdout.write(proc.stderr[-4000:])
        raise SystemExit(f"bundle check failed: {' '.join(args)} exited {proc.returncode}")
    return proc


def check_pdf(path: Path, must_contain: str) -> None:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or len(data) < 1000:
        raise SystemExit(f"{path.name} is not a PDF")
    try:
        from pypdf import PdfReader
    except ImportError:  # the Windows workflow installs only the program: the header check must do
        return
    text = "".join(page.extract_text() or "" for page in PdfReader(path).pages)
    if must_contain not in text:
        raise SystemExit(f"{path.name} does not show {must_contain!r}")


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print(__doc__)
        return 2
    exe = Path(args[0]).resolve()
    if not exe.exists():
        print(f"no bundle at {exe}: build it first (make dist)", file=sys.stderr)
        return 1
    size = sum(f.stat().st_size for f in exe.parent.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"bundle {exe.parent} ({size / 1_000_000:.0f} MB)")
    # Files the window reads that no command touches: the guide, the translations, the icon, the fonts.
    inside = exe.parent / "_internal"
    for part in BUNDLED:
        if not (inside / part).is_file():
            raise SystemExit(f"the bundle lacks {part}")
    print(f"ok    {len(BUNDLED)} bundled files present")
    with tempfile.TemporaryDirectory(prefix="puskesos-bundle-") as tmp:
        work = Path(tmp)
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PUSKESOS_", "XDG_", "QT_")) and key not in ("PYTHONPATH", "PYTHONHOME")
        }
        env.update(
            QT_QPA_PLATFORM="offscreen",
            HOME=str(work / "home"),
            XDG_DATA_HOME=str(work / "data"),
            XDG_CONFIG_HOME=str(work / "config"),
            APPDATA=str(work / "appdata"),
            LOCALAPPDATA=str(work / "localappdata"),
            PROGRAMDATA=str(work / "programdata"),
            PYTHONUTF8="1",
        )
        env.setdefault("LANG", "C.UTF-8")
        db = work / "demo.sqlite3"
        run(exe, ["--version"], env, work)
        out = run(exe, ["--self-test"], env, work).stdout
        if "uji mandiri berhasil" not in out:
            raise SystemExit("self-test did not report success")
        demo_args = ["demo", "--db", str(db), "--residents", "150", "--seed", "3", "--json"]
        summary = json.loads(run(exe, demo_args, env, work).stdout)
        if summary.get("residents") != 150:
            raise SystemExit(f"demo made {summary.get('residents')} residents, not 150")
        complaints = json.loads(run(exe, ["list", "complaints", "--db", str(db), "--json"], env, work).stdout)
        if not complaints:
            raise SystemExit("the demo village has no complaints")
        number = complaints[0]["number"]
        receipt = work / "resi.pdf"
        run(exe, ["print", "receipt", number, "--db", str(db), "--out", str(receipt)], env, work)
        check_pdf(receipt, number)
        referrals = json.loads(run(exe, ["list", "referrals", "--db", str(db), "--json"], env, work).stdout)
        printable = [r for r in referrals if r.get("status") not in ("Menunggu Persetujuan", "Dibatalkan")]
        if printable:
            card = work / "kartu.pdf"
            run(exe, ["print", "card", printable[0]["number"], "--db", str(db), "--out", str(card)], env, work)
            check_pdf(card, printable[0]["number"])
        else:
            print("note  the demo village has no referral to print a card for")
    print("bundle check passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
