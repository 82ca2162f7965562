"""Checking and shrinking a scan or photo before it is kept on a case (issue 20). Pure: bytes in, bytes out.

Images are re-encoded with Pillow: orientation from EXIF applied, long side at most 1600 px, JPEG, metadata
dropped (the time and GPS position read from EXIF are kept in their own columns instead). PDFs are kept as they
are up to 10 MB. Anything else — a renamed program, a decompression bomb, a damaged JPEG, a file far too big — is
refused with a sentence that says what to do, and nothing is stored. Memory stays bounded: the caller checks the
size on disk before reading (`check_size`), and JPEGs are decoded already scaled down (Pillow's draft mode).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import struct
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from puskesos_desktop.core.errors import ValidationError

MAX_PDF_BYTES = 10 * 1024 * 1024
# A phone photo is 2–12 MB, a 600-dpi colour scan as PNG/TIFF can reach ~40; beyond that it is not a document.
MAX_IMAGE_BYTES = 40 * 1024 * 1024
MAX_INPUT_BYTES = MAX_IMAGE_BYTES
LONG_SIDE = 1600
JPEG_QUALITY = 82
# Pixels an image may declare: 178 MP (Pillow's own hard limit, twice MAX_IMAGE_PIXELS) covers a 108 MP phone
# camera; a bomb declares far more than its bytes hold. Pillow's warning below that is ours to judge (ignored).
MAX_DECLARED_PIXELS = 2 * (Image.MAX_IMAGE_PIXELS or 89_478_485)
# Pixels actually decoded (after JPEG draft scaling): ~50 MP is ~150 MB of RGB at worst.
MAX_DECODED_PIXELS = 50_000_000
IMAGE_FORMATS = frozenset({"JPEG", "PNG", "TIFF", "WEBP", "BMP"})

FIELD_FILE = "Berkas"

_EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xfe\xed\xfa\xcf", b"#!", b"PK\x03\x04")


@dataclass(frozen=True)
class Evidence:
    """What is stored: the bytes, their type and what was read from the original."""

    content: bytes
    mime: str  # image/jpeg or application/pdf
    sha256: str  # of content
    source_sha256: str  # of the file as it came
    width: int | None
    height: int | None
    taken_at: dt.datetime | None
    gps: tuple[float, float] | None  # (latitude, longitude), decimal degrees


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def check_size(size: int, name: str) -> None:
    """Refuse before reading: the caller stats the file first so a 200 MB file never enters memory."""
    if size == 0:
        raise ValidationError(
            "Berkas {name} kosong (0 byte). Pindai atau salin ulang berkasnya.", FIELD_FILE, name=name
        )
    if size > MAX_INPUT_BYTES:
        raise ValidationError(
            "Berkas {name} terlalu besar ({size}); batasnya {max_image_bytes} untuk foto/pindaian dan "
            "{max_pdf_bytes} untuk PDF. Pindai ulang dengan resolusi lebih rendah (150–300 dpi).",
            FIELD_FILE,
            name=name,
            size=_mb(size),
            max_image_bytes=_mb(MAX_IMAGE_BYTES),
            max_pdf_bytes=_mb(MAX_PDF_BYTES),
        )


def prepare(data: bytes, name: str) -> Evidence:
    """Check one file and make what is stored. ValidationError (nothing stored) when it cannot be kept."""
    check_size(len(data), name)
    source_sha = hashlib.sha256(data).hexdigest()
    if data.startswith(b"%PDF-"):
        return _pdf(data, name, source_sha)
    if data.startswith(_EXECUTABLE_MAGIC):
        raise ValidationError(
            "Berkas {name} adalah program atau arsip, bukan gambar atau PDF, walaupun namanya begitu. "
            "Berkas ini tidak disimpan; lampirkan hasil pindaian (JPEG, PNG atau PDF).",
            FIELD_FILE,
            name=name,
        )
    return _image(data, name, source_sha)


def _pdf(data: bytes, name: str, source_sha: str) -> Evidence:
    if len(data) > MAX_PDF_BYTES:
        raise ValidationError(
            "PDF {name} terlalu besar ({n_data}); batasnya {max_pdf_bytes}. Pindai ulang dengan "
            "resolusi lebih rendah atau hitam-putih.",
            FIELD_FILE,
            name=name,
            n_data=_mb(len(data)),
            max_pdf_bytes=_mb(MAX_PDF_BYTES),
        )
    # A PDF that was cut off (copy interrupted) has no end marker in its last kilobyte.
    if b"%%EOF" not in data[-1024:]:
        raise ValidationError(
            "PDF {name} rusak atau terpotong (tidak ada penanda akhir). Salin ulang atau pindai ulang.",
            FIELD_FILE,
            name=name,
        )
    return Evidence(data, "application/pdf", source_sha, source_sha, None, None, None, None)


def _refuse_image(name: str) -> ValidationError:
    return ValidationError(
        "Berkas {name} bukan gambar yang dapat dibaca atau rusak (terpotong). Berkas ini tidak disimpan; salin "
        "ulang dari ponsel atau pindai ulang, lalu lampirkan sebagai JPEG, PNG atau PDF.",
        FIELD_FILE,
        name=name,
    )


def _image(data: bytes, name: str, source_sha: str) -> Evidence:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            opened = Image.open(io.BytesIO(data), formats=sorted(IMAGE_FORMATS))
            img: Image.Image = opened
            w, h = img.size
            if w * h > MAX_DECLARED_PIXELS:
                raise _bomb(name, w, h)
            exif = img.getexif()
            taken_at = _taken_at(exif)
            gps = _gps(exif)
            if opened.format == "JPEG":
                # Decode at 1/2, 1/4 or 1/8 scale straight from the DCT: less memory and ~4x faster.
                scale = LONG_SIDE / max(w, h)
                opened.draft("RGB", (max(1, int(w * scale)), max(1, int(h * scale))))
            if img.size[0] * img.size[1] > MAX_DECODED_PIXELS:
                raise _bomb(name, w, h)
            img.load()
            if img.mode == "1":
                img = img.convert("L")
            elif img.mode not in ("RGB", "L", "RGBA"):
                img = img.convert("RGBA")  # palette, CMYK, with alpha: resizable without losing colour
            # Shrink first, in place: turning and flattening then work on ≤1600 px, not on a full-size copy.
            img.thumbnail((LONG_SIDE, LONG_SIDE), Image.Resampling.LANCZOS, reducing_gap=2.0)
            img = ImageOps.exif_transpose(img)
            if img.mode not in ("RGB", "L"):
                img = _flatten(img)
            out = io.BytesIO()
            img.save(out, "JPEG", quality=JPEG_QUALITY)
    except ValidationError:
        raise
    except Image.DecompressionBombError:
        raise _bomb(name, 0, 0) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError, struct.error):
        raise _refuse_image(name) from None
    content = out.getvalue()
    return Evidence(
        content,
        "image/jpeg",
        hashlib.sha256(content).hexdigest(),
        source_sha,
        img.size[0],
        img.size[1],
        taken_at,
        gps,
    )


def _bomb(name: str, w: int, h: int) -> ValidationError:
    size = f" ({w} × {h} piksel)" if w and h else ""
    return ValidationError(
        "Gambar {name} menyatakan ukuran yang tidak wajar{size}; berkas seperti ini dapat menghabiskan memori "
        "komputer dan tidak disimpan. Lampirkan foto atau pindaian biasa.",
        FIELD_FILE,
        name=name,
        size=size,
    )


def _flatten(img: Image.Image) -> Image.Image:
    """Transparent or palette images on white, as paper."""
    rgba = img.convert("RGBA")
    background = Image.new("RGB", rgba.size, (255, 255, 255))
    background.paste(rgba, mask=rgba.getchannel("A"))
    return background


_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_DATETIME_ORIGINAL = 0x9003
_DATETIME = 0x0132


def _taken_at(exif: Image.Exif) -> dt.datetime | None:
    raw = exif.get_ifd(_EXIF_IFD).get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
    if not isinstance(raw, str):
        return None
    try:
        return dt.datetime.strptime(raw.strip("\x00 ").strip(), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None


def _degrees(value: object) -> float | None:
    try:
        d, m, s = (float(x) for x in value)  # type: ignore[attr-defined]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return d + m / 60 + s / 3600


def _gps(exif: Image.Exif) -> tuple[float, float] | None:
    gps = exif.get_ifd(_GPS_IFD)
    if not gps:
        return None
    lat, lon = _degrees(gps.get(2)), _degrees(gps.get(4))
    if lat is None or lon is None or (lat == 0 and lon == 0):
        return None
    if str(gps.get(1, "N")).upper().startswith("S"):
        lat = -lat
    if str(gps.get(3, "E")).upper().startswith("W"):
        lon = -lon
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return (round(lat, 6), round(lon, 6))
