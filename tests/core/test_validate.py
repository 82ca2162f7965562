"""core/validate.py: the one month reader and the rules forms share."""

from __future__ import annotations

import datetime as dt

import pytest

from puskesos_desktop.core import validate
from puskesos_desktop.core.errors import FormField, ValidationError


def test_parse_month_reads_text_and_dates() -> None:
    assert validate.parse_month(" 2026-11 ") == (2026, 11)
    assert validate.parse_month(dt.date(2025, 1, 31)) == (2025, 1)


@pytest.mark.parametrize("bad", ["2026-13", "2026-1", "26-11", "2026/11", "", "2026-00"])
def test_parse_month_refuses_with_the_callers_field(bad: str) -> None:
    with pytest.raises(ValidationError, match="TTTT-BB") as caught:
        validate.parse_month(bad, "Periode")
    assert caught.value.field == "Periode"


def test_a_keyed_refusal_shows_its_indonesian_name() -> None:
    exc = ValidationError("Pilih warga.", FormField.RESIDENT)
    assert exc.key is FormField.RESIDENT and exc.field == "Warga" and str(exc) == "Warga: Pilih warga."
    plain = ValidationError("Wajib diisi.", "Tujuan")
    assert plain.key is None and plain.field == "Tujuan"


@pytest.mark.parametrize("typed", ["23-11-2026", "23/11/2026", "2026-11-23", " 23112026 "])
def test_parse_date_reads_the_ways_clerks_write_a_date(typed: str) -> None:
    assert validate.parse_date(typed, "Tanggal lahir") == dt.date(2026, 11, 23)


@pytest.mark.parametrize("typed", ["", "31-02-2026", "23.11.2026", "2311202", "kemarin"])
def test_parse_date_refuses_what_it_cannot_read(typed: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate.parse_date(typed, "Tanggal lahir")
    assert err.value.field == "Tanggal lahir" and "23-11-2026" in err.value.message
