"""connection.py: this PC's server setting, its password in the credential store (keyring) or, where there is
none, in a private file (0600) in the data folder; never in the settings file."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from puskesos_desktop import connection
from puskesos_desktop.core.errors import ValidationError
from tests.helpers import keyrings
from tests.helpers.keyrings import MemoryKeyring

PASSWORD = "Sandi'rahasia:@/1"


@pytest.fixture
def store() -> Iterator[MemoryKeyring]:
    with keyrings.using(MemoryKeyring()) as memory:
        yield memory  # type: ignore[misc]


SETTINGS = connection.ServerSettings("server-kantor", 5432, "puskesos", "puskesos")


def _everything_under(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in folder.rglob("*") if p.is_file())


def test_the_password_goes_to_the_credential_store_and_nowhere_else(tmp_path: Path, store: MemoryKeyring) -> None:
    assert connection.password_store() == "keyring"
    assert connection.save(tmp_path, SETTINGS, PASSWORD) == "keyring"
    assert store.kept == {(connection.KEYRING_SERVICE, "puskesos@server-kantor:5432/puskesos"): PASSWORD}
    assert PASSWORD not in _everything_under(tmp_path)
    assert not connection.password_path(tmp_path).exists()
    assert connection.load(tmp_path) == SETTINGS
    assert connection.load_password(tmp_path, SETTINGS) == PASSWORD
    # The URL quotes what a URL cannot hold as it is.
    url = connection.server_url(tmp_path)
    assert url is not None
    from sqlalchemy.engine import make_url

    assert make_url(url).password == PASSWORD


@pytest.mark.skipif(os.name != "posix", reason="file modes")
@pytest.mark.usefixtures("no_credential_store")
def test_without_a_credential_store_a_private_file(tmp_path: Path) -> None:
    assert connection.password_store() == "file"
    assert connection.save(tmp_path, SETTINGS, PASSWORD) == "file"
    kept = connection.password_path(tmp_path)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert PASSWORD not in connection.settings_path(tmp_path).read_text(encoding="utf-8")
    assert connection.load_password(tmp_path, SETTINGS) == PASSWORD


def test_a_store_that_refuses_falls_back_to_the_file(tmp_path: Path) -> None:
    with keyrings.using(keyrings.RefusingKeyring()):
        assert connection.save(tmp_path, SETTINGS, PASSWORD) == "file"
        assert connection.load_password(tmp_path, SETTINGS) == PASSWORD


def test_an_empty_password_keeps_the_stored_one_and_follows_a_new_address(tmp_path: Path, store: MemoryKeyring) -> None:
    connection.save(tmp_path, SETTINGS, PASSWORD)
    assert connection.save(tmp_path, SETTINGS, None) is None
    assert connection.load_password(tmp_path, SETTINGS) == PASSWORD
    moved = connection.ServerSettings("192.168.1.10", 5432, "puskesos", "puskesos")
    assert connection.save(tmp_path, moved, "") == "keyring"
    assert connection.load_password(tmp_path, moved) == PASSWORD
    assert len(store.kept) == 1  # the old server's entry went


def test_forget_removes_the_setting_and_the_password(tmp_path: Path, store: MemoryKeyring) -> None:
    connection.save(tmp_path, SETTINGS, PASSWORD)
    connection.forget(tmp_path)
    assert connection.load(tmp_path) is None and store.kept == {}
    assert connection.server_url(tmp_path) is None


@pytest.mark.usefixtures("no_credential_store")
def test_forget_removes_the_private_file_too(tmp_path: Path) -> None:
    connection.save(tmp_path, SETTINGS, PASSWORD)
    connection.forget(tmp_path)
    assert not connection.password_path(tmp_path).exists()
    assert PASSWORD not in _everything_under(tmp_path)


@pytest.mark.parametrize(
    ("host", "port", "database", "user", "field"),
    [
        ("", 5432, "puskesos", "puskesos", "Server"),
        ("server kantor", 5432, "puskesos", "puskesos", "Server"),
        ("server", 0, "puskesos", "puskesos", "Port"),
        ("server", "lima", "puskesos", "puskesos", "Port"),
        ("server", 5432, "1kantor", "puskesos", "Database"),
        ("server", 5432, "puskesos", "pus kesos", "Pengguna"),
    ],
)
def test_bad_values_name_their_field(host: str, port: object, database: str, user: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        connection.validate(host, port, database, user)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_a_password_in_a_url_is_seen() -> None:
    assert connection.has_password("postgresql+psycopg://u:p@h/d")
    assert not connection.has_password("postgresql+psycopg://u@h/d")
    assert not connection.has_password("sqlite:///x.sqlite3")
    assert not connection.has_password("kantor.sqlite3")


def test_a_password_is_seen_as_sqlalchemy_sees_it_without_importing_it() -> None:
    """`puskesos find --db URL` asks before anything else: the answer of make_url(url).password, from its pattern."""
    from sqlalchemy.engine import make_url

    for url in (
        "postgresql+psycopg://u:p@h/d",
        "postgresql://u:p%40q@h:5432/d?sslmode=require",
        "postgresql://u:@h/d",
        "postgresql://:p@h/d",
        "postgresql://u@h/d",
        "postgresql://h/d",
        "postgresql://u:p/x@h/d",
        "postgresql://[::1]:5432/d",
        "postgresql:///d?host=/run/postgresql",
        "mysql+pymysql://u:p@h/d",
    ):
        assert connection.has_password(url) == bool(make_url(url).password), url
