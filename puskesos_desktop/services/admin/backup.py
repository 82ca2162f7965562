"""Backups of the office database (restoring one: services/restore.py).

* A backup is an SQLite office database file, whatever the engine: on SQLite, SQLite's online backup of the live
  database; on PostgreSQL, every table copied from one consistent snapshot into a new SQLite file
  (services/admin/table_copy.py). Either is checked with ``PRAGMA quick_check`` before it is kept, is written
  whole or not at all, and restores onto either engine.
* On PostgreSQL the backups live in this PC's data folder (the server's database has no folder of its own), and the
  automatic ones run only on the PC set to make them (a per-PC setting, ``auto_backups_here``): one PC backs the
  office up, not every PC that is open. On SQLite every PC running the program makes them, as before.
* Automatic backups (when the program closes, once a day, ``puskesos backup --auto``) go to ``<data>/backups``
  and, when set, a second folder (a USB stick); they are rotated: the newest of each of the last 7 days,
  4 weeks and 12 months is kept. Only files this program named are ever removed.
* A password encrypts a backup: AES-256-GCM with a key derived by scrypt; the password is never stored. The plain
  snapshot it encrypts is a private temporary file in the data folder (db/tempfiles.py), never beside the target:
  only ciphertext ever reaches a USB stick, even when the program is killed midway. Leftovers of a killed backup
  are removed at the next start.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import secrets
import shutil
import sqlite3
import struct
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from puskesos_desktop.config import backup_stem, backups_dir_for, data_dir, working_place
from puskesos_desktop.core import clock
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import FormField, PuskesosError, ValidationError
from puskesos_desktop.core.files import atomic_path, atomic_write_bytes
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db import tempfiles
from puskesos_desktop.db.engine import Database, connect_read_only
from puskesos_desktop.services import audit, office
from puskesos_desktop.services.admin import table_copy
from puskesos_desktop.services.context import Actor

SQLITE_MAGIC = b"SQLite format 3\x00"
ENC_MAGIC = b"PUSKESOS-CADANGAN-TERENKRIPSI\n"  # then: version, scrypt log2(n), r, p, salt, nonce, ciphertext+tag
ENC_VERSION = 1
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 15, 8, 1  # ~32 MB of memory, ~0.1 s here: cheap once, dear a billion times
MIN_BACKUP_PASSWORD = 8
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
SUFFIX = ".sqlite3"


class BackupError(PuskesosError):
    pass


# --- encryption ------------------------------------------------------------------------------------------------


def _key(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(password.encode("utf-8"))


def check_backup_password(password: str) -> None:
    if len(password) < MIN_BACKUP_PASSWORD:
        raise ValidationError(
            "Kata sandi cadangan minimal {min_backup_password} karakter.",
            "Kata sandi",
            min_backup_password=MIN_BACKUP_PASSWORD,
        )


def decrypt_bytes(blob: bytes, password: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    start = len(ENC_MAGIC)
    if not blob.startswith(ENC_MAGIC) or len(blob) < start + 4 + 16 + 12 + 16:
        raise BackupError("Berkas ini bukan cadangan terenkripsi Puskesos.")
    version, log2_n, r, p = struct.unpack(">BBBB", blob[start : start + 4])
    if version != ENC_VERSION or not (10 <= log2_n <= 20 and 1 <= r <= 16 and 1 <= p <= 4):
        raise BackupError("Berkas cadangan ini dibuat oleh versi program yang tidak dikenal.")
    salt = blob[start + 4 : start + 20]
    nonce = blob[start + 20 : start + 32]
    header = blob[: start + 32]
    try:
        return AESGCM(_key(password, salt, log2_n, r, p)).decrypt(nonce, blob[start + 32 :], header)
    except InvalidTag:
        raise ValidationError("Kata sandi salah, atau berkas cadangan rusak.", FormField.PASSWORD) from None


CHUNK = 1 << 20
TAG_BYTES = 16


def _header(log2_n: int = SCRYPT_LOG2_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> tuple[bytes, bytes, bytes]:
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    return ENC_MAGIC + struct.pack(">BBBB", ENC_VERSION, log2_n, r, p) + salt + nonce, salt, nonce


def encrypt_file(source: Path, out: Path, password: str) -> None:
    """Encrypt source into out as it streams (the format decrypt_bytes reads): memory stays small."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    check_backup_password(password)
    header, salt, nonce = _header()
    enc = Cipher(algorithms.AES(_key(password, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)), modes.GCM(nonce)).encryptor()
    enc.authenticate_additional_data(header)
    with open(source, "rb") as src, open(out, "wb") as dst:
        dst.write(header)
        for chunk in iter(lambda: src.read(CHUNK), b""):
            dst.write(enc.update(chunk))
        dst.write(enc.finalize())
        dst.write(enc.tag)


