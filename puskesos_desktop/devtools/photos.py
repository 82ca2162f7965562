"""Made-up phone photos and scans for tests, the demo and the benchmark: a real JPEG with EXIF orientation, time
and GPS, sized like a phone's (4000 × 3000, ~4 MB), without shipping any picture."""

from __future__ import annotations

import datetime as dt
import io

from PIL import Image


def _dms(value: float) -> tuple[float, float, float]:
    value = abs(value)
    d = int(value)
    m = int((value - d) * 60)
    return (float(d), float(m), round((value - d - m / 60) * 3600, 4))


def photo(
    width: int = 4000,
    height: int = 3000,
    *,
    orientation: int = 1,
    taken_at: dt.datetime | None = None,
    gps: tuple[float, float] | None = None,
    quality: int = 92,
    fmt: str = "JPEG",
) -> bytes:
    """A noisy picture (it compresses like a photo, not like a flat colour): a red band marks the top edge, so a
    reader can tell the orientation was applied."""
    noise = Image.effect_noise((max(1, width // 4), max(1, height // 4)), 60).resize((width, height))
    ramp = Image.linear_gradient("L").resize((width, height))
    img = Image.merge("RGB", (noise, ramp, noise.transpose(Image.Transpose.FLIP_LEFT_RIGHT)))
    img.paste((255, 0, 0), (0, 0, width, max(1, height // 10)))
    exif = Image.Exif()
    if orientation != 1:
        exif[0x0112] = orientation
    if taken_at is not None:
        exif.get_ifd(0x8769)[0x9003] = taken_at.strftime("%Y:%m:%d %H:%M:%S")
    if gps is not None:
        g = exif.get_ifd(0x8825)
        g[1] = "S" if gps[0] < 0 else "N"
        g[2] = _dms(gps[0])
        g[3] = "W" if gps[1] < 0 else "E"
        g[4] = _dms(gps[1])
    out = io.BytesIO()
    if fmt == "JPEG":
        img.save(out, "JPEG", quality=quality, exif=exif)
    else:
        img.save(out, fmt)
    return out.getvalue()


def scan_pdf() -> bytes:
    """A one-page PDF as a scanner writes it (reportlab, already a dependency)."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.drawString(72, 720, "SURAT KETERANGAN TIDAK MAMPU")
    c.showPage()
    c.save()
    return out.getvalue()
