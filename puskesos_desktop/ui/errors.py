"""How the window tells a person that something went wrong: one place, always in the UI language.

A refusal from the services (PuskesosError) says what to fix. Anything else is a fault of the program or the
machine (disk full, database locked, a bug): the person is told in plain words that what was already saved is
safe, and the details go to the crash log (ui/crashlog.py), never to the screen.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from puskesos_desktop.core.errors import Joined, Message, PermissionDenied, PuskesosError, ValidationError
from puskesos_desktop.ui import crashlog

T = TypeVar("T")
W = TypeVar("W", bound=QWidget)


class Revocations(QObject):
    """Says that a service refused an action because the signed-in account was disabled meanwhile; the session
    controller (ui/session.py) signs the person out when it hears it."""

    revoked = Signal()


_revocations: Revocations | None = None


def revocations() -> Revocations:
    global _revocations
    if _revocations is None:
        _revocations = Revocations()
    return _revocations


MESSAGE_CONTEXT = "ServiceMessages"  # scripts/update_translations.py collects the services' templates here


def translate_message(template: str) -> str:
    """A service's message id (its Indonesian template) in the UI language."""
    return QCoreApplication.translate(MESSAGE_CONTEXT, template)


def message_text(message: Message | Joined) -> str:
    """A sentence a service made (a Message), in the UI language with its values filled in."""
    return message.text(translate_message)


def refusal_text(exc: PuskesosError) -> str:
    """What a refusal says, in the UI language (a ValidationError with its row and field in front)."""
    return exc.text(translate_message)


def field_widget(fields: Mapping[str, W], exc: BaseException) -> W | None:
    """The widget a refusal is about: found by its FormField key; a service that names the field only in words
    (not yet typed) is found by that word."""
    if not isinstance(exc, ValidationError):
        return None
    if exc.key is not None:
        return fields.get(exc.key)
    return fields.get(exc.field) if exc.field else None


def show_error(parent: QWidget | None, exc: PuskesosError) -> None:
    """A refusal: nothing changed; the message says what to fix."""
    title = (
        QCoreApplication.translate("ErrorMessages", "Tidak diizinkan")
        if isinstance(exc, PermissionDenied)
        else QCoreApplication.translate("ErrorMessages", "Periksa kembali")
    )
    QMessageBox.warning(parent, title, refusal_text(exc))
    # Here, not at the top: the sign-in dialog paints before SQLAlchemy is imported (issue 21).
    from puskesos_desktop.services.context import AccountRevoked

    if isinstance(exc, AccountRevoked):
        revocations().revoked.emit()


def attempt(parent: QWidget, action: Callable[[], T]) -> T | None:
    """Run a service call; a refusal becomes a message box and None (nothing changed)."""
    try:
        return action()
    except PuskesosError as exc:
        show_error(parent, exc)
        return None


def describe_fault(exc: BaseException) -> str:
    """One Indonesian (or translated) sentence for a fault that is not a refusal."""
    text = f"{type(exc).__name__}: {exc}".lower()
    if "database is locked" in text or "database table is locked" in text:
        return QCoreApplication.translate(
            "ErrorMessages",
            "Basis data sedang dipakai oleh pekerjaan lain (misalnya impor yang panjang). Tunggu sebentar, "
            "lalu coba lagi. Data yang sudah tersimpan aman.",
        )
    disk_full = isinstance(exc, OSError) and getattr(exc, "errno", None) == 28
    if disk_full or "disk is full" in text or "no space" in text:
        return QCoreApplication.translate(
            "ErrorMessages",
            "Disk penuh: kosongkan ruang pada disk atau flashdisk, lalu coba lagi. Data yang sudah tersimpan aman.",
        )
    if isinstance(exc, sqlite3.DatabaseError) or "malformed" in text or "not a database" in text:
        return QCoreApplication.translate(
            "ErrorMessages",
            "Berkas basis data tidak dapat dibaca. Hubungi koordinator untuk memulihkan cadangan terakhir.",
        )
    return QCoreApplication.translate(
        "ErrorMessages",
        "Terjadi galat pada program. Data yang sudah tersimpan aman. Rinciannya dicatat di laporan galat "
        "(Bantuan › Laporan galat) untuk dikirim ke pendamping TI.",
    )


def show_fault(parent: QWidget | None, exc: BaseException, *, logged: bool = False) -> None:
    """A fault that is not a refusal: say so in plain words; its type and stack go to the crash log (never its
    message, which can hold a name or a NIK), not to the screen."""
    if isinstance(exc, PuskesosError):
        show_error(parent, exc)
        return
    if not logged:
        crashlog.log_exception(type(exc), exc, exc.__traceback__, "fault")
    QMessageBox.critical(parent, QCoreApplication.translate("ErrorMessages", "Terjadi galat"), describe_fault(exc))


class _FaultReporter(QObject):
    """Lives on the UI thread. An exception that escaped a slot or a thread reaches it from any thread (a queued
    signal) and is shown there, one message at a time: a fault that repeats on every repaint must not stack up
    message boxes."""

    fault = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.showing = False
        self.shown = 0
        self.fault.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, exc: BaseException) -> None:
        self.fault.emit(exc)  # any thread

    def _show(self, exc: object) -> None:
        if self.showing or not isinstance(exc, BaseException):
            return
        self.showing = True
        try:
            self.shown += 1
            show_fault(QApplication.activeWindow(), exc, logged=True)
        finally:
            self.showing = False


def install_fault_reporter(app: QObject) -> _FaultReporter:
    """Unhandled exceptions (ui/crashlog.py's hooks) are shown to the person in the UI language; the program goes
    on. Call on the UI thread."""
    reporter = _FaultReporter(app)
    crashlog.set_ui_reporter(reporter.report)
    return reporter
