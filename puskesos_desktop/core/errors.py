"""Exceptions the core raises; only the UI turns them into message boxes."""

from __future__ import annotations


class PuskesosError(Exception):
    """Base of every error a user may see. ``message`` is Indonesian and says what to fix."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(PuskesosError):
    """Bad input. ``field`` names the form field (or column) at fault, when there is one."""

    def __init__(self, message: str, field: str | None = None, row: int | None = None) -> None:
        super().__init__(message)
        self.field = field
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
