"""The shape of the coordinator's catalogue pages: a list on the left, the chosen record's form on the right,
and New / Save / Deactivate (or Activate) / Delete. Services refuse what is wrong; the page marks the field."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.dialogs.common.form_base import set_invalid
from puskesos_desktop.ui.errors import field_widget, refusal_text, show_error
from puskesos_desktop.ui.models.base import Column
from puskesos_desktop.ui.settings_pages.page_base import SettingsPage
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.table import RecordTable

T = TypeVar("T")
INACTIVE = QColor("#e4e6ea")


class CataloguePage(SettingsPage):
    """Subclasses give columns, build_form(), rows(), fill() and the service calls."""

    columns: Sequence[Column] = ()
    right = Permission.CATALOGUE
    has_save = False  # New / Save / (De)activate / Delete sit under the record's form
    stretch_end = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.current: Any = None  # the record in the form; None while writing a new one
        self._reselect: int | None = None  # the record to show after a save
        super().__init__(ctx, parent)

    # --- frame -------------------------------------------------------------------------------------------

    def build_body(self, page: QVBoxLayout) -> None:
        layout = QHBoxLayout()
        page.addLayout(layout, 1)
        left = QVBoxLayout()
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.show_inactive = QCheckBox()
        self.table = RecordTable(self.columns)
        self.table.source.highlight = lambda row: None if self.is_active(row) else INACTIVE
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        left.addWidget(self.filter)
        left.addWidget(self.show_inactive)
        left.addWidget(self.table, 1)
        layout.addLayout(left, 3)
        self.box = QGroupBox()
        right = QVBoxLayout(self.box)
        self.form = QFormLayout()
        inner = QWidget()
        inner.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        right.addWidget(scroll, 1)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        right.addWidget(self.error)
        row = QHBoxLayout()
        self.button_new = QPushButton()
        self.button_save = QPushButton()
        self.button_save.setObjectName("primary")
        self.button_toggle = QPushButton()
        self.button_delete = QPushButton()
        for b in (self.button_new, self.button_save, self.button_toggle, self.button_delete):
            row.addWidget(b)
        row.addStretch(1)
        right.addLayout(row)
        layout.addWidget(self.box, 4)
        self.build_form(self.form)
        self.filter.textChanged.connect(self.table.proxy.setFilterFixedString)
        self.show_inactive.toggled.connect(lambda *_: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.button_new.clicked.connect(self.new)
        self.button_save.clicked.connect(self.save)
        self.button_toggle.clicked.connect(self.toggle_active)
        self.button_delete.clicked.connect(self.delete)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.New, self, self.new)

    def heading_text(self) -> str:
        return ""  # the list and the record's box say what the page holds

    def read_only_text(self) -> str:
        return self.tr("Hanya koordinator yang dapat mengubah katalog; Anda dapat melihatnya.")

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.filter.setPlaceholderText(self.tr("Saring daftar…"))
        self.show_inactive.setText(self.tr("Tampilkan yan&g nonaktif"))
        self.button_new.setText(self.tr("B&aru"))
        self.button_save.setText(self.tr("&Simpan"))
        self.button_delete.setText(self.tr("&Hapus"))

    def register(self, name: str, widget: QWidget, label: str) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)
        self.fields[name] = widget

    # --- to implement ------------------------------------------------------------------------------------

    def build_form(self, form: QFormLayout) -> None:
        raise NotImplementedError

    def rows(self) -> list[Any]:
        raise NotImplementedError

    def fill(self, row: Any | None) -> None:
        """Put a record (or, for None, an empty new one) into the form."""
        raise NotImplementedError

    def create_record(self) -> Any:
        raise NotImplementedError

    def update_record(self, row: Any) -> Any:
        raise NotImplementedError

    def set_active(self, row: Any, active: bool) -> None:
        raise NotImplementedError

    def remove(self, row: Any) -> None:
        raise NotImplementedError

    def describe(self, row: Any) -> str:
        return str(getattr(row, "name", ""))

    def is_active(self, row: Any) -> bool:
        return bool(getattr(row, "active", True))

    # --- behaviour ---------------------------------------------------------------------------------------

    def can_edit(self) -> bool:
        return self.allowed()

    def editors(self) -> Sequence[QWidget]:
        return (*self.fields.values(), self.button_new, self.button_save, self.button_toggle, self.button_delete)

    def load_page(self) -> None:
        keep = self._reselect if self._reselect is not None else getattr(self.current, "id", None)
        self._reselect = None
        rows = [r for r in self.rows() if self.show_inactive.isChecked() or self.is_active(r)]
        self.table.set_rows(rows)
        self.select_id(keep)

    def select_id(self, record_id: int | None) -> None:
        for row in range(self.table.proxy.rowCount()):
            if getattr(self.table.row_at_proxy(row), "id", None) == record_id:
                self.table.selectRow(row)
                return
        if self.table.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self.new()

    def _selected(self) -> None:
        row = self.table.selected_row()
        if row is None:
            return
        self.current = row
        self._clear_invalid()
        self.fill(row)
        self.box.setTitle(self.describe(row))
        self.button_toggle.setText(self.tr("Nonakti&fkan") if self.is_active(row) else self.tr("Akti&fkan"))
        self.button_toggle.setEnabled(self.can_edit())
        self.button_delete.setEnabled(self.can_edit())

    def new(self) -> None:
        self.current = None
        self.table.clearSelection()
        self._clear_invalid()
        self.fill(None)
        self.box.setTitle(self.tr("Baru"))
        self.button_toggle.setEnabled(False)
        self.button_delete.setEnabled(False)
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()

    def _clear_invalid(self) -> None:
        for widget in self.fields.values():
            set_invalid(widget, False)
        self.error.setText("")

    def _run(self, action: Callable[[], T]) -> T | None:
        self._clear_invalid()
        try:
            return action()
        except PuskesosError as exc:
            widget = field_widget(self.fields, exc)
            if widget is not None:
                set_invalid(widget, True)
                widget.setFocus()
            self.error.setText(refusal_text(exc))
            show_error(self, exc)
            return None

    def _changed(self, keep: int | None) -> None:
        self.ctx.changed(Topic.CATALOGUE)
        self.current = None
        self._reselect = keep
        self.refresh()

    def save(self) -> None:
        if not self.can_edit():
            return
        row = self.current
        saved = self._run(lambda: self.create_record() if row is None else self.update_record(row))
        if saved is not None:
            self._changed(getattr(saved, "id", None))

    def toggle_active(self) -> None:
        row = self.current
        if row is None:
            return
        active = not self.is_active(row)

        def switch() -> bool:
            self.set_active(row, active)
            return True

        if self._run(switch) is not None:
            if not active:
                self.show_inactive.setChecked(True)  # keep the record in sight after deactivating it
            self._changed(row.id)

    def delete(self) -> None:
        row = self.current
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Hapus"),
            self.tr("Hapus '{0}'? Yang sudah dipakai tidak dapat dihapus, hanya dinonaktifkan.").format(
                self.describe(row)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def remove() -> bool:
            self.remove(row)
            return True

        if self._run(remove) is not None:
            self._changed(None)
