"""Pengaturan › Profil kantor: the office profile, changed by the coordinator (each change a new version from that
moment; documents reprinted later keep the letterhead and signatory of their own date), the paper size and the
receipt form."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import NamedTuple

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core import fmt, regions
from puskesos_desktop.core.errors import PermissionDenied, PuskesosError, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import office
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.admin.setup_wizard import OfficePage
from puskesos_desktop.ui.errors import show_error
from puskesos_desktop.ui.settings_pages.page_base import SettingsPage
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.loading import ListLoader


class _PageRead(NamedTuple):
    profile: office.OfficeData | None
    receipt_layout: str
    history: list[office.ProfileVersion] | None  # None: not the account's to see


def _read_page(db: Database, actor: Actor, may_change: bool) -> _PageRead:
    """On a worker: what the page shows."""
    profile = office.get_profile(db)
    try:
        history = office.profile_history(db, actor) if may_change and profile is not None else None
    except PermissionDenied:  # the role changed since signing in: the page turns read-only when its rights arrive
        history = None
    return _PageRead(profile, office.load_settings(db).receipt_layout, history)


class OfficeProfileDialog(QDialog):
    """The setup wizard's office form, filled with the profile as it is; Simpan makes a new version."""

    def __init__(self, ctx: AppContext, profile: office.OfficeData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: office.OfficeData | None = None
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.form = OfficePage(self)
        self.form.prefill(profile)
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Ubah profil kantor"))
        self.hint.setText(
            self.tr(
                "Perubahan berlaku mulai sekarang. Resi, surat dan kartu yang dicetak ulang tetap memakai kop dan "
                "penanda tangan pada tanggal dokumen itu."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))

    def save(self) -> None:
        problem = self.form.code_problem()
        if problem is not None:
            self.form.mark(*problem)
            return
        try:
            self.saved = office.save_profile(self.ctx.db, self.ctx.actor, self.form.data())
        except ValidationError as exc:
            self.form.mark(exc)
            return
        except PuskesosError as exc:
            show_error(self, exc)
            return
        self.accept()


class OfficeProfilePage(SettingsPage):
    right = Permission.SETTINGS
    save_topics = (Topic.OFFICE,)
    stretch_end = False

    def build_body(self, layout: QVBoxLayout) -> None:
        self._build_profile_box(layout)
        self._build_paper_box(layout)
        self.history_box = QGroupBox()
        history = QVBoxLayout(self.history_box)
        self.history = QTableWidget(0, 4)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        history.addWidget(self.history)
        layout.addWidget(self.history_box, 1)
        self.loader = ListLoader(self, self.history, "office_profile")

    def _build_profile_box(self, layout: QVBoxLayout) -> None:
        self.profile_box = QGroupBox()
        self.form = QFormLayout(self.profile_box)
        self.labels: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for key in ("village", "code", "kecamatan", "kabupaten", "address", "phone", "email", "head", "coordinator"):
            caption, label = QLabel(), QLabel()
            label.setWordWrap(True)
            self.captions[key], self.labels[key] = caption, label
            self.form.addRow(caption, label)
        self.edit_button = QPushButton()
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_button)
        edit_row.addStretch(1)
        self.form.addRow(edit_row)
        layout.addWidget(self.profile_box)
        self.edit_button.clicked.connect(self.edit_profile)

    def _build_paper_box(self, layout: QVBoxLayout) -> None:
        self.paper_box = QGroupBox()
        paper_form = QFormLayout(self.paper_box)
        self.paper_label, self.receipt_label = QLabel(), QLabel()
        self.paper = QComboBox()
        for size in office.PAPER_SIZES:
            self.paper.addItem(size, size)
        self.receipt = QComboBox()
        for combo in (self.paper, self.receipt):
            combo.setMaximumWidth(160)
        self.receipt.addItem("A5", "A5")
        self.receipt.addItem("80 mm", "80mm")
        self.paper_label.setBuddy(self.paper)
        self.receipt_label.setBuddy(self.receipt)
        paper_form.addRow(self.paper_label, self.paper)
        paper_form.addRow(self.receipt_label, self.receipt)
        paper_row = QHBoxLayout()
        self.place_save(paper_row)  # the page's save button saves the paper choices
        paper_row.addStretch(1)
        paper_form.addRow(paper_row)
        layout.addWidget(self.paper_box)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.profile_box.setTitle(self.tr("Profil kantor"))
        for key, text in {
            "village": self.tr("Desa/Kelurahan"),
            "code": self.tr("Kode desa"),
            "kecamatan": self.tr("Kecamatan"),
            "kabupaten": self.tr("Kabupaten/Kota"),
            "address": self.tr("Alamat"),
            "phone": self.tr("Telepon"),
            "email": self.tr("Surel"),
            "head": self.tr("Kepala desa"),
            "coordinator": self.tr("Koordinator"),
        }.items():
            self.captions[key].setText(text)
        self.edit_button.setText(self.tr("&Ubah profil…"))
        self.paper_box.setTitle(self.tr("Kertas"))
        self.paper_label.setText(self.tr("Ukuran &kertas surat dan laporan"))
        self.receipt_label.setText(self.tr("Bentuk &resi"))
        self.history_box.setTitle(self.tr("Riwayat profil (dokumen memakai versi pada tanggalnya)"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("Berlaku sejak"), self.tr("Kepala desa"), self.tr("Koordinator"), self.tr("Diubah oleh")]
        )

    def title(self) -> str:
        return self.tr("Profil kantor")

    def heading_text(self) -> str:
        return ""  # the profile box carries the same title

    def save_text(self) -> str:
        return self.tr("Simpan &pilihan kertas")

    def editors(self) -> Sequence[QWidget]:
        return (self.edit_button, self.paper, self.receipt)

    def load_page(self) -> None:
        # Read on a worker: the profile, the receipt's layout and the history were three reads (and the history a
        # rights check) on the window's thread when the page was first shown (issue 12 §4).
        db, actor, may_change = self.ctx.db, self.ctx.actor, self.may_change
        self.loader.load(lambda: _read_page(db, actor, may_change), self._show_page)

    def reading(self) -> bool:
        return self.loader.loading

    def _show_page(self, read: _PageRead) -> None:
        p = read.profile
        if p is None:  # no profile yet (the setup wizard makes it): nothing to change
            for widget in (*self.editors(), self.save_button):
                widget.setEnabled(False)
            return
        values = {
            "village": p.village_name,
            "code": regions.dotted(p.village_code),
            "kecamatan": p.kecamatan_name,
            "kabupaten": p.kabupaten_name,
            "address": p.address,
            "phone": p.phone,
            "email": p.email,
            "head": f"{p.head_name} ({p.head_title})" if p.head_name else "",
            "coordinator": p.coordinator_name,
        }
        for key, value in values.items():
            self.labels[key].setText(value or "—")
        self.paper.setCurrentIndex(max(0, self.paper.findData(p.paper_size)))
        self.receipt.setCurrentIndex(max(0, self.receipt.findData(read.receipt_layout)))
        self._show_history(read.history)

    def _show_history(self, versions: list[office.ProfileVersion] | None) -> None:
        self.history.setRowCount(0)
        if versions is not None:
            self.history.setRowCount(len(versions))
            for row, v in enumerate(versions):
                for col, text in enumerate(
                    (fmt.tanggal_jam(v.valid_from), v.head_name, v.coordinator_name, v.changed_by)
                ):
                    self.history.setItem(row, col, QTableWidgetItem(text))
            self.history.resizeColumnsToContents()
        self.history_box.setVisible(versions is not None)

    def edit_profile(self) -> None:
        p = self.ctx.office()
        if p is None:
            return
        dialog = OfficeProfileDialog(self.ctx, p, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.changed(Topic.OFFICE)
            self.refresh()
            self.message.setObjectName("ok")
            self.message.setText(self.tr("Profil kantor disimpan; berlaku untuk dokumen mulai sekarang."))

    def save_work(self) -> Callable[[], None] | None:
        p = self.ctx.office()
        if p is None:
            return None
        db, actor = self.ctx.db, self.ctx.actor
        paper, receipt = str(self.paper.currentData()), str(self.receipt.currentData())

        def work() -> None:
            if paper != p.paper_size:
                office.save_profile(db, actor, replace(p, paper_size=paper))
            if receipt != office.load_settings(db).receipt_layout:
                office.update_settings(db, actor, lambda st: replace(st, receipt_layout=receipt))

        return work

    def saved(self, result: None) -> None:
        self.refresh()
        self.message.setObjectName("ok")
        self.message.setText(self.tr("Pilihan kertas disimpan."))
