"""A short form for the one-field actions: the certainty given, a reason to cancel or reopen, how the resident
was told, who is assigned. The service call is passed in and made on Save as a job (``FormDialog.save_as_job``):
the form waits with its fields disabled, Save pressed twice saves once, the answer closes it, a refusal keeps it open
with the field marked. So ``save`` runs on a worker: it takes plain data (read from the widgets beforehand) and
touches no widget."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from puskesos_desktop.ui.dialogs.common.form_base import FormDialog, PlainText, combo_data


class ReasonDialog(FormDialog):
    """`save(text, choice)` calls the service (on a worker); `text_field`/`choice_field` are the names its errors
    use. ``saved`` holds what it returned once the form closed saved."""

    def __init__(
        self,
        title: str,
        intro: str,
        save: Callable[[str, object], object],
        *,
        text_label: str | None = None,
        text_field: str = "",
        initial_text: str = "",
        choice_label: str | None = None,
        choice_field: str = "",
        choices: Sequence[tuple[str, object]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.save = save
        self.saved: object = None
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.main.addWidget(self.intro)
        form = QFormLayout()
        self.choice: QComboBox | None = None
        if choice_label is not None:
            self.choice = QComboBox()
            for text, value in choices:
                self.choice.addItem(text, value)
            label = QLabel(choice_label)
            label.setBuddy(self.choice)
            form.addRow(label, self.choice)
            self.register(choice_field, self.choice)
        self.text: PlainText | None = None
        if text_label is not None:
            self.text = PlainText(lines=4)
            self.text.setPlainText(initial_text)
            label = QLabel(text_label)
            label.setBuddy(self.text)
            form.addRow(label, self.text)
            self.register(text_field, self.text)
        self.main.addLayout(form)
        self.finish_layout()
        first = self.choice if self.choice is not None else self.text
        if first is not None:
            first.setFocus()

    def accept(self) -> None:
        text = self.text.toPlainText() if self.text is not None else ""
        choice = combo_data(self.choice) if self.choice is not None else None
        save = self.save  # the worker gets the callable and the plain values, not the dialog
        self.save_as_job(lambda: save(text, choice), self._saved)

    def _saved(self, result: object) -> None:
        self.saved = result
        self.close_saved()
