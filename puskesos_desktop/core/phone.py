"""Indonesian mobile numbers: one stored form (+628…), checked on entry, and the wa.me link built from it.

An Indonesian mobile number is 08 + operator digit (1–9) + 7 to 10 more digits: 10 to 13 digits written locally,
+62 in place of the leading 0 internationally. Residents write it many ways (0812-3456-7890, 62812…, +62 812 …);
the office stores one form so that a search, a message and the district's batch agree.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from puskesos_desktop.core.errors import ValidationError, message_id

# After the country code: 8, the operator digit, then 7–10 digits (local 08… numbers of 10–13 digits).
_NATIONAL = re.compile(r"8[1-9][0-9]{7,10}")
_SEPARATORS = re.compile(r"[\s\-().]")

INVALID = message_id(
    "Nomor HP tidak dikenali: tulis nomor seluler Indonesia yang diawali 08 atau +628, 10–13 angka "
    "(misalnya 0812-3456-7890)."
)


def national(value: str | None) -> str | None:
    """The digits after +62 (8…), or None when the text is not an Indonesian mobile number."""
    digits = _SEPARATORS.sub("", (value or "").strip())
    for prefix in ("+62", "0062", "62", "0"):
        if digits.startswith(prefix):
            rest = digits[len(prefix):]
            return rest if _NATIONAL.fullmatch(rest) else None
    return None


def normalise(value: str | None, field: str = "Telepon") -> str:
    """The stored form '+628…'; '' for an empty field; a ValidationError naming the field otherwise."""
    if not (value or "").strip():
        return ""
    rest = national(value)
    if rest is None:
        raise ValidationError(INVALID, field)
    return "+62" + rest


def is_mobile(value: str | None) -> bool:
    return national(value) is not None


def local(value: str | None) -> str:
    """How a number is read out in the village: 0812-3456-7890 ('' when not a mobile number)."""
    rest = national(value)
    if rest is None:
        return ""
    digits = "0" + rest
    return "-".join(p for p in (digits[:4], digits[4:8], digits[8:]) if p)


def wa_url(value: str | None, text: str) -> str:
    """https://wa.me/628…?text=… — the number without '+', the text percent-encoded (UTF-8, spaces as %20,
    line breaks as %0A), as WhatsApp's click-to-chat expects. '' when the number is not a mobile number."""
    rest = national(value)
    if rest is None:
        return ""
    return f"https://wa.me/62{rest}?text={quote(text, safe='')}"
