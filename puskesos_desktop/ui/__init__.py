"""The windows (PySide6). Widgets call services only.

First of all: PySide6 6.12 on Python 3.11 wears out None's reference count (ui/none_guard.py); the guard runs before
any Qt call.

Start-up: once PySide6 is imported, its import hook reads the source text of every module imported after it (to
look for PySide feature switches), ~0.1-0.2 s of CPU for the Qt-free layers the main window needs. They are
imported here, before any module of this package imports Qt (measured with `puskesos bench`).
"""

from puskesos_desktop.ui.none_guard import immortalise_none

immortalise_none()

from puskesos_desktop.services import (  # noqa: E402, F401 - after the guard; imported for the side effect above
    backoffice,
    cards,
    dashboard,
    exchange,
    musdes,
    registry_import,
    reports,
    search,
    statusdesk,
    visits,
    work_queue,
)
