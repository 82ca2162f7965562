"""Issue 21: reportlab runs on its C accelerator (rl-accel): a card's PDF took ~30 % more CPU in pure Python."""

from __future__ import annotations

from reportlab.lib import rl_accel


def test_reportlab_uses_its_c_accelerator() -> None:
    for name in ("fp_str", "escapePDF", "asciiBase85Encode"):
        assert getattr(rl_accel, name).__module__ == "_rl_accel", name
