"""Beri tahu warga: the ready message for the latest event of a receipt or referral not yet told, and the ways the
resident allows — copy it (SMS, a call, the facilitator), open it in WhatsApp (a wa.me link through the system's
handler: WhatsApp Desktop or a browser; the program itself needs no internet), or print a status slip. Each way
records "warga diberi tahu" (channel, officer, moment) in the same click.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core import message_templates as mt
from puskesos_desktop.core import phone as phones
from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.message_templates import SMS_LIMIT
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import Channel
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import messages, statusdesk
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext, rights_of
from puskesos_desktop.ui.errors import refusal_text, show_error, show_fault
from puskesos_desktop.ui.jobs import jobs
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.busy_action import acting, run_action
from puskesos_desktop.ui.widgets.print_job import preview_pdf, safe_name


def open_url(url: str) -> bool:
    """The system's handler for a wa.me link (a seam for the tests: no browser is started there)."""
    return QDesktopServices.openUrl(QUrl(url))


def event_title(event: str) -> str:
    """An event in the screen's language (the message itself is in the residents'): the message desk and the
    templates page name events alike."""
    # The context of the dialog's own self.tr: one translation for both screens.
    titles = {
        mt.KELUHAN_DITERIMA: QCoreApplication.translate("MessageDialog", "Keluhan diterima"),
        mt.DOKUMEN_KURANG: QCoreApplication.translate("MessageDialog", "Dokumen masih kurang"),
        mt.RUJUKAN_DIKIRIM: QCoreApplication.translate("MessageDialog", "Rujukan dikirim"),
        mt.RUJUKAN_DISETUJUI: QCoreApplication.translate("MessageDialog", "Rujukan disetujui"),
        mt.RUJUKAN_DITOLAK: QCoreApplication.translate("MessageDialog", "Rujukan ditolak"),
        mt.RUJUKAN_DITELAAH: QCoreApplication.translate("MessageDialog", "Rujukan ditelaah lebih lanjut"),
        mt.USULAN_MUSDES: QCoreApplication.translate("MessageDialog", "Usulan DTKS diputuskan musyawarah desa"),
        mt.USULAN_DIJAWAB: QCoreApplication.translate("MessageDialog", "Usulan DTKS dijawab kabupaten"),
        mt.SURAT_SIAP: QCoreApplication.translate("MessageDialog", "Surat siap diambil"),
        mt.KELUHAN_SELESAI: QCoreApplication.translate("MessageDialog", "Keluhan selesai"),
    }
    return titles.get(event, event)


def _compose(db: Database, actor: Actor, number: str) -> tuple[messages.Message, bool]:
    """The message and whether this account may tell the resident (plain data; runs on a worker)."""
    return messages.compose(db, actor, number), Permission.STATUS_DESK in rights_of(actor)


