"""Issue 19: phone numbers (+62) and the wa.me link."""

from __future__ import annotations

from urllib.parse import unquote

import pytest

from puskesos_desktop.core import phone
from puskesos_desktop.core.errors import ValidationError


@pytest.mark.parametrize(
    "typed",
    ["081234567890", "0812-3456-7890", "0812 3456 7890", "+62 812 3456 7890", "6281234567890", "(0812) 3456.7890"],
)
def test_every_way_of_writing_a_mobile_number_is_stored_as_plus62(typed: str) -> None:
    assert phone.normalise(typed) == "+6281234567890"
    assert phone.local(typed) == "0812-3456-7890"


@pytest.mark.parametrize(
    "typed", ["12345", "0532-21450", "0812345", "08123456789012", "+1 202 555 0100", "0712345678", "nomor"]
)
def test_not_an_indonesian_mobile_number_is_refused_naming_the_field(typed: str) -> None:
    with pytest.raises(ValidationError) as err:
        phone.normalise(typed, "Telepon")
    assert err.value.field == "Telepon" and "08" in err.value.message
    assert phone.wa_url(typed, "x") == ""


def test_lengths_at_the_edges() -> None:
    assert phone.normalise("0811234567") == "+62811234567"  # 10 digits: the shortest
    assert phone.normalise("0811234567890") == "+62811234567890"  # 13 digits: the longest
    assert phone.normalise("") == "" and phone.normalise("  ") == ""


def test_wa_url_encodes_the_text_and_drops_the_plus() -> None:
    text = "Yth. Siti & keluarga,\nRujukan 50% + kartu biru? Café #1"
    url = phone.wa_url("0812-3456-7890", text)
    base, query = url.split("?text=")
    assert base == "https://wa.me/6281234567890"
    assert " " not in query and "\n" not in query and "&" not in query and "+" not in query and "#" not in query
    assert "%0A" in query and "%20" in query and "%26" in query and "%2B" in query and "%C3%A9" in query
    assert unquote(query) == text


@pytest.mark.parametrize("typed", [None, "", "0532-21000", "12345"])
def test_local_is_empty_for_what_is_not_a_mobile_number(typed: str | None) -> None:
    assert phone.local(typed) == "" and not phone.is_mobile(typed)
