"""Making any text safe to print: hostile input must never break a document.

Names and descriptions come from residents and from imported spreadsheets. They may hold control characters,
right-to-left marks, emoji the font cannot draw, markup characters that reportlab's Paragraph would parse,
or thousands of characters without a space. Everything printed passes through `clean` (and `para` for
Paragraph text).
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from puskesos_desktop.printing import fonts

ELLIPSIS = "…"
NBSP = "\u00a0"
_SPACES = re.compile(r"[ \t]+")
_LINE_BREAKS = {"\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"}
# Dropped silently: format characters (bidi marks and overrides, zero-width joiners, BOM, soft hyphen),
# lone surrogates, private-use and unassigned code points.
_DROP_CATEGORIES = {"Cf", "Cs", "Co", "Cn"}


def clean(text: object, *, multiline: bool = False, limit: int | None = None) -> str:
    """Printable text: NFC, no control or format characters, no glyph the font lacks, whitespace tidied.

    Symbols the font cannot draw (most emoji) disappear; letters it cannot draw become "?", so a reader sees
    that something was there. With `multiline` line breaks survive (at most one blank line in a row);
    otherwise they become spaces. `limit` cuts the result to that many characters, ending with "…".
    """
    if text is None:
        return ""
    raw = unicodedata.normalize("NFC", str(text))
    out: list[str] = []
    last_unknown = False
    for ch in raw:
        if ch in _LINE_BREAKS:
            out.append("\n" if multiline else " ")
            last_unknown = False
            continue
        cat = unicodedata.category(ch)
        if cat == "Cc":
            out.append(" ")
            continue
        if cat in _DROP_CATEGORIES:
            continue
        if cat.startswith("Z"):
            # A no-break space is kept: it is how "RT 003" stays on one line.
            out.append(ch if ch == NBSP else " ")
            continue
        if not fonts.has_glyph(ch):
            if cat.startswith(("S", "M")):
                continue
            if not last_unknown:
                out.append("?")
            last_unknown = True
            continue
        last_unknown = False
        out.append(ch)
    result = "".join(out)
    if multiline:
        lines = [_SPACES.sub(" ", line).strip() for line in result.replace("\r", "\n").split("\n")]
        result = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    else:
        result = _SPACES.sub(" ", result).strip()
    if limit is not None:
        result = truncate(result, limit)
    return result


def truncate(text: str, limit: int) -> str:
    """At most `limit` characters; cut at a word boundary when one is near, and end with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    space = cut.rfind(" ")
    if space >= limit * 0.7:
        cut = cut[:space]
    return cut.rstrip(" ,;.:-\n") + ELLIPSIS


def para(text: object, *, multiline: bool = False, limit: int | None = None) -> str:
    """Cleaned and escaped for reportlab's Paragraph markup (`<`, `>`, `&` are markup there)."""
    cleaned = clean(text, multiline=multiline, limit=limit)
    return escape(cleaned).replace("\n", "<br/>")


def or_dash(text: object) -> str:
    cleaned = clean(text)
    return cleaned if cleaned else "-"


def wrap(text: str, font: str, size: float, width: float, max_lines: int | None = None) -> list[str]:
    """Greedy word wrap for canvas drawing; words wider than the line are broken; overflow ends in "…"."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split(" ")
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if fonts.string_width(candidate, font, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = word
            while fonts.string_width(current, font, size) > width and len(current) > 1:
                # Break an over-long "word" (a pasted URL, a row of dots) at the last character that fits.
                head = _fit_prefix(current, font, size, width)
                lines.append(head)
                current = current[len(head) :]
        lines.append(current)
        if max_lines is not None and len(lines) > max_lines:
            break
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = ellipsize(lines[-1], font, size, width, force=True)
    return lines


def ellipsize(text: str, font: str, size: float, width: float, *, force: bool = False) -> str:
    """One line that fits `width`, cut with "…" when needed (always ending in "…" with `force`)."""
    if not force and fonts.string_width(text, font, size) <= width:
        return text
    while text and fonts.string_width(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def _fit_prefix(word: str, font: str, size: float, width: float) -> str:
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fonts.string_width(word[:mid], font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return word[:lo]
