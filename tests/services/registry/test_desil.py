"""Desil import (issue 16 §1): header anywhere, synonyms, NIK/KK as text or number, rejected rows, history, repeat."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from puskesos_desktop.cli.main import main
from puskesos_desktop.core.errors import FormField, PermissionDenied, ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import FamilyDesil, FamilyDesilHistory
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import desil
from tests.services.dx_data import write_xlsx
from tests.services.fo_data import add_registry, resident

KK_A = "6201021205900002"  # in the registry
KK_B = "6201021505850004"  # a village household
KK_C = "6201021303750009"  # nobody knows it
NIK_A = "6201021205900001"
NIK_B = "6201024505850003"
D1 = dt.date(2026, 10, 12)
D2 = dt.date(2026, 11, 20)


@pytest.fixture
def known(db: Database, front: Actor) -> None:
    add_registry(db, NIK_A, "MUHAMMAD YUSUF", kk=KK_A)
    resident(db, front, "Siti Aminah", NIK_B, KK_B, sex="P")


def _workbook(tmp_path: Path, rows: list[list[object]], name: str = "desil.xlsx") -> Path:
    # SIKS-NG puts a title and a blank line above the header.
    return write_xlsx(tmp_path / name, [["DATA DESIL KELUARGA DESA SUKAMAJU"], [], *rows])


def _stored(db: Database) -> dict[str, tuple[int, dt.date]]:
    with db.read() as s:
        return {f.kk: (f.desil, f.data_date) for f in s.execute(select(FamilyDesil)).scalars()}


def test_import_counts_families_rejects_rows_and_is_idempotent(
    db: Database, coordinator: Actor, known: None, tmp_path: Path
) -> None:
    path = _workbook(tmp_path, [
        ["No.", "No KK", "NIK", "Desil Nasional"],
        [1, KK_A, NIK_A, 3],
        [2, int(KK_A), "6201021205900011", "3"],  # KK as a number; the same family again
        [3, "", NIK_B, "Desil 2"],  # only a NIK: the village household's KK
        [4, f"'{KK_C}", "", 5],  # apostrophe, unknown family: kept, reported
        [5, "12345", "", 4],  # bad KK, no NIK: rejected
        [6, KK_A, "", 7],  # the same family with another desil: rejected
        [7, "", "", 2],  # nothing to tell the family: rejected
        [8, KK_B, "", 11],  # desil out of range: rejected
    ])  # fmt: skip
    result = desil.import_desil(db, coordinator, path, data_date=D1)
    head = dict(list(result.as_json().items())[:5])
    assert head == {"matched": 2, "updated": 3, "unmatched": 1, "rejected": 4, "report": str(result.report)}
    assert _stored(db) == {KK_A: (3, D1), KK_B: (2, D1), KK_C: (5, D1)}
    book = openpyxl.load_workbook(result.report)
    reasons = [row[3] for row in book.active.iter_rows(min_row=2, values_only=True)]
    assert len(reasons) == 5 and any("satu keluarga satu desil" in r for r in reasons)
    assert any(r.startswith(desil.UNMATCHED_PREFIX) for r in reasons)

    again = desil.import_desil(db, coordinator, path, data_date=D1)
    assert (again.matched, again.updated, again.unmatched, again.rejected) == (2, 0, 1, 4)
    with db.read() as s:
        assert s.execute(select(FamilyDesilHistory)).first() is None


def test_newer_data_keeps_history_and_older_data_changes_nothing(
    db: Database, coordinator: Actor, known: None, tmp_path: Path
) -> None:
    first = _workbook(tmp_path, [["NOKK", "DESIL"], [KK_A, 3]], "a.xlsx")
    later = _workbook(tmp_path, [["Nomor Kartu Keluarga", "Peringkat Desil"], [KK_A, 5]], "b.xlsx")
    desil.import_desil(db, coordinator, first, data_date=D1)
    assert desil.import_desil(db, coordinator, later, data_date=D2).updated == 1
    value = desil.family_desil(db, coordinator, KK_A)
    assert value is not None and (value.desil, value.data_date) == (5, D2) and value.history == ((3, D1),)
    # An older file arriving late does not overwrite newer data.
    assert desil.import_desil(db, coordinator, first, data_date=D1).updated == 0
    assert _stored(db)[KK_A] == (5, D2)


def test_csv_header_synonyms_and_file_errors(db: Database, coordinator: Actor, known: None, tmp_path: Path) -> None:
    csv = tmp_path / "desil.csv"
    csv.write_text(f"Laporan desil\n\nNo. KK;Desil\n{KK_A};4\n", encoding="utf-8")
    assert desil.import_desil(db, coordinator, csv, data_date=D1).matched == 1
    nothing = _workbook(tmp_path, [["Nama", "Alamat"], ["X", "Y"]], "bad.xlsx")
    with pytest.raises(ValidationError, match="kolom Desil"):
        desil.import_desil(db, coordinator, nothing, data_date=D1)


def test_front_office_may_not_import(db: Database, front: Actor, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        desil.import_desil(db, front, _workbook(tmp_path, [["NO_KK", "DESIL"], [KK_A, 3]]), data_date=D1)


# --- §2: desil ceilings and the front desk's sentence -----------------------------------------------------------


def test_default_ceilings_have_source_and_date(db: Database, coordinator: Actor) -> None:
    ceilings = {c.code: c for c in desil.list_ceilings(db, coordinator)}
    assert {k: c.desil_max for k, c in ceilings.items() if c.desil_max} == {"PKH": 4, "BPNT": 5, "PBI": 5}
    assert all(ceilings[k].source and ceilings[k].source_date for k in ("PKH", "BPNT", "PBI"))


def test_set_ceiling_checks_rights_and_values(db: Database, coordinator: Actor, front: Actor) -> None:
    pip = next(c for c in desil.list_ceilings(db, coordinator) if c.code == "PIP")
    with pytest.raises(PermissionDenied):
        desil.set_ceiling(db, front, pip.programme_id, 3, "Juknis PIP", None)
    with pytest.raises(ValidationError, match="1 sampai 10") as err:
        desil.set_ceiling(db, coordinator, pip.programme_id, 11, "Juknis PIP", None)
    assert err.value.key == FormField.DESIL_MAX
    with pytest.raises(ValidationError, match="sumber") as err:
        desil.set_ceiling(db, coordinator, pip.programme_id, 3, "  ", None)
    assert err.value.key == FormField.CEILING_SOURCE
    with pytest.raises(ValidationError, match="masa depan") as err:
        desil.set_ceiling(db, coordinator, pip.programme_id, 3, "Juknis PIP", dt.date(2999, 1, 1))
    assert err.value.key == FormField.CEILING_DATE
    done = desil.set_ceiling(db, coordinator, pip.programme_id, 3, "Juknis  PIP 2026", dt.date(2026, 1, 5))
    assert (done.desil_max, done.source) == (3, "Juknis PIP 2026")


def test_standing_sentence_and_search_keys(
    db: Database, coordinator: Actor, front: Actor, known: None, tmp_path: Path, db_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    from puskesos_desktop.services.people import search

    # The registry says desil 2 and PKH+BPNT (EXTRACT_DATE); SIKS-NG says desil 3 on a later date.
    add_registry(db, "6201024101950002", "ANAK YUSUF", kk=KK_A, programmes=("BPNT",))
    desil.import_desil(db, coordinator, _workbook(tmp_path, [["NO_KK", "DESIL"], [KK_A, 3]]), data_date=D1)
    st = desil.standing(db, coordinator, KK_A)
    assert st.text == "Desil 3 (data 12 Oktober 2026): memenuhi batas desil PKH, BPNT, PBI-JK — belum menerima PBI-JK"
    hit = search.search(db, front, NIK_A)[0]
    assert (hit.desil, hit.desil_date, hit.missing_programmes) == (3, D1, ("PBI",))
    assert hit.desil_text == st.text
    assert main(["find", NIK_A, "--db", str(db_path), "--json"]) == 0
    row = json.loads(capsys.readouterr().out)[0]
    assert list(row)[-3:] == ["desil_date", "eligible_programmes", "missing_programmes"]
    assert (row["desil_date"], row["eligible_programmes"]) == ("2026-10-12", ["PKH", "BPNT", "PBI"])
    assert main(["list", "registry", "--db", str(db_path), "--json"]) == 0
    rows = {r["nik"]: r for r in json.loads(capsys.readouterr().out)}
    assert list(rows[NIK_A])[-3:] == ["desil_date", "eligible_programmes", "missing_programmes"]
    assert rows[NIK_A]["missing_programmes"] == ["PBI"] and rows[NIK_A]["desil"] == 3


# --- §3: how old the registry data is ----------------------------------------------------------------------------


def test_registry_age_against_the_setting_and_in_the_report(
    db: Database, coordinator: Actor, front: Actor, fixed_now: dt.datetime
) -> None:
    from puskesos_desktop.services import office
    from puskesos_desktop.services.reporting import reports
    from tests.services.fo_data import EXTRACT_DATE, pdf_text

    assert desil.registry_age(db, front).data_date is None
    add_registry(db, NIK_A, "MUHAMMAD YUSUF", kk=KK_A)
    rid = resident(db, front, "Muhammad Yusuf", NIK_A, KK_A)
    age = desil.registry_age(db, front)
    assert (age.data_date, age.age_days, age.max_days, age.stale) == (EXTRACT_DATE, 53, 90, False)
    assert age.text == "Data DTKS/DTSEN per 1 Oktober 2026 (53 hari)"
    office.update_settings(db, coordinator, lambda st: dataclasses.replace(st, registry_max_age_days=30))
    old = desil.certificate_age(db, front, rid)
    assert old.stale and "lebih tua dari 30 hari" in old.text
    text = pdf_text(reports.monthly_pdf(db, coordinator, "2026-11"))
    assert "Data DTKS/DTSEN per 1 Oktober 2026" in " ".join(text.split()), text[:600]


def test_offers_for_missed_programmes(
    db: Database, coordinator: Actor, front: Actor, known: None, tmp_path: Path
) -> None:
    assert desil.offers(db, front, []) == []
    # In the catalogue's order of the missed programmes; a programme without an active service: a proposal instead.
    offered = desil.offers(db, front, ["PBI", "PKH"])
    assert [(o.programme, o.label, o.field) for o in offered[:2]] == [("PBI", "PBI-JK", "Kesehatan")] * 2
    assert [o.service_name for o in offered[:2]] == [
        "Pendaftaran BPJS Kesehatan PBI-JK",
        "Pengaktifan kembali BPJS Kesehatan PBI-JK",
    ]
    assert offered[2:] == [desil.Offer("PKH", None)]
    add_registry(db, "6201024101950002", "ANAK YUSUF", kk=KK_A, programmes=("BPNT",))
    desil.import_desil(db, coordinator, _workbook(tmp_path, [["NO_KK", "DESIL"], [KK_A, 3]]), data_date=D1)
    st = desil.standing(db, coordinator, KK_A)
    assert desil.missing_reason(st) == f"Memenuhi batas desil tetapi belum menerima program. {st.text}."


def test_a_nik_nobody_knows_without_a_kk_is_reported_not_stored(
    db: Database, coordinator: Actor, known: None, tmp_path: Path, fixed_now: dt.datetime
) -> None:
    """A row naming only a NIK that neither the registry nor the village knows cannot be tied to a family: it is
    counted unmatched and reported, and no desil is stored for it; the file's own date is the data's date."""
    stranger = "6201020101700006"
    path = _workbook(tmp_path, [["No KK", "NIK", "Desil"], [KK_A, NIK_A, 3], ["", stranger, 4]])
    result = desil.import_desil(db, coordinator, path)
    assert (result.matched, result.updated, result.unmatched, result.rejected) == (1, 1, 1, 0)
    assert result.data_date == fixed_now.date()  # written just now (never later than today)
    assert _stored(db) == {KK_A: (3, fixed_now.date())}
    assert result.report is not None
    book = openpyxl.load_workbook(result.report)
    rows = [row for row in book.active.iter_rows(min_row=2, values_only=True)]
    assert [(r[2], r[3]) for r in rows] == [
        (stranger, desil.UNMATCHED_PREFIX + "NIK ini tidak dikenal dan baris tanpa No. KK: desil tidak dapat disimpan.")
    ]
