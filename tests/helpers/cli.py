"""The command line run in this process (``cli.main.main``): no interpreter start and no imports paid per command.
A test that needs a real process (exit codes from the OS, a terminal, stdin, a crash) starts one itself."""

from __future__ import annotations

import json
import subprocess

import pytest

from puskesos_desktop.cli.main import main


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> subprocess.CompletedProcess[str]:
    """``puskesos ARGS`` as a subprocess.run would report it: return code, stdout and stderr."""
    capsys.readouterr()  # what the test printed before is not the command's
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse's refusals
        code = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(["puskesos", *args], code, out, err)


def json_out(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    """What a `--json` command printed, as a dict."""
    return dict(json.loads(capsys.readouterr().out))
