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
    return " ".join(map(_word_key, fold(text).split()))


def _word_key(token: str) -> str:
    """The key of one folded word (lower-case letters and digits)."""
    token = _VARIANTS.get(token, token)
    token = _DOUBLED.sub(r"\1", token)
    return token.replace("dj", "j").replace("tj", "c").replace("oe", "u").replace("ch", "kh")


def written_key(text: str) -> str:
    """A name nearly as written: ``name_key`` without the old spellings evened (dj, tj, oe, ch). A typo is one letter
    away from the name here, where evening can put it further ('icoa' is one letter from 'icha', two from its key
    'ikha'): the search compares both forms."""
    return " ".join(map(_written_word, fold(text).split()))


def _written_word(token: str) -> str:
    return _DOUBLED.sub(r"\1", _VARIANTS.get(token, token))


_OLD_SPELLING = re.compile("dj|tj|oe|ch", re.IGNORECASE)


def written_differs(name: str) -> bool:
    """Whether ``written_key(name)`` may differ from ``name_key(name)`` (a cheap test for the 300,000 names of the
    search's index: only an old spelling, or a letter that folding may turn into one, makes them differ)."""
    return not name.isascii() or _OLD_SPELLING.search(name) is not None


class NameKeys:
    """``name_key`` of many names (an import of a million rows): the key of every word is remembered, and a plain
    ASCII name (nearly all of them) is only lowered, split and joined. Gives exactly what ``name_key`` gives
    (``written=True``: what ``written_key`` gives)."""

    def __init__(self, limit: int = 50_000, *, written: bool = False) -> None:
        self.limit = limit
        self.words: dict[str, str] = {}
        self._whole = written_key if written else name_key
        self._word = _written_word if written else _word_key

    def __call__(self, text: str) -> str:
        if not text.isascii():
            return self._whole(text)
        # ASCII: NFKD changes nothing and nothing combines, so fold is lower + punctuation to spaces.
        words = self.words
        split = _NON_ALNUM.sub(" ", text.lower()).split()
        try:  # every word seen before (nearly every name after the first thousands): all in C
            return " ".join(map(words.__getitem__, split))
        except KeyError:
            pass
        out = []
        for word in split:
            key = words.get(word)
            if key is None:
                if len(words) >= self.limit:
                    words.clear()  # bounded: names are made of a few thousand words, an attack of many
                # A word of an ASCII name is folded already (lower-case letters and digits): no fold again.
                key = words[word] = self._word(word)
            out.append(key)
        return " ".join(out)


def compact(key: str) -> str:
    """Without spaces: 'nur aini' and 'nuraini' meet."""
    return key.replace(" ", "")


# --- hostile text from files (issue 13 §9) ---------------------------------------------------------------------
# Text that arrives in files (extracts, feedback workbooks) is cleaned by one set of rules, shared by the services:
# control characters (escape sequences, NUL, C1 controls) and line breaks (Alt+Enter in a cell) become one space;
# invisible format characters that only hide or reorder text (zero-width space, word joiner, BOM, bidirectional
# overrides) are removed. Ordinary letters, accents and emoji are kept as written.

# C0 and C1 control characters, DEL, and the Unicode line/paragraph separators.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
# Format characters with no place in a name or an address: zero-width space, word joiner, invisible operators,
# BOM, and the bidirectional embeddings/overrides/isolates ("Trojan source").
_INVISIBLE = re.compile(r"[\u200b\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069\u180e]+")
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200b\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069\u180e]")
_BLANKS = re.compile(r"[ \u00a0]{2,}")
# Characters that draw nothing although Unicode counts them as letters or symbols (Hangul fillers, braille blank).
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


# ``needs_cleaning`` without the call, for code that checks every cell of a million rows (None: nothing to clean).
unsafe_at = _UNSAFE.search


def needs_cleaning(text: str) -> bool:
    """True when ``clean_line`` would change more than the surrounding spaces (the fast check for every cell)."""
    return _UNSAFE.search(text) is not None


def clean_line(text: str) -> str:
    """One line of text from a file: control characters and line breaks to a space, invisible format characters
    removed, runs of spaces made one, surrounding spaces trimmed."""
    if _UNSAFE.search(text) is None:
        return text.strip()
    text = _INVISIBLE.sub("", text)
    text = _CONTROLS.sub(" ", text)
    return _BLANKS.sub(" ", text).strip()


def has_visible(text: str) -> bool:
    """Whether the text draws anything: not only spaces, control, format or filler characters."""
    for ch in text:
        if ch.isspace() or ch in _BLANK_LETTERS:
            continue
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp", "Mn", "Me"):
            continue
        return True
    return False


_SHOWN = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """Text safe to write to a terminal: every control or invisible format character shown as an escape
    (``\\x1b``, ``\\n``, ``\\u202e``) instead of being obeyed by the terminal."""
    if _UNSAFE.search(text) is None:
        return text

    def escape(match: re.Match[str]) -> str:
        out = []
        for ch in match.group(0):
            code = ord(ch)
            out.append(_SHOWN.get(ch) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"))
        return "".join(out)

    return _UNSAFE.sub(escape, text)


# Words that stay lower case inside a name ("Siti binti Ahmad", "Hasan bin Ali"), as written on a KTP.
_LOWER_PARTICLES = {"bin", "binti", "bt", "bte", "dan"}


def name_case(text: str) -> str:
    """A name typed or imported in one case, written as on a KTP: each word capitalised, except the patronymic
    particles (bin, binti) which stay lower case; "al-" prefixes keep their own capital ("Al-Amin")."""
    words = []
    for i, word in enumerate(text.split()):
        lower = word.lower()
        if i > 0 and lower in _LOWER_PARTICLES:
            words.append(lower)
        else:
            words.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(words)
