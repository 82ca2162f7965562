"""Normalising names so that search forgives case, accents, spacing and Indonesian spelling variants."""

from __future__ import annotations

import re
import unicodedata

# Common Indonesian name variants and abbreviations, mapped to one canonical token.
_VARIANTS: dict[str, str] = {
    "muhammad": "muhamad",
    "muhamad": "muhamad",
    "mohammad": "muhamad",
    "mohamad": "muhamad",
    "mohammed": "muhamad",
    "muhammed": "muhamad",
    "mochammad": "muhamad",
    "mochamad": "muhamad",
    "moch": "muhamad",
    "moh": "muhamad",
    "muh": "muhamad",
    "mhd": "muhamad",
    "md": "muhamad",
    "m": "muhamad",
    "nurul": "nur",
    "nor": "nur",
    "st": "siti",
    "sitti": "siti",
    "abd": "abdul",
    "abdl": "abdul",
    "ahmad": "ahmad",
    "achmad": "ahmad",
    "akhmad": "ahmad",
    "hj": "hajah",
    "h": "haji",
}

_NON_ALNUM = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")
_DOUBLED = re.compile(r"([a-z])\1+")


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation to spaces, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return _SPACES.sub(" ", _NON_ALNUM.sub(" ", ascii_only)).strip()


def name_key(text: str) -> str:
    """The search key of a name: folded, variants unified, doubled letters single, spelling quirks evened."""
    tokens = []
    for token in fold(text).split():
        token = _VARIANTS.get(token, token)
        token = _DOUBLED.sub(r"\1", token)
        token = token.replace("dj", "j").replace("tj", "c").replace("oe", "u").replace("ch", "kh")
        tokens.append(token)
    return " ".join(tokens)


def compact(key: str) -> str:
    """Without spaces: 'nur aini' and 'nuraini' meet."""
    return key.replace(" ", "")
