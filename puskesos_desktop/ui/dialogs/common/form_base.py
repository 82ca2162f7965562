"""One dialog style for the back office's forms: a service call in accept(), refusals marked on the field at fault.

A ValidationError names its field: by key (core.errors.FormField) where the service gives one, else by its
Indonesian name ("Tujuan", "Alasan rujukan"…); the form maps keys or names to its widgets, marks the widget invalid
(style sheet), focuses it, shows the reason beside the buttons and in a message.

Saving: ``save_as_job`` runs the service call through ui/jobs.py. Meanwhile the form stays open, its fields and
buttons disabled, "Menyimpan…" beside the buttons; Save pressed again (Enter twice) does nothing, nor do Esc and
Batal; the answer closes the form, or a refusal is marked on its field as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.errors import field_widget, refusal_text, show_error, show_fault
from puskesos_desktop.ui.topics import Topic

T = TypeVar("T")


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """The style sheet draws a red border on [invalid="true"]; re-polish so it shows at once. A widget already in
    that state is left alone: re-polishing restyles it and its children (a form's every field cleared at each Save
    was ~55 ms on the window's thread), and unmarked ("false" or never marked) looks the same."""
    was = widget.property("invalid")
    state = "true" if invalid else "false"
    if was == state:
        return
    widget.setProperty("invalid", state)
    if was is None and not invalid:
        return  # never marked: it already looks unmarked
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def clear_marks(fields: Mapping[str, QWidget], error: QLabel) -> None:
    """No field marked, no error line: a form's or a wizard's state before it asks the service again."""
    for widget in fields.values():
        set_invalid(widget, False)
    error.hide()


def mark_refusal(owner: QWidget, fields: Mapping[str, QWidget], error: QLabel, exc: PuskesosError) -> None:
    """A refusal in a form or a wizard: the field it names (a key of ``fields``) marked and focused, the reason in
    the error line and in a message."""
    widget = field_widget(fields, exc)
    if widget is not None:
        set_invalid(widget, True)
        widget.setFocus()
    error.setText(refusal_text(exc))
    error.show()
    show_error(owner, exc)


def set_message(label: QLabel, text: str, *, ok: bool) -> None:
    """One line under a form: success in the style sheet's green (#ok), a refusal in its red (#error)."""
    label.setObjectName("ok" if ok else "error")
    style = label.style()
    style.unpolish(label)
    style.polish(label)
    label.setText(text)


def combo_data(combo: QComboBox) -> object:
    return combo.currentData(Qt.ItemDataRole.UserRole)


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class PlainText(QPlainTextEdit):
    """A multi-line text box where Tab moves on (keyboard-first forms) instead of typing a tab."""

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 16)


def form_state(root: QWidget) -> tuple[object, ...]:
    """What a person can type or tick in a form, in widget order: compared to see whether anything was entered."""
    state: list[object] = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QLineEdit) and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            state.append(w.text())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)) and not w.isReadOnly():
            state.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            state.append((w.currentIndex(), w.currentText()))
        elif isinstance(w, QDateTimeEdit):
            state.append(w.dateTime().toString(Qt.DateFormat.ISODate) if w.date() != QDate() else "")
        elif isinstance(w, QAbstractSpinBox):
            state.append(w.text())
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            state.append(w.isChecked())
    return tuple(state)


