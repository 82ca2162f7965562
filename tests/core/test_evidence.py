"""core/evidence.py, bytes in and bytes out: a photo turned upright, shrunk to 1600 px and stripped of its metadata
(time and GPS kept apart), transparency on white, a PDF kept as it is; an empty file refused before anything else.
(Through the attachments service, with what is stored: tests/services/people/test_attachments.py.)"""

from __future__ import annotations

import datetime as dt
import hashlib
import io

import pytest
from PIL import Image

from puskesos_desktop.core import evidence
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.devtools import photos

TAKEN = dt.datetime(2026, 11, 20, 9, 15, 0)


def test_a_phone_photo_is_upright_small_and_without_metadata() -> None:
    # Orientation 6: the camera was turned; the stored picture is the right way up, long side 1600.
    data = photos.photo(2000, 1500, orientation=6, taken_at=TAKEN, gps=(-2.208472, 113.917014))
    kept = evidence.prepare(data, "rumah.jpg")
    assert kept.mime == "image/jpeg" and (kept.width, kept.height) == (1200, 1600)
    assert kept.taken_at == TAKEN and kept.gps is not None
    assert kept.gps == pytest.approx((-2.208472, 113.917014), abs=1e-4)
    assert kept.source_sha256 == hashlib.sha256(data).hexdigest() != kept.sha256
    assert kept.sha256 == hashlib.sha256(kept.content).hexdigest()
    stored = Image.open(io.BytesIO(kept.content))
    assert not stored.getexif()  # no time, no position, no camera inside the stored file


def test_transparency_is_flattened_onto_white() -> None:
    out = io.BytesIO()
    Image.new("RGBA", (40, 30), (0, 0, 0, 0)).save(out, "PNG")
    kept = evidence.prepare(out.getvalue(), "tanda-tangan.png")
    assert (kept.width, kept.height, kept.taken_at, kept.gps) == (40, 30, None, None)
    pixel = Image.open(io.BytesIO(kept.content)).convert("RGB").getpixel((20, 15))
    assert isinstance(pixel, tuple) and min(pixel) > 245


def test_a_pdf_is_kept_byte_for_byte() -> None:
    pdf = photos.scan_pdf()
    kept = evidence.prepare(pdf, "kk.pdf")
    assert kept.content == pdf and kept.mime == "application/pdf" and kept.sha256 == kept.source_sha256
    assert (kept.width, kept.taken_at) == (None, None)


def test_sizes_are_checked_before_reading() -> None:
    with pytest.raises(ValidationError) as caught:
        evidence.prepare(b"", "kosong.jpg")
    assert caught.value.field == evidence.FIELD_FILE
    assert caught.value.message == "Berkas kosong.jpg kosong (0 byte). Pindai atau salin ulang berkasnya."
    evidence.check_size(evidence.MAX_INPUT_BYTES, "pas.jpg")
    with pytest.raises(ValidationError, match="terlalu besar .201 MB.; batasnya 40 MB untuk foto/pindaian"):
        evidence.check_size(201 * 1024 * 1024, "besar.tif")
