"""Rujuk: one or more referrals of a complaint — field, service, destination from the partner directory, reason,
documents attached. Several are collected in a list and saved together (one transaction, numbered in order)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from puskesos_desktop.core.errors import FormField, PuskesosError, ValidationError
from puskesos_desktop.core.statuses import Field
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import office
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.casework import referrals
from puskesos_desktop.services.casework.backoffice import Workspace
from puskesos_desktop.services.casework.referrals import ReferralInfo, ReferralInput
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.dialogs.common.form_base import FormDialog, PlainText, combo_data, select_data
from puskesos_desktop.ui.errors import refusal_text, show_error
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.tooltips import field_tip
from puskesos_desktop.ui.widgets.table import RecordTable


@dataclass(frozen=True)
class _PendingRow:
    """A referral added to the list before saving, as its row shows it."""

    field: str
    service: str
    destination: str
    reason: str


PENDING_COLUMNS = [
    Column("field", "Bidang"),
    Column("service", "Layanan"),
    Column("destination", "Tujuan"),
    Column("reason", "Alasan"),
]


@dataclass(frozen=True)
class ReferralChoices:
    """What the form needs to build, read on a worker before it opens (the workspace does)."""

    services: list[catalogue.ServiceInfo]
    partners: list[catalogue.PartnerRecord]
    approval_required: bool


def read_choices(db: Database) -> ReferralChoices:
    """Plain data; runs on a worker, touches no widget."""
    return ReferralChoices(
        catalogue.list_services(db),
        catalogue.list_partners(db),
        office.load_settings(db).referral_approval_required,
    )


class ReferralDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        choices: ReferralChoices | None = None,
    ) -> None:
        """``choices`` read beforehand on a worker (the workspace does); without them the form reads them itself."""
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.workspace = workspace
        self.choices = choices or read_choices(db)
        self.services = self.choices.services
        self.partners = self.choices.partners
        self.gate = self.choices.approval_required
        self.pending: list[tuple[ReferralInput, _PendingRow]] = []
        self.created: list[ReferralInfo] = []
        self.setup_ui()
        self.retranslate_ui()
        self._field_changed()

    # --- building ----------------------------------------------------------------------------------------

    def setup_ui(self) -> None:
        self.setMinimumSize(860, 600)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.main.addWidget(self.heading)
        form = QFormLayout()
        self.field = QComboBox()
        for f in Field:
            self.field.addItem(f.value, f.value)
        select_data(self.field, self.workspace.field)
        self.service = QComboBox()
        self.destination = QComboBox()
        self.gate_hint = QLabel()
        self.gate_hint.setObjectName("hint")
        self.gate_hint.setWordWrap(True)
        self.reason = PlainText(lines=3)
        self.documents = QListWidget()
        self.documents.setMaximumHeight(120)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (
            ("field", self.field),
            ("service", self.service),
            ("destination", self.destination),
            ("gate", self.gate_hint),
            ("reason", self.reason),
            ("documents", self.documents),
        ):
            if key == "gate":
                form.addRow("", widget)
                continue
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            form.addRow(label, widget)
        self.main.addLayout(form)
        row = QHBoxLayout()
        self.button_add = QPushButton()
        self.button_remove = QPushButton()
        self.pending_label = QLabel()
        self.pending_label.setWordWrap(True)
        row.addWidget(self.pending_label, 1)
        row.addWidget(self.button_add)
        row.addWidget(self.button_remove)
        self.main.addLayout(row)
        self.pending_table = RecordTable(PENDING_COLUMNS)
        self.pending_table.setMaximumHeight(130)
        self.pending_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.main.addWidget(self.pending_table)
        self.finish_layout()
        for name, widget in (
            (FormField.FIELD, self.field),
            (FormField.SERVICE, self.service),
            (FormField.DESTINATION, self.destination),
            (FormField.REFERRAL_REASON, self.reason),
            (FormField.ATTACHED_DOCUMENTS, self.documents),
        ):
            self.register(name, widget)
        self.field.currentIndexChanged.connect(self._field_changed)
        self.service.currentIndexChanged.connect(self._service_changed)
        self.destination.currentIndexChanged.connect(self._destination_changed)
        self.button_add.clicked.connect(self.add_to_list)
        self.button_remove.clicked.connect(self.remove_from_list)
        self.field.setFocus()

    def retranslate_ui(self) -> None:
        ws = self.workspace
        self.setWindowTitle(self.tr("Rujuk keluhan"))
        self.heading.setText(self.tr("Rujuk {0} — {1}").format(ws.number, ws.resident.name))
        for key, text in (
            ("field", self.tr("B&idang")),
            ("service", self.tr("&Layanan")),
            ("destination", self.tr("&Tujuan")),
            ("reason", self.tr("&Alasan rujukan")),
            ("documents", self.tr("&Dokumen dilampirkan")),
        ):
            self.labels[key].setText(text)
        self.reason.setPlaceholderText(self.tr("Mengapa warga dirujuk, dan apa yang diminta dari tujuan"))
        self.button_add.setText(self.tr("Tambah ke daftar (rujukan lai&n)"))
        self.button_remove.setText(self.tr("&Hapus dari daftar"))
        self._update_pending_label()
        self._destination_changed()
        # Tooltips on every field (issue 8, part 4).
        for key, tip in (
            ("field", self.tr("Bidang rujukan")),
            ("service", self.tr("Layanan yang diminta dari tujuan (boleh kosong)")),
            ("destination", self.tr("Lembaga tujuan dari direktori mitra; di luar desa perlu persetujuan koordinator")),
            ("reason", self.tr("Tercetak pada kartu rujukan")),
            ("documents", self.tr("Dokumen yang dibawa warga ke tujuan")),
        ):
            field_tip(self.labels[key], tip)

    # --- reacting to choices -------------------------------------------------------------------------------

    def _field_changed(self) -> None:
        field = str(combo_data(self.field) or "")
        self.service.blockSignals(True)
        self.service.clear()
        self.service.addItem(self.tr("(tanpa layanan khusus)"), None)
        for s in self.services:
            if s.field == field:
                self.service.addItem(s.name, s.id)
        if self.workspace.service_id is not None:
            select_data(self.service, self.workspace.service_id)
        self.service.blockSignals(False)
        # Partners of this field first, then the rest; in-village partners say so (no approval needed).
        current = combo_data(self.destination)
        self.destination.blockSignals(True)
        self.destination.clear()
        ordered = sorted(self.partners, key=lambda p: (p.field != field, p.field is not None, p.name))
        for p in ordered:
            suffix = self.tr(" — di desa") if p.in_village else ""
            self.destination.addItem(f"{p.name}{suffix}", p.id)
        if current is not None:
            select_data(self.destination, current)
        self.destination.blockSignals(False)
        self._service_changed()

    def _service_changed(self) -> None:
        sid = combo_data(self.service)
        service = next((s for s in self.services if s.id == sid), None)
        if service is not None and service.default_partner_id is not None:
            select_data(self.destination, service.default_partner_id)
        self._fill_documents(service.requirements if service else ())
        self._destination_changed()

    def _fill_documents(self, requirements: tuple[str, ...]) -> None:
        self.documents.clear()
        names: list[tuple[str, bool]] = [(d.name, d.received) for d in self.workspace.documents]
        known = {n for n, _ in names}
        names += [(r, False) for r in requirements if r not in known]
        for name, received in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if received else Qt.CheckState.Unchecked)
            self.documents.addItem(item)

    def _destination_changed(self) -> None:
        pid = combo_data(self.destination)
        partner = next((p for p in self.partners if p.id == pid), None)
        if partner is None:
            self.gate_hint.setText("")
        elif partner.in_village or not self.gate:
            self.gate_hint.setText(self.tr("Langsung berstatus Dikirim; kartu rujukan dapat dicetak."))
        else:
            self.gate_hint.setText(
                self.tr("Tujuan di luar desa: rujukan menunggu persetujuan koordinator sebelum kartunya dicetak.")
            )

    # --- the list of referrals ------------------------------------------------------------------------------

    def current_input(self) -> ReferralInput:
        docs = tuple(
            self.documents.item(i).text()
            for i in range(self.documents.count())
            if self.documents.item(i).checkState() == Qt.CheckState.Checked
        )
        pid = combo_data(self.destination)
        sid = combo_data(self.service)
        return ReferralInput(
            field=str(combo_data(self.field) or ""),
            partner_id=pid if isinstance(pid, int) else None,
            reason=self.reason.toPlainText(),
            service_id=sid if isinstance(sid, int) else None,
            documents=docs,
        )

    def _row_of(self, data: ReferralInput) -> _PendingRow:
        return _PendingRow(
            data.field,
            self.service.currentText() if data.service_id else "",
            self.destination.currentText(),
            data.reason.strip(),
        )

    def _check_current(self, data: ReferralInput) -> bool:
        """What the form can tell before the service sees it (the service checks everything again)."""
        if data.partner_id is None:
            raise ValidationError(self.tr("Pilih tujuan rujukan dari direktori mitra."), FormField.DESTINATION)
        if not data.reason.strip():
            raise ValidationError(self.tr("Wajib diisi."), FormField.REFERRAL_REASON)
        return True

    def add_to_list(self) -> None:
        data = self.current_input()
        if self.run(lambda: self._check_current(data)) is None:
            return
        self.pending.append((data, self._row_of(data)))
        self.pending_table.set_rows([row for _, row in self.pending])
        self.reason.clear()
        self._update_pending_label()
        self.field.setFocus()

    def remove_from_list(self) -> None:
        rows = self.pending_table.selectionModel().selectedRows()
        if not rows:
            return
        source = self.pending_table.proxy.mapToSource(rows[0]).row()
        del self.pending[source]
        self.pending_table.set_rows([row for _, row in self.pending])
        self._update_pending_label()

    def _update_pending_label(self) -> None:
        n = len(self.pending)
        self.pending_label.setText(
            self.tr("Di daftar: {0}. Simpan menyimpan daftar dan isian formulir.").format(n)
            if n
            else self.tr("Merujuk ke bidang lain juga? Tambahkan ke daftar dulu.")
        )

    def items(self) -> list[ReferralInput]:
        """The listed referrals, and the one in the form unless it was left blank after listing others."""
        items = [data for data, _ in self.pending]
        current = self.current_input()
        if not self.pending or current.reason.strip():
            items.append(current)
        return items

    def accept(self) -> None:
        if self.saving:
            return  # pressed again while the save runs: the referrals are made once
        items = self.items()
        db, actor, complaint_id = self.db, self.actor, self.workspace.id
        self.save_as_job(
            lambda: referrals.create_referrals(db, actor, complaint_id, items),
            self._created,
            lambda exc: self._refused(exc, items),
        )

    def _created(self, created: list[ReferralInfo]) -> None:
        self.created = created
        self.close_saved()

    def _refused(self, exc: PuskesosError, items: list[ReferralInput]) -> None:
        form_row = len(items) if len(items) > len(self.pending) else None
        row = exc.row if isinstance(exc, ValidationError) else None
        if row is None and len(items) == 1:
            row = 1
        if isinstance(exc, ValidationError) and row is not None and row != form_row:
            # A referral already in the list: its fields are no longer on the form; say which one.
            self.error.setText(self.tr("Rujukan nomor {0} di daftar: {1}").format(row, refusal_text(exc)))
            self.error.show()
            show_error(self, exc)
        else:
            self.show_refusal(exc)
