"""A date typed as staff write it (23-11-2026, 23/11/2026), which may also stay empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QWidget

from puskesos_desktop.core import validate


class DateField(QLineEdit):
    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field  # the name a ValidationError carries
        self.setPlaceholderText(self.tr("HH-BB-TTTT"))  # day-month-year, in the interface language
        self.setMaxLength(10)
        self.setMaximumWidth(160)

    def value(self) -> dt.date | None:
        """The date, None when empty; a ValidationError naming the field when it is no date."""
        text = self.text().strip()
        if not text:
            return None
        return validate.parse_date(text, self.field)

    def set_value(self, day: dt.date | None) -> None:
        self.setText(day.strftime("%d-%m-%Y") if day else "")
