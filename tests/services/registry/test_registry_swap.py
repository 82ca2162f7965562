"""Issue 13 §2, §7, §9: a damaged extract must not wipe the registry; a long import must not block the desk;
hostile text from files is cleaned, reported and never printed raw."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import xlsxwriter
from sqlalchemy import select

from puskesos_desktop.cli.main import main
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.text import clean_line, has_visible, printable
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry, RegistryRecord
from puskesos_desktop.excel.registry_rows import RegistryRow
from puskesos_desktop.services import office
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import registry_import, registry_swap
from puskesos_desktop.services.registry.registry_import import ImportNeedsConfirmation, import_registry
from tests.services.dx_data import dump, nik_of, sample_module

# The staged import (registry_swap) and its file lock are SQLite's.
pytestmark = pytest.mark.sqlite_only

DEMO_ROWS = 1421  # the size of the demo's extract in the attack


def _csv(tmp_path: Path, name: str = "DTKS_demo.csv", rows: int = DEMO_ROWS, seed: int = 3) -> Path:
    return sample_module().generate(tmp_path / name, rows, seed=seed).path  # type: ignore[no-any-return]


def _active(db: Database) -> int:
    with db.read() as s:
        return len(s.execute(select(RegistryRecord.id).where(RegistryRecord.active.is_(True))).all())


def _scientific(source: Path, target: Path) -> Path:
    """What Excel (Indonesian locale) writes back after opening the CSV: NIK and KK as 6,20102E+15."""
    lines = source.read_text(encoding="utf-8").splitlines()
    out = [lines[0].replace(",", ";")]
    for line in lines[1:]:
        cells = line.split(",")
        for i in (1, 2):
            digits = cells[i]
            cells[i] = f"{digits[0]},{digits[1:6]}E+{len(digits) - 1}"
        out.append(";".join(cells))
    target.write_text("\r\n".join(out) + "\r\n", encoding="utf-8")
    return target


# --- §2 a damaged extract ------------------------------------------------------------------------------------


def test_scientific_notation_niks_are_refused_and_nothing_changes(
    db: Database, coordinator: Actor, tmp_path: Path
) -> None:
    good = _csv(tmp_path)
    assert import_registry(db, coordinator, good).imported == DEMO_ROWS
    before = dump(db)
    damaged = _scientific(good, tmp_path / "DTKS_demo_excel.csv")
    with pytest.raises(ValidationError, match="format ilmiah") as caught:
        import_registry(db, coordinator, damaged, allow_shrink=True)  # not even with a confirmation
    assert "sebagai Teks" in caught.value.message
    assert dump(db) == before and _active(db) == DEMO_ROWS


def test_a_csv_cut_at_40_percent_stops_before_it_commits(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    good = _csv(tmp_path)
    import_registry(db, coordinator, good)
    before = dump(db)
    data = good.read_bytes()
    cut = tmp_path / "DTKS_terpotong.csv"
    cut.write_bytes(data[: data.rfind(b"\n", 0, len(data) * 40 // 100) + 1])
    with pytest.raises(ImportNeedsConfirmation) as caught:
        import_registry(db, coordinator, cut)
    check = caught.value.check
    assert check.active_before == DEMO_ROWS and check.removed > DEMO_ROWS // 2 and check.too_many_removed
    assert "tidak ada yang berubah" in caught.value.message
    assert dump(db) == before
    # A partial list (one RW) marks nobody as no longer listed, and needs no confirmation.
    part = import_registry(db, coordinator, cut, partial=True)
    assert part.removed == 0 and part.partial and _active(db) == DEMO_ROWS
    # Confirmed: the people not in the file are marked, and the audit entry says how many.
    done = import_registry(db, coordinator, cut, allow_shrink=True)
    assert done.removed == check.removed and _active(db) == DEMO_ROWS - check.removed
    with db.read() as s:
        entry = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
    details = json.loads(entry.details)
    assert details["removed"] == check.removed and details["confirmed"] is True


def test_the_limits_are_office_settings(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    good = _csv(tmp_path, rows=100)
    import_registry(db, coordinator, good)
    lines = good.read_text(encoding="utf-8").splitlines(keepends=True)
    fewer = tmp_path / "DTKS_85.csv"
    fewer.write_text("".join(lines[:86]), encoding="utf-8")  # 15 of 100 people gone
    with pytest.raises(ImportNeedsConfirmation):
        import_registry(db, coordinator, fewer)
    office.update_settings(db, coordinator, lambda st: dataclasses.replace(st, import_max_removed_percent=20))
    assert import_registry(db, coordinator, fewer).removed == 15


def test_too_many_rejected_rows_stop_the_import(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    sample = sample_module().generate(tmp_path / "DTKS_rusak.xlsx", 200, seed=4, bad_every=5)
    with pytest.raises(ImportNeedsConfirmation) as caught:
        import_registry(db, coordinator, sample.path)
    assert caught.value.check.too_many_rejected and not caught.value.check.too_many_removed
    assert _active(db) == 0


def test_a_row_cut_mid_way_is_rejected_with_its_row_number(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    good = _csv(tmp_path, rows=100)
    data = good.read_bytes()
    last_line_start = data.rstrip(b"\r\n").rfind(b"\n") + 1
    cut = tmp_path / "DTKS_potong_baris.csv"
    cut.write_bytes(data[: last_line_start + 40])  # the last row stops after its name
    result = import_registry(db, coordinator, cut)
    assert result.rejected == 1 and result.imported == 99
    issue = result.issues[0]
    assert issue.row_number == 101 and "terpotong" in issue.reason


def test_cli_refuses_without_allow_shrink_and_json_keeps_its_keys(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _csv(tmp_path, rows=100)
    assert main(["import-dtks", str(good), "--db", str(db_path), "--json"]) == 0
    capsys.readouterr()
    lines = good.read_text(encoding="utf-8").splitlines(keepends=True)
    cut = tmp_path / "DTKS_40.csv"
    cut.write_text("".join(lines[:41]), encoding="utf-8")
    assert main(["import-dtks", str(cut), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Galat: ") and "--allow-shrink" in err and "Traceback" not in err
    assert _active(db) == 100
    assert main(["import-dtks", str(cut), "--db", str(db_path), "--partial", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["removed"] == 0
    assert main(["import-dtks", str(cut), "--db", str(db_path), "--allow-shrink", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out)[:7] == ["imported", "updated", "unchanged", "rejected", "warnings", "report", "removed"]
    assert out["removed"] == 60 and _active(db) == 40


# --- §7 a long import does not block the desk ----------------------------------------------------------------


def test_import_holds_the_write_lock_only_briefly(
    db: Database, coordinator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer meanwhile (a complaint registration) gets in within a second, every time; the import's own
    transactions are short; the registry is whole afterwards with canonical index names."""
    monkeypatch.setattr(registry_swap, "CHUNK", 500)  # many chunks from a small file
    path = sample_module().generate(tmp_path / "DTKS_6000.xlsx", 6000, seed=8).path
    assert db.path is not None
    waits: list[float] = []
    stop = threading.Event()

    def desk() -> None:
        while not stop.is_set():
            conn = sqlite3.connect(str(db.path), timeout=10, isolation_level=None)
            started = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            waits.append(time.perf_counter() - started)
            conn.execute("CREATE TABLE IF NOT EXISTS desk_probe (x)")
            conn.execute("INSERT INTO desk_probe VALUES (1)")
            conn.execute("COMMIT")
            conn.close()
            time.sleep(0.02)

    worker = threading.Thread(target=desk)
    worker.start()
    try:
        result = import_registry(db, coordinator, path)
    finally:
        stop.set()
        worker.join()
    assert result.imported == 6000 and len(waits) > 5
    assert max(waits) < 1.0
    conn = sqlite3.connect(str(db.path))
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE name LIKE '%registry%'")}
    assert not any(n.endswith(("__new", "__old")) for n in names)
    assert "ix_registry_records_name_key" in names and "ix_registry_programmes_programme_id" in names
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    assert not list(db.path.parent.glob(registry_swap.STAGE_PREFIX + "*"))


