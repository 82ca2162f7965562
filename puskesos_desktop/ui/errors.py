"""How the window tells a person that something went wrong: one place, always in the UI language.

A refusal from the services (PuskesosError) says what to fix. Anything else is a fault of the program or the
machine (disk full, database locked, a bug): the person is told in plain words that what was already saved is
safe, and the details go to the crash log (ui/crashlog.py), never to the screen.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from puskesos_desktop.core.errors import PermissionDenied, PuskesosError, ValidationError
from puskesos_desktop.services.context import AccountRevoked

T = TypeVar("T")


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


def show_error(parent: QWidget | None, exc: PuskesosError) -> None:
    """A refusal: nothing changed; the message says what to fix."""
    title = (
        QCoreApplication.translate("ErrorMessages", "Tidak diizinkan")
        if isinstance(exc, PermissionDenied)
        else QCoreApplication.translate("ErrorMessages", "Periksa kembali")
    )
    text = str(exc) if isinstance(exc, ValidationError) else exc.message
    QMessageBox.warning(parent, title, text)
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


def show_fault(parent: QWidget | None, exc: BaseException) -> None:
    """A fault that is not a refusal: say so in plain words (details go to the crash log, not the screen)."""
    if isinstance(exc, PuskesosError):
        show_error(parent, exc)
        return
    QMessageBox.critical(parent, QCoreApplication.translate("ErrorMessages", "Terjadi galat"), describe_fault(exc))
