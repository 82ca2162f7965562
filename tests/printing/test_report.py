"""Laporan Kegiatan Puskesos: read the PDF back (text, paper, pages) and render it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from puskesos_desktop.db.engine import Database
from puskesos_desktop.printing import report
from puskesos_desktop.printing.report import Crosstab, FacilitatorRow, MonthlyActivity, ProposalLine
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.reporting import reports
from tests.printing import helpers, samples
from tests.services import report_data

HASH = "3899f38d613510d61ffb6a0eab195ba653b8c447d2dbc2a56b05c7f9b2987500"
FIELDS = ("Kesehatan", "Sosial", "Pendidikan", "Adminduk", "Lainnya")
C_STATUS = ("Diterima", "Diteruskan ke Back Office", "Ditangani di Desa", "Dirujuk", "Selesai", "Dibatalkan")
R_STATUS = ("Menunggu Persetujuan", "Dikirim", "Disetujui", "Ditolak", "Ditelaah Lebih Lanjut", "Dibatalkan")


def activity(**kw: object) -> MonthlyActivity:
    base = MonthlyActivity(
        office=samples.office(),
        year=2026,
        month=10,
        start=dt.date(2026, 10, 1),
        end=dt.date(2026, 10, 31),
        as_of=dt.date(2026, 10, 31),
        printed_on=dt.date(2026, 11, 3),
        residents_served=57,
        complaints=Crosstab(FIELDS, C_STATUS, ((0, 19, 0, 12, 10, 0), (0, 5, 3, 2, 2, 0), (0, 1, 0, 1, 0, 0),
                                               (0, 2, 0, 0, 0, 0), (0, 0, 0, 0, 2, 0))),
        referrals=Crosstab(FIELDS, R_STATUS, ((2, 6, 8, 2, 1, 0), (0, 3, 2, 1, 0, 0), (0, 0, 0, 1, 0, 0),
                                              (0, 0, 0, 0, 0, 0), (0, 0, 0, 0, 1, 0))),
        proposals=(ProposalLine("Draf", 3, 14), ProposalLine("Diusulkan", 1, 9), ProposalLine("Diterima", 2, None)),
        proposal_kinds=(("Tambah", 4), ("Perbarui", 2), ("Hapus", 0)),
        letters=(("Surat rekomendasi ke Dukcapil", 2), ("Surat keterangan terdaftar DTKS", 5)),
        outcome_count=17,
        outcome_average_days=11.8,
        outcome_median_days=9.5,
        overdue_complaints=23,
        overdue_referrals=4,
        followup_days=14,
        facilitators=(FacilitatorRow("Agus Salim", 3, 6), FacilitatorRow("Maria Ulfa", 1, 0)),
        audit_hash=HASH,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def test_report_reads_back_with_every_section() -> None:
    pdf = report.monthly_report_pdf(activity())
    text = helpers.text(pdf)
    assert "LAPORAN KEGIATAN PUSKESOS" in text and "Bulan Oktober 2026" in text
    assert "Periode 1 Oktober 2026 s.d. 31 Oktober 2026" in text
    for heading in ("A. Ringkasan", "B. Keluhan menurut bidang dan status", "C. Rujukan menurut bidang dan hasil",
                    "D. Usulan DTSEN", "E. Surat yang diterbitkan", "F. Waktu sampai hasil",
                    "G. Tunggakan per 31 Oktober 2026", "H. Kunjungan fasilitator"):
        assert heading in text, heading
    assert "Warga yang dilayani (pemohon berbeda) 57" in text
    assert "Rata-rata 11,8 hari" in text and "median 9,5 hari" in text
    assert "Diteruskan ke Back Office (27)" in text  # the pie's legend: label and count
    assert "Agus Salim 3 6" in text and "Maria Ulfa 1 0" in text
    # Signatures: the head of village acknowledges, the coordinator prepares.
    assert "Mengetahui, Kepala Desa Sukamaju" in text and "H. Ahmad Fauzi, S.Sos." in text
    assert "Koordinator Puskesos" in text and "Rina Marlina" in text and "Sukamaju, 3 November 2026" in text
    # Every page carries the whole audit hash in its footer.
    for page in helpers.pages(pdf):
        assert HASH in " ".join((page.extract_text() or "").split())


@pytest.mark.parametrize(("paper", "size"), [("A4", (595.3, 841.9)), ("F4", (609.4, 935.4))])
def test_paper_follows_the_office_profile(paper: str, size: tuple[float, float]) -> None:
    pdf = report.monthly_report_pdf(activity(office=samples.office(paper=paper)))
    assert set(helpers.sizes(pdf)) == {size}


def test_charts_are_drawn_and_an_empty_month_says_so() -> None:
    img = helpers.render(report.monthly_report_pdf(activity()), page=0, scale=1.0)
    # The bar chart's navy bars are on the first page.
    colours = {colour for _, colour in img.getcolors(1 << 24) or []}
    assert (31, 78, 121) in colours
    zero = Crosstab(FIELDS, R_STATUS, tuple((0,) * 6 for _ in FIELDS))
    empty = activity(referrals=zero, facilitators=(), outcome_count=0, outcome_average_days=None,
                     outcome_median_days=None)
    text = helpers.text(report.monthly_report_pdf(empty))
    assert "Tidak ada rujukan pada bulan ini." in text
    assert "Tidak ada keluhan yang mendapat hasil pertama pada bulan ini." in text
    assert "Belum ada akun fasilitator." in text


def test_hostile_names_cannot_break_the_report() -> None:
    pdf = report.monthly_report_pdf(
        activity(
            facilitators=(FacilitatorRow(samples.HOSTILE, 1, 1),), office=samples.office(head_name=samples.HOSTILE)
        )
    )
    text = helpers.text(pdf)
    assert "<b>Siti</b>" in text and "H. Ahmad" not in text


def test_the_service_prints_the_database_figures(
    db: Database, front: Actor, facilitator: Actor, coordinator: Actor, fixed_now: dt.datetime
) -> None:
    report_data.build(db, front, facilitator)
    number = reports.report_number(db, coordinator, "2026-10")  # taken once, before the figures' audit hash
    rep = reports.monthly_report(db, coordinator, "2026-10")
    pdf = reports.monthly_pdf(db, coordinator, "2026-10")
    text = helpers.text(pdf)
    # Issue 17: the report has a document number of its own, the same on every reprint.
    assert number.startswith("LAP/") and number in text
    assert reports.report_number(db, coordinator, "2026-10") == number
    assert reports.report_number(db, coordinator, "2026-09") != number
    assert f"Warga yang dilayani (pemohon berbeda) {rep.residents_served}" in text
    assert f"Keluhan yang didaftarkan {rep.complaints.total}" in text
    assert f"Keluhan melewati batas waktu {rep.overdue_complaints}" in text
    assert "Desa Sukamaju" in text and "Sri Wahyuni" in text and "H. Abdul Rahman" in text
    assert rep.audit_hash in text
    assert set(helpers.sizes(pdf)) == {(595.3, 841.9)}
