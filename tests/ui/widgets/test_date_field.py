"""A date typed as staff write it; empty is None; anything else is refused naming the field."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.ui.widgets.date_field import DateField


def test_typed_dates_empty_and_a_refusal(qtbot: QtBot) -> None:
    field = DateField("Tanggal lahir")
    qtbot.addWidget(field)
    assert field.value() is None  # empty is allowed
    for typed in ("23-11-2026", "23/11/2026"):
        field.clear()
        qtbot.keyClicks(field, typed)
        assert field.value() == dt.date(2026, 11, 23)
    field.setText("31-02-2026")
    with pytest.raises(ValidationError) as refused:
        field.value()
    assert refused.value.field == "Tanggal lahir"


def test_set_value_writes_day_month_year_and_none_clears(qtbot: QtBot) -> None:
    field = DateField("Tanggal")
    qtbot.addWidget(field)
    field.set_value(dt.date(2026, 1, 5))
    assert field.text() == "05-01-2026" and field.value() == dt.date(2026, 1, 5)
    field.set_value(None)
    assert field.text() == "" and field.value() is None
