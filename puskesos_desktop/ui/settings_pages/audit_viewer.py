"""Pengaturan › Jejak audit: the coordinator reads the trail with filters, checks the chain, exports it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core import audit_actions
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.services import audit
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.admin.change_password import FilePasswordDialog
from puskesos_desktop.ui.dialogs.common.form_base import set_invalid
from puskesos_desktop.ui.errors import show_fault
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.settings_pages.page_base import SettingsPage
from puskesos_desktop.ui.widgets.date_field import DateField
from puskesos_desktop.ui.widgets.table import RecordTable

# core/audit_actions.py's ACTION_LABELS, for lupdate; the viewer shows them in the interface language (exports
# keep the Indonesian words the trail was written in). tests/core/test_audit_actions.py checks this list is whole.
_ACTION_LABELS_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("AuditViewerPage", "Masuk"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Gagal masuk"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Keluar"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Membuka kunci layar"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Gagal membuka kunci layar"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Layar dikunci"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Akun dibuat"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Akun diubah"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Akun dinonaktifkan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Akun diaktifkan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Kata sandi direset"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Kata sandi diganti"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Gagal mengganti kata sandi"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Kunci akun dibuka"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Profil kantor dibuat"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Profil kantor diubah"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Penyiapan awal selesai"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Pengaturan diubah"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Sambungan server kantor diubah"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Hari libur diubah"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Mitra ditambahkan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Mitra diubah"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Mitra diaktifkan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Mitra dinonaktifkan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Mitra dihapus"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Layanan ditambahkan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Layanan diubah"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Layanan diaktifkan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Layanan dinonaktifkan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Layanan dihapus"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Program ditambahkan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Program diubah"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Program diaktifkan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Program dinonaktifkan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Program dihapus"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Warga didaftarkan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Data warga diubah"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Didaftarkan dari data DTKS/DTSEN"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Data warga dicetak untuk warga"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Persetujuan dicatat"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Data warga dianonimkan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Keluhan didaftarkan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Status keluhan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Keluhan dijawab"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Catatan keluhan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Keluhan ditugaskan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Dokumen keluhan diperbarui"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Keluhan ditangani di desa"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Warga diberi tahu"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Rujukan dibuat"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Status rujukan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Warga diberi tahu hasil rujukan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Kunjungan lapangan dicatat"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Kunjungan lapangan diubah"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Usulan dibuat"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Status usulan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Anggota usulan diubah"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Data DTKS/DTSEN diimpor"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Hasil musyawarah desa dicatat"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Daftar musyawarah desa dicetak"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Berita acara musyawarah desa dicetak"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Paket Musdesus dibuat"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Nomor laporan bulanan diberikan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Dokumen dicetak"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Salinan dokumen dicetak"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Daftar dokumen kurang dicetak"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Kartu rujukan dicetak"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Salinan kartu rujukan dicetak"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Surat diterbitkan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Berkas bulanan diekspor"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Umpan balik diimpor"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Cadangan dibuat"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Cadangan otomatis"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Database dipulihkan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Database dipindahkan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Jejak audit diekspor"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Data contoh dibuat"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Lampiran ditambahkan"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Lampiran dilihat"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Lampiran disalin ke berkas"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Lampiran dicetak"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Lampiran dihapus"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Templat pesan diubah"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Data penduduk desa diimpor"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Perubahan dari data penduduk diterima"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Data desil diimpor"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Batas desil program diubah"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Usul/sanggah Cek Bansos dicatat"),
    QT_TRANSLATE_NOOP("AuditViewerPage", "Hasil usul/sanggah Cek Bansos dicatat"),
)


def action_text(code: str) -> str:
    label = audit_actions.label(code)
    return QCoreApplication.translate("AuditViewerPage", label) if label != code else code  # unknown: the code


LIMIT = 5000
COLUMNS = [
    Column("id", "No", align_right=True),
    Column("at", "Waktu"),
    Column("actor", "Pengguna"),
    Column("action_label", "Tindakan", getter=lambda r: action_text(r.action)),
    Column("target", "Objek", getter=lambda r: f"{r.entity} {r.entity_id}".strip()),
    Column("summary", "Rincian"),
]


class AuditViewerPage(SettingsPage):
    right = Permission.AUDIT
    has_save = False
    stretch_end = False
    hide_when_read_only = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.loading = False
        super().__init__(ctx, parent)

    def build_body(self, layout: QVBoxLayout) -> None:
        self.filters = QWidget()
        grid = QGridLayout(self.filters)
        grid.setContentsMargins(0, 0, 0, 0)
        self.date_from = DateField("Dari")
        self.date_to = DateField("Sampai")
        self.actor = QComboBox()
        self.action = QComboBox()
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.actor.setMinimumWidth(170)
        self.action.setMinimumWidth(230)
        self.actor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.show_button = QPushButton()
        self.show_button.setDefault(True)
        self.labels = [QLabel() for _ in range(5)]
        for col, (label, widget) in enumerate(
            zip(self.labels, [self.date_from, self.date_to, self.actor, self.action, self.text], strict=True)
        ):
            label.setBuddy(widget)
            grid.addWidget(label, 0, col)
            grid.addWidget(widget, 1, col)
        grid.addWidget(self.show_button, 1, 5)
        grid.setColumnStretch(4, 1)
        layout.addWidget(self.filters)
        self.table = RecordTable(COLUMNS)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        bottom = QHBoxLayout()
        self.verify_button = QPushButton()
        self.export_button = QPushButton()
        self.chain = QLabel()
        self.chain.setWordWrap(True)
        self.chain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.chain, 1)
        layout.addLayout(bottom)
        self.show_button.clicked.connect(self.load)
        self.text.returnPressed.connect(self.load)
        self.date_from.returnPressed.connect(self.load)
        self.date_to.returnPressed.connect(self.load)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.export)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        for label, text in zip(
            self.labels,
            [
                self.tr("&Dari tanggal"),
                self.tr("&Sampai"),
                self.tr("&Pengguna"),
                self.tr("&Tindakan"),
                self.tr("Te&ks"),
            ],
            strict=True,
        ):
            label.setText(text)
        self.text.setPlaceholderText(self.tr("nomor, NIK, nama di rincian…"))
        self.show_button.setText(self.tr("Tampi&lkan"))
        self.verify_button.setText(self.tr("Periksa &rantai"))
        self.export_button.setText(self.tr("&Ekspor…"))

    def title(self) -> str:
        return self.tr("Jejak audit")

    def intro_text(self) -> str:
        return self.tr(
            "Siapa melakukan apa dan kapan: masuk/keluar, setiap perubahan (lama → baru), status, cetak, "
            "ekspor, impor, cadangan dan akun. Entri saling terkait dengan hash: mengubah, menghapus atau "
            "menukar entri di luar program terdeteksi saat rantai diperiksa."
        )

    def read_only_text(self) -> str:
        return self.tr("Hanya koordinator yang melihat jejak audit.")

    def load_page(self) -> None:
        actors, actions = audit.choices(self.ctx.db, self.ctx.actor)
        self._fill(self.actor, [("", self.tr("Semua pengguna"))] + [(a, a) for a in actors])
        groups = [
            ("", self.tr("Semua tindakan")),
            ("login", action_text("login")),
            ("login.failed", action_text("login.failed")),
            ("user.", self.tr("Perubahan akun")),
            ("backup.", self.tr("Cadangan dan pemulihan")),
        ]
        known = {code for code, _ in groups}
        groups += [(a, action_text(a)) for a in actions if a not in known]
        self._fill(self.action, groups)
        self.chain.setText(self.tr("Hash terakhir: {0}").format(audit.latest_hash(self.ctx.db)))
        self.load()

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for code, label in items:
            combo.addItem(label, code)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def current_filter(self) -> audit.AuditFilter | None:
        for field in (self.date_from, self.date_to):
            set_invalid(field, False)
        days: list[dt.date | None] = []
        for field in (self.date_from, self.date_to):
            try:
                days.append(field.value())
            except ValidationError as exc:
                set_invalid(field, True)  # the field that refused, not found again by its name
                show_fault(self, exc)
                return None
        start, end = days
        return audit.AuditFilter(
            date_from=start,
            date_to=end,
            actor=str(self.actor.currentData() or ""),
            action=str(self.action.currentData() or ""),
            text=self.text.text(),
            limit=LIMIT,
        )

    def load(self) -> None:
        flt = self.current_filter()
        if flt is None or self.loading or not self.ctx.actor.can(Permission.AUDIT):
            return
        self.loading = True
        self.count.setText(self.tr("Memuat…"))
        db, actor = self.ctx.db, self.ctx.actor
        jobs.run(lambda: audit.query(db, actor, flt), self._show, self._failed, parent=self)

    def _show(self, rows: list[audit.AuditRow]) -> None:
        self.loading = False
        self.table.set_rows(rows)
        more = self.tr(" (paling banyak {0}; persempit saringan)").format(LIMIT) if len(rows) >= LIMIT else ""
        self.count.setText(self.tr("{0} entri").format(len(rows)) + more)

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.count.clear()
        show_fault(self, exc)

    def verify(self) -> None:
        self.chain.setText(self.tr("Memeriksa rantai…"))
        db = self.ctx.db
        jobs.run(lambda: (audit.verify(db), audit.latest_hash(db)), self._verified, self._failed, parent=self)

    def _verified(self, outcome: tuple[audit.VerifyResult, str]) -> None:
        result, latest = outcome
        if result.ok:
            self.chain.setText(
                self.tr("Rantai utuh: {0} entri diperiksa. Hash terakhir: {1}").format(result.checked, latest)
            )
            self.chain.setObjectName("")
        else:
            self.chain.setText(
                self.tr("RANTAI RUSAK pada entri No {0}: {1}. Laporkan kepada koordinator/kabupaten.").format(
                    result.first_broken_id, result.reason
                )
            )
            self.chain.setObjectName("error")
        self.chain.style().unpolish(self.chain)
        self.chain.style().polish(self.chain)

    def export(self) -> None:
        flt = self.current_filter()
        if flt is None:
            return
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor jejak audit"), "jejak-audit.xlsx", self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if not name:
            return
        if not name.lower().endswith((".xlsx", ".csv")):
            name += ".csv" if "csv" in chosen.lower() else ".xlsx"
        password = ""
        if name.lower().endswith(".xlsx"):
            dialog = FilePasswordDialog(self.tr("Jejak audit"), parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            password = dialog.password
        db, actor = self.ctx.db, self.ctx.actor
        full = audit.AuditFilter(flt.date_from, flt.date_to, flt.actor, flt.action, flt.text, limit=10_000_000)
        self.count.setText(self.tr("Mengekspor…"))
        jobs.run(
            lambda: audit.export(db, actor, full, name, password or None), self._exported, self._failed, parent=self
        )

    def _exported(self, result: audit.ExportResult) -> None:
        lock = self.tr(", terkunci kata sandi") if result.encrypted else ""
        self.count.setText(self.tr("{0} entri diekspor ke {1}{2}.").format(result.count, result.path, lock))
