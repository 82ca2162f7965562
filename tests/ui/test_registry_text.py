"""The registry's sentences on screen: listed or not (and desil), the desil standing, the data's age."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace as NS

from puskesos_desktop.ui.registry_text import desil_text, registry_age_text, registry_label


def test_registry_label(qapp: object) -> None:
    assert registry_label(NS(in_registry=True, desil=3)) == "Terdaftar DTKS/DTSEN, desil 3"
    assert registry_label(NS(registered=True)) == "Terdaftar DTKS/DTSEN"  # a printed RegistryStatus
    assert registry_label(NS(in_registry=False, was_in_registry=True)) == "Pernah terdaftar, tidak ada di data terbaru"
    assert registry_label(NS(in_registry=False)) == "Tidak terdaftar"


def test_desil_text(qapp: object) -> None:
    day = dt.date(2026, 10, 12)
    assert desil_text(NS(desil=None)) == ""
    missing = NS(desil=3, desil_date=day, eligible=("PKH", "BPNT"), missing=("BPNT",))
    assert desil_text(missing).startswith("Desil 3 (data 12 Oktober 2026): memenuhi batas desil PKH, ")
    assert desil_text(missing).endswith(" — belum menerima BPNT")
    hit = NS(desil=3, desil_date=None, eligible_programmes=("PKH",), missing_programmes=())  # a search hit
    assert desil_text(hit) == "Desil 3: memenuhi batas desil PKH — sudah menerima semuanya"
    assert desil_text(NS(desil=9, desil_date=None, eligible=())) == (
        "Desil 9: di atas batas desil program yang tercatat"
    )


def test_registry_age_text(qapp: object) -> None:
    assert registry_age_text(NS(data_date=None)) == "Belum ada data DTKS/DTSEN yang diimpor."
    fresh = NS(data_date=dt.date(2026, 10, 1), age_days=62, stale=False)
    assert registry_age_text(fresh) == "Data DTKS/DTSEN per 1 Oktober 2026 (62 hari)"
    old = NS(data_date=dt.date(2026, 1, 1), age_days=334, stale=True, max_days=180)
    assert registry_age_text(old).endswith(": lebih tua dari 180 hari — minta data terbaru ke kabupaten")
