"""core/regions.py: village codes checked against the Kemendagri kecamatan list."""

from __future__ import annotations

import pytest

from puskesos_desktop.core import regions


def test_a_real_village_code_in_either_spelling() -> None:
    assert regions.village_code_digits("62.01.02.2001") == "6201022001"
    assert regions.village_code_digits("6201022001") == "6201022001"
    assert regions.dotted("6201022001") == "62.01.02.2001"
    k = regions.kecamatan("620102")
    assert k is not None and k.kecamatan == "Arut Selatan"


@pytest.mark.parametrize(
    ("text", "why"),
    [("620102200", "10 angka"), ("6299992001", "tidak dikenal"), ("6201023001", "diawali 1"), ("62-01-02-2001", "10")],
)
def test_wrong_codes_say_why(text: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        regions.village_code_digits(text)
