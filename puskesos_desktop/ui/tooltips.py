"""Tooltips on form fields (issue 8, part 4: "tooltips on every field").

A form sets each field's tooltip through the field's label, so the text sits on both the field (where the keyboard
is) and its label (where the mouse points), and forms need not know each other's widget names.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def field_tip(label: QLabel, text: str) -> None:
    """`text` (already translated) on the field `label` is the buddy of, and on the label itself."""
    label.setToolTip(text)
    buddy: QWidget | None = label.buddy()
    if buddy is not None:
        buddy.setToolTip(text)
