"""Making any text safe to print: hostile input must never break a document.

Names and descriptions come from residents and from imported spreadsheets. They may hold control characters,
right-to-left marks, emoji the font cannot draw, markup characters that reportlab's Paragraph would parse,
or thousands of characters without a space. Everything printed passes through `clean` (and `para` for
Paragraph text).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from xml.sax.saxutils import escape

from puskesos_desktop.printing import fonts

ELLIPSIS = "…"
NBSP = "\u00a0"
_SPACES = re.compile(r"[ \t]+")
_LINE_BREAKS = {"\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"}
# Dropped silently: format characters (bidi marks and overrides, zero-width joiners, BOM, soft hyphen),
# lone surrogates, private-use and unassigned code points.
_DROP_CATEGORIES = {"Cf", "Cs", "Co", "Cn"}


# Nothing on paper needs more; a runaway paste is cut before any measuring work is done on it.
HARD_LIMIT = 5000
# Without an explicit limit (names, titles, addresses) text is cut here, so that no table cell or signature
# can grow taller than a page.
DEFAULT_LIMIT = 300


def clean(text: object, *, multiline: bool = False, limit: int | None = None) -> str:
    """Printable text: NFC, no control or format characters, no glyph the font lacks, whitespace tidied.

    Symbols the font cannot draw (most emoji) disappear; letters it cannot draw become "?", so a reader sees
    that something was there. With `multiline` line breaks survive (at most one blank line in a row);
    otherwise they become spaces. `limit` (default 300) cuts the result to that many characters, ending with "…".
    """
    if text is None:
        return ""
    cap = min(limit, HARD_LIMIT) if limit is not None else DEFAULT_LIMIT
    # Only the head can reach the paper; cleaning removes characters, so keep a margin over the cap.
    raw = str(text)[: cap * 2 + 64]
    if raw.isascii() and raw.isprintable():
        result = _SPACES.sub(" ", raw).strip()  # the common case: plain ASCII needs no per-character work
        return truncate(result, cap)
    raw = unicodedata.normalize("NFC", raw)
    glyphs = fonts.glyph_set()
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
        if cat[0] == "Z":
            # A no-break space is kept: it is how "RT 003" stays on one line.
            out.append(ch if ch == NBSP else " ")
            continue
        if ord(ch) not in glyphs:
            if cat[0] in "SM":
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
    return truncate(result, cap)


def capped(items: Iterable[object], count: int, *, limit: int = 200) -> list[str]:
    """The first `count` non-empty cleaned items; when more remain, a last item says how many."""
    cleaned = [x for x in (clean(i, limit=limit) for i in items) if x]
    if len(cleaned) <= count:
        return cleaned
    return [*cleaned[: count - 1], f"… dan {len(cleaned) - count + 1} lainnya"]


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
            if max_lines is not None and len(lines) > max_lines:
                break
            current = word
            while fonts.string_width(current, font, size) > width and len(current) > 1:
                # Break an over-long "word" (a pasted URL, a row of dots) at the last character that fits.
                head = _fit_prefix(current, font, size, width)
                lines.append(head)
                current = current[len(head) :]
                if max_lines is not None and len(lines) > max_lines:
                    break
        else:
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
    room = width - fonts.string_width(ELLIPSIS, font, size)
    return _fit_prefix(text, font, size, room).rstrip() + ELLIPSIS if room > 0 else ELLIPSIS


def _fit_prefix(word: str, font: str, size: float, width: float) -> str:
    """The longest head of `word` that fits `width` (at least one character), by bisection."""
    # No line holds more than a few hundred characters: do not measure thousands.
    word = word[: max(1, int(width / (size * 0.2)) + 1)]
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fonts.string_width(word[:mid], font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return word[:lo]
