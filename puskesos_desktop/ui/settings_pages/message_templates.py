"""Pengaturan › Pesan untuk warga: the language of messages to residents, and each event's texts (one SMS, one
WhatsApp text) with named placeholders — edited by the coordinator, previewed against a real case (a receipt or
referral number), refused with the unknown placeholder named.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core import message_templates as mt
from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.services.casework import messages
from puskesos_desktop.ui.dialogs.front.message_dialog import event_title
from puskesos_desktop.ui.errors import refusal_text, show_error
from puskesos_desktop.ui.settings_pages.page_base import SettingsPage


class MessageTemplatesPage(SettingsPage):
    right = Permission.SETTINGS
    stretch_end = False

    def build_body(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        self.label_language = QLabel()
        self.language = QComboBox()
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.label_language.setBuddy(self.language)
        self.label_event = QLabel()
        self.event_choice = QComboBox()
        self.label_event.setBuddy(self.event_choice)
        self.label_sms = QLabel()
        self.sms = QPlainTextEdit()
        self.sms.setMaximumHeight(70)
        self.label_sms.setBuddy(self.sms)
        self.label_full = QLabel()
        self.full = QPlainTextEdit()
        self.label_full.setBuddy(self.full)
        form.addRow(self.label_language, self.language)
        form.addRow(self.label_event, self.event_choice)
        form.addRow(self.label_sms, self.sms)
        form.addRow(self.label_full, self.full)
        layout.addLayout(form)
        self.names = QLabel()
        self.names.setObjectName("hint")
        self.names.setWordWrap(True)
        layout.addWidget(self.names)
        row = QHBoxLayout()
        self.label_case = QLabel()
        self.case = QLineEdit()
        self.label_case.setBuddy(self.case)
        self.button_preview = QPushButton()
        self.button_default = QPushButton()
        row.addWidget(self.label_case)
        row.addWidget(self.case, 1)
        row.addWidget(self.button_preview)
        self.place_save(row)
        row.addWidget(self.button_default)
        for b in (self.button_preview, self.save_button, self.button_default):
            b.setAutoDefault(False)
        layout.addLayout(row)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        layout.addWidget(self.preview, 1)
        self.language.currentIndexChanged.connect(lambda _i: self._load())
        self.event_choice.currentIndexChanged.connect(lambda _i: self._load())
        self.button_preview.clicked.connect(self.show_preview)
        self.button_default.clicked.connect(self.restore_default)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.label_language.setText(self.tr("Ba&hasa pesan:"))
        self.language.setToolTip(
            self.tr("Bahasa pesan SMS/WhatsApp dan slip untuk warga (bawaan: Indonesia, apa pun bahasa tampilan)")
        )
        self.label_event.setText(self.tr("&Kabar:"))
        self.label_sms.setText(self.tr("Teks &SMS (maks. 160 karakter):"))
        self.label_full.setText(self.tr("Teks &WhatsApp:"))
        self.label_case.setText(self.tr("Pratinjau dengan kasus (&u):"))
        self.case.setPlaceholderText(self.tr("Nomor resi atau rujukan, misalnya RESI/6201022001/2026/11/0001"))
        self.button_preview.setText(self.tr("&Pratinjau"))
        self.button_default.setText(self.tr("Kembalikan bawaan (&o)"))
        self.names.setText(
            self.tr("Tempat isian: {0}. NIK dan No. KK tidak pernah dimuat dalam pesan.").format(
                ", ".join("{" + n + "}" for n in mt.PLACEHOLDERS)
            )
        )
        current = self.event_choice.currentData()
        self.event_choice.blockSignals(True)
        self.event_choice.clear()
        for key in mt.EVENTS:
            self.event_choice.addItem(event_title(key), key)
        index = self.event_choice.findData(current)
        self.event_choice.setCurrentIndex(max(index, 0))
        self.event_choice.blockSignals(False)

    def title(self) -> str:
        return self.tr("Pesan untuk warga")

    def save_text(self) -> str:
        return self.tr("Si&mpan")

    def read_only_text(self) -> str:
        return self.tr("Hanya koordinator yang dapat mengubah pesan.")

    def editors(self) -> Sequence[QWidget]:
        return (self.language, self.sms, self.full, self.button_default, self.button_preview)

    def load_page(self) -> None:
        lang = messages.language(self.ctx.db, self.ctx.actor)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        self.language.blockSignals(False)
        self._load()

    def _load(self) -> None:
        lang, key = str(self.language.currentData()), str(self.event_choice.currentData())
        found = messages.template(self.ctx.db, self.ctx.actor, lang, key)
        self.sms.setPlainText(found.sms)
        self.full.setPlainText(found.full)
        self.preview.clear()

    def show_preview(self) -> None:
        number = self.case.text().strip()
        if not number:
            self.message.setText(self.tr("Tulis nomor resi atau rujukan kasus untuk pratinjau."))
            self.case.setFocus()
            return
        try:
            m = messages.preview(
                self.ctx.db,
                self.ctx.actor,
                number,
                str(self.language.currentData()),
                str(self.event_choice.currentData()),
                self.sms.toPlainText(),
                self.full.toPlainText(),
            )
        except PuskesosError as exc:
            show_error(self, exc)
            return
        self.preview.setPlainText(
            self.tr("SMS ({0}/{1} karakter):").format(len(m.sms_text), mt.SMS_LIMIT)
            + "\n"
            + m.sms_text
            + "\n\n"
            + self.tr("WhatsApp:")
            + "\n"
            + m.text
        )
        self.message.clear()

    def save_work(self) -> Callable[[], None]:
        db, actor = self.ctx.db, self.ctx.actor
        lang, key = str(self.language.currentData()), str(self.event_choice.currentData())
        sms, full = self.sms.toPlainText(), self.full.toPlainText()

        def work() -> None:
            messages.set_language(db, actor, lang)
            messages.save_template(db, actor, lang, key, sms, full)

        return work

    def saved(self, result: None) -> None:
        self.message.setText(self.tr("Tersimpan. Pesan berikutnya memakai teks ini."))

    def refused(self, exc: BaseException) -> None:
        super().refused(exc)
        if isinstance(exc, PuskesosError):  # the placeholder it does not know stays in sight under the texts
            self.message.setText(refusal_text(exc))

    def restore_default(self) -> None:
        default = mt.DEFAULTS[str(self.language.currentData())][str(self.event_choice.currentData())]
        self.sms.setPlainText(default.sms)
        self.full.setPlainText(default.full)
        self.message.setText(self.tr("Teks bawaan dimuat; tekan Simpan untuk memakainya."))
