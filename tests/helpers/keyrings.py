"""Credential stores for tests: one in memory, one that refuses, and none at all. A test must never write to the
credential store of the machine it runs on (a developer's desktop has a real one)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail


class MemoryKeyring(KeyringBackend):
    """Stands in for Windows Credential Manager or the Secret Service."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


class RefusingKeyring(MemoryKeyring):
    """A store that is there but refuses (locked, or the person said no)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("locked")


@contextmanager
def using(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@contextmanager
def none_there() -> Iterator[None]:
    """As on a headless Linux: no credential store, the private file serves."""
    with using(fail.Keyring()):
        yield


@pytest.fixture
def no_credential_store() -> Iterator[None]:
    """For a module: `pytestmark = pytest.mark.usefixtures("no_credential_store")` (tests/conftest.py offers it)."""
    with none_there():
        yield
