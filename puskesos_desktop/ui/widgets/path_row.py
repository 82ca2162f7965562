"""A path typed or chosen with a button: the file a wizard reads, the backup's second folder. One row, so that every
such row answers the same way: Alt+letter on the button (its text, passed in translated by the owner, holds the
&letter), the label's buddy reaches the line edit through the row, the chosen path replaces the typed one and takes the
focus back, a cancelled choice keeps what was there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget


class PathRow(QWidget):
    """``folder``: the button chooses a folder; otherwise a file to open, offered through ``filters``."""

    def __init__(self, *, folder: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.caption = ""  # the chooser's title
        self.filters = ""  # a file chooser's "Name (*.x);;…"
        self.row = QHBoxLayout(self)  # the owner may add its own buttons after the choose button
        self.row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.button = QPushButton()
        self.row.addWidget(self.edit, 1)
        self.row.addWidget(self.button)
        self.button.clicked.connect(self.choose)
        self.setFocusProxy(self.edit)

    def retranslate(
        self, button_text: str, *, caption: str | None = None, filters: str | None = None, name: str | None = None
    ) -> None:
        """The texts in the owner's translation context; ``name``: what a screen reader calls the line edit (the
        row's label, its &letter left out)."""
        self.button.setText(button_text)
        if caption is not None:
            self.caption = caption
        if filters is not None:
            self.filters = filters
        if name is not None:
            self.edit.setAccessibleName(name.replace("&", ""))

    def choose(self) -> None:
        if self.folder:
            chosen = QFileDialog.getExistingDirectory(self, self.caption, self.edit.text())
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.caption, self.edit.text(), self.filters)
        if chosen:
            self.edit.setText(chosen)
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def path(self) -> str:
        return self.edit.text().strip()
