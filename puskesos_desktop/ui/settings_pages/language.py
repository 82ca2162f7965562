"""Pengaturan › Bahasa: the interface language of the office (Bahasa Indonesia or English), from the next start.

Saved as the office setting "language" (services/office.py); ui/i18n.py installs it when the program starts. It
applies from the next start rather than at once: half the open windows in one language and half in the other would
confuse more than it helps. PUSKESOS_LANG on one PC still overrides the office's choice there.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.services import office
from puskesos_desktop.ui import i18n
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.tabs.base_tab import show_error
from puskesos_desktop.ui.topics import Topic


class LanguagePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        layout.addWidget(self.heading)
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
        row = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Bahasa"))
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
        self.save_button.setText(self.tr("&Simpan"))
        self.save_button.setToolTip(self.tr("Simpan pilihan bahasa untuk kantor ini"))

    def title(self) -> str:
        return self.tr("Bahasa")

    def chosen(self) -> str:
        button = self.group.checkedButton()
        return str(button.property("language")) if button is not None else i18n.DEFAULT_LANGUAGE

    def refresh(self) -> None:
        self.buttons[i18n.office_language(self.ctx.db)].setChecked(True)
        allowed = self.ctx.actor.can(Permission.SETTINGS)
        self.box.setEnabled(allowed)
        self.save_button.setEnabled(allowed)
        self.message.setText("" if allowed else self.tr("Hanya koordinator yang dapat mengganti bahasa."))

    def save(self) -> None:
        code = self.chosen()
        try:
            office.update_settings(self.ctx.db, self.ctx.actor, lambda st: replace(st, language=code))
        except PuskesosError as exc:
            show_error(self, exc)
            return
        text = self.tr("Tersimpan: {0}. Tutup program lalu buka lagi untuk memakainya.").format(i18n.LANGUAGES[code])
        override = i18n.env_language()
        if override is not None and override != code:
            text += " " + self.tr("Di komputer ini PUSKESOS_LANG={0} tetap berlaku.").format(override)
        self.message.setText(text)
        self.ctx.changed(Topic.SETTINGS)
