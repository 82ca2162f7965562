"""Issue 19: the rules every message template keeps."""

from __future__ import annotations

import pytest

from puskesos_desktop.core import message_templates as mt
from puskesos_desktop.core.errors import ValidationError


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
    values |= {
        "desa": "Sukamaju",
        "nama": "Siti Aminah binti Abdullah Muhammad Yusuf",
        "tujuan": "RSUD " * 20,
        "tanggal": "23 November 2026",
        "alasan": "Sudah terdaftar, NIK 6201024506800003, lihat catatan " * 3,
    }
    for template in mt.DEFAULTS["id"].values():
        sms = mt.fill_sms(template.sms, values)
        assert len(sms) <= mt.SMS_LIMIT and sms.isascii() and "6201024506800003" not in sms
        assert "6201024506800003" not in mt.fill(template.full, values)
    assert "{" not in mt.fill(mt.DEFAULTS["id"][mt.RUJUKAN_DITOLAK].full, values)
