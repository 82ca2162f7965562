"""A person's DTKS/DTSEN standing in the interface language.

services/registry_view.py (RegistryView.label) and printing/card.py (registry_line) word it in Indonesian for
documents and the CLI; screens show it through registry_label() so the English interface says it in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def registry_label(view: object) -> str:
    """`view`: a RegistryView (in_registry, was_in_registry) or a printing RegistryStatus (registered)."""
    listed = bool(getattr(view, "in_registry", getattr(view, "registered", False)))
    if not listed:
        if getattr(view, "was_in_registry", False):
            return QCoreApplication.translate("RegistryText", "Pernah terdaftar, tidak ada di data terbaru")
        return QCoreApplication.translate("RegistryText", "Tidak terdaftar")
    text = QCoreApplication.translate("RegistryText", "Terdaftar DTKS/DTSEN")
    desil = getattr(view, "desil", None)
    if desil is not None:
        text += QCoreApplication.translate("RegistryText", ", desil {0}").format(desil)
    return text
