"""Pengaturan › Kalender DTSEN: the district's days for the Musdesus, the SIKS-NG input window, the PBI-JK window,
the cadence and how many days before a window closes the front office is reminded (issue 16 §7)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import FormField
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.services.registry import district_calendar as cal
from puskesos_desktop.ui.registry_text import calendar_text
from puskesos_desktop.ui.settings_pages.page_base import SettingsPage


def _day_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, 31)
    box.setMaximumWidth(80)
    return box


class DistrictCalendarPage(SettingsPage):
    right = Permission.SETTINGS

    def build_body(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        self.days: dict[str, tuple[QSpinBox, QSpinBox]] = {}
        self.window_labels: dict[str, QLabel] = {}
        self.until_labels: list[QLabel] = []
        for key in cal.WINDOWS:
            first, last = _day_box(), _day_box()
            row = QHBoxLayout()
            until = QLabel()
            self.until_labels.append(until)
            row.addWidget(first)
            row.addWidget(until)
            row.addWidget(last)
            row.addStretch(1)
            label = QLabel()
            label.setBuddy(first)
            self.window_labels[key] = label
            self.days[key] = (first, last)
            form.addRow(label, row)
        self.cadence = QComboBox()
        self.reminder = QSpinBox()
        self.reminder.setRange(0, 30)
        self.reminder.setMaximumWidth(80)
        self.label_cadence, self.label_reminder = QLabel(), QLabel()
        self.label_cadence.setBuddy(self.cadence)
        self.label_reminder.setBuddy(self.reminder)
        form.addRow(self.label_cadence, self.cadence)
        form.addRow(self.label_reminder, self.reminder)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.place_save(row)
        row.addStretch(1)
        layout.addLayout(row)
        self.next_dates = QLabel()
        self.next_dates.setWordWrap(True)
        self.next_dates.setObjectName("hint")
        layout.addWidget(self.next_dates)
        # ValidationError's field → the widget to mark.
        self.fields = {cal.FIELDS[k]: self.days[k][0] for k in cal.WINDOWS}
        self.fields.update({FormField.CADENCE: self.cadence, FormField.REMINDER_DAYS: self.reminder})

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        names = {"musdesus": self.tr("&Musdesus, tanggal:"), "siks_ng": self.tr("Input &SIKS-NG, tanggal:"),
                 "pbi": self.tr("Usulan &PBI-JK, tanggal:")}  # fmt: skip
        for key, label in self.window_labels.items():
            label.setText(names[key])
        for until in self.until_labels:
            until.setText(self.tr("s.d."))
        current = self.cadence.currentData()
        self.cadence.clear()
        self.cadence.addItem(self.tr("Bulanan"), "bulanan")
        self.cadence.addItem(self.tr("Triwulanan (Januari, April, Juli, Oktober)"), "triwulanan")
        if current is not None:
            self.cadence.setCurrentIndex(max(0, self.cadence.findData(current)))
        self.label_cadence.setText(self.tr("Sikl&us:"))
        self.label_reminder.setText(self.tr("Pen&gingat (hari sebelum ditutup):"))

    def title(self) -> str:
        return self.tr("Kalender DTSEN")

    def heading_text(self) -> str:
        return self.tr("Kalender pemutakhiran DTSEN kabupaten")

    def intro_text(self) -> str:
        return self.tr(
            "Tanggal dalam bulan yang ditetapkan kabupaten: Musyawarah Desa khusus (Musdesus), jendela input "
            "operator di SIKS-NG dan jendela usulan PBI-JK. Front Office dan laporan bulanan menampilkan tanggal "
            "berikutnya; menjelang jendela ditutup, Front Office mengingatkan jumlah usulan yang masih Draf."
        )

    def save_text(self) -> str:
        return self.tr("Simpan &kalender")

    def read_only_text(self) -> str:
        return self.tr("Hanya koordinator yang mengubah kalender.")

    def editors(self) -> Sequence[QWidget]:
        return (*(box for pair in self.days.values() for box in pair), self.cadence, self.reminder)

    def load_page(self) -> None:
        current = cal.get_calendar(self.ctx.db)
        for key, (first, last) in self.days.items():
            a, b = current.window(key)
            first.setValue(a)
            last.setValue(b)
        self.cadence.setCurrentIndex(max(0, self.cadence.findData(current.cadence)))
        self.reminder.setValue(current.reminder_days)
        self._show_next(current)

    def _show_next(self, current: cal.DistrictCalendar) -> None:
        line = cal.CalendarLine(tuple(cal.next_occurrences(current, clock.today())), (), 0)
        self.next_dates.setText(calendar_text(line))

    def value(self) -> cal.DistrictCalendar:
        def pair(key: str) -> tuple[int, int]:
            first, last = self.days[key]
            return first.value(), last.value()

        return cal.DistrictCalendar(pair("musdesus"), pair("siks_ng"), pair("pbi"), str(self.cadence.currentData()),
                                    self.reminder.value())  # fmt: skip

    def save_work(self) -> Callable[[], cal.DistrictCalendar]:
        db, actor, value = self.ctx.db, self.ctx.actor, self.value()
        return lambda: cal.set_calendar(db, actor, value)

    def saved(self, result: cal.DistrictCalendar) -> None:
        self.message.setText(self.tr("Kalender disimpan."))
        self._show_next(result)
