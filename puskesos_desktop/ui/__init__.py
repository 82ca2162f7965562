"""The windows (PySide6). Widgets call services only.

Start-up: once PySide6 is imported, its import hook reads the source text of every module imported after it (to
look for PySide feature switches), ~0.1-0.2 s of CPU for the Qt-free layers the main window needs. They are
imported here, before any module of this package imports Qt (measured with `puskesos bench`).
"""

from puskesos_desktop.services import (  # noqa: F401 - imported for the side effect described above
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