class MessageDialog(QDialog):
    #: a view of people's data: closed when the screen locks (ui/session.py)
    shows_personal_data = True

    def __init__(self, ctx: AppContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.number = number
        self.message: messages.Message | None = None
        self.told_via = ""  # the last way used in this dialog (for the caller and the tests)
        self.can_tell = False  # read with the message on a worker
        self.setup_ui()
        self.retranslate_ui()
        self.load()

    def setup_ui(self) -> None:
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.headline = QLabel()
        self.headline.setObjectName("heading")
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        form = QFormLayout()
        self.label_resident = QLabel()
        self.resident = QLabel()
        self.label_phone = QLabel()
        self.phone = QLabel()
        self.label_channel = QLabel()
        self.channel = QLabel()
        form.addRow(self.label_resident, self.resident)
        form.addRow(self.label_phone, self.phone)
        form.addRow(self.label_channel, self.channel)
        layout.addLayout(form)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("warning")
        layout.addWidget(self.note)
        self.label_sms = QLabel()
        self.sms = QPlainTextEdit()
        self.sms.setReadOnly(True)
        self.sms.setMaximumHeight(70)
        self.sms.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.label_sms.setBuddy(self.sms)
        self.label_full = QLabel()
        self.full = QPlainTextEdit()
        self.full.setReadOnly(True)
        self.label_full.setBuddy(self.full)
        for w in (self.label_sms, self.sms, self.label_full, self.full):
            layout.addWidget(w)
        actions = QHBoxLayout()
        self.button_copy = QPushButton()
        self.button_whatsapp = QPushButton()
        self.button_slip = QPushButton()
        self.slip_layout = QComboBox()
        for b in (self.button_whatsapp, self.button_copy, self.button_slip):
            b.setAutoDefault(False)
            actions.addWidget(b)
        actions.addWidget(self.slip_layout)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.status = QLabel()
        self.status.setObjectName("ok")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        closing = QHBoxLayout()
        closing.addStretch(1)
        self.button_close = QPushButton()
        self.button_close.setAutoDefault(False)
        self.button_close.clicked.connect(self.reject)
        closing.addWidget(self.button_close)
        layout.addLayout(closing)
        self.button_copy.clicked.connect(self.copy_message)
        self.button_whatsapp.clicked.connect(self.open_whatsapp)
        self.button_slip.clicked.connect(self.print_slip)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Beri tahu warga"))
        self.label_resident.setText(self.tr("Warga:"))
        self.label_phone.setText(self.tr("Nomor HP:"))
        self.label_channel.setText(self.tr("Ingin dihubungi lewat:"))
        self.label_full.setText(self.tr("&Pesan WhatsApp:"))
        self.button_copy.setText(self.tr("&Salin pesan"))
        self.button_whatsapp.setText(self.tr("Buka &WhatsApp"))
        self.button_slip.setText(self.tr("Cetak slip s&tatus"))
        self.button_close.setText(self.tr("T&utup"))
        self.button_whatsapp.setToolTip(
            self.tr(
                "Membuka WhatsApp (aplikasi atau peramban) dengan pesan ini untuk nomor warga; dicatat sebagai "
                "sudah diberi tahu"
            )
        )
        self.button_copy.setToolTip(self.tr("Menyalin pesan ke papan klip; dicatat sebagai sudah diberi tahu"))
        self.button_slip.setToolTip(self.tr("Slip untuk warga tanpa telepon; dicatat saat dicetak atau disimpan"))
        self.slip_layout.clear()
        self.slip_layout.addItem(self.tr("A6"), "A6")
        self.slip_layout.addItem(self.tr("Struk 80 mm"), "80mm")
        if self.message is not None:
            self._show(self.message)

    # --- reading ---------------------------------------------------------------------------------------------

    def loading(self) -> bool:
        """The message is being composed (or the last telling recorded) on a worker."""
        return jobs().is_running(self._read_key()) or acting(self)

    def _read_key(self) -> str:
        return f"message.{id(self)}"

    def load(self, then: Callable[[messages.Message | None], None] | None = None) -> None:
        """Compose the message on a worker (with the account's rights: whether the desk may tell at all); the
        buttons stay greyed until it is shown. ``then(message before)`` once the new one is shown."""
        self._enable(False)
        db, actor, number = self.ctx.db, self.ctx.actor, self.number  # plain data for the worker
        before = self.message

        def composed(result: tuple[messages.Message, bool]) -> None:
            self.message, self.can_tell = result
            self._show(self.message)
            if then is not None:
                then(before)

        jobs().run(lambda: _compose(db, actor, number), composed, self._not_composed,
                   key=self._read_key(), parent=self)  # fmt: skip

    def _not_composed(self, exc: BaseException) -> None:
        self.message = None
        self._enable(False)
        if isinstance(exc, PuskesosError):
            self.headline.setText(refusal_text(exc))
        else:
            show_fault(self, exc)

    def _enable(self, on: bool) -> None:
        for w in (self.button_copy, self.button_whatsapp, self.button_slip, self.slip_layout):
            w.setEnabled(on)

    def _show(self, m: messages.Message) -> None:
        head = self.tr("{0}: {1}").format(m.number, event_title(m.event))
        if m.told:
            head += " " + self.tr("(sudah diberitahukan; kirim ulang bila perlu)")
        self.headline.setText(head)
        self.resident.setText(m.resident_name)
        self.phone.setText(phones.local(m.phone) or self.tr("tidak tercatat"))
        self.channel.setText(self._channel_word(m.channel) if m.channel else self.tr("tidak bersedia / belum ditanya"))
        self.note.setText(self._note(m))
        self.note.setVisible(bool(m.contact_note))
        self.label_sms.setText(self.tr("Pesan &SMS ({0}/{1} karakter):").format(len(m.sms_text), SMS_LIMIT))
        self.sms.setPlainText(m.sms_text)
        self.full.setPlainText(m.text)
        # No way against the resident's choice is offered at all (not merely greyed out).
        self.button_copy.setVisible(messages.VIA_COPY in m.vias)
        self.button_whatsapp.setVisible(messages.VIA_WHATSAPP in m.vias)
        self._enable(self.can_tell and not acting(self))

    def _channel_word(self, channel: str) -> str:
        words = {
            Channel.WHATSAPP.value: self.tr("WhatsApp"),
            Channel.TELEPON.value: self.tr("Telepon/SMS"),
            Channel.FASILITATOR.value: self.tr("Fasilitator"),
            Channel.DATANG_LANGSUNG.value: self.tr("Datang langsung"),
        }
        return words.get(channel, channel)

    def _note(self, m: messages.Message) -> str:
        """Why a way is not offered, in the screen's language."""
        if not m.contact_note:
            return ""
        if not m.channel:
            return self.tr(
                "Warga tidak bersedia dihubungi atau belum pernah ditanya: pesan ke telepon tidak "
                "ditawarkan. Beri tahu saat warga datang (slip status)."
            )
        if m.channel == Channel.TELEPON.value and m.phone:
            return self.tr("Warga memilih telepon/SMS, bukan WhatsApp: salin pesan untuk SMS atau dibacakan.")
        if m.channel == Channel.FASILITATOR.value:
            return self.tr(
                "Warga memilih diberi tahu melalui fasilitator: salin pesan untuk fasilitator atau cetak slip."
            )
        if m.channel == Channel.DATANG_LANGSUNG.value:
            return self.tr("Warga memilih diberi tahu saat datang langsung: cetak slip status.")
        return self.tr("Nomor HP warga tidak tercatat atau tidak dikenali: perbaiki di data warga.")

    # --- telling ---------------------------------------------------------------------------------------------

    def _record(self, via: str) -> bool:
        """Record the telling as a job (once, however often pressed meanwhile); False when nothing was started."""
        m = self.message
        if m is None:
            return False
        db, actor, number, event = self.ctx.db, self.ctx.actor, m.number, m.event  # plain data for the worker

        def recorded(_story: statusdesk.StatusStory) -> None:
            self.told_via = via
            self.status.setText(self.tr("Tercatat: warga diberi tahu ({0}).").format(event_title(event)))
            self.load()  # the next event not yet told, if any

        return run_action(
            self,
            lambda: messages.record_told(db, actor, number, event, via),
            recorded,
            on_refused=lambda exc: show_error(self, exc),
            state=self._show_if_read,
            topics=(Topic.COMPLAINTS, Topic.REFERRALS),
        )

    def _show_if_read(self) -> None:
        """The buttons as the action's state says (greyed while the telling is being recorded)."""
        if self.message is not None:
            self._enable(self.can_tell and not acting(self))

    def copy_message(self) -> None:
        m = self.message
        if m is None:
            return
        # A call or SMS takes the short text; WhatsApp and the facilitator the full one.
        text = m.sms_text if m.channel == Channel.TELEPON.value else m.text
        QGuiApplication.clipboard().setText(text)
        self._record(messages.VIA_COPY)

    def open_whatsapp(self) -> None:
        m = self.message
        if m is None or not m.wa_url:
            return
        if not open_url(m.wa_url):
            self.status.setText(
                self.tr(
                    "WhatsApp atau peramban tidak dapat dibuka di komputer ini. Pesan disalin; "
                    "kirim dari telepon kantor."
                )
            )
            QGuiApplication.clipboard().setText(m.text)
            return  # not sent: nothing recorded
        self._record(messages.VIA_WHATSAPP)

    def print_slip(self) -> None:
        m = self.message
        if m is None:
            return
        db, actor, number, layout = self.ctx.db, self.ctx.actor, m.number, str(self.slip_layout.currentData())
        preview_pdf(
            self,
            lambda: messages.slip_printout(db, actor, number, layout),
            self.tr("Slip status {0}").format(number),
            f"slip-{safe_name(number)}.pdf",
            then=self._after_slip,
        )

    def _after_slip(self) -> None:
        # The slip records the resident told when it was printed or saved (Printout.record); show what is next.
        self.ctx.changed(Topic.COMPLAINTS)

        def compare(before: messages.Message | None) -> None:
            if before is not None and self.message is not None and self.message != before:
                self.told_via = messages.VIA_SLIP
                self.status.setText(self.tr("Tercatat: warga diberi tahu ({0}).").format(event_title(before.event)))

        self.load(compare)
