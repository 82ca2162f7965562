"""The list behind a report or dashboard figure: the records it counts, in a filterable table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from puskesos_desktop.core import fmt
from puskesos_desktop.services.reporting.report_queries import ListRow, RecordList
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.widgets.table import RecordTable

# Numeric columns are right-aligned.
_NUMERIC = frozenset({"complaints", "members", "desil", "days", "households", "visits"})


# The column headers of services/report_queries.py, for lupdate: RowTableModel translates headers in this context.
_HEADERS_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("RowTableModel", "No Resi"),
    QT_TRANSLATE_NOOP("RowTableModel", "Tanggal daftar"),
    QT_TRANSLATE_NOOP("RowTableModel", "Nama"),
    QT_TRANSLATE_NOOP("RowTableModel", "NIK"),
    QT_TRANSLATE_NOOP("RowTableModel", "Bidang"),
    QT_TRANSLATE_NOOP("RowTableModel", "Layanan"),
    QT_TRANSLATE_NOOP("RowTableModel", "Status"),
    QT_TRANSLATE_NOOP("RowTableModel", "Batas waktu"),
    QT_TRANSLATE_NOOP("RowTableModel", "No Rujukan"),
    QT_TRANSLATE_NOOP("RowTableModel", "Tanggal rujuk"),
    QT_TRANSLATE_NOOP("RowTableModel", "Dikirim"),
    QT_TRANSLATE_NOOP("RowTableModel", "Tanggal hasil"),
    QT_TRANSLATE_NOOP("RowTableModel", "No Usulan"),
    QT_TRANSLATE_NOOP("RowTableModel", "Tanggal"),
    QT_TRANSLATE_NOOP("RowTableModel", "Jenis"),
    QT_TRANSLATE_NOOP("RowTableModel", "Pemohon"),
    QT_TRANSLATE_NOOP("RowTableModel", "No KK"),
    QT_TRANSLATE_NOOP("RowTableModel", "Nomor"),
    QT_TRANSLATE_NOOP("RowTableModel", "Penanda tangan"),
    QT_TRANSLATE_NOOP("RowTableModel", "Alamat"),
    QT_TRANSLATE_NOOP("RowTableModel", "Keluhan"),
    QT_TRANSLATE_NOOP("RowTableModel", "Hasil pertama"),
    QT_TRANSLATE_NOOP("RowTableModel", "Melalui"),
    QT_TRANSLATE_NOOP("RowTableModel", "Hari"),
    QT_TRANSLATE_NOOP("RowTableModel", "Fasilitator"),
    QT_TRANSLATE_NOOP("RowTableModel", "Tempat"),
    QT_TRANSLATE_NOOP("RowTableModel", "Keluarga ditemui"),
    QT_TRANSLATE_NOOP("RowTableModel", "Catatan"),
)


def _cell(i: int) -> Callable[[ListRow], object]:
    """The reader of column `i`: a list's rows are values in the order of its columns."""
    return lambda row: row.values[i]


class FigureListDialog(QDialog):
    #: a view of people's data with nothing typed in it: closed when the screen locks (ui/session.py)
    shows_personal_data = True

    def __init__(self, records: RecordList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.setup_ui()
        self.retranslate_ui()
        self.table.set_rows(records.rows)

    def setup_ui(self) -> None:
        self.resize(1100, 560)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("subheading")
        self.heading.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        columns = [
            Column(key, header, getter=_cell(i), align_right=key in _NUMERIC)
            for i, (key, header) in enumerate(self.records.columns)
        ]
        self.table = RecordTable(columns)
        # The service's order (by date or name) until a header is clicked.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.filter.textChanged.connect(self.table.proxy.setFilterFixedString)
        self.button_close = QPushButton()
        self.button_close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.button_close)
        layout.addWidget(self.heading)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, lambda: self.filter.setFocus())
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Daftar — {0}").format(self.records.title))
        self.heading.setText(self.records.title)
        shown = len(self.records.rows)
        if self.records.truncated:
            text = self.tr("{0} data; ditampilkan {1} yang pertama.").format(
                fmt.angka(self.records.total), fmt.angka(shown)
            )
        else:
            text = self.tr("{0} data.").format(fmt.angka(self.records.total))
        self.count.setText(text)
        self.filter.setPlaceholderText(self.tr("Saring daftar ini… (Ctrl+F)"))
        self.button_close.setText(self.tr("&Tutup"))
