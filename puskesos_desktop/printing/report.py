"""Laporan Kegiatan Puskesos: the monthly activity report on A4 or F4, with tables, bar and pie charts, the
signatures of the coordinator and the head of village, and the latest audit-chain hash in every page's footer.

Drawn from the plain dataclasses below (the service layer fills them); no database, no Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from puskesos_desktop.core import fmt
from puskesos_desktop.printing import blocks, fonts, labels, page
from puskesos_desktop.printing.data import OfficeInfo, Signer
from puskesos_desktop.printing.letters import head_signer
from puskesos_desktop.printing.text import clean, para

TITLE = "LAPORAN KEGIATAN PUSKESOS"
MARGINS = (22 * mm, 18 * mm, 12 * mm, 18 * mm)  # left, right, top, bottom
# Distinct in colour and still apart when a village office prints in black and white.
PALETTE = (
    colors.HexColor("#1f4e79"),
    colors.HexColor("#e07b39"),
    colors.HexColor("#7fb3d5"),
    colors.HexColor("#5b8c3a"),
    colors.HexColor("#c9c9c9"),
    colors.HexColor("#8e3b46"),
    colors.HexColor("#f2c14e"),
)


@dataclass(frozen=True)
class Crosstab:
    """Counts by row (field) and column (status)."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[int, ...], ...]

    def row_total(self, i: int) -> int:
        return sum(self.cells[i])

    def column_total(self, j: int) -> int:
        return sum(row[j] for row in self.cells)

    @property
    def total(self) -> int:
        return sum(sum(row) for row in self.cells)


@dataclass(frozen=True)
class ProposalLine:
    status: str
    made: int  # proposals made in the month now in this status
    open: int | None  # open proposals in this status on the report day; None for a final status


@dataclass(frozen=True)
class FacilitatorRow:
    name: str
    visits: int
    complaints: int


@dataclass(frozen=True)
class MonthlyActivity:
    office: OfficeInfo
    year: int
    month: int
    start: dt.date
    end: dt.date
    as_of: dt.date  # the report day: month end, or today for the running month
    printed_on: dt.date
    residents_served: int
    complaints: Crosstab
    referrals: Crosstab
    proposals: tuple[ProposalLine, ...]
    proposal_kinds: tuple[tuple[str, int], ...]
    letters: tuple[tuple[str, int], ...]  # (label, count)
    outcome_count: int
    outcome_average_days: float | None
    outcome_median_days: float | None
    overdue_complaints: int
    overdue_referrals: int
    followup_days: int
    facilitators: tuple[FacilitatorRow, ...]
    audit_hash: str
    registry_date: dt.date | None = None  # issue 16: the registry data the office works from
    number: str = ""  # LAP/…: the report's document number (issue 17)
    cek_bansos_text: str = ""  # issue 16 §8: the month's assisted Cek Bansos usul/sanggah, as a sentence
    calendar_text: str = ""  # issue 16 §7: the district's next DTSEN dates, as a sentence

    @property
    def month_label(self) -> str:
        return fmt.bulan_tahun((self.year, self.month))


def footer_text(data: MonthlyActivity) -> str:
    """The whole hash must fit: a reader checks it against the office's audit chain (`puskesos audit`)."""
    return f"Hash rantai audit terakhir: {clean(data.audit_hash) or '-'}"


def monthly_report_pdf(data: MonthlyActivity, *, paper: str | None = None) -> bytes:
    meta = page.Meta(
        title=f"Laporan Kegiatan Puskesos {data.month_label}",
        subject=_region_line(data.office),
        author=labels.office_author(data.office),
    )
    return page.build_flowing(
        lambda width: _story(data, width),
        pagesize=page.paper_size(paper or data.office.paper),
        margins=MARGINS,
        meta=meta,
        decor=page.Decor(footer=footer_text(data), margin=15 * mm, footer_y=9 * mm),
    )


def _region_line(office: OfficeInfo) -> str:
    return (
        f"{labels.village_label(office.village_name)}, Kecamatan {clean(office.kecamatan)}, "
        f"{labels.kabupaten_label(office.kabupaten)}, Provinsi {clean(office.province)}"
    )


def _days(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.1f}".replace(".", ",") + " hari"


