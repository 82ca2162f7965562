"""`puskesos bench` (issue 9): a tiny run checks the JSON contract's keys and shapes; no timing is asserted."""

from __future__ import annotations

import io
import json
import math
import os
import random
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from puskesos_desktop.cli.main import main
from puskesos_desktop.core.identity import is_valid_nik, parse_kk
from puskesos_desktop.db.engine import Database
from puskesos_desktop.devtools.bench import measure
from puskesos_desktop.devtools.bench.extract import HEADERS, ExtractWriter
from puskesos_desktop.devtools.bench.people import families, typo
from puskesos_desktop.excel.registry_reader import read_registry
from tests.conftest import PG_URL

ROOT = Path(__file__).resolve().parents[2]
TIMINGS = ("cold_start_s", "nik_lookup_ms", "nik_prefix_ms", "name_search_ms", "receipt_lookup_ms",
           "raw_nik_lookup_ms", "register_complaint_ms", "card_pdf_ms")  # fmt: skip
FIGURES = ("import_rows_per_s", "export_10k_s", "peak_rss_mb")
TINY = ["--residents", "1500", "--registry", "300", "--complaints", "120", "--queries", "12", "--registrations", "4",
        "--cards", "4", "--starts", "1", "--big-rows", "250"]  # fmt: skip
ISSUE_21 = ["login_dialog_s", "cli_find_s", "import_1m_peak_mb", "import_1m_rows_per_s", "cold_start_wall_s",
            "sign_in_key_lag_max_ms"]  # fmt: skip


@pytest.fixture(scope="module")
def tiny_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], Path]:
    keep = tmp_path_factory.mktemp("bench")
    out = tmp_path_factory.mktemp("out") / "bench.json"
    buf = io.StringIO()
    with redirect_stdout(buf):  # capsys lives per test; the run is shared by the module's tests
        assert main(["bench", *TINY, "--keep", str(keep), "--json"]) == 0
    out.write_text(buf.getvalue(), encoding="utf-8")
    return json.loads(buf.getvalue()), keep


def test_json_contract(tiny_run: tuple[dict[str, object], Path]) -> None:
    data, _keep = tiny_run
    assert list(data)[: len(TIMINGS) + len(FIGURES)] == [*TIMINGS[:-1], "card_pdf_ms", *FIGURES]
    for key in TIMINGS:
        value = data[key]
        assert isinstance(value, dict) and set(value) == {"p50", "p95"}, key
        assert all(isinstance(v, float | int) and v >= 0 and not math.isnan(v) for v in value.values()), key
        assert value["p50"] <= value["p95"], key
    for key in FIGURES:
        assert isinstance(data[key], float | int) and data[key] > 0, key
    assert set(data) >= {"cpu_ms", "met", "machine", "load_average", "scale", "rss_mb", "details"}
    machine = data["machine"]
    assert isinstance(machine, dict) and machine["nproc"] and machine["cpu_model"]
    scale = data["scale"]
    assert isinstance(scale, dict) and scale["residents"] == 1500 and scale["registry_rows"] == 300
    assert scale["complaints"] == 120
    met = data["met"]
    assert isinstance(met, dict) and set(met) >= {"cold_start_s", "peak_rss_mb", "nik_within_10x_raw"}


def test_issue_12_keys_after_the_others(tiny_run: tuple[dict[str, object], Path]) -> None:
    """The scripted session in the real window: stalls, the receipt's print, each tab's first showing."""
    data, _keep = tiny_run
    keys = [k for k in data if k not in ISSUE_21 and k not in ("spreadsheet_find_s", "attach_photo_ms")]
    assert keys[-3:] == ["ui_stall_max_ms", "print_receipt_ui_ms", "tab_first_show_ms"]
    assert keys.index("seconds_total") < keys.index("ui_stall_max_ms")
    for key in ("ui_stall_max_ms", "print_receipt_ui_ms"):
        value = data[key]
        assert isinstance(value, float | int) and value >= 0, key
    tabs = data["tab_first_show_ms"]
    assert isinstance(tabs, dict) and set(tabs) >= {"Front Office", "Back Office", "Laporan", "Pengaturan"}
    session = data["details"]["session"]  # type: ignore[index]
    assert session["errors"] == [], session


