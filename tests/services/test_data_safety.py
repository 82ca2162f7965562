"""Issue 13: nothing lost when things go wrong — backups, restore and the database file under attack.

Each test reproduces an attack that succeeded against the program before (and fails on that code).
"""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from puskesos_desktop.config import sqlite_url
from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.db import claim, engine
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import numbering
from puskesos_desktop.services.admin import backup, restore
from puskesos_desktop.services.bootstrap import open_office_db
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor, cli_actor
from puskesos_desktop.services.people import residents

# The SQLite file itself: damaged and read-only files, the claim, restore over the file.
pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Sandi-cadangan-1"


def _complaint(db: Database, actor: Actor, name: str = "Warga Uji") -> str:
    r = residents.create_resident(db, actor, residents.ResidentInput(name=name, sex="L", no_nik_reason="belum punya"))
    return complaints.register_complaint(db, actor, complaints.ComplaintInput(r.id, "Sosial", "Rumah bocor")).number


def _serial(number: str) -> int:
    return int(number.rsplit("/", 1)[1])


def _child(code: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _wait_line(proc: subprocess.Popen[str], word: str) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert word in line, (line, proc.stderr.read() if proc.stderr else "")


def _plain_files(folder: Path) -> list[Path]:
    out = []
    for p in folder.rglob("*"):
        if p.is_file():
            with open(p, "rb") as fh:
                if fh.read(16) == backup.SQLITE_MAGIC:
                    out.append(p)
    return out


# --- 1. an interrupted encrypted backup --------------------------------------------------------------------------


def test_killed_encrypted_backup_leaves_no_plaintext_and_the_next_start_clears_up(
    db: Database, coordinator: Actor, tmp_path: Path
) -> None:
    assert db.path is not None
    _complaint(db, coordinator)
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    # The child stops (as if the power went) while the backup is being encrypted.
    code = f"""
import sys, time
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import backup, users
def stuck(*args):  # the key derivation: the plain snapshot exists, the encryption is about to start
    print("MIDWAY", flush=True)
    time.sleep(600)
backup._key = stuck
db = Database({db.url!r})
backup.create_backup(db, users.get_user(db, "koordinator").actor(), {str(stick / "cadangan.enc")!r}, {PASSWORD!r})
"""
    proc = _child(code)
    try:
        _wait_line(proc, "MIDWAY")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert list(stick.iterdir()), "the kill came while the backup was being written"
    assert _plain_files(stick) == []  # only ciphertext ever reached the stick
    assert not (stick / "cadangan.enc").exists()
    private = list(db.path.parent.glob(f".{db.path.name}.sementara-*"))
    assert private and all(p.stat().st_mode & 0o077 == 0 for p in private)  # the plain copy: private, data folder
    # The next program to open the database (alone) removes everything the killed one left.
    db.dispose()
    again = Database(db.url)
    try:
        assert list(db.path.parent.glob(f".{db.path.name}.sementara-*")) == []
        assert list(db.path.parent.glob(f".{db.path.name}.catatan-*")) == []
        assert list(stick.iterdir()) == []
    finally:
        again.dispose()


def test_encrypted_backup_streams_and_restores(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    assert db.path is not None
    _complaint(db, coordinator, "Sebelum Cadangan")
    saved = backup.create_backup(db, coordinator, tmp_path / "c.enc", PASSWORD)
    assert saved.path.read_bytes().startswith(backup.ENC_MAGIC)
    # Same format as before: the one-shot decryption reads a streamed file.
    assert backup.decrypt_bytes(saved.path.read_bytes(), PASSWORD)[:16] == backup.SQLITE_MAGIC
    if os.name == "posix":
        assert saved.path.stat().st_mode & 0o777 == 0o600
        assert db.path.stat().st_mode & 0o777 == 0o600
    result = restore.restore(db.url, saved.path, cli_actor(), PASSWORD)
    if os.name == "posix":
        assert result.target.stat().st_mode & 0o777 == 0o600


# --- 3. restore on a damaged database ------------------------------------------------------------------------------


def damage_schema(path: Path) -> None:
    """One changed byte in the schema text: what made restore, audit verify, backup and --self-test crash."""
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    at = data.index(b"CREATE TABLE")
    data[at + 13] = 0xFF
    path.write_bytes(bytes(data))


def test_damaged_database_is_named_and_restored(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    assert db.path is not None
    first = _complaint(db, coordinator)
    saved = backup.create_backup(db, coordinator, tmp_path / "cadangan.sqlite3")
    db.dispose()
    damage_schema(db.path)
    damaged = db.path.read_bytes()
    with pytest.raises(engine.DamagedDatabase, match=rf"Database {db.path} rusak.*Pulihkan cadangan"):
        open_office_db(db.url)
    result = restore.restore(db.url, saved.path, cli_actor())
    assert result.aside is not None and result.aside.read_bytes() == damaged  # kept as it was, byte for byte
    fresh = open_office_db(db.url)
    try:
        assert complaints.get_complaint(fresh, None, first).number == first
    finally:
        fresh.dispose()


# --- 5. restore while another program has the database open -------------------------------------------------------


def test_restore_is_refused_while_another_program_has_the_database_open(
    db: Database, coordinator: Actor, tmp_path: Path
) -> None:
    assert db.path is not None
    saved = backup.create_backup(db, coordinator, tmp_path / "cadangan.sqlite3")
    code = f"""
import time
from puskesos_desktop.db import claim
from puskesos_desktop.db.engine import Database
claim.program_label = "jendela Puskesos Desktop"
db = Database({db.url!r})
print("OPEN", flush=True)
time.sleep(600)
"""
    proc = _child(code)
    try:
        _wait_line(proc, "OPEN")
        before = db.path.read_bytes()
        with pytest.raises(claim.DatabaseInUse) as refused:
            restore.restore(db.url, saved.path, cli_actor())
        assert "jendela Puskesos Desktop" in refused.value.message and f"proses {proc.pid}" in refused.value.message
        assert "Tutup program itu" in refused.value.message
        assert db.path.read_bytes() == before
        assert not list(db.path.parent.glob("*sebelum-pulih*"))
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    # A program that is gone holds nothing (the OS dropped its lock); its record is cleared on the way.
    restore.restore(db.url, saved.path, cli_actor())
    assert claim.holders(db.path) == []


# --- 6. numbers after a restore -------------------------------------------------------------------------------------


def test_numbers_are_never_reused_after_a_restore(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    saved = backup.create_backup(db, coordinator, tmp_path / "cadangan.sqlite3")
    printed = [_complaint(db, coordinator, f"Warga {i}") for i in range(3)]
    restore.restore(db.url, saved.path, cli_actor())
    after = _complaint(db, coordinator, "Warga Sesudah Pulih")
    assert after not in printed and _serial(after) == _serial(printed[-1]) + 1


def test_numbers_survive_a_restore_over_an_unreadable_database(
    db: Database, coordinator: Actor, tmp_path: Path
) -> None:
    assert db.path is not None
    saved = backup.create_backup(db, coordinator, tmp_path / "cadangan.sqlite3")
    printed = [_complaint(db, coordinator, f"Warga {i}") for i in range(3)]
    assert numbering.read_journal(db.path)  # the journal beside the database knows the numbers handed out
    db.dispose()
    damage_schema(db.path)
    restore.restore(db.url, saved.path, cli_actor())
    fresh = open_office_db(db.url)
    try:
        after = _complaint(fresh, coordinator, "Warga Sesudah Pulih")
    finally:
        fresh.dispose()
    assert _serial(after) == _serial(printed[-1]) + 1


# --- 8. what is not an office database ------------------------------------------------------------------------------


def test_files_that_are_not_an_office_database_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "kosong.sqlite3"
    empty.write_bytes(b"")
    noise = tmp_path / "acak.sqlite3"
    noise.write_bytes(os.urandom(5000))
    folder = tmp_path / "folder.sqlite3"
    folder.mkdir()
    foreign = tmp_path / "lain.sqlite3"
    conn = sqlite3.connect(str(foreign))
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    for path, words in [
        (empty, "kosong (0 bita)"),
        (noise, "bukan database Puskesos"),
        (folder, "adalah folder"),
        (foreign, "aplikasi lain (tabel: contacts)"),
    ]:
        before = path.read_bytes() if path.is_file() else None
        with pytest.raises(engine.NotAnOfficeDatabase, match=re.escape(words)):
            open_office_db(sqlite_url(path))
        assert (path.read_bytes() if path.is_file() else None) == before  # untouched: no new office in its place
        assert not claim.lock_path(path).exists()


def test_a_newer_versions_database_names_the_version_once_without_a_copy(empty_db: Database, tmp_path: Path) -> None:
    assert empty_db.path is not None
    path = empty_db.path
    empty_db.dispose()
    conn = sqlite3.connect(str(path))
    conn.execute("UPDATE alembic_version SET version_num = 'f00dbeef'")
    conn.execute("PRAGMA user_version = 20300")  # written by Puskesos Desktop 2.3.0
    conn.commit()
    conn.close()
    for _ in range(2):
        with pytest.raises(engine.NewerDatabase, match=r"versi 2\.3\.0 atau yang lebih baru") as refused:
            open_office_db(sqlite_url(path))
        assert "\n" not in refused.value.message
    assert [p.name for p in tmp_path.iterdir() if "sebelum" in p.name] == []


def test_a_read_only_database_reads_and_backs_up_but_refuses_writes(
    db: Database, coordinator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert db.path is not None
    number = _complaint(db, coordinator)
    db.dispose()
    monkeypatch.setattr(engine, "_writable", lambda _p: False)
    ro = open_office_db(db.url)
    try:
        assert ro.read_only
        assert complaints.get_complaint(ro, None, number).number == number
        saved = backup.create_backup(ro, coordinator, tmp_path / "dari-media-baca.sqlite3")
        assert saved.size > 0
        with pytest.raises(engine.ReadOnlyDatabase, match="hanya dapat dibaca"):
            _complaint(ro, coordinator)
    finally:
        ro.dispose()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="needs a read-only bind mount (root)")
def test_a_database_on_a_really_read_only_mount(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    assert db.path is not None
    number = _complaint(db, coordinator)
    db.dispose()
    source = tmp_path / "isi-cd"
    source.mkdir()
    engine.sqlite_backup(db.path, source / "kantor.sqlite3")
    media = tmp_path / "cdrom"
    media.mkdir()
    mounted = subprocess.run(["mount", "--bind", str(source), str(media)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("mount not permitted here")
    try:
        if subprocess.run(["mount", "-o", "remount,ro,bind", str(media)], capture_output=True).returncode != 0:
            pytest.skip("read-only remount not permitted here")
        ro = open_office_db(sqlite_url(media / "kantor.sqlite3"))
        try:
            assert ro.read_only and complaints.get_complaint(ro, None, number).number == number
            out = tmp_path / "salinan.sqlite3"
            backup.create_backup(ro, coordinator, out, PASSWORD)
            with pytest.raises(PuskesosError, match="hanya dapat dibaca"):
                _complaint(ro, coordinator)
        finally:
            ro.dispose()
    finally:
        if subprocess.run(["umount", str(media)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(media)], capture_output=True)


# --- 7. a long writer elsewhere -------------------------------------------------------------------------------------


def test_a_write_waits_out_a_long_writer_instead_of_failing(
    db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert db.path is not None
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    busy = Database(db.url)  # its connections now give up on a lock after 0.2 s
    blocker = sqlite3.connect(str(db.path), isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN IMMEDIATE")  # an import holding the write lock for a while
    timer = threading.Timer(1.0, lambda: blocker.execute("COMMIT"))
    timer.start()
    try:
        number = _complaint(busy, coordinator)  # before: "database is locked" after the busy timeout
        assert number
    finally:
        timer.join()
        blocker.close()
        busy.dispose()
