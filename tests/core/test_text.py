"""core/text.py: NameKeys (the import's name keys) gives exactly what name_key (or written_key) gives."""

from __future__ import annotations

import random
import string

from puskesos_desktop.core.text import NameKeys, name_case, name_key, written_differs, written_key


def test_name_keys_equal_name_key() -> None:
    names = [
        "", " ", "Siti", "SITI NURHALIZA", "Moch. Djoko  Tjahjono", "muhammad-al fatih", "Hj. Ainun", "H ABDUL",
        "Nur'aini", "ZULKARNAEN  ", "Ni Made Ayu", "Dewi\tSartika", "O'Neil 3rd", "Ça va", "Jõsé Ñandú", "Ｓｉｔｉ",
        "Anna\u00a0Lee", "a¨b", "Schoeffel Chairul", "Tjoet Nja' Dhien", "---", "Ahmad, S.Pd.",
    ]  # fmt: skip
    rng = random.Random(5)
    alphabet = string.ascii_letters + string.digits + " .,'-\t" + "éü"
    names += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    keys, written = NameKeys(), NameKeys(written=True)
    for name in names:
        assert keys(name) == name_key(name), name
        assert written(name) == written_key(name), name
        if written_key(name) != name_key(name):
            assert written_differs(name), name


def test_the_written_form_keeps_the_old_spellings_and_evens_the_rest() -> None:
    assert written_key("ICHA") == "icha" and name_key("ICHA") == "ikha"
    assert written_key("Moch. Djoko  Tjahjono Soekarno") == "muhamad djoko tjahjono soekarno"
    assert written_key("Hasanuddin  Abdullah") == "hasanudin abdulah" == name_key("Hasanuddin Abdullah")


def test_name_keys_stay_bounded() -> None:
    keys = NameKeys(limit=10)
    for i in range(100):
        assert keys(f"nama{i} budi") == name_key(f"nama{i} budi")
    assert len(keys.words) <= 10


def test_name_case_writes_names_as_on_a_ktp() -> None:
    assert name_case("AHMAD BIN YUSUF") == "Ahmad bin Yusuf"
    assert name_case("siti   binti  abdullah") == "Siti binti Abdullah"
    assert name_case("bin laden") == "Bin Laden"  # a first word is a name, never the particle
