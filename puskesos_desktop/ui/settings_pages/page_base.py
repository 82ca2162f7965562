"""The shape every Pengaturan page shares: a title, a line or two saying what the page is for, the page's own body,
a save button whose service call runs as a job (ui/jobs.py), and one notice line for what happened.

Who lacks the page's right sees it read-only: the editors and the save button are disabled and the notice says who
may change it. A refusal marks the field it names (``self.fields``: the ValidationError's field → the widget) and
is shown as a refusal; any other fault in plain words (ui/errors.py).

Texts come from hooks each page implements with its own ``self.tr`` (translation contexts are class names), so the
base itself holds no string a user sees.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.permissions import ROLE_PERMISSIONS, Permission
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.context import AppContext, rights_of
from puskesos_desktop.ui.dialogs.common.form_base import set_invalid
from puskesos_desktop.ui.errors import field_widget, show_fault
from puskesos_desktop.ui.topics import Topic


class SettingsPage(QWidget):
    """Subclasses build their body in ``build_body``, read in ``load_page``, save via ``save_work``/``saved``."""

    right: ClassVar[Permission | None] = None  # the right to change what the page holds; None: everybody
    has_save: ClassVar[bool] = True  # False: the page has its own actions and no one save button
    save_topics: ClassVar[tuple[Topic, ...]] = (Topic.SETTINGS,)
    stretch_end: ClassVar[bool] = True  # False when the body has a table that takes the height
    # True: whoever lacks the right sees only the title, the intro and the notice (accounts, backups, the audit
    # trail show what nobody else may read); False: the body is shown with its editors disabled.
    hide_when_read_only: ClassVar[bool] = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fields: dict[str, QWidget] = {}  # ValidationError.field → the widget to mark
        # The page's right as last known: the role the account signed in with, then as read on a worker at each
        # refresh() (actor.can() was a database read on the window's thread: issue 12 §4). Only what to show:
        # every service checks the right again when it acts.
        self._rights_of: tuple[int | None, Role] | None = None  # whose role may_change was taken from
        self.may_change = self._as_signed_in()
        self._save_placed = False
        self.setup_ui()
        self.retranslate_ui()

    # --- frame -------------------------------------------------------------------------------------------

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        self.page_body = QWidget()
        body = QVBoxLayout(self.page_body)
        body.setContentsMargins(0, 0, 0, 0)
        self.save_button = QPushButton()
        self.save_button.setVisible(self.has_save)
        self.build_body(body)
        if self.has_save and not self._save_placed:
            row = QHBoxLayout()
            self.place_save(row)
            row.addStretch(1)
            body.addLayout(row)
        layout.addWidget(self.page_body, 0 if self.stretch_end else 1)
        self.message = QLabel()  # the notice line
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        if self.stretch_end:
            layout.addStretch(1)
        self.save_button.clicked.connect(self.save)

    def place_save(self, layout: QBoxLayout) -> None:
        """Put the save button where the body wants it (beside the value it saves); else it gets a row below."""
        layout.addWidget(self.save_button)
        self._save_placed = True

    def retranslate_ui(self) -> None:
        heading, intro = self.heading_text(), self.intro_text()
        self.heading.setText(heading)
        self.heading.setVisible(bool(heading))
        self.explain.setText(intro)
        self.explain.setVisible(bool(intro))
        self.save_button.setText(self.save_text())

    # --- to implement ------------------------------------------------------------------------------------

    def title(self) -> str:
        raise NotImplementedError

    def heading_text(self) -> str:
        return self.title()

    def intro_text(self) -> str:
        return ""

    def save_text(self) -> str:
        return ""

    def read_only_text(self) -> str:
        """The notice for whoever lacks the right ("Hanya koordinator yang …")."""
        return ""

    def build_body(self, layout: QVBoxLayout) -> None:
        raise NotImplementedError

    def editors(self) -> Sequence[QWidget]:
        """What a reader without the right may not change (the save button is always among them)."""
        return ()

    def load_page(self) -> None:
        """Fill the page from the database (after the read-only state is set; not called for a hidden body)."""

    def reading(self) -> bool:
        """What the page shows is still being read (a page that reads on a worker says so)."""
        return False

    def save_work(self) -> Callable[[], Any] | None:
        """Read the widgets here (UI thread) and return the service call the job makes; None: nothing to save.
        A ValidationError raised here is shown like the service's own."""
        return None

    def saved(self, result: Any) -> None:
        """The job succeeded: say so on the notice line."""

    # --- behaviour ---------------------------------------------------------------------------------------

    def _as_signed_in(self) -> bool:
        actor = self.ctx.actor
        self._rights_of = (actor.user_id, actor.role)
        return self.may_with(ROLE_PERMISSIONS[actor.role])

    def may_with(self, rights: frozenset[Permission]) -> bool:
        """Whether an account with these rights may change the page (a page that needs one of several overrides
        this, not allowed(): the rights are read on a worker)."""
        return self.right is None or self.right in rights

    def allowed(self) -> bool:
        """The page's right as last known (no database read: see may_change)."""
        return self.may_change

    def refresh(self) -> None:
        actor = self.ctx.actor
        if self._rights_of != (actor.user_id, actor.role):  # another account signed in since
            self.may_change = self._as_signed_in()
        self._apply(self.may_change)
        if not self.may_with(frozenset()):  # a right is needed: the account as it is now, read on a worker
            jobs.run(lambda: rights_of(actor), self._rights_read, key=f"settings-rights.{id(self)}", parent=self)

    def _rights_read(self, rights: frozenset[Permission]) -> None:
        may = self.may_with(rights)
        if may != self.may_change:  # the role changed (or the account was disabled) since it was last known
            self.may_change = may
            self._apply(may)

    def _apply(self, allowed: bool) -> None:
        for widget in (*self.editors(), self.save_button):
            widget.setEnabled(allowed)
        self.message.setText("" if allowed else self.read_only_text())
        if self.hide_when_read_only:
            self.page_body.setVisible(allowed)
            if not allowed:
                return
        self.load_page()

    def clear_marks(self) -> None:
        for widget in self.fields.values():
            set_invalid(widget, False)

    def save(self) -> None:
        if not self.allowed():
            return
        self.clear_marks()
        try:
            work = self.save_work()
        except PuskesosError as exc:  # a value the page could not read: shown like the service's refusal
            self.refused(exc)
            return
        if work is None:
            return
        self.save_button.setEnabled(False)
        jobs.run(
            work,
            self._save_done,
            self.refused,
            key=f"settings-save.{type(self).__name__}",
            topics=self.save_topics,
            parent=self,
        )

    def _save_done(self, result: Any) -> None:
        self.save_button.setEnabled(self.allowed())
        self.saved(result)

    def refused(self, exc: BaseException) -> None:
        """Mark the field a refusal names, then show it (a refusal as a refusal, anything else in plain words)."""
        self.save_button.setEnabled(self.allowed())
        widget = field_widget(self.fields, exc)
        if widget is not None:
            set_invalid(widget, True)
            widget.setFocus()
        show_fault(self, exc)
