"""Pengaturan › Bahasa: the interface language of the office (Bahasa Indonesia or English), from the next start.

Saved as the office setting "language" (services/office.py); ui/i18n.py installs it when the program starts. It
applies from the next start rather than at once: half the open windows in one language and half in the other would
confuse more than it helps. PUSKESOS_LANG on one PC still overrides the office's choice there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.services import office
from puskesos_desktop.ui import i18n
from puskesos_desktop.ui.settings_pages.page_base import SettingsPage


class LanguagePage(SettingsPage):
    right = Permission.SETTINGS

    def build_body(self, layout: QVBoxLayout) -> None:
        self.box = QGroupBox()
        choices = QVBoxLayout(self.box)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code, name in i18n.LANGUAGES.items():
            # Each language is named in its own words, whatever the interface speaks now.
            button = QRadioButton(name)
            button.setProperty("language", code)
            self.group.addButton(button)
            self.buttons[code] = button
            choices.addWidget(button)
        layout.addWidget(self.box)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.save_button.setDefault(True)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.box.setTitle(self.tr("Bahasa tampilan program"))
        for button in self.buttons.values():
            button.setToolTip(self.tr("Bahasa menu, tombol dan pesan di semua komputer kantor ini"))
        self.hint.setText(
            self.tr(
                "Berlaku mulai program dibuka lagi. Tanggal dan angka tetap cara Indonesia (23 November 2026; "
                "Rp 1.500.000), dan dokumen yang dicetak tetap berbahasa Indonesia. Status keluhan dan rujukan "
                "(Diterima, Dirujuk, …) tetap seperti yang dibaca kabupaten."
            )
        )
        self.save_button.setToolTip(self.tr("Simpan pilihan bahasa untuk kantor ini"))

    def title(self) -> str:
        return self.tr("Bahasa")

    def save_text(self) -> str:
        return self.tr("&Simpan")

    def read_only_text(self) -> str:
        return self.tr("Hanya koordinator yang dapat mengganti bahasa.")

    def editors(self) -> Sequence[QWidget]:
        return (self.box,)

    def chosen(self) -> str:
        button = self.group.checkedButton()
        return str(button.property("language")) if button is not None else i18n.DEFAULT_LANGUAGE

    def load_page(self) -> None:
        self.buttons[i18n.office_language(self.ctx.db)].setChecked(True)

    def save_work(self) -> Callable[[], str]:
        db, actor, code = self.ctx.db, self.ctx.actor, self.chosen()

        def work() -> str:
            office.update_settings(db, actor, lambda st: replace(st, language=code))
            return code

        return work

    def saved(self, result: str) -> None:
        text = self.tr("Tersimpan: {0}. Tutup program lalu buka lagi untuk memakainya.").format(i18n.LANGUAGES[result])
        override = i18n.env_language()
        if override is not None and override != result:
            text += " " + self.tr("Di komputer ini PUSKESOS_LANG={0} tetap berlaku.").format(override)
        self.message.setText(text)