def _story(data: MonthlyActivity, width: float) -> list[Flowable]:
    st = page.styles(9.5)
    office = data.office
    story: list[Flowable] = [blocks.Letterhead(office)]
    story += blocks.title_block(st, TITLE, number=data.number, subtitle=f"Bulan {data.month_label}")
    period = f"{fmt.tanggal(data.start)} s.d. {fmt.tanggal(data.end)}"
    story.append(Paragraph(para(_region_line(office)), page.centered(st.small)))
    story.append(
        Paragraph(
            f"Periode {para(period)}; keadaan tunggakan per {para(fmt.tanggal(data.as_of))}."
            + (f" Data DTKS/DTSEN per {para(fmt.tanggal(data.registry_date))}." if data.registry_date else ""),
            page.centered(st.small),
        )
    )
    story.append(Spacer(1, 3 * mm))

    story.append(Paragraph("A. Ringkasan", st.heading))
    story.append(_summary_table(data, width, st))

    story += _crosstab_section("B. Keluhan menurut bidang dan status", data.complaints, "Keluhan", width, st)
    story += _crosstab_section("C. Rujukan menurut bidang dan hasil", data.referrals, "Rujukan", width, st)

    story.append(
        KeepTogether([Paragraph("D. Usulan DTSEN", st.heading), _proposals_table(data, width, st)])
    )
    kinds = ", ".join(f"{clean(k)} {n}" for k, n in data.proposal_kinds)
    if kinds:
        story.append(Spacer(1, 1.2 * mm))
        story.append(Paragraph(f"Jenis usulan yang dibuat bulan ini: {para(kinds)}.", st.small))
    for sentence in (data.cek_bansos_text, data.calendar_text):  # issue 16 §7, §8
        if sentence:
            story.append(Spacer(1, 1.2 * mm))
            story.append(Paragraph(para(sentence), st.small))

    story.append(
        KeepTogether(
            [Paragraph("E. Surat yang diterbitkan", st.heading), _pairs_table(data.letters, width, "Jenis surat", st)]
        )
    )

    story.append(Paragraph("F. Waktu sampai hasil", st.heading))
    if data.outcome_count:
        text = (
            f"<b>{data.outcome_count}</b> keluhan mendapat hasil pertama pada bulan ini (hasil rujukan pertama atau "
            f"keluhan diselesaikan). Rata-rata <b>{_days(data.outcome_average_days)}</b> sejak didaftarkan "
            f"(median {_days(data.outcome_median_days)})."
        )
    else:
        text = "Tidak ada keluhan yang mendapat hasil pertama pada bulan ini."
    story.append(Paragraph(text, st.justify))

    story.append(Paragraph(f"G. Tunggakan per {para(fmt.tanggal(data.as_of))}", st.heading))
    story.append(
        _pairs_table(
            (
                ("Keluhan melewati batas waktu layanan dan belum selesai", data.overdue_complaints),
                (f"Rujukan belum ada jawaban setelah {data.followup_days} hari atau lebih", data.overdue_referrals),
            ),
            width,
            "Uraian",
            st,
            total=False,
        )
    )

    story.append(
        KeepTogether([Paragraph("H. Kunjungan fasilitator", st.heading), _facilitator_table(data, width, st)])
    )

    story.append(Spacer(1, 2 * mm))
    closing = Paragraph(
        "Demikian laporan kegiatan ini dibuat untuk disampaikan kepada Sekretariat SLRT Kabupaten/Kota "
        "dan pihak terkait.",
        st.justify,
    )
    head = head_signer(office)
    signers = [
        Signer(title=head.title, name=head.name, caption="Mengetahui,"),
        Signer(title="Koordinator Puskesos", name=office.coordinator_name, caption="Dibuat oleh,"),
    ]
    story.append(
        blocks.signature_block(
            signers,
            width,
            st,
            place=labels.village_place(office.village_name),
            day=data.printed_on,
            gap=15 * mm,
            keep_with=[closing],
        )
    )
    return story


# --- tables ---------------------------------------------------------------------------------------------------


def _crosstab_section(heading: str, tab: Crosstab, what: str, width: float, st: page.Styles) -> list[Flowable]:
    """Heading with its field × status table, then the two charts (each pair kept on one page; the charts carry
    their own titles, so they may start the next page rather than leave half a page empty)."""
    table = KeepTogether([Paragraph(heading, st.heading), _crosstab_table(tab, width, "Bidang")])
    if not tab.total:
        return [table, Paragraph(f"Tidak ada {what.lower()} pada bulan ini.", st.small)]
    charts = _charts_row(
        width,
        [(f, tab.row_total(i)) for i, f in enumerate(tab.rows)],
        f"{what} per bidang",
        [(c, tab.column_total(j)) for j, c in enumerate(tab.columns)],
        f"{what} per status",
    )
    return [table, Spacer(1, 2 * mm), charts, Spacer(1, 1.5 * mm)]


def _num(value: int | None) -> str:
    return "-" if value is None else fmt.angka(value)


