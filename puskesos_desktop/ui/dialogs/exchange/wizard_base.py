"""The shape the data-exchange wizards share: steps in a stack, a step title, Back / Next / Cancel.

Keyboard-first: Enter presses Next (the default button), Esc cancels, Alt+letters reach every field. Long work
runs through ui/jobs.py (run_with_progress); a refusal marks the field at fault and is shown beside the buttons and
in a message.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core.errors import FormField, PuskesosError, ValidationError
from puskesos_desktop.ui.dialogs.common.form_base import clear_marks, mark_refusal
from puskesos_desktop.ui.widgets.path_row import PathRow


class WizardDialog(QDialog):
    """Subclasses add pages with add_page() and react to Next in next_step(index)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self.titles: list[str] = []
        # Big enough for the column mapping, small enough for a 1366×768 screen with the taskbar.
        self.setMinimumSize(760, 520)
        self.resize(1180, 660)
        layout = QVBoxLayout(self)
        self.step_title = QLabel()
        self.step_title.setObjectName("heading")
        layout.addWidget(self.step_title)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.button_back = QPushButton()
        self.button_next = QPushButton()
        self.button_next.setObjectName("primary")
        self.button_next.setDefault(True)
        self.button_cancel = QPushButton()
        row.addWidget(self.button_back)
        row.addStretch(1)
        row.addWidget(self.button_next)
        row.addWidget(self.button_cancel)
        layout.addLayout(row)
        self.button_back.setText(self.tr("&Kembali"))
        self.button_cancel.setText(self.tr("Batal"))  # Esc
        self.button_back.clicked.connect(self.back)
        self.button_next.clicked.connect(self._next)
        self.button_cancel.clicked.connect(self.reject)

    # --- pages ---

    def add_page(self, page: QWidget, title: str) -> int:
        self.titles.append(title)
        return self.stack.addWidget(page)

    def set_titles(self, titles: list[str]) -> None:
        self.titles = titles
        self.show_page(self.stack.currentIndex())

    def show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        count = self.stack.count()
        if 0 <= index < len(self.titles):
            self.step_title.setText(self.tr("Langkah {0} dari {1}: {2}").format(index + 1, count, self.titles[index]))
        self.button_back.setEnabled(0 < index < count - 1)
        last = index == count - 1
        self.button_next.setText(self.tr("&Selesai") if last else self.next_text(index))
        self.button_cancel.setVisible(not last)
        self.clear_invalid()
        self.page_shown(index)

    def next_text(self, index: int) -> str:
        return self.tr("&Lanjut")

    def page_shown(self, index: int) -> None:
        """Put the focus where the step starts."""

    def back(self) -> None:
        index = self.stack.currentIndex()
        if index > 0:
            self.show_page(index - 1)

    def _next(self) -> None:
        index = self.stack.currentIndex()
        if index == self.stack.count() - 1:
            self.accept()
            return
        self.clear_invalid()
        self.next_step(index)

    def next_step(self, index: int) -> None:
        self.show_page(index + 1)

    def busy(self, on: bool) -> None:
        for b in (self.button_back, self.button_next, self.button_cancel):
            b.setEnabled(not on)
        if not on:
            index = self.stack.currentIndex()
            self.button_back.setEnabled(0 < index < self.stack.count() - 1)

    # --- refusals ---

    def register(self, name: str, widget: QWidget) -> None:
        """``name``: the FormField a ValidationError is about (or the field it names in words)."""
        self.fields[name] = widget

    def clear_invalid(self) -> None:
        clear_marks(self.fields, self.error)

    @staticmethod
    def on_file_page(exc: BaseException) -> None:
        """A refusal of the chosen file that names no field is about the file row (the workbook guard keys a
        refusal about the file's password to the password field itself)."""
        if isinstance(exc, ValidationError) and exc.key is None and exc.field is None:
            exc.key = FormField.FILE

    def refuse(self, exc: BaseException) -> None:
        """A refusal: the field marked, the reason beside the buttons and in a message. Others propagate."""
        if not isinstance(exc, PuskesosError):
            raise exc
        mark_refusal(self, self.fields, self.error, exc)

    def say(self, text: str, *, box: bool = True) -> None:
        """A refusal found by the wizard itself (nothing chosen yet…): beside the buttons and in a message."""
        self.error.setText(text)
        self.error.show()
        if box:
            QMessageBox.warning(self, self.tr("Periksa kembali"), text)


class FilePage(QWidget):
    """The first step every data-exchange wizard shares: a hint saying what the file must be, then one form — the
    file (unless the wizard writes one instead: the export chooses a drive), a password if it can be protected, and
    the wizard's own rows — each registered for refusals, then anything else, then room to spare.

    It holds the texts every file step shares (the file row, its button, the password); the wizard sets the rest,
    and may replace those, in its own translation context (``retranslate``)."""

    def __init__(self, wizard: WizardDialog, *, choose_file: bool = True, password: bool = False) -> None:
        super().__init__()
        self.wizard = wizard
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        layout.addWidget(self.hint)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.below = QVBoxLayout()  # what follows the form (a choice, a second hint)
        layout.addLayout(self.below)
        layout.addStretch(1)
        # Made either way (owned by the page, hidden when not used) so that the wizards share one shape.
        self.file, self.label_file = PathRow(parent=self), QLabel(self)
        self.password, self.label_password = QLineEdit(self), QLabel(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if choose_file:
            self.add_row(self.label_file, self.file, FormField.FILE, buddy=self.file.edit)
        if password:
            self.add_row(self.label_password, self.password, FormField.PASSWORD)
        for widget, used in ((self.file, choose_file), (self.label_file, choose_file), (self.password, password),
                             (self.label_password, password)):  # fmt: skip
            widget.setVisible(used)

    def add_row(self, label: QLabel, field: QWidget | QLayout, name: str = "", *, buddy: QWidget | None = None) -> None:
        """A labelled row; ``name`` is the field a ValidationError names, to mark ``buddy`` (or the field)."""
        target = buddy if buddy is not None else field if isinstance(field, QWidget) else None
        if target is not None:
            label.setBuddy(target)
            if name:
                self.wizard.register(name, target)
        self.form.addRow(label, field)

    def retranslate(
        self,
        hint: str,
        *,
        caption: str = "",
        filters: str | None = None,
        file_label: str | None = None,
        choose: str | None = None,
        password_label: str | None = None,
        password_placeholder: str | None = None,
    ) -> None:
        self.hint.setText(hint)
        self.label_file.setText(self.tr("&Berkas") if file_label is None else file_label)
        choose_text = self.tr("&Pilih…") if choose is None else choose
        self.file.retranslate(choose_text, caption=caption, filters=filters, name=self.label_file.text())
        self.label_password.setText(self.tr("Kata sa&ndi berkas") if password_label is None else password_label)
        self.password.setPlaceholderText(
            self.tr("kosongkan bila berkas tidak dilindungi") if password_placeholder is None else password_placeholder
        )
