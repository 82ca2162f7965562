"""puskesos report --month YYYY-MM [--pdf FILE] [--json] — the monthly activity report (Laporan Kegiatan Puskesos).

`--dashboard` gives the planning dashboard's figures instead. JSON keys: docs/REPORT.md.
"""

from __future__ import annotations

import argparse
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.core import fmt
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.printing import write_pdf
from puskesos_desktop.services.reporting import dashboard, reports


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "report",
        parents=[parent],
        help="laporan kegiatan bulanan (angka, PDF, JSON) atau angka dasbor perencanaan",
    )
    p.add_argument("--month", metavar="YYYY-MM", help="bulan laporan, misalnya 2026-11 (bawaan: bulan ini)")
    p.add_argument("--pdf", metavar="FILE.pdf", help="simpan laporan sebagai PDF (kertas sesuai profil kantor)")
    p.add_argument("--json", action="store_true", help="keluaran JSON (kuncinya dijelaskan di docs/REPORT.md)")
    p.add_argument("--dashboard", action="store_true", help="angka dasbor perencanaan, bukan laporan bulanan")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    actor = common.actor()
    if args.dashboard:
        if args.pdf or args.month:
            raise ValidationError("--dashboard tidak memakai --month atau --pdf.", "--dashboard")
        dash = dashboard.dashboard(db, actor)
        if args.json:
            common.print_json(dash.to_json())
        else:
            _print_dashboard(dash)
        return 0
    rep = reports.monthly_report(db, actor, args.month or reports.current_month())
    data = rep.to_json()
    if args.pdf:
        write_pdf(args.pdf, reports.monthly_pdf(db, actor, rep.period.month, rep))
        data["pdf"] = str(args.pdf)
    if args.json:
        common.print_json(data)
        return 0
    _print_report(rep)
    if args.pdf:
        print(f"\nTersimpan: {args.pdf}")
    return 0


def _line(label: str, value: object) -> None:
    print(f"  {label:<52} {value}")


def _print_report(rep: reports.MonthlyReport) -> None:
    p = rep.period
    print(f"Laporan Kegiatan Puskesos {rep.village_name} — {p.label}")
    print(f"Periode {fmt.tanggal(p.start)} s.d. {fmt.tanggal(p.end)}; tunggakan per {fmt.tanggal(p.as_of)}\n")
    _line("Warga yang dilayani", rep.residents_served)
    _line("Keluhan yang didaftarkan", rep.complaints.total)
    for name, n in rep.complaints.by_field.items():
        _line(f"  bidang {name}", n)
    for name, n in rep.complaints.by_status.items():
        _line(f"  status {name}", n)
    _line("Rujukan yang dibuat", rep.referrals.total)
    for name, n in rep.referrals.by_status.items():
        _line(f"  status {name}", n)
    _line("Usulan DTSEN dibuat bulan ini", rep.proposals_month)
    _line("Usulan DTSEN masih berjalan", rep.proposals_open)
    _line("Surat yang diterbitkan", rep.letters)
    average = "-" if rep.outcomes.average_days is None else f"{rep.outcomes.average_days} hari"
    _line(f"Rata-rata hari sampai hasil ({rep.outcomes.count} keluhan)", average)
    _line("Keluhan melewati batas waktu", rep.overdue_complaints)
    _line(f"Rujukan tanpa jawaban ≥ {rep.followup_days} hari", rep.overdue_referrals)
    _line("Kunjungan lapangan fasilitator", rep.visits)
    for f in rep.facilitators:
        _line(f"  {f.name}", f"{f.visits} kunjungan, {f.complaints} keluhan")
    print(f"\nHash rantai audit terakhir: {rep.audit_hash}")


def _print_dashboard(dash: dashboard.Dashboard) -> None:
    codes = {p.id: p.code for p in dash.programmes}
    print("Dasbor perencanaan\n")
    _line("Usulan DTSEN (semua)", dash.proposals_total)
    _line("Keluarga dalam data DTKS/DTSEN (aktif)", dash.households)
    _line("  menerima setidaknya satu program", dash.households_with_programme)
    for pid, n in dash.by_programme.items():
        _line(f"  program {codes.get(pid, pid)}", n)
    for desil, n in dash.by_desil.items():
        _line(f"  desil {desil or 'tidak ada'}", n)
    _line("Keluarga desil 1–4 tanpa program", dash.uncovered)
    _line("Keluhan belum selesai atau ditolak", sum(g.total for g in dash.gaps))