def _summary_table(data: MonthlyActivity, width: float, st: page.Styles) -> Table:
    proposals_made = sum(p.made for p in data.proposals)
    proposals_open = sum(p.open or 0 for p in data.proposals)
    rows = [
        ("Warga yang dilayani (pemohon berbeda)", _num(data.residents_served)),
        ("Keluhan yang didaftarkan", _num(data.complaints.total)),
        ("Rujukan yang dibuat", _num(data.referrals.total)),
        ("Usulan DTSEN yang dibuat", _num(proposals_made)),
        ("Usulan DTSEN yang masih berjalan", _num(proposals_open)),
        ("Surat yang diterbitkan", _num(sum(n for _, n in data.letters))),
        ("Rata-rata hari sampai hasil", _days(data.outcome_average_days)),
        ("Keluhan melewati batas waktu", _num(data.overdue_complaints)),
        (f"Rujukan tanpa jawaban ≥ {data.followup_days} hari", _num(data.overdue_referrals)),
        ("Kunjungan lapangan fasilitator", _num(sum(f.visits for f in data.facilitators))),
    ]
    value_style = page.centered(st.cell)
    # Two label/value pairs per row: the summary takes half the height of a single column.
    half = (len(rows) + 1) // 2
    cells: list[list[Any]] = []
    for i in range(half):
        line: list[Any] = []
        for label, value in (rows[i], rows[i + half] if i + half < len(rows) else ("", "")):
            line += [Paragraph(para(label), st.cell), Paragraph(f"<b>{para(value)}</b>", value_style)]
        cells.append(line)
    table = Table(cells, colWidths=[width * 0.36, width * 0.14, width * 0.36, width * 0.14])
    table.setStyle(blocks.grid_style(header_rows=0, extra=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def _crosstab_table(tab: Crosstab, width: float, first: str) -> Table:
    st = page.styles(8.6)
    cell, center = st.cell, page.centered(st.cell)
    first_w, total_w = width * 0.16, width * 0.1
    col_w = (width - first_w - total_w) / max(1, len(tab.columns))
    header = [Paragraph(para(first), st.cell_head)]
    header += [Paragraph(para(c), st.cell_head) for c in tab.columns]
    header.append(Paragraph("Jumlah", st.cell_head))
    rows: list[list[Any]] = [header]
    for i, name in enumerate(tab.rows):
        rows.append(
            [Paragraph(para(name), cell)]
            + [Paragraph(_num(v), center) for v in tab.cells[i]]
            + [Paragraph(f"<b>{_num(tab.row_total(i))}</b>", center)]
        )
    rows.append(
        [Paragraph("<b>Jumlah</b>", cell)]
        + [Paragraph(f"<b>{_num(tab.column_total(j))}</b>", center) for j in range(len(tab.columns))]
        + [Paragraph(f"<b>{_num(tab.total)}</b>", center)]
    )
    table = Table(rows, colWidths=[first_w] + [col_w] * len(tab.columns) + [total_w], repeatRows=1)
    table.setStyle(blocks.grid_style(extra=[("BACKGROUND", (0, -1), (-1, -1), page.GROUP_FILL)]))
    return table


def _pairs_table(
    pairs: Sequence[tuple[str, int]], width: float, header: str, st: page.Styles, *, total: bool = True
) -> Table:
    tst = page.styles(8.6)
    cell, center = tst.cell, page.centered(tst.cell)
    rows: list[list[Any]] = [[Paragraph(para(header), tst.cell_head), Paragraph("Jumlah", tst.cell_head)]]
    rows += [[Paragraph(para(label), cell), Paragraph(_num(n), center)] for label, n in pairs]
    extra: list[tuple[Any, ...]] = []
    if total:
        rows.append([Paragraph("<b>Jumlah</b>", cell), Paragraph(f"<b>{_num(sum(n for _, n in pairs))}</b>", center)])
        extra.append(("BACKGROUND", (0, -1), (-1, -1), page.GROUP_FILL))
    table = Table(rows, colWidths=[width * 0.75, width * 0.25])
    table.setStyle(blocks.grid_style(extra=extra))
    return table


def _proposals_table(data: MonthlyActivity, width: float, st: page.Styles) -> Table:
    tst = page.styles(8.6)
    cell, center = tst.cell, page.centered(tst.cell)
    rows: list[list[Any]] = [
        [
            Paragraph("Status", tst.cell_head),
            Paragraph("Dibuat bulan ini", tst.cell_head),
            Paragraph(f"Masih berjalan per {para(fmt.tanggal(data.as_of))}", tst.cell_head),
        ]
    ]
    for line in data.proposals:
        rows.append(
            [Paragraph(para(line.status), cell), Paragraph(_num(line.made), center), Paragraph(_num(line.open), center)]
        )
    rows.append(
        [
            Paragraph("<b>Jumlah</b>", cell),
            Paragraph(f"<b>{_num(sum(p.made for p in data.proposals))}</b>", center),
            Paragraph(f"<b>{_num(sum(p.open or 0 for p in data.proposals))}</b>", center),
        ]
    )
    table = Table(rows, colWidths=[width * 0.5, width * 0.25, width * 0.25])
    table.setStyle(blocks.grid_style(extra=[("BACKGROUND", (0, -1), (-1, -1), page.GROUP_FILL)]))
    return table


def _facilitator_table(data: MonthlyActivity, width: float, st: page.Styles) -> Flowable:
    tst = page.styles(8.6)
    cell, center = tst.cell, page.centered(tst.cell)
    if not data.facilitators:
        return Paragraph("Belum ada akun fasilitator.", st.body)
    rows: list[list[Any]] = [
        [
            Paragraph("Fasilitator", tst.cell_head),
            Paragraph("Kunjungan lapangan", tst.cell_head),
            Paragraph("Keluhan didaftarkan melalui fasilitator", tst.cell_head),
        ]
    ]
    for f in data.facilitators:
        rows.append(
            [
                Paragraph(para(f.name, limit=80), cell),
                Paragraph(_num(f.visits), center),
                Paragraph(_num(f.complaints), center),
            ]
        )
    rows.append(
        [
            Paragraph("<b>Jumlah</b>", cell),
            Paragraph(f"<b>{_num(sum(f.visits for f in data.facilitators))}</b>", center),
            Paragraph(f"<b>{_num(sum(f.complaints for f in data.facilitators))}</b>", center),
        ]
    )
    table = Table(rows, colWidths=[width * 0.5, width * 0.25, width * 0.25])
    table.setStyle(blocks.grid_style(extra=[("BACKGROUND", (0, -1), (-1, -1), page.GROUP_FILL)]))
    return table


# --- charts (reportlab.graphics) ---------------------------------------------------------------------------------


def _charts_row(
    width: float, bars: Sequence[tuple[str, int]], bar_title: str, slices: Sequence[tuple[str, int]], pie_title: str
) -> Table:
    half = width / 2
    height = 44 * mm
    table = Table([[bar_chart(bars, half - 4, height, bar_title), pie_chart(slices, half - 4, height, pie_title)]],
                  colWidths=[half, half])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _caption(d: Drawing, text: str, height: float) -> None:
    d.add(String(0, height - 9, clean(text), fontName=fonts.BOLD, fontSize=8.5, fillColor=page.INK))


def _empty(d: Drawing, width: float, height: float) -> None:
    d.add(String(width / 2, height / 2, "Tidak ada data bulan ini", fontName=fonts.REGULAR, fontSize=8,
                 fillColor=page.GREY_TEXT, textAnchor="middle"))


def bar_chart(items: Sequence[tuple[str, int]], width: float, height: float, title: str) -> Drawing:
    """Horizontal bars, one per item, the count at the end of each bar."""
    fonts.register()
    d = Drawing(width, height)
    _caption(d, title, height)
    if not items or not any(v for _, v in items):
        _empty(d, width, height - 12)
        return d
    label_w = min(width * 0.38, max(fonts.string_width(clean(k), fonts.REGULAR, 7.5) for k, _ in items) + 6)
    chart = HorizontalBarChart()
    chart.x = label_w
    chart.y = 4
    chart.width = width - label_w - 22
    chart.height = height - 20
    # Top to bottom in the given order (reportlab draws the first category at the bottom).
    ordered = list(reversed(items))
    chart.data = [[v for _, v in ordered]]
    chart.categoryAxis.categoryNames = [clean(k) for k, _ in ordered]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.valueMin = 0
    top = max(v for _, v in items)
    chart.valueAxis.valueMax = max(1, top) * 1.15
    chart.valueAxis.valueStep = max(1, _nice_step(top))
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d


def _nice_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if top / step <= 6:
            return step
    return max(1, top // 5)


def pie_chart(items: Sequence[tuple[str, int]], width: float, height: float, title: str) -> Drawing:
    """A pie of the non-zero items with a legend that names each slice and its count."""
    fonts.register()
    d = Drawing(width, height)
    _caption(d, title, height)
    shown = [(clean(k), v) for k, v in items if v > 0]
    if not shown:
        _empty(d, width, height - 12)
        return d
    size = min(height - 22, width * 0.42)
    pie = Pie()
    pie.x = 4
    pie.y = (height - 14 - size) / 2
    pie.width = pie.height = size
    pie.data = [v for _, v in shown]
    pie.labels = None
    pie.sideLabels = False
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.6
    for i in range(len(shown)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    d.add(pie)
    legend = Legend()
    legend.x = size + 14
    legend.y = height - 18
    legend.fontName = fonts.REGULAR
    legend.fontSize = 7.2
    legend.alignment = "right"
    legend.columnMaximum = 8
    legend.boxAnchor = "nw"
    legend.dx = legend.dy = 6
    legend.deltay = 10
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], f"{k} ({fmt.angka(v)})") for i, (k, v) in enumerate(shown)]
    d.add(legend)
    return d
