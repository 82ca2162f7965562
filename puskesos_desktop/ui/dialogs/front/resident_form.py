"""New resident or edit one: validated by the service (the form only marks what it refuses), with the duplicate
guard before a new person is saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from puskesos_desktop.core import identity
from puskesos_desktop.core.errors import FormField, PuskesosError, ValidationError
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.services.people import residents
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.form_base import FormDialog, PlainText, select_data, set_invalid
from puskesos_desktop.ui.dialogs.front.duplicate_guard import DuplicateGuardDialog
from puskesos_desktop.ui.errors import field_widget, message_text, refusal_text
from puskesos_desktop.ui.tooltips import field_tip
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.date_field import DateField
from puskesos_desktop.ui.widgets.next_turn import exec_next_turn

RELATIONS = ["", "Kepala Keluarga", "Istri", "Suami", "Anak", "Menantu", "Cucu", "Orang Tua", "Mertua", "Famili Lain"]


class ResidentFormDialog(FormDialog):
    """After exec(): `saved_id` (the person saved or chosen) and `opened_existing` (staff chose an existing one)."""

    def __init__(
        self,
        ctx: AppContext,
        resident_id: int | None = None,
        *,
        visit_id: int | None = None,
        prefill: residents.ResidentInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.resident_id = resident_id
        self.visit_id = visit_id
        self.saved_id: int | None = None
        self.opened_existing = False
        self.setup_ui()
        self.retranslate_ui()
        start = prefill  # editing: the person as read on a worker beforehand (the Front Office does), else read here
        if resident_id is not None and prefill is None:
            start = residents.input_from(residents.get_resident(ctx.db, ctx.actor, resident_id))
        if start is not None:
            self.load(start)
        self.name.setFocus()

    def exec(self) -> int:
        # Built in the turn that opened it; shown and first painted in the next: not one stall (issue 12 §7).
        return exec_next_turn(self, super().exec)

    # --- building -------------------------------------------------------------------------------------------

    def setup_ui(self) -> None:
        self.setMinimumWidth(940)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.main.addWidget(self.heading)
        columns = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(18)
        columns.addLayout(right, 1)
        self.main.addLayout(columns)

        self._make_fields()
        self._place_identity(left)
        self._place_household(right)
        for name, widget in (
            (FormField.NAME, self.name),
            (FormField.NIK, self.nik),
            (FormField.KK, self.kk),
            (FormField.NO_PAPERS_REASON, self.reason),
            (FormField.SEX, self.sex),
            (FormField.BIRTH_PLACE, self.birth_place),
            (FormField.BIRTH_DATE, self.birth_date),
            (FormField.RELATION, self.relation),
            (FormField.ADDRESS, self.address),
            (FormField.RT, self.rt),
            (FormField.RW, self.rw),
            (FormField.PHONE, self.phone),
            (FormField.NOTES, self.notes),
            # The date box's own refusal (a date it cannot read) names it in words.
            ("Tanggal lahir", self.birth_date),
        ):
            self.register(name, widget)
        self.finish_layout()
        self._connect_and_order()

    def _make_fields(self) -> None:
        """Every input, with the limits the service also checks."""
        self.name = QLineEdit()
        self.name.setMaxLength(150)
        self.nik = QLineEdit()
        self.nik.setMaxLength(24)  # pasted with spaces or dots
        self.kk = QLineEdit()
        self.kk.setMaxLength(24)
        self.no_papers = QCheckBox()
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.sex = QComboBox()
        self.birth_place = QLineEdit()
        self.birth_place.setMaxLength(100)
        self.birth_date = DateField("Tanggal lahir")
        self.nik_hint = QLabel()
        self.nik_hint.setObjectName("hint")
        self.nik_hint.setWordWrap(True)
        self.relation = QComboBox()
        self.relation.setEditable(True)
        self.relation.addItems(RELATIONS)
        self.address = QLineEdit()
        self.address.setMaxLength(300)
        self.rt = QLineEdit()
        self.rt.setMaxLength(3)
        self.rt.setMaximumWidth(70)
        self.rw = QLineEdit()
        self.rw.setMaxLength(3)
        self.rw.setMaximumWidth(70)
        self.phone = QLineEdit()
        self.phone.setMaxLength(20)
        self.disability = QCheckBox()
        self.elderly = QCheckBox()
        self.pregnant = QCheckBox()
        self.notes = PlainText(lines=3)

    def _place_identity(self, left: QFormLayout) -> None:
        """Left: who the person is (name, NIK, KK or why there is none, sex, birth)."""
        self.label_name, self.label_nik, self.label_kk = QLabel(), QLabel(), QLabel()
        self.label_reason, self.label_sex = QLabel(), QLabel()
        self.label_birth_place, self.label_birth_date = QLabel(), QLabel()
        left.addRow(self.label_name, self.name)
        left.addRow(self.label_nik, self.nik)
        left.addRow("", self.nik_hint)
        left.addRow(self.label_kk, self.kk)
        left.addRow("", self.no_papers)
        left.addRow(self.label_reason, self.reason)
        left.addRow(self.label_sex, self.sex)
        left.addRow(self.label_birth_place, self.birth_place)
        left.addRow(self.label_birth_date, self.birth_date)

    def _place_household(self, right: QFormLayout) -> None:
        """Right: household relation, address, phone, the needs flags, notes."""
        self.label_relation, self.label_address, self.label_rtrw = QLabel(), QLabel(), QLabel()
        self.label_phone, self.label_flags, self.label_notes = QLabel(), QLabel(), QLabel()
        rtrw = QHBoxLayout()
        self.label_rw = QLabel()
        rtrw.addWidget(self.rt)
        rtrw.addWidget(self.label_rw)
        rtrw.addWidget(self.rw)
        rtrw.addStretch(1)
        flags = QHBoxLayout()
        for box in (self.disability, self.elderly, self.pregnant):
            flags.addWidget(box)
        flags.addStretch(1)
        right.addRow(self.label_relation, self.relation)
        right.addRow(self.label_address, self.address)
        right.addRow(self.label_rtrw, rtrw)
        right.addRow(self.label_phone, self.phone)
        right.addRow(self.label_flags, flags)
        right.addRow(self.label_notes, self.notes)

    def _connect_and_order(self) -> None:
        """A whole NIK fills sex and birth date; no papers empties NIK and KK; Tab goes down each column."""
        self.nik.textEdited.connect(self._nik_typed)
        self.no_papers.toggled.connect(self._papers_toggled)
        for a, b in (
            (self.name, self.nik),
            (self.nik, self.kk),
            (self.kk, self.no_papers),
            (self.no_papers, self.reason),
            (self.reason, self.sex),
            (self.sex, self.birth_place),
            (self.birth_place, self.birth_date),
            (self.birth_date, self.relation),
            (self.relation, self.address),
            (self.address, self.rt),
            (self.rt, self.rw),
            (self.rw, self.phone),
            (self.phone, self.disability),
            (self.disability, self.elderly),
            (self.elderly, self.pregnant),
            (self.pregnant, self.notes),
        ):
            QWidget.setTabOrder(a, b)

    def retranslate_ui(self) -> None:
        new = self.resident_id is None
        self.setWindowTitle(self.tr("Warga baru") if new else self.tr("Ubah data warga"))
        self.heading.setText(self.tr("Warga baru") if new else self.tr("Ubah data warga"))
        self.label_name.setText(self.tr("&Nama lengkap *"))
        self.label_nik.setText(self.tr("NI&K"))
        self.label_kk.setText(self.tr("N&o. KK"))
        self.no_papers.setText(self.tr("Belum punya NIK/KK (&tanpa dokumen)"))
        self.label_reason.setText(self.tr("Alasan tanpa NIK/KK"))
        self.label_sex.setText(self.tr("&Jenis kelamin *"))
        self.label_birth_place.setText(self.tr("Tempat &lahir"))
        self.label_birth_date.setText(self.tr("Tanggal la&hir"))
        self.label_relation.setText(self.tr("H&ubungan keluarga"))
        self.label_address.setText(self.tr("&Alamat"))
        self.label_rtrw.setText(self.tr("&RT"))
        self.label_rw.setText(self.tr("RW"))
        self.label_phone.setText(self.tr("Tele&pon"))
        self.label_flags.setText(self.tr("Kondisi"))
        self.label_notes.setText(self.tr("&Catatan"))
        self.disability.setText(self.tr("Disabilitas"))
        self.elderly.setText(self.tr("Lansia"))
        self.pregnant.setText(self.tr("Hamil"))
        self.nik.setPlaceholderText(self.tr("16 angka"))
        self.kk.setPlaceholderText(self.tr("16 angka"))
        self.phone.setPlaceholderText(self.tr("08… atau +62…"))
        for label, widget in (
            (self.label_name, self.name),
            (self.label_nik, self.nik),
            (self.label_kk, self.kk),
            (self.label_sex, self.sex),
            (self.label_birth_place, self.birth_place),
            (self.label_birth_date, self.birth_date),
            (self.label_relation, self.relation),
            (self.label_address, self.address),
            (self.label_rtrw, self.rt),
            (self.label_phone, self.phone),
            (self.label_notes, self.notes),
        ):
            label.setBuddy(widget)
        current = self.sex.currentData()
        self.sex.clear()
        self.sex.addItem(self.tr("— pilih —"), "")
        self.sex.addItem(self.tr("Laki-laki"), "L")
        self.sex.addItem(self.tr("Perempuan"), "P")
        select_data(self.sex, current)
        # Tooltips on every field (issue 8, part 4).
        field_tip(self.label_name, self.tr("Nama lengkap sesuai KTP/KK"))
        field_tip(self.label_nik, self.tr("Nomor Induk Kependudukan: 16 angka di KTP atau KK"))
        field_tip(self.label_kk, self.tr("Nomor Kartu Keluarga: 16 angka"))
        self.no_papers.setToolTip(self.tr("Centang bila warga belum punya NIK/KK, lalu tulis alasannya"))
        reason_tip = self.tr("Mengapa belum punya NIK/KK, misalnya lahir di rumah atau pindahan tanpa surat")
        field_tip(self.label_reason, reason_tip)
        self.reason.setToolTip(reason_tip)  # the label has no buddy (its shortcut sits on the check box)
        field_tip(self.label_sex, self.tr("Jenis kelamin sesuai KTP/KK"))
        field_tip(self.label_birth_place, self.tr("Kota atau kabupaten tempat lahir"))
        field_tip(self.label_birth_date, self.tr("Tanggal lahir sesuai KTP/KK"))
        field_tip(self.label_relation, self.tr("Hubungan dengan kepala keluarga, seperti di KK"))
        field_tip(self.label_address, self.tr("Alamat tinggal sekarang (jalan, dusun)"))
        field_tip(self.label_rtrw, self.tr("Nomor RT"))
        field_tip(self.label_rw, self.tr("Nomor RW"))
        self.rw.setToolTip(self.label_rw.toolTip())
        field_tip(self.label_phone, self.tr("Telepon atau WhatsApp untuk memberi tahu hasilnya"))
        field_tip(self.label_flags, self.tr("Kerentanan yang perlu diperhatikan petugas"))
        field_tip(self.label_notes, self.tr("Catatan untuk petugas lain (tidak dicetak)"))

    # --- values ---------------------------------------------------------------------------------------------

    def load(self, data: residents.ResidentInput) -> None:
        self.name.setText(data.name)
        self.nik.setText(data.nik)
        self.kk.setText(data.kk)
        self.reason.setText(data.no_nik_reason)
        # Ticked only for no papers at all: a resident with a NIK but no KK keeps the NIK box open.
        self.no_papers.setChecked(bool(data.no_nik_reason) and not data.nik and not data.kk)
        select_data(self.sex, data.sex)
        self.birth_place.setText(data.birth_place)
        self.birth_date.set_value(data.birth_date)
        self.relation.setCurrentText(data.family_relation)
        self.address.setText(data.address)
        self.rt.setText(data.rt)
        self.rw.setText(data.rw)
        self.phone.setText(data.phone)
        self.disability.setChecked(data.disability)
        self.elderly.setChecked(data.elderly)
        self.pregnant.setChecked(data.pregnant)
        self.notes.setPlainText(data.notes)
        if data.visit_id is not None and self.visit_id is None:
            self.visit_id = data.visit_id
        self._facilitator_id = data.facilitator_id

    _facilitator_id: int | None = None

    def values(self) -> residents.ResidentInput:
        facilitator_id = self._facilitator_id
        if facilitator_id is None and self.resident_id is None and self.ctx.actor.role == Role.FASILITATOR:
            facilitator_id = self.ctx.actor.user_id  # registered in the field: the lists show who
        return residents.ResidentInput(
            name=self.name.text(),
            sex=str(self.sex.currentData() or ""),
            nik=self.nik.text() if self.nik.isEnabled() else "",
            kk=self.kk.text() if self.kk.isEnabled() else "",
            no_nik_reason=self.reason.text() if self.no_papers.isChecked() or self.reason.text().strip() else "",
            birth_place=self.birth_place.text(),
            birth_date=self.birth_date.value(),
            family_relation=self.relation.currentText(),
            address=self.address.text(),
            rt=self.rt.text(),
            rw=self.rw.text(),
            phone=self.phone.text(),
            disability=self.disability.isChecked(),
            elderly=self.elderly.isChecked(),
            pregnant=self.pregnant.isChecked(),
            notes=self.notes.toPlainText(),
            facilitator_id=facilitator_id,
            visit_id=self.visit_id,
        )

    def _nik_typed(self, text: str) -> None:
        """A whole NIK tells sex and birth date: fill them so staff need not type them twice."""
        digits = identity.normalise_number(text)
        self.nik_hint.clear()
        if len(digits) != 16:
            return
        try:
            info = identity.parse_nik(digits)
        except ValidationError as exc:
            self.nik_hint.setText(message_text(exc.said))
            return
        select_data(self.sex, info.sex)
        self.birth_date.set_value(info.birth_date)
        self.nik_hint.setText(
            self.tr("{0}, lahir {1}, terdaftar di Kec. {2}").format(
                self.tr("Laki-laki") if info.sex == "L" else self.tr("Perempuan"),
                info.birth_date.strftime("%d-%m-%Y"),
                info.region.kecamatan,
            )
        )

    def _papers_toggled(self, on: bool) -> None:
        # No papers at all: the NIK and KK boxes have nothing to hold (values() sends them empty).
        for box in (self.nik, self.kk):
            box.setEnabled(not on)
        if on and not self.reason.text().strip():
            self.reason.setText(residents.NO_PAPERS_REASON)
        if not on and self.reason.text().strip() == residents.NO_PAPERS_REASON:
            self.reason.clear()

    # --- saving ---------------------------------------------------------------------------------------------

    def show_refusal(self, exc: PuskesosError) -> None:
        """Marked on its field and told beside the buttons: once, not again in a message box."""
        widget = field_widget(self.fields, exc)  # by the service's FormField key, not its Indonesian label
        if widget is None:
            super().show_refusal(exc)
            return
        set_invalid(widget, True)
        widget.setFocus()
        self.error.setText(refusal_text(exc))
        self.error.show()

    def _birth_missing(self, data: residents.ResidentInput) -> ValidationError | None:
        """Without a NIK the letter to Dukcapil needs place and date of birth (it printed "-" instead)."""
        if data.nik.strip():
            return None
        message = self.tr("Warga tanpa NIK: tempat dan tanggal lahir wajib diisi (untuk surat ke Dukcapil).")
        if not data.birth_place.strip():
            return ValidationError(message, FormField.BIRTH_PLACE)
        if data.birth_date is None:
            return ValidationError(message, FormField.BIRTH_DATE)
        return None

    def accept(self) -> None:
        if self.saving:
            return  # Enter pressed again while the save runs: saved once
        self.clear_invalid()
        try:
            data = self.values()
            if (missing := self._birth_missing(data)) is not None:
                raise missing
        except PuskesosError as exc:
            self.show_refusal(exc)
            return
        db, actor, resident_id = self.ctx.db, self.ctx.actor, self.resident_id
        if resident_id is not None:
            self.save_as_job(
                lambda: residents.update_resident(db, actor, resident_id, data), self._saved, self._refused
            )
        else:
            self.save_as_job(
                lambda: residents.create_resident(db, actor, data, check_duplicates=True), self._saved, self._refused
            )

    def _refused(self, exc: PuskesosError) -> None:
        if isinstance(exc, residents.DuplicateResident):
            self._guard(exc)
        else:
            self.show_refusal(exc)

    def _saved(self, saved: residents.ResidentRecord) -> None:
        self.saved_id = saved.id
        self._close(opened_existing=False)

    def _close(self, *, opened_existing: bool) -> None:
        self.opened_existing = opened_existing
        self.ctx.changed(Topic.RESIDENTS)
        self.close_saved()

    def _guard(self, dup: residents.DuplicateResident) -> None:
        guard = DuplicateGuardDialog(dup.candidates, self)
        guard.exec()
        db, actor = self.ctx.db, self.ctx.actor
        if guard.action == "new":
            data = self.values()
            self.save_as_job(lambda: residents.create_resident(db, actor, data), self._saved)
        elif guard.action == "open" and guard.candidate is not None:
            chosen = guard.candidate
            if chosen.kind == "registry" and chosen.registry_record_id is not None:
                record_id = chosen.registry_record_id
                self.save_as_job(lambda: residents.create_from_registry(db, actor, record_id), self._opened)
            else:
                self.saved_id = chosen.resident_id
                self._close(opened_existing=True)

    def _opened(self, made: residents.ResidentRecord) -> None:
        self.saved_id = made.id
        self._close(opened_existing=True)
