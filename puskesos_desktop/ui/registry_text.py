"""A person's DTKS/DTSEN standing in the interface language.

services/registry_view.py (RegistryView.label) and printing/card.py (registry_line) word it in Indonesian for
documents and the CLI; screens show it through registry_label() so the English interface says it in English.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from puskesos_desktop.core import clock, fmt
from puskesos_desktop.services.registry.desil import programme_label


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


def desil_text(standing: object) -> str:
    """Issue 16: "Desil 3 (data 12 Oktober 2026): memenuhi batas desil PKH, BPNT, PBI-JK — belum menerima PBI-JK".

    ``standing``: a services.registry.desil.Standing, or a search hit (desil, desil_date, eligible_programmes,
    missing_programmes). Empty when no desil is known."""
    value = getattr(standing, "desil", None)
    if value is None:
        return ""
    day = getattr(standing, "desil_date", None)
    eligible = getattr(standing, "eligible", None) or getattr(standing, "eligible_programmes", ())
    missing = getattr(standing, "missing", None) or getattr(standing, "missing_programmes", ())
    head = QCoreApplication.translate("RegistryText", "Desil {0}").format(value)
    if day is not None:
        head += " " + QCoreApplication.translate("RegistryText", "(data {0})").format(fmt.tanggal(day))
    if not eligible:
        return head + ": " + QCoreApplication.translate("RegistryText", "di atas batas desil program yang tercatat")
    text = (
        head
        + ": "
        + QCoreApplication.translate("RegistryText", "memenuhi batas desil {0}").format(
            ", ".join(programme_label(c) for c in eligible)
        )
    )
    if missing:
        return (
            text
            + " — "
            + QCoreApplication.translate("RegistryText", "belum menerima {0}").format(
                ", ".join(programme_label(c) for c in missing)
            )
        )
    return text + " — " + QCoreApplication.translate("RegistryText", "sudah menerima semuanya")


def registry_age_text(age: object) -> str:
    """Issue 16: "Data DTKS/DTSEN per 1 Oktober 2026 (62 hari)", with a warning when older than the setting.

    ``age``: a services.registry.desil.RegistryAge."""
    day = getattr(age, "data_date", None)
    if day is None:
        return QCoreApplication.translate("RegistryText", "Belum ada data DTKS/DTSEN yang diimpor.")
    text = QCoreApplication.translate("RegistryText", "Data DTKS/DTSEN per {0} ({1} hari)").format(
        fmt.tanggal(day), getattr(age, "age_days", 0)
    )
    if getattr(age, "stale", False):
        text += QCoreApplication.translate(
            "RegistryText", ": lebih tua dari {0} hari — minta data terbaru ke kabupaten"
        ).format(getattr(age, "max_days", 0))
    return text


def _window_label(key: str) -> str:
    labels = {
        "musdesus": QCoreApplication.translate("RegistryText", "Musdesus"),
        "siks_ng": QCoreApplication.translate("RegistryText", "Input SIKS-NG"),
        "pbi": QCoreApplication.translate("RegistryText", "Usulan PBI-JK"),
    }
    return labels.get(key, key)


def _occurrence(o: Any) -> str:
    start, end = o.start, o.end
    when = f"{start.day}–{fmt.tanggal(end)}" if start.month == end.month else f"{fmt.tanggal(start)}–{fmt.tanggal(end)}"
    return f"{_window_label(getattr(o, 'key', ''))} {when}"


def calendar_text(line: object) -> str:
    """Issue 16 §7: "Jadwal DTSEN: Musdesus 1–14 Desember 2026; Input SIKS-NG 1–11 Desember 2026; …".

    ``line``: a services.registry.district_calendar.CalendarLine."""
    upcoming = getattr(line, "upcoming", ())
    if not upcoming:
        return ""
    return QCoreApplication.translate("RegistryText", "Jadwal DTSEN: {0}").format("; ".join(map(_occurrence, upcoming)))


def calendar_reminder(line: Any) -> str:
    """"Input SIKS-NG ditutup 11 Desember 2026 (2 hari lagi): 5 usulan masih Draf."; empty when nothing closes soon."""
    closing = getattr(line, "closing", ())
    if not closing:
        return ""
    today = clock.today()
    parts = []
    for o in closing:
        left = (o.end - today).days
        when = (
            QCoreApplication.translate("RegistryText", "hari ini")
            if left == 0
            else QCoreApplication.translate("RegistryText", "{0} hari lagi").format(left)
        )
        parts.append(
            QCoreApplication.translate("RegistryText", "{0} ditutup {1} ({2})").format(
                _window_label(o.key), fmt.tanggal(o.end), when
            )
        )
    return "; ".join(parts) + ": " + QCoreApplication.translate("RegistryText", "{0} usulan masih Draf.").format(
        getattr(line, "drafts", 0)
    )
