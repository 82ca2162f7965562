"""printing/contact_sheet.py: a proposal's house photos with what each shows, when and where it was taken (or that
it was not recorded), for the district."""

import datetime as dt

from puskesos_desktop.devtools import photos
from puskesos_desktop.printing import contact_sheet
from puskesos_desktop.printing.data import ContactSheet, HousePhoto

from . import helpers, samples

USL = "USL/6201022001/2026/11/0004"


def _photo(kind: str, **kw: object) -> HousePhoto:
    return HousePhoto(USL, "Siti Aminah", kind, photos.photo(64, 48), **kw)  # type: ignore[arg-type]


def test_a_caption_says_what_when_and_where() -> None:
    front = _photo("Foto rumah depan", taken_at=dt.datetime(2026, 11, 20, 9, 15), gps=(-2.2084721, 113.9170139))
    assert contact_sheet.caption(front) == "Foto rumah depan · 20 November 2026 pukul 09.15 · -2.20847, 113.91701"
    inside = _photo("Foto rumah dalam")
    assert contact_sheet.caption(inside) == "Foto rumah dalam · waktu tidak tercatat · tanpa lokasi GPS"


def test_the_sheet_carries_every_photo_and_its_caption() -> None:
    shots = (
        _photo("Foto rumah depan", taken_at=dt.datetime(2026, 11, 20, 9, 15), gps=(-2.20847, 113.91701)),
        _photo("Foto rumah dalam"),
        _photo("Foto toilet"),
        _photo("Foto dapur"),
    )
    pdf = contact_sheet.contact_sheet(ContactSheet(samples.office(), "Lampiran Foto Usulan", shots))
    text = " ".join(helpers.text(pdf).split())
    assert "LAMPIRAN FOTO USULAN" in text and USL in text and "Siti Aminah" in text
    assert all(kind in text for kind in ("Foto rumah depan", "Foto rumah dalam", "Foto toilet", "Foto dapur"))
    assert "-2.20847, 113.91701" in text and text.count("tanpa lokasi GPS") == 3
    assert sum(len(p.images) for p in helpers.pages(pdf)) >= len(shots)  # the logo may be one more
    assert contact_sheet.appendix((), 100, None) == []  # type: ignore[arg-type]  # no photos: no extra page
