"""Issue 19: phone numbers (+62), the wa.me link, and the rules every message template keeps."""

from __future__ import annotations

from urllib.parse import unquote

import pytest

from puskesos_desktop.core import message_templates as mt
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


def test_a_template_with_an_unknown_placeholder_is_refused_by_name() -> None:
    with pytest.raises(ValidationError) as err:
        mt.check_template("Halo {nama}, NIK Anda {nik} dan {alamat}", "Teks SMS", sms=True)
    assert "{alamat}, {nik}" in err.value.message and "{nama}" in err.value.message.split("dipakai:")[1]
    with pytest.raises(ValidationError):
        mt.check_template("Halo {nama", "Teks SMS", sms=True)  # a brace with no pair
    with pytest.raises(ValidationError):
        mt.check_template("Halo {nama.__class__}", "Teks SMS", sms=True)
    with pytest.raises(ValidationError):
        mt.check_template("NIK 6201024506800003 {nama}", "Teks WhatsApp", sms=False)
    with pytest.raises(ValidationError):
        mt.check_template("x" * 150 + " {nama}", "Teks SMS", sms=True)


def test_every_default_template_uses_known_placeholders_and_plain_sms_letters() -> None:
    for language in mt.LANGUAGES:
        assert set(mt.DEFAULTS[language]) == set(mt.EVENTS) == set(mt.EVENT_TITLES[language])
        for template in mt.DEFAULTS[language].values():
            mt.check_template(template.sms, "sms", sms=True)
            mt.check_template(template.full, "full", sms=False)
            assert template.sms.isascii()


def test_an_sms_is_cut_to_one_message_and_hides_a_quoted_nik() -> None:
    values = {name: "" for name in mt.PLACEHOLDERS}
    values |= {"desa": "Sukamaju", "nama": "Siti Aminah binti Abdullah Muhammad Yusuf", "tujuan": "RSUD " * 20,
               "tanggal": "23 November 2026", "alasan": "Sudah terdaftar, NIK 6201024506800003, lihat catatan " * 3}
    for template in mt.DEFAULTS["id"].values():
        sms = mt.fill_sms(template.sms, values)
        assert len(sms) <= mt.SMS_LIMIT and sms.isascii() and "6201024506800003" not in sms
        assert "6201024506800003" not in mt.fill(template.full, values)
    assert "{" not in mt.fill(mt.DEFAULTS["id"][mt.RUJUKAN_DITOLAK].full, values)