def decrypt_file(source: Path, out: Path, password: str) -> None:
    """Decrypt source into out as it streams; out is only trustworthy when this returns (the tag is checked last),
    so the caller writes it to a private temporary file and removes it on any error."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    start = len(ENC_MAGIC)
    size = source.stat().st_size
    with open(source, "rb") as src:
        header = src.read(start + 32)
        if not header.startswith(ENC_MAGIC) or size < start + 32 + TAG_BYTES:
            raise BackupError("Berkas ini bukan cadangan terenkripsi Puskesos.")
        version, log2_n, r, p = struct.unpack(">BBBB", header[start : start + 4])
        if version != ENC_VERSION or not (10 <= log2_n <= 20 and 1 <= r <= 16 and 1 <= p <= 4):
            raise BackupError("Berkas cadangan ini dibuat oleh versi program yang tidak dikenal.")
        salt, nonce = header[start + 4 : start + 20], header[start + 20 : start + 32]
        src.seek(size - TAG_BYTES)
        tag = src.read(TAG_BYTES)
        src.seek(start + 32)
        dec = Cipher(algorithms.AES(_key(password, salt, log2_n, r, p)), modes.GCM(nonce, tag)).decryptor()
        dec.authenticate_additional_data(header)
        left = size - TAG_BYTES - (start + 32)
        with open(out, "wb") as dst:
            while left > 0:
                chunk = src.read(min(CHUNK, left))
                if not chunk:
                    break
                left -= len(chunk)
                dst.write(dec.update(chunk))
            try:
                dst.write(dec.finalize())
            except InvalidTag:
                raise ValidationError("Kata sandi salah, atau berkas cadangan rusak.", FormField.PASSWORD) from None


def is_encrypted(path: Path | str) -> bool:
    with open(path, "rb") as fh:
        return fh.read(len(ENC_MAGIC)) == ENC_MAGIC


# --- making backups --------------------------------------------------------------------------------------------


def db_file(db: Database) -> Path:
    path = db.path
    if path is None:
        raise BackupError("Database ini bukan berkas SQLite.")
    return path


def server_key(url: str) -> str:
    """A server database in words without its password: host:port/database."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return f"{u.host or 'localhost'}:{u.port or 5432}/{u.database or ''}"


def _anchor(db: Database) -> Path:
    return working_place(db.url)


# --- the per-PC setting: does this PC make the automatic backups? -------------------------------------------------

PC_SETTINGS = "cadangan-komputer.json"


def _pc_settings_path() -> Path:
    return data_dir() / PC_SETTINGS


def _pc_key(db: Database) -> str:
    return str(db.path.resolve()) if db.path is not None else server_key(db.url)


def _pc_settings() -> dict[str, bool]:
    try:
        data = json.loads(_pc_settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): bool(v) for k, v in data.items()} if isinstance(data, dict) else {}


def auto_backups_here(db: Database) -> bool:
    """Whether this PC makes the daily and closing backups of db. SQLite: yes unless switched off here;
    PostgreSQL: only where it was switched on (one PC backs the server up, not each of them)."""
    return _pc_settings().get(_pc_key(db), db.path is not None)


def set_auto_backups_here(db: Database, actor: Actor, on: bool) -> None:
    """Switch this PC's automatic backups of db on or off (kept in this PC's data folder; recorded in the trail)."""
    actor.require(Permission.BACKUP)
    settings = _pc_settings()
    settings[_pc_key(db)] = bool(on)
    path = _pc_settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, json.dumps(settings, ensure_ascii=False, indent=1).encode("utf-8"))
    if not db.read_only:
        import socket

        audit.log(
            db, actor, AuditAction.SETTING_UPDATE, "setting", "auto_backup_pc", pc=socket.gethostname(), on=bool(on)
        )


def _snapshot(source: Path, target: Path) -> None:
    """SQLite online backup of source into target (an empty or missing file), then a quick check of the copy."""
    src = connect_read_only(source)  # also on read-only media, and never a write lock
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            check = dst.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()
    if check != "ok":
        raise BackupError("Salinan database tidak lolos pemeriksaan ({check}). Database mungkin rusak.", check=check)


def _private_temp(source: Path) -> Path:
    """A private working file beside the database, or in the user's data folder when that folder is read-only."""
    try:
        return tempfiles.private_temp(source, "cadangan", SUFFIX)
    except OSError:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return tempfiles.private_temp(folder / source.name, "cadangan", SUFFIX)


