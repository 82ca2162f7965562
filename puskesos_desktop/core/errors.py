"""Exceptions the core raises; only the UI turns them into message boxes."""

from __future__ import annotations

from enum import StrEnum


class PuskesosError(Exception):
    """Base of every error a user may see. ``message`` is Indonesian and says what to fix."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class FormField(StrEnum):
    """A form field a refusal can be about, so that a dialog finds its widget by key, not by the Indonesian word
    the message names it with. Given as a ValidationError's ``field``: ``key`` is then the member, ``field`` its
    label."""

    RESIDENT = "resident"
    VISIT = "visit"
    FIELD = "field"
    SERVICE = "service"
    DESCRIPTION = "description"
    URGENCY = "urgency"
    ANSWER = "answer"
    CHANNEL = "channel"
    FACILITATOR = "facilitator"
    VISIT_DATE = "visit_date"
    CONSENT_DATA_USE = "consent_data_use"
    CONTACT_CHANNEL = "contact_channel"


FIELD_LABELS: dict[FormField, str] = {
    FormField.RESIDENT: "Warga",
    FormField.VISIT: "Kunjungan",
    FormField.FIELD: "Bidang",
    FormField.SERVICE: "Layanan",
    FormField.DESCRIPTION: "Uraian keluhan",
    FormField.URGENCY: "Kemendesakan",
    FormField.ANSWER: "Jawaban",
    FormField.CHANNEL: "Saluran",
    FormField.FACILITATOR: "Fasilitator",
    FormField.VISIT_DATE: "Tanggal kunjungan",
    FormField.CONSENT_DATA_USE: "Persetujuan penggunaan data",
    FormField.CONTACT_CHANNEL: "Cara dihubungi",
}


class ValidationError(PuskesosError):
    """Bad input. ``field`` names the form field (or column) at fault, when there is one; ``key`` is that field
    as a FormField when the service gave one (the dialog's way to find the widget)."""

    def __init__(self, message: str, field: str | None = None, row: int | None = None) -> None:
        super().__init__(message)
        self.key = field if isinstance(field, FormField) else None
        self.field = FIELD_LABELS[field] if isinstance(field, FormField) else field
        self.row = row

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"baris {self.row}")
        if self.field:
            where.append(self.field)
        return f"{', '.join(where)}: {self.message}" if where else self.message


class NotFoundError(PuskesosError):
    pass


class TransitionError(PuskesosError):
    """A status change the rules do not allow."""


class PermissionDenied(PuskesosError):
    """The acting user's role may not take this action."""


class PrintRefused(PuskesosError):
    """A document that may not be printed in its present state."""


class AuthError(PuskesosError):
    """Login refused (wrong password, locked or disabled account)."""


class Cancelled(Exception):
    """The person cancelled long work; it stopped at its next step and nothing it did was kept."""
