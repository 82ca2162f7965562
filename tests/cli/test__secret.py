"""cli/commands/_secret.py: a password from --password, else typed twice at a terminal, else one line of stdin (a
scheduled job); refused in Indonesian when none is given and one is needed."""

from __future__ import annotations

import io
import sys

import pytest

from puskesos_desktop.cli.commands import _secret
from puskesos_desktop.core.errors import ValidationError


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_option_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("dari-stdin\n"))
    assert _secret.password("Sandi-1") == "Sandi-1"
    assert _secret.password("") == ""  # given, even empty: the service judges it


def test_one_line_of_stdin_without_its_line_end(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Rahasia 2026\r\nbaris kedua\n"))
    assert _secret.password(None) == "Rahasia 2026"


def test_nothing_given_is_refused_unless_optional(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    with pytest.raises(ValidationError) as caught:
        _secret.password(None)
    assert caught.value.field == "--password" and "ketik di terminal" in caught.value.message
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert _secret.password(None, required=False) == ""
    monkeypatch.setattr(sys, "stdin", None)  # pythonw: no stdin at all
    with pytest.raises(ValidationError, match="berikan --password"):
        _secret.password(None)
    assert _secret.password(None, required=False) == ""


def test_at_a_terminal_a_new_password_is_typed_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal())
    typed = iter(["Baru-2026", "Baru-2026", "Baru-2026", "Lain-2026", "Sekali"])
    prompts: list[str] = []

    def getpass(prompt: str) -> str:
        prompts.append(prompt)
        return next(typed)

    monkeypatch.setattr(_secret.getpass, "getpass", getpass)
    assert _secret.password(None, "Kata sandi baru: ", confirm=True) == "Baru-2026"
    assert prompts == ["Kata sandi baru: ", "Ulangi kata sandi: "]
    with pytest.raises(ValidationError, match="Kedua kata sandi tidak sama"):
        _secret.password(None, confirm=True)
    assert _secret.password(None) == "Sekali"  # an existing password: asked once
