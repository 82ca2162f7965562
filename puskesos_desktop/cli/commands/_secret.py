"""Passwords on the command line: --password P, else typed at a terminal (twice when new), else one line of stdin.

stdin serves scheduled jobs (`echo … | puskesos user reset-password …`); a password in argv is visible to other
accounts on the PC in the process list, so the prompt is the safer way at a terminal.
"""

from __future__ import annotations

import getpass
import sys

from puskesos_desktop.core.errors import ValidationError


def password(given: str | None, prompt: str = "Kata sandi: ", *, confirm: bool = False, required: bool = True) -> str:
    if given is not None:
        return given
    if sys.stdin is None:
        if required:
            raise ValidationError("Kata sandi diperlukan: berikan --password.", "--password")
        return ""
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Ulangi kata sandi: ") != first:
            raise ValidationError("Kedua kata sandi tidak sama.", "--password")
        return first
    line = sys.stdin.readline().rstrip("\r\n")
    if not line and required:
        raise ValidationError("Kata sandi diperlukan: berikan --password atau ketik di terminal.", "--password")
    return line