def test_issue_21_keys_after_the_others(tiny_run: tuple[dict[str, object], Path]) -> None:
    """The sign-in dialog, a cold `puskesos find NIK`, the big extract's import (a few hundred rows here)."""
    data, _keep = tiny_run
    keys = list(data)
    # spreadsheet_find_s comes after cli_find_s only where LibreOffice is installed.
    after = keys[keys.index("tab_first_show_ms") + 1 :]
    assert [k for k in after if k not in ("spreadsheet_find_s", "attach_photo_ms")] == ISSUE_21
    for key in ("login_dialog_s", "cli_find_s"):
        value = data[key]
        assert isinstance(value, dict) and 0 < value["p50"] <= value["p95"], key
    assert isinstance(data["import_1m_peak_mb"], float) and data["import_1m_peak_mb"] > 0
    assert isinstance(data["import_1m_rows_per_s"], int) and data["import_1m_rows_per_s"] > 0
    details = data["details"]
    assert isinstance(details, dict)
    assert details["cli"]["find"]["found"] == "2/2"  # the person's NIK first, from a new process
    for kind in ("xlsx", "csv"):
        assert details["bigimport"][kind]["rows"] == 250 and details["bigimport"][kind]["rejected"] == 0, kind
    met = data["met"]
    assert isinstance(met, dict) and {"cli_find_s_issue_21", "nik_within_5x_raw"} <= set(met)


def test_cpus_pins_the_children(tmp_path: Path) -> None:
    """`bench --cpus 1`: the parent pins itself to one core, and every child it starts inherits it."""
    code = (
        "import os, subprocess, sys\n"
        "from puskesos_desktop.devtools.bench.runner import pin_cpus\n"
        "print(pin_cpus(1))\n"
        "print(subprocess.run([sys.executable, '-c', 'import os; print(len(os.sched_getaffinity(0)))'],"
        " capture_output=True, text=True, check=True).stdout.strip())\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    pinned, child = proc.stdout.split()[-2:]
    assert pinned.startswith("[") and len(pinned.strip("[]").split(",")) == 1 and child == "1"


def test_issue_20_attach_photo_after_those(tiny_run: tuple[dict[str, object], Path]) -> None:
    """A 4 MB phone photo attached: its own key last, a target in `met`, the photo really that size."""
    data, _keep = tiny_run
    assert list(data)[-1] == "attach_photo_ms"
    value = data["attach_photo_ms"]
    assert isinstance(value, dict) and set(value) == {"p50", "p95"} and 0 < value["p50"] <= value["p95"]
    assert "attach_photo_ms" in data["met"]  # type: ignore[operator]
    attach = data["details"]["attach"]  # type: ignore[index]
    assert attach["photo_kb"] >= 3500 and 0 < attach["size_kb"] < 1000


def test_the_steps_did_real_work(tiny_run: tuple[dict[str, object], Path]) -> None:
    data, keep = tiny_run
    details = data["details"]
    assert isinstance(details, dict)
    assert details["import"]["rows"] == 300 and details["import"]["rejected"] == 0
    assert details["export"]["counts"]["Keluhan"] == 120
    for what, score in details["search"]["found"].items():
        hits, tried = score.split("/")
        assert int(tried) > 0 and (int(hits) == int(tried) or what == "name_typo"), (what, score)
    gui = details["gui"][-1]
    assert gui["index_ready"] is True and gui["ui_stall_ms"]["max"] >= 0
    # Signed in by typing into the dialog (gui_probe.py): the typing is not counted as the program's time.
    assert gui["typing_s"] > 0 and gui["key_lag_ms"]["keys"] > 0
    assert gui["cold_start_s"] == round(gui["cold_start_wall_s"] - gui["typing_s"], 3)
    assert data["cold_start_wall_s"]["p50"] >= data["cold_start_s"]["p50"]  # type: ignore[index]
    assert set(gui["first_show_of_tab_ms"]) >= {"Front Office", "Back Office"}
    # --keep left the database, the extract and the batch; the password file is not world-readable.
    assert (keep / "bench.sqlite3").exists() and (keep / "DTKS_bench.xlsx").exists()
    assert list((keep / "ekspor").glob("PUSKESOS_*.xlsx"))
    assert (keep / "bench.json").stat().st_mode & 0o077 == 0


Run = tuple[dict[str, object], Path]


def test_the_table_on_the_terminal(tiny_run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    _data, keep = tiny_run
    # Re-measure only the quick steps on the kept folder: the table, not the JSON.
    assert main(["bench", *TINY, "--keep", str(keep), "--only", "search,register"]) == 0
    out = capsys.readouterr().out
    assert "Cari NIK lengkap" in out and "Mendaftarkan keluhan" in out and "Tercapai" in out
    assert "beban rata-rata" in out


def test_refusals_through_a_subprocess(tmp_path: Path) -> None:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "xdg"))
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "bench", "--residents", "10"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 1 and "Galat: --residents: paling sedikit 1000 warga." in proc.stderr
    assert proc.stdout == ""


