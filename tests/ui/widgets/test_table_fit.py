"""The shared table fits its window (issue 17 item 8): at 1366 px the back office's 13 columns are all on screen,
no header is cut, long text is elided with the whole of it as a tooltip; only headers wider than the window
scroll."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.tabs.back_office import COLUMNS
from puskesos_desktop.ui.widgets.table import RecordTable

LONG = "Kartu BPJS PBI tidak aktif saat berobat ke puskesmas kecamatan, sudah dua kali ditolak di loket pendaftaran"


def _queue_row(i: int) -> SimpleNamespace:
    import datetime as dt

    return SimpleNamespace(
        id=i, number=f"PSK/6201022001/2026/11/{i:05d}", resident_name="Siti Aminah binti Abdul Rahman Hakim",
        field="Kesehatan", service="Pengaktifan kembali BPJS PBI (kartu nonaktif) — " + LONG, status="Diteruskan",
        due_date=dt.date(2026, 11, 30), overdue=True, days_overdue=3, age_days=12, referrals_total=2,
        referrals_open=1, referrals_waiting_approval=1, followup=True, missing_documents=2,
        officer="Petugas Back Office Desa", urgency="Mendesak", registered_at=dt.datetime(2026, 11, 2, 9, 0),
    )  # fmt: skip


def _header_cuts(table: RecordTable) -> list[str]:
    header: QHeaderView = table.horizontalHeader()
    cut = []
    for c in range(table.source.columnCount()):
        text = str(table.source.headerData(c, Qt.Orientation.Horizontal))
        # A header the table put on two lines is as wide as its wider line.
        widest = max(header.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        if widest + 8 > header.sectionSize(c):
            cut.append(text)
    return cut


def test_back_office_columns_fit_1366_without_cutting_a_header(qtbot: QtBot) -> None:
    table = RecordTable(COLUMNS)
    qtbot.addWidget(table)
    table.resize(1340, 500)  # the tab's width in a maximised window at 1366 x 768
    table.show()
    table.set_rows([_queue_row(i) for i in range(30)])
    qtbot.wait_until(lambda: table._fitted_for == table.viewport().width())  # after the scroll bar came
    header = table.horizontalHeader()
    total = sum(header.sectionSize(c) for c in range(len(COLUMNS)))
    assert total <= table.viewport().width(), (total, table.viewport().width())
    assert _header_cuts(table) == []
    # The long service is the one that gave way: elided, with its whole text as the tooltip.
    service = table.proxy.index(0, 3)
    assert table.is_elided(service)
    assert not table.is_elided(table.proxy.index(0, 4))  # "Diteruskan" whole
    # Wider again: every column back at its content's width.
    table.resize(3000, 500)
    assert not table.is_elided(table.proxy.index(0, 1))


def test_a_table_that_fits_fills_the_width_and_headers_alone_too_wide_scroll(qtbot: QtBot) -> None:
    small = RecordTable([Column("a", "Nomor"), Column("b", "Nama")])
    qtbot.addWidget(small)
    small.resize(800, 200)
    small.show()
    small.set_rows([SimpleNamespace(a="1", b="Budi")])
    header = small.horizontalHeader()
    assert header.sectionSize(0) + header.sectionSize(1) == small.viewport().width()  # fills the width
    wide = RecordTable([Column(f"c{i}", f"Kolom yang panjang sekali {i}") for i in range(12)])
    qtbot.addWidget(wide)
    wide.resize(600, 200)
    wide.show()
    wide.set_rows([SimpleNamespace(**{f"c{i}": "x" for i in range(12)})])
    assert _header_cuts(wide) == [] and wide.source.two_line_headers  # headers over two lines first
    assert sum(wide.horizontalHeader().sectionSize(c) for c in range(12)) > wide.viewport().width()  # scrolls
