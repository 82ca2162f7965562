"""The first start: the office profile (village and its Kemendagri code, head of village, coordinator, logo, paper)
and the first coordinator's account. Shown only when the window opens on an empty database."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from puskesos_desktop.core import regions
from puskesos_desktop.core.errors import FormField, PuskesosError, ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import office
from puskesos_desktop.services.admin import setup
from puskesos_desktop.services.admin.users import UserInfo
from puskesos_desktop.ui.dialogs.admin.change_password import StrengthMeter, password_edit
from puskesos_desktop.ui.dialogs.common.form_base import set_invalid
from puskesos_desktop.ui.errors import field_widget, refusal_text, show_error


def _searchable(combo: QComboBox) -> None:
    """Type a few letters of 'Kotawaringin' and pick: five hundred kabupaten are too many to scroll."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


class OfficePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.logo: bytes | None = None
        self.kecamatan_list = regions.all_kecamatan()
        self.setup_ui()
        self.retranslate_ui()
        self._fill_provinces()

    def setup_ui(self) -> None:
        form = QFormLayout(self)
        code_row = self._build_region_and_code()
        self._make_contact_fields()
        paper_row = self._build_paper_row()
        logo_row = self._build_logo_row()
        self.labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget | QHBoxLayout]] = [
            ("province", self.province),
            ("kabupaten", self.kabupaten),
            ("kecamatan", self.kecamatan),
            ("code", code_row),
            ("village", self.village_name),
            ("head", self.head_name),
            ("title", self.head_title),
            ("coordinator", self.coordinator),
            ("address", self.address),
            ("phone", self.phone),
            ("email", self.email),
            ("paper", paper_row),
            ("logo", logo_row),
        ]
        for key, widget in rows:
            label = QLabel()
            self.labels[key] = label
            form.addRow(label, widget)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        self.fields: dict[str, QWidget] = {
            FormField.VILLAGE_CODE: self.village_digits,
            FormField.VILLAGE_NAME: self.village_name,
            FormField.HEAD_NAME: self.head_name,
            FormField.HEAD_TITLE: self.head_title,
            FormField.COORDINATOR: self.coordinator,
            FormField.ADDRESS: self.address,
            FormField.PHONE: self.phone,
            FormField.EMAIL: self.email,
            FormField.LOGO: self.logo_button,
        }
        self.province.currentIndexChanged.connect(self._fill_kabupaten)
        self.kabupaten.currentIndexChanged.connect(self._fill_kecamatan)
        self.kecamatan.currentIndexChanged.connect(self._update_prefix)
        self.village_digits.textChanged.connect(self._update_prefix)
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_clear.clicked.connect(lambda: self.set_logo(None))

    def _build_region_and_code(self) -> QHBoxLayout:
        """Province, kabupaten and kecamatan from the Kemendagri list; the village code's last four digits."""
        self.province, self.kabupaten, self.kecamatan = QComboBox(), QComboBox(), QComboBox()
        for combo in (self.province, self.kabupaten, self.kecamatan):
            _searchable(combo)
            combo.setMinimumWidth(380)
        self.code_prefix = QLabel()
        self.village_digits = QLineEdit()
        self.village_digits.setInputMask("9999")
        self.village_digits.setMaximumWidth(90)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_prefix)
        code_row.addWidget(self.village_digits)
        self.code_hint = QLabel()
        self.code_hint.setObjectName("hint")
        code_row.addWidget(self.code_hint, 1)
        return code_row

    def _make_contact_fields(self) -> None:
        self.village_name = QLineEdit()
        self.village_name.setMaxLength(100)
        self.head_name = QLineEdit()
        self.head_name.setMaxLength(100)
        self.head_title = QComboBox()
        self.head_title.setEditable(True)
        self.head_title.addItems(["Kepala Desa", "Lurah"])
        self.coordinator = QLineEdit()
        self.coordinator.setMaxLength(100)
        self.address = QLineEdit()
        self.address.setMaxLength(300)
        self.phone = QLineEdit()
        self.phone.setMaxLength(30)
        self.email = QLineEdit()
        self.email.setMaxLength(100)

    def _build_paper_row(self) -> QHBoxLayout:
        self.paper_a4, self.paper_f4 = QRadioButton("A4"), QRadioButton("F4")
        self.paper_a4.setChecked(True)
        self.paper_group = QButtonGroup(self)
        self.paper_group.addButton(self.paper_a4)
        self.paper_group.addButton(self.paper_f4)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper_a4)
        paper_row.addWidget(self.paper_f4)
        paper_row.addStretch(1)
        return paper_row

    def _build_logo_row(self) -> QHBoxLayout:
        self.logo_button = QPushButton()
        self.logo_clear = QPushButton()
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(56, 56)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear)
        logo_row.addStretch(1)
        return logo_row

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Profil kantor"))
        self.setSubTitle(
            self.tr("Data ini tercetak pada resi, surat dan kartu rujukan. Kode wilayah mengikuti Kemendagri.")
        )
        texts = {
            "province": self.tr("&Provinsi"),
            "kabupaten": self.tr("Kab&upaten/Kota"),
            "kecamatan": self.tr("Ke&camatan"),
            "code": self.tr("Kode &desa"),
            "village": self.tr("&Nama desa/kelurahan"),
            "head": self.tr("Nama kepala desa/lura&h"),
            "title": self.tr("&Jabatan"),
            "coordinator": self.tr("Nama k&oordinator"),
            "address": self.tr("&Alamat kantor"),
            "phone": self.tr("&Telepon kantor"),
            "email": self.tr("Su&rel kantor"),
            "paper": self.tr("Ukuran kertas"),
            "logo": self.tr("Logo (PNG)"),
        }
        buddies: dict[str, QWidget] = {
            "province": self.province,
            "kabupaten": self.kabupaten,
            "kecamatan": self.kecamatan,
            "code": self.village_digits,
            "village": self.village_name,
            "head": self.head_name,
            "title": self.head_title,
            "coordinator": self.coordinator,
            "address": self.address,
            "phone": self.phone,
            "email": self.email,
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
            if key in buddies:
                self.labels[key].setBuddy(buddies[key])
        self.code_hint.setText(self.tr("4 angka terakhir: 2xxx desa, 1xxx kelurahan"))
        for combo, text in (
            (self.province, self.tr("ketik atau pilih provinsi…")),
            (self.kabupaten, self.tr("ketik atau pilih kabupaten/kota…")),
            (self.kecamatan, self.tr("ketik atau pilih kecamatan…")),
        ):
            edit = combo.lineEdit()
            if edit is not None:
                edit.setPlaceholderText(text)
        self.logo_button.setText(self.tr("Pilih lo&go…"))
        self.logo_clear.setText(self.tr("Tanpa logo"))

    # --- regions -------------------------------------------------------------------------------------------

    @staticmethod
    def _refill(combo: QComboBox, items: Iterable[tuple[str, str]]) -> None:
        """A region list filled anew with (text, code) items, nothing chosen, its changes not announced."""
        combo.blockSignals(True)
        combo.clear()
        for text, code in items:
            combo.addItem(text, code)
        combo.setCurrentIndex(-1)
        combo.blockSignals(False)

    def _fill_provinces(self) -> None:
        seen: dict[str, str] = {}
        for k in self.kecamatan_list:
            seen.setdefault(k.code[:2], k.province)
        by_name = sorted(seen.items(), key=lambda kv: kv[1])
        self._refill(self.province, ((f"{name} ({code})", code) for code, name in by_name))
        self._fill_kabupaten()

    def _fill_kabupaten(self) -> None:
        prov = self.province.currentData()
        seen: dict[str, str] = {}
        for k in self.kecamatan_list:
            if prov and k.code.startswith(prov):
                seen.setdefault(k.code[:4], k.kabupaten)
        by_name = sorted(seen.items(), key=lambda kv: kv[1])
        self._refill(self.kabupaten, ((f"{name} ({regions.dotted(code)})", code) for code, name in by_name))
        self._fill_kecamatan()

    def _fill_kecamatan(self) -> None:
        kab = self.kabupaten.currentData()
        chosen = sorted((k for k in self.kecamatan_list if kab and k.code.startswith(kab)), key=lambda k: k.kecamatan)
        self._refill(self.kecamatan, ((f"{k.kecamatan} ({regions.dotted(k.code)})", k.code) for k in chosen))
        self._update_prefix()

    def _update_prefix(self) -> None:
        kec = self.kecamatan.currentData()
        self.code_prefix.setText(regions.dotted(kec) + "." if kec else "__.__.__.")

    def select_kecamatan(self, code6: str) -> None:
        """Pick province, kabupaten and kecamatan from a 6-digit code (tests, a profile already half made)."""
        for combo, value in ((self.province, code6[:2]), (self.kabupaten, code6[:4]), (self.kecamatan, code6)):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)

    def village_code(self) -> str:
        kec = self.kecamatan.currentData() or ""
        return f"{kec}{self.village_digits.text().strip()}"

    def code_problem(self) -> tuple[ValidationError, QWidget] | None:
        """What is missing from the code as this form asks it (kecamatan chosen, four digits typed) and the widget
        to mark: the service's "harus 10 angka" is about the whole code, which nobody types here (issue 17 item 14)."""
        if not self.kecamatan.currentData():
            refusal = ValidationError(self.tr("Pilih provinsi, kabupaten/kota dan kecamatan."), FormField.VILLAGE_CODE)
            return refusal, self.kecamatan
        if len(self.village_digits.text().strip()) != 4:
            refusal = ValidationError(
                self.tr("Isi empat angka terakhir kode desa (kode desa/kelurahan), misalnya 2001."),
                FormField.VILLAGE_CODE,
            )
            return refusal, self.village_digits
        return None

    # --- logo ----------------------------------------------------------------------------------------------

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih logo"), "", self.tr("Gambar PNG (*.png)"))
        if not name:
            return
        try:
            with open(name, "rb") as fh:
                data = fh.read(office.MAX_LOGO_BYTES + 1)
        except OSError as exc:
            self.error.setText(self.tr("Berkas tidak dapat dibaca: {0}").format(exc.strerror or exc))
            return
        self.set_logo(data)

    def set_logo(self, data: bytes | None) -> None:
        self.logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data, "PNG"):
            self.logo_preview.setPixmap(
                pixmap.scaled(56, 56, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.logo_preview.clear()

    # --- values --------------------------------------------------------------------------------------------

    def data(self) -> office.OfficeData:
        kec = regions.kecamatan(self.kecamatan.currentData() or "")
        return office.OfficeData(
            village_name=self.village_name.text(),
            village_code=self.village_code(),
            kecamatan_name=kec.kecamatan if kec else "",
            kabupaten_name=kec.kabupaten if kec else "",
            province_name=kec.province if kec else "",
            address=self.address.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            head_name=self.head_name.text(),
            head_title=self.head_title.currentText(),
            coordinator_name=self.coordinator.text(),
            paper_size="F4" if self.paper_f4.isChecked() else "A4",
            logo_png=self.logo,
        )

    def prefill(self, p: office.OfficeData) -> None:
        self.select_kecamatan(p.village_code[:6])
        self.village_digits.setText(p.village_code[6:])
        self.village_name.setText(p.village_name)
        self.head_name.setText(p.head_name)
        self.head_title.setCurrentText(p.head_title)
        self.coordinator.setText(p.coordinator_name)
        self.address.setText(p.address)
        self.phone.setText(p.phone)
        self.email.setText(p.email)
        self.paper_f4.setChecked(p.paper_size == "F4")
        self.paper_a4.setChecked(p.paper_size != "F4")
        self.set_logo(p.logo_png)

    def mark(self, exc: PuskesosError, widget: QWidget | None = None) -> None:
        """Show a refusal; `widget` (or the one registered under the refusal's field) is marked."""
        for each in self.fields.values():
            set_invalid(each, False)
        set_invalid(self.kecamatan, False)
        if widget is None:
            widget = field_widget(self.fields, exc)
        if widget is not None:
            set_invalid(widget, True)
            widget.setFocus()
        self.error.setText(refusal_text(exc))

    def validatePage(self) -> bool:
        problem = self.code_problem()
        if problem is not None:
            self.mark(*problem)
            return False
        try:
            office.clean_profile(self.data())
        except ValidationError as exc:
            self.mark(exc)
            return False
        self.error.clear()
        wizard = self.wizard()
        if isinstance(wizard, SetupWizard) and not wizard.account.full_name.text():
            wizard.account.full_name.setText(self.coordinator.text().strip())
        return True


class AccountPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        form = QFormLayout()
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(100)
        self.username = QLineEdit()
        self.username.setMaxLength(50)
        self.password = password_edit()
        self.meter = StrengthMeter(self.password, self.username)
        self.again = password_edit()
        self.phone = QLineEdit()
        self.phone.setMaxLength(20)
        self.labels = [QLabel() for _ in range(5)]
        form.addRow(self.labels[0], self.full_name)
        form.addRow(self.labels[1], self.username)
        form.addRow(self.labels[2], self.password)
        form.addRow("", self.meter)
        form.addRow(self.labels[3], self.again)
        form.addRow(self.labels[4], self.phone)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.fields: dict[str, QWidget] = {
            FormField.FULL_NAME: self.full_name,
            FormField.USERNAME: self.username,
            FormField.PASSWORD: self.password,
            FormField.PASSWORD_AGAIN: self.again,
            FormField.PHONE: self.phone,
        }
        self.full_name.textEdited.connect(self._suggest_username)
        # A refusal is about what was typed then: fixing the password takes the red away (issue 17 item 14).
        for edit in (self.password, self.again):
            edit.textChanged.connect(self._clear_refusal)

    def _clear_refusal(self) -> None:
        if self.error.text():
            self.error.clear()
            for widget in self.fields.values():
                set_invalid(widget, False)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Akun koordinator"))
        self.setSubTitle(self.tr("Akun pertama: koordinator membuat akun petugas lain di Pengaturan › Akun pengguna."))
        self.notice.setText(
            self.tr(
                "Tidak ada kata sandi bawaan. Pilih kata sandi minimal 8 karakter yang memadukan huruf dan angka "
                "atau tanda baca, dan ingatlah baik-baik."
            )
        )
        for label, text, buddy in zip(
            self.labels,
            [
                self.tr("Nama le&ngkap"),
                self.tr("Nama &pengguna"),
                self.tr("Kata san&di"),
                self.tr("&Ulangi kata sandi"),
                self.tr("&Telepon (boleh kosong)"),
            ],
            [self.full_name, self.username, self.password, self.again, self.phone],
            strict=True,
        ):
            label.setText(text)
            label.setBuddy(buddy)

    def _suggest_username(self, name: str) -> None:
        if self.username.isModified():
            return
        first = "".join(ch for ch in (name.split() or [""])[0].lower() if ch.isascii() and ch.isalnum())
        self.username.setText(first)

    def mark(self, exc: PuskesosError) -> None:
        for each in self.fields.values():
            set_invalid(each, False)
        widget = field_widget(self.fields, exc)
        if widget is not None:
            set_invalid(widget, True)
            widget.setFocus()
        self.error.setText(refusal_text(exc))

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        return wizard.finish_setup()


class SetupWizard(QWizard):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user: UserInfo | None = None
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.office_page = OfficePage()
        self.account = AccountPage()
        self.addPage(self.office_page)
        self.addPage(self.account)
        self.setMinimumSize(760, 640)
        self.retranslate_ui()
        profile = office.get_profile(db)
        if profile is not None:  # a profile without any account: offer what is there
            self._prefill(profile)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Penyiapan awal — Puskesos Desktop"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Batal"))

    def _prefill(self, p: office.OfficeData) -> None:
        self.office_page.prefill(p)

    def finish_setup(self) -> bool:
        if self.user is not None:  # QWizard validates the last page again on accept(): saved once is enough
            return True
        a = self.account
        account = setup.FirstAccount(
            username=a.username.text(),
            full_name=a.full_name.text(),
            password=a.password.text(),
            password_again=a.again.text(),
            phone=a.phone.text(),
        )
        profile = self.office_page.data()
        try:
            office.clean_profile(profile)
        except ValidationError as exc:
            self.back()
            self.office_page.mark(exc)
            return False
        try:
            self.user = setup.first_start(self.db, profile, account)
        except ValidationError as exc:
            a.mark(exc)
            return False
        except PuskesosError as exc:
            show_error(self, exc)
            return False
        a.password.clear()
        a.again.clear()
        return True