def test_only_needs_a_built_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--keep", str(tmp_path), "--only", "search"]) == 1
    assert "--only" in capsys.readouterr().err
    assert main(["bench", "--only", "nothing"]) == 1


def test_the_extract_goes_through_the_real_reader(tmp_path: Path) -> None:
    path = tmp_path / "DTKS.xlsx"
    written = 0
    with ExtractWriter(path) as writer:
        for family in families(3):
            written += writer.add_family(family, first_id=written)
            if written >= 200:
                break
    result = read_registry(path)
    assert result.total_rows == written and not result.rejected and not result.warnings
    assert set(result.columns_found.values()) == set(HEADERS)
    row = result.rows[0]
    assert is_valid_nik(row.nik) and parse_kk(row.kk) == row.kk and row.name.isupper() and row.birth_date
    assert len({r.nik for r in result.rows}) == written


def test_percentiles_and_typos() -> None:
    assert measure.percentile([5.0, 1.0, 3.0, 2.0, 4.0], 50) == 3.0
    assert measure.percentile([float(i) for i in range(1, 101)], 95) == 95.0
    assert measure.summary([1.0, 2.0]) == {"p50": 1.0, "p95": 2.0}
    rng = random.Random(1)
    for name in ("Siti Aminah", "Budi Santoso", "Nur"):
        wrong = typo(rng, name)
        assert wrong != name and abs(len(wrong) - len(name)) <= 1


@pytest.mark.skipif(not PG_URL, reason="PostgreSQL only (PUSKESOS_TEST_PG)")
def test_the_same_steps_on_postgresql(empty_db: Database, tmp_path: Path) -> None:
    """Issue 15 §10: `bench --db URL` fills an empty server database and measures the same steps; the SQLite-only
    floor is named, not failed."""
    buf = io.StringIO()
    steps = "build,import,search,register,export,cards,gui"
    with redirect_stdout(buf):
        assert (
            main(
                [
                    "bench",
                    *TINY,
                    "--starts",
                    "2",
                    "--only",
                    steps,
                    "--db",
                    empty_db.url,
                    "--keep",
                    str(tmp_path),
                    "--json",
                ]
            )
            == 0
        )
    data = json.loads(buf.getvalue())
    assert data["engine"] == "postgresql" and data["machine"]["postgresql"]
    assert set(data["sqlite_only"]) == {"raw_nik_lookup_ms", "bigimport"}
    assert data["raw_nik_lookup_ms"] is None and data["met"]["nik_within_10x_raw"] is None
    for key in ("nik_lookup_ms", "nik_prefix_ms", "name_search_ms", "receipt_lookup_ms", "register_complaint_ms",
                "card_pdf_ms"):  # fmt: skip
        assert set(data[key]) == {"p50", "p95"}, key
    assert data["import_rows_per_s"] > 0 and data["export_10k_s"] > 0
    assert data["details"]["search"]["found"]["nik"] == "12/12"
    assert data["scale"]["residents"] == 1500
    # Cold starts on a server as its user sees them: signed in by typing into the dialog; the first start on this
    # PC connects first, the next ones paint the dialog from what the last sign-in saw (server-look.json).
    starts = data["details"]["gui"]
    assert all(run["typing_s"] > 0 and run["key_lag_ms"]["keys"] > 0 for run in starts)
    assert [run["early_dialog"] for run in starts][:2] == [False, True]
    # The password of the server is in no file the run left behind.
    url = make_url(empty_db.url)
    password, user = (url.password or "-").encode(), (url.username or "").encode()
    # server-look.json names the account (user@host:port/db): a role whose password is its name is no leak there.
    leaked = [p for p in tmp_path.rglob("*") if p.is_file() and password in p.read_bytes().replace(user, b"")]
    assert not leaked


def test_a_server_database_with_an_office_is_refused(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not db.is_postgresql:
        pytest.skip("PostgreSQL only (PUSKESOS_TEST_PG)")
    assert main(["bench", *TINY, "--only", "build", "--db", db.url, "--keep", str(tmp_path), "--json"]) == 1
    assert "harus kosong" in capsys.readouterr().err
