"""The two pages of the Laporan tab: the month's activity report and the planning dashboard.

Both only show what a service computed (services/reports.py, services/dashboard.py); every figure carries the
FigureRef of its list, and `open_list` asks the tab to fetch and show that list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from puskesos_desktop.core import fmt
from puskesos_desktop.services.reporting.dashboard import Dashboard, GapRow
from puskesos_desktop.services.reporting.report_queries import LETTER_LABELS, FigureRef
from puskesos_desktop.services.reporting.reports import FacilitatorLine, MonthlyReport
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.style import CARD_COLOURS
from puskesos_desktop.ui.widgets.charts import BarChart, ChartItem, FigureTile, HeatMatrix
from puskesos_desktop.ui.widgets.table import RecordTable


def _accent(field: str) -> str:
    colours = CARD_COLOURS.get(field)
    return colours[0] if colours else ""


def keep_source_order(table: RecordTable) -> None:
    """Rows in the order the service gave them (a header click still sorts)."""
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)


def _group(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for w in widgets:
        layout.addWidget(w)
    return box


# --- the month -------------------------------------------------------------------------------------------------


class MonthlyPage(QWidget):
    open_list = Signal(object)  # FigureRef

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: MonthlyReport | None = None
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        tiles = QGridLayout()
        self.tile_served = FigureTile()
        self.tile_complaints = FigureTile()
        self.tile_referrals = FigureTile()
        self.tile_proposals = FigureTile()
        self.tile_proposals_open = FigureTile()
        self.tile_letters = FigureTile()
        self.tile_days = FigureTile()
        self.tile_overdue_complaints = FigureTile()
        self.tile_overdue_referrals = FigureTile()
        self.tile_visits = FigureTile()
        self.tile_overdue_complaints.warn = self.tile_overdue_referrals.warn = True
        self.tiles = [
            self.tile_served,
            self.tile_complaints,
            self.tile_referrals,
            self.tile_proposals,
            self.tile_proposals_open,
            self.tile_letters,
            self.tile_days,
            self.tile_overdue_complaints,
            self.tile_overdue_referrals,
            self.tile_visits,
        ]
        for i, tile in enumerate(self.tiles):
            tiles.addWidget(tile, i // 5, i % 5)
            tile.activated.connect(self.open_list)
        layout.addLayout(tiles)
        grid = QGridLayout()
        self.chart_complaint_fields = BarChart()
        self.chart_complaint_status = BarChart()
        self.chart_referral_status = BarChart()
        self.chart_referral_fields = BarChart()
        self.chart_proposals = BarChart()
        self.chart_letters = BarChart()
        self.charts = [
            self.chart_complaint_fields,
            self.chart_complaint_status,
            self.chart_referral_status,
            self.chart_referral_fields,
            self.chart_proposals,
            self.chart_letters,
        ]
        for i, chart in enumerate(self.charts):
            chart.activated.connect(self.open_list)
            grid.addWidget(chart, i // 3, i % 3, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(grid)
        self.facilitators = RecordTable(
            [
                Column("name", "Fasilitator"),
                Column("visits", "Kunjungan lapangan", align_right=True),
                Column("complaints", "Keluhan melalui fasilitator", align_right=True),
            ]
        )
        self.facilitators.setMaximumHeight(130)
        keep_source_order(self.facilitators)
        self.facilitators.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.facilitators.activated.connect(self._facilitator_activated)
        self.facilitator_box = _group("", self.facilitators)
        layout.addWidget(self.facilitator_box)
        layout.addStretch(1)

    def retranslate_ui(self) -> None:
        captions = [
            self.tr("Warga yang dilayani"),
            self.tr("Keluhan didaftarkan"),
            self.tr("Rujukan dibuat"),
            self.tr("Usulan DTSEN dibuat"),
            self.tr("Usulan DTSEN masih berjalan"),
            self.tr("Surat diterbitkan"),
            self.tr("Rata-rata sampai hasil"),
            self.tr("Keluhan lewat batas waktu"),
            self.tr("Rujukan perlu tindak lanjut"),
            self.tr("Kunjungan fasilitator"),
        ]
        for tile, caption in zip(self.tiles, captions, strict=True):
            tile.caption = caption
            tile.update()
        titles = [
            self.tr("Keluhan per bidang"),
            self.tr("Keluhan per status"),
            self.tr("Rujukan per status (hasil)"),
            self.tr("Rujukan per bidang"),
            self.tr("Usulan DTSEN bulan ini per status"),
            self.tr("Surat per jenis"),
        ]
        for chart, title in zip(self.charts, titles, strict=True):
            chart.set_title(title)
        self.facilitator_box.setTitle(self.tr("Kunjungan dan keluhan melalui fasilitator"))
        if self.report is not None:
            self.show_report(self.report)
        else:
            self.hint.setText(self.tr("Memuat laporan…"))

    def show_report(self, rep: MonthlyReport) -> None:
        self.report = rep
        p = rep.period
        m = p.month
        self.hint.setText(
            self.tr(
                "Periode {0} s.d. {1}; tunggakan dihitung per {2}. Klik angka atau batang untuk melihat daftarnya."
            ).format(fmt.tanggal(p.start), fmt.tanggal(p.end), fmt.tanggal(p.as_of))
        )
        self.tile_served.set_figure(rep.residents_served, FigureRef("residents_served", m))
        self.tile_complaints.set_figure(rep.complaints.total, FigureRef("complaints", m))
        self.tile_referrals.set_figure(rep.referrals.total, FigureRef("referrals", m))
        self.tile_proposals.set_figure(rep.proposals_month, FigureRef("proposals_month", m))
        self.tile_proposals_open.set_figure(rep.proposals_open, FigureRef("proposals_open", m))
        self.tile_letters.set_figure(rep.letters, FigureRef("letters", m))
        self.tile_days.set_figure(rep.outcomes.average_days, FigureRef("outcomes", m), self.tr("hari"))
        self.tile_overdue_complaints.set_figure(rep.overdue_complaints, FigureRef("overdue_complaints", m))
        self.tile_overdue_referrals.set_figure(rep.overdue_referrals, FigureRef("overdue_referrals", m))
        self.tile_visits.set_figure(rep.visits, FigureRef("visits", m))
        self.chart_complaint_fields.set_items(
            [
                ChartItem(f, n, FigureRef("complaints", m, field=f), _accent(f))
                for f, n in rep.complaints.by_field.items()
            ]
        )
        self.chart_complaint_status.set_items(
            [ChartItem(s, n, FigureRef("complaints", m, status=s)) for s, n in rep.complaints.by_status.items()]
        )
        self.chart_referral_status.set_items(
            [ChartItem(s, n, FigureRef("referrals", m, status=s)) for s, n in rep.referrals.by_status.items()]
        )
        self.chart_referral_fields.set_items(
            [ChartItem(f, n, FigureRef("referrals", m, field=f), _accent(f)) for f, n in rep.referrals.by_field.items()]
        )
        self.chart_proposals.set_items(
            [
                ChartItem(s, n, FigureRef("proposals_month", m, status=s))
                for s, n in rep.proposals_month_by_status.items()
            ]
        )
        self.chart_letters.set_items(
            [
                ChartItem(LETTER_LABELS.get(k, k), n, FigureRef("letters", m, kind=k))
                for k, n in rep.letters_by_kind.items()
            ]
        )
        self.facilitators.set_rows(rep.facilitators)

    def _facilitator_activated(self) -> None:
        row: FacilitatorLine | None = self.facilitators.selected_row()
        index = self.facilitators.currentIndex()
        if self.report is None or row is None:
            return
        figure = "visit_complaints" if index.column() == 2 else "visits"
        self.open_list.emit(FigureRef(figure, self.report.period.month, user_id=row.user_id))


# --- the dashboard ----------------------------------------------------------------------------------------------

GAP_COLUMNS = [
    Column("field", "Bidang"),
    Column("service", "Layanan"),
    Column("open", "Belum selesai", align_right=True),
    Column("rejected", "Ditolak", align_right=True),
    Column("total", "Jumlah", align_right=True),
]
_GAP_KINDS = {2: "open", 3: "rejected"}


class DashboardPage(QWidget):
    open_list = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dashboard: Dashboard | None = None
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        tiles = QGridLayout()
        self.tile_households = FigureTile()
        self.tile_with_programme = FigureTile()
        self.tile_uncovered = FigureTile()
        self.tile_proposals = FigureTile()
        self.tile_gaps = FigureTile()
        self.tile_uncovered.warn = self.tile_gaps.warn = True
        self.tiles = [
            self.tile_households,
            self.tile_with_programme,
            self.tile_uncovered,
            self.tile_proposals,
            self.tile_gaps,
        ]
        for i, tile in enumerate(self.tiles):
            tiles.addWidget(tile, 0, i)
            tile.activated.connect(self.open_list)
        layout.addLayout(tiles)

        self.proposals = HeatMatrix()
        self.by_programme = BarChart()
        self.programme_desil = HeatMatrix()
        self.by_desil = BarChart()
        self.by_level = BarChart()
        self.overlap = HeatMatrix()
        self.overlap.diagonal_distinct = True
        self.gaps = RecordTable(GAP_COLUMNS)
        self.gaps.setMinimumHeight(200)
        keep_source_order(self.gaps)
        header = self.gaps.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.gaps.activated.connect(self._gap_activated)
        self.uncovered = BarChart()
        for w in (
            self.proposals,
            self.by_programme,
            self.programme_desil,
            self.by_desil,
            self.by_level,
            self.overlap,
            self.uncovered,
        ):
            w.activated.connect(self.open_list)
        self.gaps_hint = QLabel()
        self.gaps_hint.setObjectName("hint")
        self.gaps_hint.setWordWrap(True)
        self.box_proposals = _group("", self.proposals)
        self.box_access = _group("", self.by_programme, self.by_level)
        self.box_desil = _group("", self.programme_desil, self.by_desil)
        self.box_overlap = _group("", self.overlap)
        self.box_gaps = QGroupBox()
        gaps_layout = QGridLayout(self.box_gaps)
        gaps_layout.addWidget(self.gaps_hint, 0, 0, 1, 2)
        gaps_layout.addWidget(self.gaps, 1, 0)
        gaps_layout.addWidget(self.uncovered, 1, 1, Qt.AlignmentFlag.AlignTop)
        gaps_layout.setColumnStretch(0, 2)
        gaps_layout.setColumnStretch(1, 1)
        # Two columns that stack on their own (a grid would leave holes beside the short boxes).
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        for box in (self.box_proposals, self.box_desil):
            left.addWidget(box)
        for box in (self.box_access, self.box_overlap):
            right.addWidget(box)
        left.addStretch(1)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        layout.addWidget(self.box_gaps)
        layout.addStretch(1)

    def retranslate_ui(self) -> None:
        for tile, caption in zip(
            self.tiles,
            [
                self.tr("Keluarga dalam data DTKS/DTSEN"),
                self.tr("Keluarga penerima program"),
                self.tr("Keluarga desil 1–4 tanpa program"),
                self.tr("Usulan DTSEN (semua)"),
                self.tr("Keluhan belum selesai atau ditolak"),
            ],
            strict=True,
        ):
            tile.caption = caption
            tile.update()
        self.box_proposals.setTitle(self.tr("(i) Usulan pemutakhiran dan penambahan DTSEN"))
        self.box_access.setTitle(self.tr("(ii) Akses program pusat dan daerah"))
        self.box_desil.setTitle(self.tr("(ii) Keluarga penerima menurut program dan desil"))
        self.box_overlap.setTitle(self.tr("(iii) Komplementaritas dan irisan program"))
        self.box_gaps.setTitle(self.tr("(iv) Kesenjangan layanan"))
        self.proposals.title = self.tr("Jenis usulan × status saat ini")
        self.by_programme.set_title(self.tr("Keluarga penerima per program"))
        self.by_level.set_title(self.tr("Keluarga penerima per tingkat program"))
        self.programme_desil.title = self.tr("Program × desil (jumlah keluarga)")
        self.by_desil.set_title(self.tr("Keluarga DTKS/DTSEN per desil"))
        self.overlap.title = self.tr("Keluarga penerima dua program sekaligus (diagonal: penerima program itu)")
        self.uncovered.set_title(self.tr("Desil 1–4 tanpa program apa pun"))
        self.gaps_hint.setText(
            self.tr(
                "Keluhan yang belum selesai, atau yang rujukannya ditolak tanpa ada yang disetujui, per bidang "
                "dan layanan. Tekan Enter atau klik dua kali pada angka untuk melihat daftarnya."
            )
        )
        if self.dashboard is not None:
            self.show_dashboard(self.dashboard)
        else:
            self.hint.setText(self.tr("Memuat dasbor…"))

    def show_dashboard(self, d: Dashboard) -> None:
        self.dashboard = d
        self.hint.setText(
            self.tr(
                "Keadaan per {0}. Satu keluarga = satu No. KK di data DTKS/DTSEN yang aktif; desil keluarga = "
                "desil terendah anggotanya. Klik angka untuk melihat daftarnya."
            ).format(fmt.tanggal_jam(d.generated_at))
        )
        self.tile_households.set_figure(d.households, FigureRef("households"))
        self.tile_with_programme.set_figure(d.households_with_programme, FigureRef("households_with_programme"))
        self.tile_uncovered.set_figure(d.uncovered, FigureRef("gap_households"))
        self.tile_proposals.set_figure(d.proposals_total, FigureRef("proposals"))
        self.tile_gaps.set_figure(sum(g.total for g in d.gaps), FigureRef("gap_complaints"))

        kinds = list(d.proposals)
        statuses = list(next(iter(d.proposals.values())).keys()) if d.proposals else []
        self.proposals.set_data(
            kinds,
            statuses,
            [[d.proposals[k].get(s, 0) for s in statuses] for k in kinds],
            [[FigureRef("proposals", kind=k, status=s) for s in statuses] for k in kinds],
        )
        shown = [p for p in d.programmes if d.by_programme.get(p.id)] or d.programmes
        self.by_programme.set_items(
            [
                ChartItem(
                    f"{p.code} ({p.level})", d.by_programme.get(p.id, 0), FigureRef("households", programme_id=p.id)
                )
                for p in d.programmes
            ]
        )
        self.by_level.set_items(
            [ChartItem(level, n, FigureRef("households", kind=level)) for level, n in d.by_level.items()]
        )
        desils = [x for x in d.by_desil if x] + ([0] if 0 in d.by_desil else [])
        desil_names = [str(x) if x else self.tr("tanpa") for x in desils]
        self.programme_desil.set_data(
            [p.code for p in shown],
            desil_names,
            [[d.programme_desil.get(p.id, {}).get(x, 0) for x in desils] for p in shown],
            [[FigureRef("households", programme_id=p.id, desil=x) for x in desils] for p in shown],
        )
        self.by_desil.set_items(
            [
                ChartItem(self.tr("Desil {0}").format(name), d.by_desil.get(x, 0), FigureRef("households", desil=x))
                for x, name in zip(desils, desil_names, strict=True)
            ]
        )
        in_matrix = shown[:40]
        self.overlap.set_data(
            [p.code for p in in_matrix],
            [p.code for p in in_matrix],
            [[d.pair(a.id, b.id) for b in in_matrix] for a in in_matrix],
            [
                [
                    FigureRef("households", programme_id=a.id)
                    if a.id == b.id
                    else FigureRef("overlap", programme_id=min(a.id, b.id), other_programme_id=max(a.id, b.id))
                    for b in in_matrix
                ]
                for a in in_matrix
            ],
        )
        self.gaps.set_rows(d.gaps)
        self.uncovered.set_items(
            [
                ChartItem(self.tr("Desil {0}").format(x), n, FigureRef("gap_households", desil=x))
                for x, n in d.uncovered_by_desil.items()
            ]
        )

    def _gap_activated(self) -> None:
        row = self.gaps.selected_row()
        if not isinstance(row, GapRow):
            return
        kind = _GAP_KINDS.get(self.gaps.currentIndex().column())
        self.open_list.emit(FigureRef("gap_complaints", field=row.field, service_id=row.service_id, kind=kind))