def _server_snapshot(db: Database, target: Path) -> None:
    """Every table of a server database, from one consistent snapshot, into the new SQLite file target."""
    try:
        table_copy.write_sqlite_copy(db, target)
    except table_copy.CopyError as exc:
        raise BackupError(
            "Salinan database tidak lengkap: {reason} Cadangan tidak disimpan.", reason=exc.said
        ) from None
    conn = sqlite3.connect(str(target))
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()
    if check != "ok":
        raise BackupError("Salinan database tidak lolos pemeriksaan ({check}).", check=check)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    sha256: str
    encrypted: bool
    second_copy: Path | None = None
    second_error: str = ""
    removed: list[Path] = field(default_factory=list)


def _write_backup(db: Database, target: Path, password: str | None) -> BackupResult:
    if db.path is None:
        return _write_server_backup(db, target, password)
    source = db_file(db)
    if not source.exists():
        raise BackupError("Database {source} tidak ditemukan.", source=source)
    plain: Path | None = None
    note: Path | None = None
    try:
        if password:
            # The plain snapshot stays in the data folder, private; only ciphertext goes to the target's folder.
            plain = _private_temp(source)
            _snapshot(source, plain)
        with atomic_path(target) as tmp:  # an empty file: SQLite takes it as an empty database
            note = tempfiles.note_external(source, tmp) if not db.read_only else None
            if plain is not None and password:
                encrypt_file(plain, tmp, password)
            else:
                _snapshot(source, tmp)
                Path(str(tmp) + "-journal").unlink(missing_ok=True)
    finally:
        if plain is not None:
            tempfiles.remove(plain)
        tempfiles.forget(note)
    return BackupResult(target, target.stat().st_size, _sha256(target), bool(password))


def _write_server_backup(db: Database, target: Path, password: str | None) -> BackupResult:
    """A server database: the SQLite copy is built privately in this PC's data folder, then encrypted or copied
    to the target (so a half-built copy never reaches a USB stick)."""
    anchor = _anchor(db)
    plain = _private_temp(anchor)
    note: Path | None = None
    try:
        _server_snapshot(db, plain)
        with atomic_path(target) as tmp:
            note = tempfiles.note_external(anchor, tmp)
            if password:
                encrypt_file(plain, tmp, password)
            else:
                shutil.copyfile(plain, tmp)
    finally:
        tempfiles.remove(plain)
        tempfiles.forget(note)
    return BackupResult(target, target.stat().st_size, _sha256(target), bool(password))


def create_backup(db: Database, actor: Actor, out: Path | str, password: str | None = None) -> BackupResult:
    """A backup to a file of the user's choosing (a USB stick, say), optionally encrypted."""
    actor.require(Permission.BACKUP)
    if password:
        check_backup_password(password)
    target = Path(out).expanduser()
    if target.exists() and target.is_dir():
        raise ValidationError("Tujuan adalah folder; tulis nama berkas, misalnya cadangan.sqlite3.", FormField.FILE)
    if db.path is not None and target.resolve() == db.path.resolve():
        raise ValidationError("Tujuan cadangan tidak boleh berkas database itu sendiri.", FormField.FILE)
    result = _write_backup(db, target, password)
    if db.read_only:
        return result  # a database on read-only media can be backed up, but its audit trail cannot grow
    audit.log(
        db,
        actor,
        AuditAction.BACKUP_CREATE,
        "backup",
        target.name,
        file=str(target),
        bytes=result.size,
        sha256=result.sha256,
        encrypted=result.encrypted,
    )
    return result


def backups_dir(db: Database) -> Path:
    """Beside the SQLite file; for a server database, in this PC's data folder."""
    return backups_dir_for(_anchor(db))


def second_folder(db: Database) -> Path | None:
    value = office.load_settings(db).backup_second_folder.strip()
    return Path(value).expanduser() if value else None


def set_second_folder(db: Database, actor: Actor, folder: str) -> None:
    actor.require(Permission.BACKUP)
    value = folder.strip()
    if value:
        path = Path(value).expanduser()
        if not path.is_absolute():
            raise ValidationError(
                "Tulis folder lengkap, misalnya E:\\Cadangan atau /media/usb.", FormField.SECOND_FOLDER
            )
        if path.resolve() == backups_dir(db).resolve():
            raise ValidationError("Folder kedua harus berbeda dari folder cadangan utama.", FormField.SECOND_FOLDER)
    office.update_settings(db, actor, lambda st: replace(st, backup_second_folder=value))


_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite3$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    at: dt.datetime
    size: int
    folder: str  # "utama" or "kedua"