def confirm_discard(parent: QWidget) -> bool:
    """Esc, Batal or the window's X on a form with something typed in: ask before throwing it away."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FormDialog", "Buang isian?"),
        QCoreApplication.translate("FormDialog", "Isian pada formulir ini belum disimpan. Tutup dan buang isian?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class FormDialog(QDialog):
    """Subclasses build their form in setup_ui(), call finish_layout(), and save in accept() via run()."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self._initial_state: tuple[object, ...] | None = None  # taken when first shown, after the form is filled
        self.main = QVBoxLayout(self)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.saving = False  # a save's job is running: the form waits for its answer
        self.busy_note = QLabel()
        self.busy_note.setObjectName("hint")
        self.busy_note.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Enter in a line edit saves (default button); in a text box Ctrl+Enter does.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

    def add_heading(self) -> QLabel:
        """The form's first line (what it is about: a number and a name), its text set in retranslate_ui."""
        heading = QLabel()
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        self.main.addWidget(heading)
        return heading

    @staticmethod
    def add_row(form: QFormLayout, widget: QWidget) -> QLabel:
        """A row of `form`: `widget` beside a label that is its buddy (the label's &-letter focuses it); the
        label's text is set in retranslate_ui."""
        label = QLabel()
        label.setBuddy(widget)
        form.addRow(label, widget)
        return label

    def finish_form(self, form: QFormLayout, fields: Sequence[tuple[str, QWidget]]) -> None:
        """The form's rows, then the error line and the buttons; `fields` registered for refusals (register)."""
        self.main.addLayout(form)
        self.finish_layout()
        for name, widget in fields:
            self.register(name, widget)

    def finish_rows(self, rows: Sequence[tuple[str, QWidget, str]]) -> None:
        """finish_form for a form of fixed texts: (label text, widget, field name) rows, each label its widget's
        buddy, each widget registered under the field name."""
        form = QFormLayout()
        for text, widget, _name in rows:
            self.add_row(form, widget).setText(text)
        self.finish_form(form, [(name, widget) for _text, widget, name in rows])

    def finish_layout(self) -> None:
        self.main.addWidget(self.error)
        self.main.addWidget(self.busy_note)
        self.main.addWidget(self.buttons)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.setText(self.tr("&Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._initial_state is None:
            self._initial_state = form_state(self)

    def has_changes(self) -> bool:
        return self._initial_state is not None and form_state(self) != self._initial_state

    def reject(self) -> None:
        if self.saving:
            return  # the save is under way: its answer closes the form or shows why not
        if self.has_changes() and not confirm_discard(self):
            return  # nothing typed is lost to one key
        super().reject()

    def register(self, name: str, widget: QWidget) -> None:
        """`name`: the FormField key, or the field name the service uses in its ValidationError."""
        self.fields[name] = widget

    def clear_invalid(self) -> None:
        clear_marks(self.fields, self.error)

    def show_refusal(self, exc: PuskesosError) -> None:
        mark_refusal(self, self.fields, self.error, exc)

    def run(self, action: Callable[[], T]) -> T | None:
        self.clear_invalid()
        try:
            return action()
        except PuskesosError as exc:
            self.show_refusal(exc)
            return None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.saving:
            event.ignore()  # the window's X while saving: wait for the answer, as Esc does
            return
        super().closeEvent(event)

    def save_as_job(
        self,
        work: Callable[[], T],
        on_saved: Callable[[T], None],
        on_refused: Callable[[PuskesosError], None] | None = None,
        *,
        topics: Iterable[Topic] = (),
    ) -> bool:
        """Run ``work`` (the service call, on plain data read from the widgets beforehand: it touches no widget) as
        a job. ``on_saved(result)`` on the UI thread then closes the form (``close_saved``); a refusal goes to
        ``on_refused`` (default: marked on its field). False when a save is already under way (pressed twice)."""
        if self.saving:
            return False
        self.clear_invalid()
        self._busy(True)

        def done(result: T) -> None:
            self._busy(False)
            on_saved(result)

        def failed(exc: BaseException) -> None:
            self._busy(False)
            if isinstance(exc, PuskesosError):
                (on_refused or self.show_refusal)(exc)
            else:
                show_fault(self, exc)  # an Indonesian sentence; type and stack to the crash log

        jobs.run(work, done, failed, topics=topics, parent=self)
        return True

    def close_saved(self) -> None:
        """Close the form after its save went through (``accept`` itself starts the save)."""
        QDialog.accept(self)

    def _busy(self, on: bool) -> None:
        self.saving = on
        for child in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child is not self.busy_note and child is not self.error:
                child.setEnabled(not on)
        self.busy_note.setText(self.tr("Menyimpan…") if on else "")
        self.busy_note.setVisible(on)
        if on:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
