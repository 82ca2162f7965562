"""cli/common.py: what every command prints — JSON with dates as ISO text and sets as sorted lists, a table cut to
its width with Indonesian yes/no — and the note said when a password was typed on the command line."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from puskesos_desktop.cli import common


def test_json_keeps_text_as_written_and_dates_as_iso(capsys: pytest.CaptureFixture[str]) -> None:
    when = dt.datetime(2026, 11, 20, 9, 15, 42, 999)
    common.print_json({"nama": "Siti Aminah", "pada": when, "tgl": dt.date(2026, 1, 5), "program": {"PKH", "BPNT"}})
    out = capsys.readouterr().out
    assert out.endswith("}\n") and "Siti Aminah" in out
    assert json.loads(out) == {"nama": "Siti Aminah", "pada": "2026-11-20T09:15:42", "tgl": "2026-01-05",
                               "program": ["BPNT", "PKH"]}  # fmt: skip
    with pytest.raises(TypeError, match="not JSON"):
        common.print_json({"x": object()})


def test_a_table_for_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    common.print_table(
        ["NIK", "Nama", "DTKS", "Program"],
        [["6201021205900001", "Siti\nAminah", True, ("PKH", "BPNT")], [None, "x" * 50, False, []]],
        max_width=20,
    )
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["NIK", "Nama", "DTKS", "Program"]
    assert set(lines[1]) == {"-", " "}
    assert lines[2].split() == ["6201021205900001", "Siti", "Aminah", "ya", "PKH,", "BPNT"]
    assert "x" * 19 + "…" in lines[3] and "x" * 20 not in lines[3] and "tidak" in lines[3]
    assert lines[-1] == "(2 baris)"
    assert all(line == line.rstrip() for line in lines)


def test_the_password_note_names_the_option() -> None:
    note = common.password_in_argv("--password")
    assert note.startswith("Catatan: kata sandi di --password terlihat") and common.STORED_INSTEAD in note
    assert common.password_in_argv("--admin-url", "Ketik saja.").endswith("daftar proses komputer ini. Ketik saja.")
