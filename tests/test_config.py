"""config.choose_db: the order in which the office database is chosen — --db, PUSKESOS_DB, this PC's saved office
server, the office file in the data folder — and how a message names a database (never with its password)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from puskesos_desktop import config, connection
from tests.helpers import keyrings


@pytest.fixture(autouse=True)
def _no_credential_store() -> Iterator[None]:
    with keyrings.none_there():  # never the machine's own store
        yield


SERVER = connection.ServerSettings("192.168.1.10", 5433, "kantor", "petugas")


def _save_server(enabled: bool = True) -> None:
    settings = connection.ServerSettings(SERVER.host, SERVER.port, SERVER.database, SERVER.user, enabled)
    connection.save(config.data_dir(), settings, "Sandi:server/1")


def test_without_anything_the_office_file_in_the_data_folder() -> None:
    chosen = config.choose_db(None)
    assert chosen.source == "default"
    assert chosen.url == config.sqlite_url(config.data_dir() / config.DB_FILENAME)


def test_the_saved_server_comes_before_the_office_file() -> None:
    _save_server()
    chosen = config.choose_db(None)
    assert chosen.source == "server"
    assert chosen.url.startswith("postgresql+psycopg://petugas:")
    assert chosen.url.endswith("@192.168.1.10:5433/kantor")
    assert connection.has_password(chosen.url)


def test_a_saved_server_that_is_switched_off_is_not_used() -> None:
    _save_server(enabled=False)
    assert config.choose_db(None).source == "default"


def test_the_environment_comes_before_the_saved_server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _save_server()
    monkeypatch.setenv(config.DB_ENV, "postgresql+psycopg://lain@server2/kantor")
    assert config.choose_db(None) == config.ChosenDb("postgresql+psycopg://lain@server2/kantor", "PUSKESOS_DB")
    monkeypatch.setenv(config.DB_ENV, str(tmp_path / "berkas.sqlite3"))  # a file as well as a URL
    assert config.choose_db(None).url == config.sqlite_url(tmp_path / "berkas.sqlite3")


def test_db_on_the_command_line_comes_first(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _save_server()
    monkeypatch.setenv(config.DB_ENV, "postgresql+psycopg://lain@server2/kantor")
    chosen = config.choose_db(str(tmp_path / "x.sqlite3"))
    assert chosen == config.ChosenDb(config.sqlite_url(tmp_path / "x.sqlite3"), "--db")
    assert config.resolve_db_url("sqlite:///a.sqlite3") == "sqlite:///a.sqlite3"


def test_a_damaged_settings_file_falls_back_to_the_office_file() -> None:
    config.data_dir().mkdir(parents=True, exist_ok=True)
    connection.settings_path(config.data_dir()).write_text("{bukan json", encoding="utf-8")
    assert config.choose_db(None).source == "default"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql+psycopg://u:Rahasia%40123@10.0.0.5:5432/kantor", "10.0.0.5:5432/kantor (pengguna u)"),
        ("postgresql://u@server/kantor", "server:5432/kantor (pengguna u)"),
        ("sqlite:////data/kantor.sqlite3", "/data/kantor.sqlite3"),
    ],
)
def test_a_message_names_a_database_without_its_password(url: str, shown: str) -> None:
    assert config.shown_url(url) == shown
    assert "Rahasia" not in config.shown_url(url)