def test_a_kill_before_the_switch_leaves_the_old_registry_whole(
    db: Database, coordinator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _csv(tmp_path, rows=300)
    import_registry(db, coordinator, first)
    before = dump(db)
    newer = _csv(tmp_path, "DTKS_baru.csv", rows=320, seed=9)

    def killed(*_a: object, **_k: object) -> None:
        raise KeyboardInterrupt  # the process dies between building the new tables and the switch

    monkeypatch.setattr(registry_import, "_switch", killed)
    with pytest.raises(KeyboardInterrupt):
        import_registry(db, coordinator, newer, allow_shrink=True)
    assert dump(db) == before
    monkeypatch.undo()
    # Leftovers of a real kill (no clean-up ran) are removed by the next import, which goes through.
    assert db.path is not None
    conn = registry_swap.connect(db.path)
    registry_swap.prepare(conn)
    conn.close()
    (db.path.parent / (registry_swap.STAGE_PREFIX + "x.tmp")).write_bytes(b"junk")
    done = import_registry(db, coordinator, newer, allow_shrink=True)
    assert done.imported + done.updated + done.unchanged == 320
    assert not list(db.path.parent.glob(registry_swap.STAGE_PREFIX + "*"))


def test_two_imports_at_once_the_second_is_refused(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    assert db.path is not None
    with registry_swap.import_lock(db.path):
        with pytest.raises(registry_swap.ImportBusy, match="sedang berjalan"):
            import_registry(db, coordinator, _csv(tmp_path, rows=10))


# --- §9 hostile text -----------------------------------------------------------------------------------------


def test_text_rules() -> None:
    assert clean_line("SITI\x1b[31m AMINAH\r\nBINTI\u200b X\u202e ") == "SITI [31m AMINAH BINTI X"
    assert not has_visible("\u200b\u200b\u200b") and not has_visible(" \u3164 ") and has_visible("É")
    assert printable("A\x1b[2JB\u202eC\x9b\n") == "A\\x1b[2JB\\u202eC\\x9b\\n"


def test_hostile_names_are_cleaned_reported_or_refused(
    db: Database, coordinator: Actor, tmp_path: Path, capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    nik, nik2, nik3, nik4 = (nik_of(dt.date(1990 + i, 5, 12 + i)) for i in range(4))
    path = tmp_path / "DTKS_hostile.xlsx"
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["NIK", "NAMA", "ALAMAT"])
    ws.write_row(1, 0, [nik, "BUDI\x1b[2J\x1b]0;pwned\x07 SANTOSO", "JL. MAWAR\nRT 1"])  # escape codes, Alt+Enter
    ws.write_row(2, 0, [nik2, "\u200b\u200b\u200b", "JL. MELATI"])  # nothing visible
    ws.write_row(3, 0, [nik3, "😀" * 16_400, "JL. KENANGA"])  # cut by Excel's limit when read back
    ws.write_row(4, 0, [nik4, "SITI " + "A" * 200, "JL. DAHLIA"])  # longer than a name may be
    wb.close()
    result = import_registry(db, coordinator, path, allow_shrink=True)
    assert result.imported == 1 and result.rejected == 3
    reasons = {i.row_number: i.reason for i in result.issues if not i.reason.startswith("Peringatan")}
    assert "terlihat" in reasons[3] and "terlalu panjang" in reasons[4] and "terlalu panjang" in reasons[5]
    warned = [i for i in result.issues if i.reason.startswith("Peringatan")]
    assert {i.column for i in warned} == {"NAMA", "ALAMAT"} and "\x1b" not in warned[0].value
    with db.read() as s:
        rec = s.execute(select(RegistryRecord).where(RegistryRecord.nik == nik)).scalar_one()
    assert rec.name == "BUDI [2J ]0;pwned SANTOSO" and rec.address == "JL. MAWAR RT 1"
    # A record stored raw by an older version is printed escaped.
    with db.write() as s:
        s.execute(RegistryRecord.__table__.update().where(RegistryRecord.nik == nik).values(name="EVIL\x1b[2J\x9b31m"))
    capsys.readouterr()
    assert main(["list", "registry", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x9b" not in out and "EVIL\\x1b[2J" in out
    assert main(["list", "registry", "--db", str(db_path), "--json"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x9b" not in out
    assert json.loads(out)[0]["name"] == "EVIL\x1b[2J\x9b31m"  # the data itself is unchanged


def _staged_row() -> RegistryRow:
    """One extract row with two programmes, the base the stage tests vary."""
    return RegistryRow(
        2, "6201021205900001", "6201021203090001", "SITI AMINAH", "PANGKALAN BUN", dt.date(1990, 5, 12), "P",
        "JL. MERDEKA", "001", "002", "DTKS01", 3, "6201021001", frozenset({"PKH", "BPNT"}),
    )  # fmt: skip


def _variants(*changes: dict[str, object]) -> list[RegistryRow]:
    """The base row, then one row per change, each its own row number and NIK."""
    base = _staged_row()
    return [base] + [
        dataclasses.replace(base, row_number=3 + i, nik=f"620102120590000{2 + i}", **change)  # type: ignore[arg-type]
        for i, change in enumerate(changes)
    ]


@contextmanager
def _stage_of(tmp_path: Path, rows: list[RegistryRow]) -> Iterator[registry_swap.Stage]:
    """A stage the rows were added to (closed afterwards)."""
    stage = registry_swap.Stage(tmp_path)
    try:
        for row in rows:
            stage.add(row)
        yield stage
    finally:
        stage.close()


def test_the_stage_hashes_a_row_as_content_hash_does(tmp_path: Path) -> None:
    rows = _variants(
        {"birth_date": None, "desil": None},
        {"kk": "", "programmes": frozenset()},
        {"programmes": frozenset({"BPNT", "PKH"})},
    )
    with _stage_of(tmp_path, rows) as stage:
        stage.flush()
        stored = [h for (h,) in stage.conn.execute("SELECT row_hash FROM rows ORDER BY seq")]
    assert stored == [row.content_hash() for row in rows]
    assert len(set(stored)) == 4


def test_the_stage_keeps_a_rows_programmes_in_one_column(tmp_path: Path) -> None:
    """A row's memberships are its codes as its hash writes them; each set of them is spelt out once (``sets``),
    not one stage row per membership (a million-row extract staged ~2.9 million of those)."""
    rows = _variants(
        {"programmes": frozenset()}, {"programmes": frozenset({"PKH"})}, {"programmes": frozenset({"BPNT", "PKH"})}
    )
    with _stage_of(tmp_path, rows) as stage:
        stage.finish()
        codes = [c for (c,) in stage.conn.execute("SELECT codes FROM rows ORDER BY seq")]
        sets = stage.conn.execute("SELECT codes, code FROM sets ORDER BY codes, code").fetchall()
    assert codes == ["BPNT,PKH", "", "PKH", "BPNT,PKH"]
    assert sets == [("BPNT,PKH", "BPNT"), ("BPNT,PKH", "PKH"), ("PKH", "PKH")]


def test_the_build_does_not_wait_for_the_disk_and_the_program_does(db: Database) -> None:
    """The build's chunks commit without a sync (scratch tables until the switch); the program's own writes,
    the switch among them, keep synchronous FULL."""
    assert db.path is not None
    conn = registry_swap.connect(db.path)
    try:
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    finally:
        conn.close()
    with db.write() as s:
        assert s.connection().exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