def _ours(folder: Path, stem: str) -> list[tuple[dt.datetime, Path]]:
    """Our automatic backups in folder, newest first (two of one second: the one with the higher -N is newer)."""
    if not folder.is_dir():
        return []
    out = []
    for p in folder.iterdir():
        m = _NAME.match(p.name)
        if m and m.group("stem") == stem and p.is_file():
            try:
                at = dt.datetime.strptime(m.group("stamp"), "%Y%m%d-%H%M%S")
            except ValueError:
                continue
            out.append((at, int(m.group("n") or 1), p))
    return [(at, p) for at, _n, p in sorted(out, key=lambda t: (t[0], t[1]), reverse=True)]


def rotation_keep(
    stamps: Iterable[dt.datetime], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY, monthly: int = KEEP_MONTHLY
) -> set[dt.datetime]:
    """Which backups to keep: the newest of each of the last `daily` days, `weekly` ISO weeks and `monthly`
    months that have a backup at all (a PC that was off for a week keeps older copies, not fewer)."""
    keep: set[dt.datetime] = set()
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    for at in sorted(set(stamps), reverse=True):
        day, week, month = at.date(), tuple(at.isocalendar())[:2], (at.year, at.month)
        if day not in days and len(days) < daily:
            days.add(day)
            keep.add(at)
        if week not in weeks and len(weeks) < weekly:
            weeks.add(week)  # type: ignore[arg-type]
            keep.add(at)
        if month not in months and len(months) < monthly:
            months.add(month)
            keep.add(at)
    return keep


def rotate(folder: Path, stem: str) -> list[Path]:
    """Remove the automatic backups the rotation does not keep. Returns what was removed."""
    files = _ours(folder, stem)
    keep = rotation_keep(at for at, _ in files)
    removed: list[Path] = []
    seen: set[dt.datetime] = set()
    for at, path in files:  # newest first: two files of one second, keep the newer name
        if at in keep and at not in seen:
            seen.add(at)
            continue
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            continue
    return removed


def _auto_name(folder: Path, stem: str, now: dt.datetime) -> Path:
    base = f"{stem}-{now:%Y%m%d-%H%M%S}"
    target = folder / f"{base}{SUFFIX}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{base}-{n}{SUFFIX}"
    return target


def has_backup_on(db: Database, day: dt.date) -> bool:
    return any(at.date() == day for at, _ in _ours(backups_dir(db), backup_stem(db.url)))


def auto_backup(db: Database, actor: Actor, reason: str = "daily") -> BackupResult | None:
    """An automatic backup. reason "daily" does nothing when today's backup exists; "close" and "scheduled" always
    make one. A second folder that cannot be written (USB stick pulled out) is reported, not fatal."""
    stem = backup_stem(db.url)
    if reason == "daily" and has_backup_on(db, clock.today()):
        return None
    folder = backups_dir(db)
    result = _write_backup(db, _auto_name(folder, stem, clock.now()), None)
    removed = rotate(folder, stem)
    second = second_folder(db)
    second_copy: Path | None = None
    second_error = ""
    if second is not None:
        try:
            if not second.is_dir():
                raise OSError(2, "folder tidak ada")
            second_copy = second / result.path.name
            with atomic_path(second_copy) as tmp:
                shutil.copyfile(result.path, tmp)
            removed += rotate(second, stem)
        except (OSError, PuskesosError) as exc:
            second_copy = None
            second_error = f"Folder kedua {second} tidak dapat ditulisi ({getattr(exc, 'message', exc)})."
    result = replace(result, second_copy=second_copy, second_error=second_error, removed=removed)
    audit.log(
        db,
        actor,
        AuditAction.BACKUP_AUTO,
        "backup",
        result.path.name,
        reason=reason,
        bytes=result.size,
        sha256=result.sha256,
        second_folder=str(second_copy) if second_copy else "",
        second_error=second_error,
        removed=len(removed),
    )
    return result


def list_backups(db: Database) -> list[BackupFile]:
    """Automatic backups in the data folder and the second folder, newest first."""
    stem = backup_stem(db.url)
    out: list[BackupFile] = []
    folders = [("utama", backups_dir(db))]
    second = second_folder(db)
    if second is not None:
        folders.append(("kedua", second))
    for label, folder in folders:
        try:
            for at, path in _ours(folder, stem):
                out.append(BackupFile(path, at, path.stat().st_size, label))
        except OSError:
            continue
    return sorted(out, key=lambda b: (b.at, b.folder), reverse=True)


def backup_now(db: Database, actor: Actor) -> BackupResult:
    """The coordinator's "back up now": an automatic-style backup (rotated, second folder too), made at once."""
    actor.require(Permission.BACKUP)
    result = auto_backup(db, actor, reason="manual")
    assert result is not None  # only "daily" may skip
    return result
